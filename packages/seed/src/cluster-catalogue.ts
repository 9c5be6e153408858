import type { OrganisationKind, SizeBand, SofiaDistrict } from '@kc/contract/vocabulary';

/**
 * The fictional organisations of the demo cluster. Names are styled on Sofia's knowledge
 * cluster but belong to no real company, university or institute; every description says so.
 */

export const DEMO_SECTORS = [
  'software',
  'fintech',
  'data and AI',
  'cybersecurity',
  'space',
  'biotech',
  'business services',
  'education',
  'innovation support',
] as const;
export type DemoSector = (typeof DEMO_SECTORS)[number];

/** Sectors whose companies post opportunities; each has at least one posting template. */
export const HIRING_SECTORS: readonly DemoSector[] = [
  'software',
  'fintech',
  'data and AI',
  'cybersecurity',
  'space',
  'biotech',
  'business services',
];

export interface ProgrammeTemplate {
  /** As written on a student profile, e.g. "BSc Computer Science". */
  name: string;
  /** ESCO occupation (exact preferred label) whose skills such a student picks up. */
  occupation: string;
  /** Master programmes put students in years 5–6, bachelor programmes in years 1–4. */
  level: 'bachelor' | 'master';
}

export interface OrganisationTemplate {
  name: string;
  slug: string;
  kind: OrganisationKind;
  sector: DemoSector;
  /** One of Sofia's districts, as the API takes them (`SOFIA_DISTRICTS` of the contract). */
  district: SofiaDistrict;
  sizeBand: SizeBand;
  /** What the organisation does, in one clause; the description is built around it. */
  focus: string;
  /**
   * Universities only: the programmes their demo students are enrolled in. The degree programmes a
   * university publishes as offerings (offering-catalogue.ts) are among these.
   */
  programmes?: readonly ProgrammeTemplate[];
}

const P = (name: string, occupation: string, level: ProgrammeTemplate['level'] = 'bachelor'): ProgrammeTemplate => ({
  name,
  occupation,
  level,
});

