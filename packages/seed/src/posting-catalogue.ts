import type { DemoSector } from './cluster-catalogue.ts';

/**
 * Templates for demo opportunities. Each names an ESCO occupation by its exact preferred
 * label; the posting's required skills are drawn from that occupation's skills.
 */
export interface PostingTemplate {
  occupation: string;
  /** Job title, e.g. "Software Developer". */
  role: string;
  /** What the work is about, used in internship, upskilling and research titles. */
  topic: string;
  sectors: readonly DemoSector[];
}

export const POSTING_TEMPLATES: readonly PostingTemplate[] = [
  { occupation: 'software developer', role: 'Software Developer', topic: 'backend services in Java and Python', sectors: ['software', 'fintech', 'space'] },
  { occupation: 'web developer', role: 'Web Developer', topic: 'modern web front ends', sectors: ['software', 'business services'] },
  { occupation: 'mobile application developer', role: 'Mobile Developer', topic: 'Android and iOS apps', sectors: ['software', 'fintech'] },
  { occupation: 'software tester', role: 'QA Engineer', topic: 'test automation', sectors: ['software', 'fintech'] },
  { occupation: 'ICT system administrator', role: 'System Administrator', topic: 'Linux server administration', sectors: ['software', 'business services', 'cybersecurity'] },
  { occupation: 'cloud engineer', role: 'Cloud Engineer', topic: 'cloud infrastructure and automation', sectors: ['software', 'data and AI'] },
  { occupation: 'database administrator', role: 'Database Administrator', topic: 'database performance and operations', sectors: ['software', 'fintech'] },
  { occupation: 'user interface designer', role: 'UI Designer', topic: 'user interface design', sectors: ['software', 'business services'] },
  { occupation: 'ICT project manager', role: 'IT Project Manager', topic: 'agile delivery of software projects', sectors: ['software', 'fintech'] },
  { occupation: 'embedded systems software developer', role: 'Embedded Software Engineer', topic: 'firmware for on-board electronics', sectors: ['space', 'biotech'] },
  { occupation: 'data scientist', role: 'Data Scientist', topic: 'machine-learning models', sectors: ['data and AI', 'fintech', 'biotech'] },
  { occupation: 'data analyst', role: 'Data Analyst', topic: 'reporting and data analysis', sectors: ['data and AI', 'business services', 'fintech'] },
  { occupation: 'computer vision engineer', role: 'Computer Vision Engineer', topic: 'image recognition', sectors: ['data and AI', 'space'] },
  { occupation: 'ICT security engineer', role: 'Security Engineer', topic: 'application and network security', sectors: ['cybersecurity', 'fintech'] },
  { occupation: 'ICT network engineer', role: 'Network Engineer', topic: 'secure network design', sectors: ['cybersecurity'] },
  { occupation: 'financial analyst', role: 'Financial Analyst', topic: 'financial modelling', sectors: ['fintech', 'business services'] },
  { occupation: 'credit risk analyst', role: 'Credit Risk Analyst', topic: 'credit risk scoring', sectors: ['fintech'] },
  { occupation: 'blockchain developer', role: 'Blockchain Developer', topic: 'distributed ledgers for payments', sectors: ['fintech'] },
  { occupation: 'accountant', role: 'Accountant', topic: 'IFRS financial reporting', sectors: ['business services'] },
  { occupation: 'bookkeeper', role: 'Bookkeeper', topic: 'bookkeeping and payroll', sectors: ['business services'] },
  { occupation: 'business analyst', role: 'Business Analyst', topic: 'process analysis and requirements', sectors: ['business services', 'software'] },
  { occupation: 'marketing manager', role: 'Marketing Manager', topic: 'B2B marketing', sectors: ['business services'] },
  { occupation: 'digital marketing manager', role: 'Digital Marketing Specialist', topic: 'online campaigns and analytics', sectors: ['business services', 'software'] },
  { occupation: 'human resources officer', role: 'HR Specialist', topic: 'recruitment and people operations', sectors: ['business services'] },
  { occupation: 'project manager', role: 'Project Manager', topic: 'project planning and delivery', sectors: ['business services', 'space', 'biotech'] },
  { occupation: 'ICT help desk agent', role: 'IT Help Desk Specialist', topic: 'technical customer support', sectors: ['business services'] },
  { occupation: 'aerospace engineer', role: 'Aerospace Engineer', topic: 'spacecraft structures and systems', sectors: ['space'] },
  { occupation: 'satellite engineer', role: 'Satellite Engineer', topic: 'satellite subsystems and testing', sectors: ['space'] },
  { occupation: 'electronics engineer', role: 'Electronics Engineer', topic: 'electronic circuit design', sectors: ['space', 'biotech'] },
  { occupation: 'astronomer', role: 'Research Astronomer', topic: 'space weather observation', sectors: ['space'] },
  { occupation: 'geographic information systems specialist', role: 'GIS Specialist', topic: 'geospatial analysis of satellite data', sectors: ['space', 'data and AI'] },
  { occupation: 'biomedical scientist', role: 'Biomedical Scientist', topic: 'laboratory diagnostics', sectors: ['biotech'] },
  { occupation: 'bioinformatics scientist', role: 'Bioinformatician', topic: 'genomic data analysis', sectors: ['biotech', 'data and AI'] },
  { occupation: 'biochemist', role: 'Biochemist', topic: 'assay development', sectors: ['biotech'] },
  { occupation: 'biomedical engineer', role: 'Biomedical Engineer', topic: 'medical device development', sectors: ['biotech'] },
];
