import type { OfferingKind } from '@kc/contract/vocabulary';

/**
 * Templates for demo offerings. The skills an offering teaches come from the ESCO occupation
 * it prepares for (exact preferred label).
 */
export interface OfferingTemplate {
  kind: OfferingKind;
  title: string;
  occupation: string;
  /** One sentence on the content, used in the description. */
  summary: string;
  provider: 'university' | 'training_provider';
}

const U = 'university' as const;
const T = 'training_provider' as const;

export const OFFERING_TEMPLATES: readonly OfferingTemplate[] = [
  // degree programmes (universities)
  { kind: 'degree_programme', provider: U, title: 'BSc Software Engineering', occupation: 'software developer', summary: 'A four-year programme in programming, software design and team projects with industry partners.' },
  { kind: 'degree_programme', provider: U, title: 'MSc Data Science', occupation: 'data scientist', summary: 'A two-year master in statistics, machine learning and data engineering.' },
  { kind: 'degree_programme', provider: U, title: 'BSc Information Security', occupation: 'ICT security engineer', summary: 'A four-year programme in secure systems, cryptography and incident response.' },
  { kind: 'degree_programme', provider: U, title: 'MSc Space Systems Engineering', occupation: 'satellite engineer', summary: 'A two-year master in spacecraft design, payloads and mission operations.' },
  { kind: 'degree_programme', provider: U, title: 'MSc Bioinformatics', occupation: 'bioinformatics scientist', summary: 'A two-year master joining molecular biology, statistics and programming.' },
  { kind: 'degree_programme', provider: U, title: 'BSc Accounting and Finance', occupation: 'accountant', summary: 'A four-year programme in financial accounting, audit and corporate finance.' },
  { kind: 'degree_programme', provider: U, title: 'BSc Digital Marketing', occupation: 'digital marketing manager', summary: 'A four-year programme in marketing, analytics and digital media.' },
  { kind: 'degree_programme', provider: U, title: 'BSc Business Informatics', occupation: 'ICT business analyst', summary: 'A four-year programme joining business processes and information systems.' },
  // university courses
  { kind: 'course', provider: U, title: 'Machine Learning Fundamentals', occupation: 'data scientist', summary: 'Supervised and unsupervised learning with hands-on labs.' },
  { kind: 'course', provider: U, title: 'Web Engineering', occupation: 'web developer', summary: 'Building and deploying web applications end to end.' },
  { kind: 'course', provider: U, title: 'Network Security', occupation: 'ICT security engineer', summary: 'Threats, defences and secure network architecture.' },
  { kind: 'course', provider: U, title: 'Satellite Communication Systems', occupation: 'satellite engineer', summary: 'Link budgets, ground segments and on-board communication.' },
  { kind: 'course', provider: U, title: 'Methods in Biomedical Research', occupation: 'biomedical scientist', summary: 'Laboratory methods, quality and data in biomedical research.' },
  { kind: 'course', provider: U, title: 'Financial Statement Analysis', occupation: 'financial analyst', summary: 'Reading, modelling and comparing company financial statements.' },
  { kind: 'course', provider: U, title: 'Embedded Systems Programming', occupation: 'embedded systems software developer', summary: 'Microcontrollers, real-time software and hardware interfaces.' },
  { kind: 'course', provider: U, title: 'Applied Statistics', occupation: 'statistician', summary: 'Statistical inference and modelling for real data sets.' },
  // training providers: trainings
  { kind: 'training', provider: T, title: 'Cloud Administration Essentials', occupation: 'cloud engineer', summary: 'A hands-on training in provisioning, monitoring and automating cloud services.' },
  { kind: 'training', provider: T, title: 'Scrum and Agile Project Management', occupation: 'ICT project manager', summary: 'A practical training in agile planning, estimation and delivery.' },
  { kind: 'training', provider: T, title: 'Cybersecurity Essentials for IT Staff', occupation: 'ICT security engineer', summary: 'A short training on threats, hardening and incident handling.' },
  { kind: 'training', provider: T, title: 'Payroll and Bookkeeping in Practice', occupation: 'bookkeeper', summary: 'A practical training in bookkeeping, payroll and Bulgarian reporting rules.' },
  { kind: 'training', provider: T, title: 'UI Design Workshop', occupation: 'user interface designer', summary: 'A studio training in interface design, prototyping and usability testing.' },
  { kind: 'training', provider: T, title: 'Linux System Administration', occupation: 'ICT system administrator', summary: 'A hands-on training in Linux servers, scripting and backups.' },
  { kind: 'training', provider: T, title: 'Customer Support for Technical Products', occupation: 'ICT help desk agent', summary: 'A training in ticket handling, troubleshooting and service quality.' },
  // training providers: bootcamps
  { kind: 'bootcamp', provider: T, title: 'Full-Stack Web Development Bootcamp', occupation: 'web developer', summary: 'An intensive bootcamp from HTML to deployed full-stack applications.' },
  { kind: 'bootcamp', provider: T, title: 'Data Science Bootcamp', occupation: 'data scientist', summary: 'An intensive bootcamp in Python, statistics and machine learning.' },
  { kind: 'bootcamp', provider: T, title: 'Mobile Apps Bootcamp', occupation: 'mobile application developer', summary: 'An intensive bootcamp building and publishing mobile apps.' },
  { kind: 'bootcamp', provider: T, title: 'QA and Test Automation Bootcamp', occupation: 'software tester', summary: 'An intensive bootcamp in manual and automated software testing.' },
  { kind: 'bootcamp', provider: T, title: 'DevOps and Cloud Bootcamp', occupation: 'cloud engineer', summary: 'An intensive bootcamp in CI/CD, containers and cloud operations.' },
  // training providers: courses
  { kind: 'course', provider: T, title: 'Python Programming', occupation: 'software developer', summary: 'An evening course in Python programming for beginners.' },
  { kind: 'course', provider: T, title: 'Data Analysis with SQL and Spreadsheets', occupation: 'data analyst', summary: 'An evening course in querying, cleaning and presenting data.' },
  { kind: 'course', provider: T, title: 'Business Analysis Foundations', occupation: 'business analyst', summary: 'A course in requirements, process modelling and stakeholder work.' },
  { kind: 'course', provider: T, title: 'Financial Analysis with Excel', occupation: 'financial analyst', summary: 'A course in financial modelling, budgeting and forecasting.' },
  { kind: 'course', provider: T, title: 'Computer Networks in Practice', occupation: 'ICT network engineer', summary: 'A course in configuring and troubleshooting networks.' },
  { kind: 'course', provider: T, title: 'Digital Marketing Essentials', occupation: 'digital marketing manager', summary: 'A course in online campaigns, content and analytics.' },
];