export const CLUSTER_ORGANISATIONS: readonly OrganisationTemplate[] = [
  // companies
  { name: 'Vitosha Software Labs', slug: 'vitosha-software-labs', kind: 'company', sector: 'software', district: 'Mladost', sizeBand: 'medium', focus: 'builds custom business software and web platforms for European clients' },
  { name: 'Lozenets Cloud Works', slug: 'lozenets-cloud-works', kind: 'company', sector: 'software', district: 'Lozenets', sizeBand: 'small', focus: 'runs and automates cloud infrastructure for mid-sized companies' },
  { name: 'Iskar Digital Studio', slug: 'iskar-digital-studio', kind: 'company', sector: 'software', district: 'Oborishte', sizeBand: 'small', focus: 'designs and develops web and mobile applications' },
  { name: 'Studentski Grad Web Foundry', slug: 'studentski-grad-web-foundry', kind: 'company', sector: 'software', district: 'Studentski', sizeBand: 'micro', focus: 'is a student-founded studio building websites and e-shops' },
  { name: 'Serdika Fintech Systems', slug: 'serdika-fintech-systems', kind: 'company', sector: 'fintech', district: 'Sredets', sizeBand: 'medium', focus: 'develops payment and core-banking software' },
  { name: 'Boyana Payments Lab', slug: 'boyana-payments-lab', kind: 'company', sector: 'fintech', district: 'Lozenets', sizeBand: 'small', focus: 'builds risk scoring and fraud detection for online payments' },
  { name: 'Tsarigradsko Analytics', slug: 'tsarigradsko-analytics', kind: 'company', sector: 'data and AI', district: 'Mladost', sizeBand: 'small', focus: 'turns operational data into forecasts and dashboards' },
  { name: 'Orlov Most Data Works', slug: 'orlov-most-data-works', kind: 'company', sector: 'data and AI', district: 'Oborishte', sizeBand: 'micro', focus: 'builds machine-learning models for retail and logistics' },
  { name: 'Simeonovo Security Labs', slug: 'simeonovo-security-labs', kind: 'company', sector: 'cybersecurity', district: 'Vitosha', sizeBand: 'small', focus: 'tests, monitors and hardens the systems of its clients' },
  { name: 'Rila Orbital Systems', slug: 'rila-orbital-systems', kind: 'company', sector: 'space', district: 'Mladost', sizeBand: 'small', focus: 'designs small-satellite subsystems and ground software' },
  { name: 'Pirin Satellite Dynamics', slug: 'pirin-satellite-dynamics', kind: 'company', sector: 'space', district: 'Mladost', sizeBand: 'micro', focus: 'processes satellite imagery for agriculture and cities' },
  { name: 'Lyulin BioAnalytics', slug: 'lyulin-bioanalytics', kind: 'company', sector: 'biotech', district: 'Mladost', sizeBand: 'small', focus: 'runs genomic and laboratory data analysis for research clients' },
  { name: 'Pancharevo Life Sciences Lab', slug: 'pancharevo-life-sciences-lab', kind: 'company', sector: 'biotech', district: 'Studentski', sizeBand: 'small', focus: 'develops diagnostic assays and medical devices' },
  { name: 'Sredets Business Services Hub', slug: 'sredets-business-services-hub', kind: 'company', sector: 'business services', district: 'Mladost', sizeBand: 'large', focus: 'runs finance, HR and customer operations for international groups' },
  { name: 'Iztok Accounting Partners', slug: 'iztok-accounting-partners', kind: 'company', sector: 'business services', district: 'Izgrev', sizeBand: 'small', focus: 'keeps the books and payroll of local companies' },
  { name: 'Mladost Customer Experience Centre', slug: 'mladost-customer-experience-centre', kind: 'company', sector: 'business services', district: 'Mladost', sizeBand: 'large', focus: 'provides multilingual customer support and technical help desks' },
  { name: 'Vitosha Marketing Collective', slug: 'vitosha-marketing-collective', kind: 'company', sector: 'business services', district: 'Lozenets', sizeBand: 'micro', focus: 'plans digital marketing campaigns for technology firms' },
  // universities
  {
    name: 'Serdika University of Technology',
    slug: 'serdika-university-of-technology',
    kind: 'university',
    sector: 'education',
    district: 'Studentski',
    sizeBand: 'large',
    focus: 'teaches engineering, computing and applied sciences',
    programmes: [
      P('BSc Computer Systems and Technologies', 'software developer'),
      P('BSc Electronics', 'electronics engineer'),
      P('BSc Aerospace Engineering', 'aerospace engineer'),
      P('MSc Information Security', 'ICT security engineer', 'master'),
      P('BSc Telecommunications and Networks', 'ICT network engineer'),
      P('MSc Space Systems Engineering', 'satellite engineer', 'master'),
    ],
  },
  {
    name: 'Vitosha University of Economics and Business',
    slug: 'vitosha-university-of-economics-and-business',
    kind: 'university',
    sector: 'education',
    district: 'Studentski',
    sizeBand: 'large',
    focus: 'teaches economics, finance, accounting and management',
    programmes: [
      P('BSc Finance', 'financial analyst'),
      P('BSc Accounting and Control', 'accountant'),
      P('BSc Marketing', 'marketing manager'),
      P('BSc Business Informatics', 'ICT business analyst'),
      P('MSc Business Administration', 'business manager', 'master'),
    ],
  },
  {
    name: 'Sofia Knowledge City University (demo)',
    slug: 'sofia-knowledge-city-university-demo',
    kind: 'university',
    sector: 'education',
    district: 'Lozenets',
    sizeBand: 'large',
    focus: 'is a research university teaching sciences, mathematics and informatics',
    programmes: [
      P('BSc Computer Science', 'software developer'),
      P('BSc Informatics', 'web developer'),
      P('MSc Data Science', 'data scientist', 'master'),
      P('BSc Physics and Astronomy', 'astronomer'),
      P('BSc Statistics', 'statistician'),
      P('BSc Mathematics', 'mathematician'),
    ],
  },
  {
    name: 'Lozenets Institute of Informatics',
    slug: 'lozenets-institute-of-informatics',
    kind: 'university',
    sector: 'education',
    district: 'Lozenets',
    sizeBand: 'medium',
    focus: 'is a private university college for software, design and digital business',
    programmes: [
      P('BSc Software Engineering', 'software developer'),
      P('BSc Interaction Design', 'user interface designer'),
      P('BSc Mobile and Web Development', 'mobile application developer'),
      P('MSc Cloud Computing', 'cloud engineer', 'master'),
    ],
  },
  {
    name: 'Boyana University of Life Sciences',
    slug: 'boyana-university-of-life-sciences',
    kind: 'university',
    sector: 'education',
    district: 'Lozenets',
    sizeBand: 'medium',
    focus: 'teaches biology, biomedicine and bioinformatics',
    programmes: [
      P('BSc Molecular Biology', 'biochemist'),
      P('MSc Bioinformatics', 'bioinformatics scientist', 'master'),
      P('BSc Biomedical Sciences', 'biomedical scientist'),
      P('BSc Biomedical Engineering', 'biomedical engineer'),
    ],
  },
  {
    name: 'Iskar Polytechnic Academy',
    slug: 'iskar-polytechnic-academy',
    kind: 'university',
    sector: 'education',
    district: 'Mladost',
    sizeBand: 'medium',
    focus: 'teaches applied informatics, data and project management',
    programmes: [
      P('BSc Applied Informatics', 'ICT system administrator'),
      P('BSc Data Analytics', 'data analyst'),
      P('MSc ICT Project Management', 'ICT project manager', 'master'),
      P('BSc Software Testing and Quality', 'software tester'),
    ],
  },
  // research institutes
  { name: 'Sofia Space Research Centre (demo)', slug: 'sofia-space-research-centre-demo', kind: 'research_institute', sector: 'space', district: 'Mladost', sizeBand: 'medium', focus: 'researches remote sensing, space weather and small-satellite instruments' },
  { name: 'Serdika Data Institute', slug: 'serdika-data-institute', kind: 'research_institute', sector: 'data and AI', district: 'Mladost', sizeBand: 'small', focus: 'researches machine learning, language technology and open data' },
  { name: 'Vitosha Institute for Biomedical Research', slug: 'vitosha-institute-for-biomedical-research', kind: 'research_institute', sector: 'biotech', district: 'Lozenets', sizeBand: 'small', focus: 'researches molecular diagnostics and bioinformatics' },
  { name: 'Izgrev Cybersecurity Research Lab', slug: 'izgrev-cybersecurity-research-lab', kind: 'research_institute', sector: 'cybersecurity', district: 'Izgrev', sizeBand: 'micro', focus: 'researches secure software and network defence' },
  // training providers
  { name: 'Lyulin Code Academy', slug: 'lyulin-code-academy', kind: 'training_provider', sector: 'education', district: 'Lyulin', sizeBand: 'small', focus: 'runs programming bootcamps for career changers' },
  { name: 'Serdika Skills Foundation', slug: 'serdika-skills-foundation', kind: 'training_provider', sector: 'education', district: 'Sredets', sizeBand: 'small', focus: 'is a non-profit offering digital-skills trainings to young people' },
  { name: 'Nadezhda Digital Skills Association', slug: 'nadezhda-digital-skills-association', kind: 'training_provider', sector: 'education', district: 'Nadezhda', sizeBand: 'micro', focus: 'is an association running evening courses in data and office skills' },
  { name: 'Boyana Learning Hub', slug: 'boyana-learning-hub', kind: 'training_provider', sector: 'education', district: 'Mladost', sizeBand: 'small', focus: 'trains company staff in cloud, security and agile practices' },
  { name: 'Sofia Finance and Accounting Training Centre (demo)', slug: 'sofia-finance-and-accounting-training-centre-demo', kind: 'training_provider', sector: 'education', district: 'Izgrev', sizeBand: 'micro', focus: 'runs professional courses in accounting, payroll and financial analysis' },
  { name: 'Knowledge City Design School', slug: 'knowledge-city-design-school', kind: 'training_provider', sector: 'education', district: 'Oborishte', sizeBand: 'micro', focus: 'teaches user-interface and product design in short courses' },
  // business support
  { name: 'Sofia Knowledge City Cluster Office (demo)', slug: 'sofia-knowledge-city-cluster-office-demo', kind: 'business_support', sector: 'innovation support', district: 'Mladost', sizeBand: 'small', focus: 'coordinates the cluster and maps the skills its members need' },
  { name: 'Serdika Startup Incubator', slug: 'serdika-startup-incubator', kind: 'business_support', sector: 'innovation support', district: 'Oborishte', sizeBand: 'micro', focus: 'incubates early-stage technology start-ups' },
  { name: 'Vitosha Technology Transfer Office', slug: 'vitosha-technology-transfer-office', kind: 'business_support', sector: 'innovation support', district: 'Studentski', sizeBand: 'micro', focus: 'helps researchers license results and find industry partners' },
];

/** Parts for the extra, synthetic companies and training providers added at larger scales. */
export const SYNTHETIC_NAME_PLACES = [
  'Bankya', 'Knyazhevo', 'Gorna Banya', 'Lozen', 'Zheleznitsa', 'Vladaya', 'Bistritsa', 'Kokalyane',
  'Musala', 'Cherni Vrah', 'Aleko', 'Zlatni Mostove', 'Perlovska', 'Vladayska', 'Hladilnika', 'Borovo',
  'Dragalevtsi', 'Simeonovo', 'Pancharevo', 'Boyana', 'Iskar', 'Rila', 'Pirin', 'Strandzha',
  'Kremikovtsi', 'Gorublyane', 'Darvenitsa', 'Malinova Dolina', 'Dianabad', 'Yavorov',
] as const;

export const SYNTHETIC_COMPANY_NOUNS: Readonly<Record<string, readonly string[]>> = {
  software: ['Code Foundry', 'Software Collective', 'Cloud Forge', 'App Workshop', 'Platform Labs'],
  fintech: ['Ledger Labs', 'Payments Forge', 'Risk Analytics'],
  'data and AI': ['Data Foundry', 'Insight Labs', 'Model Works'],
  cybersecurity: ['Secure Systems Lab', 'Cyber Defence Studio'],
  space: ['Orbital Labs', 'Ground Station Works'],
  biotech: ['Bio Labs', 'Genomics Studio'],
  'business services': ['Shared Services', 'Back Office Partners', 'Support Centre'],
};

export const SYNTHETIC_TRAINING_NOUNS = ['Skills Academy', 'Learning Studio', 'Training Workshop', 'Career School'] as const;

export const DEMO_DESCRIPTION_NOTE =
  'Fictional organisation created for the platform demo; it does not describe any real company or institution.';
