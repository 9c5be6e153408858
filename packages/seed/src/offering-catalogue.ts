import type { OfferingKind } from '@kc/contract/vocabulary';

/**
 * Templates for demo offerings. Each lists the ESCO skills it teaches explicitly, chosen to match
 * its title, with the level a participant reaches; every offering made from a template teaches
 * exactly those. `occupation` (an ESCO preferred label) is only the career the offering prepares
 * for, used to steer students of that track towards it.
 */
export interface OfferingTemplate {
  kind: OfferingKind;
  title: string;
  occupation: string;
  /** One sentence on the content, used in the description. */
  summary: string;
  provider: 'university' | 'training_provider';
  /**
   * Slugs of the catalogue organisations (of kind `provider`) that publish it; a degree programme
   * names exactly one, the university that runs it. Synthetic training providers, added at larger
   * scales, may publish any training-provider template as well.
   */
  publishers: readonly string[];
  /** The ESCO skills taught (3–8), each at the level a participant reaches (1–4). */
  skills: readonly TaughtSkillTemplate[];
}

export interface TaughtSkillTemplate {
  /** ESCO v1.1.1 concept URI. */
  uri: string;
  /** Its ESCO preferred label (English), as in skills_en.csv. */
  label: string;
  level: SkillLevel;
}

export type SkillLevel = 1 | 2 | 3 | 4;

export const ESCO_SKILL_URI_PREFIX = 'http://data.europa.eu/esco/skill/';

/** The ESCO v1.1.1 skills the templates teach: preferred label → concept id (the URI's last segment). */
const ESCO_SKILLS = {
  'accounting entries': '99b163e8-7815-43e2-83f3-a47f3076354c',
  'accounting techniques': '880c54f9-866e-4f37-b5fa-25ef8a7d49b6',
  'administer ICT system': '0868eef3-2213-4572-9343-74931345a7d3',
  'aerospace engineering': '5dd96c59-5955-474b-8cf5-e986a5b50f1a',
  'Agile development': 'dba46f87-0831-49cd-a1c7-340a653c0221',
  'Agile project management': '0a9acb6b-1139-4be9-b431-3a80a959f2f4',
  'algorithms': '54924a2c-daca-40d3-9716-4b38ceb04f38',
  'analyse big data': '47a49cd6-097d-457a-9f7b-c290c14930d5',
  'analyse business processes': '56042303-972b-41be-9310-58467599ff7e',
  'analyse business requirements': 'b04f377b-ee80-4b38-aca1-19d266a23b17',
  'analyse consumer buying trends': '750caee5-12a0-46ba-b8aa-1e56370deaf9',
  'analyse financial performance of a company': '8a43795b-bb38-4f29-91df-a6c92ad4643c',
  'analyse network configuration and performance': '545c80e8-7ab2-42fe-af64-242211e94709',
  'analyse scientific data': '36ff57b0-637d-4a83-a0e8-d14f86f9f078',
  'Android (mobile operating systems)': 'd8829a1d-dbde-435b-b921-29d6462f35c9',
  'Ansible': '6f8a40d6-f9ce-43ec-a72f-d4213a53f3ed',
  'apply information security policies': '86d2e2ea-1ba2-4aa6-b465-8a1f9abc81b8',
  'apply safety procedures in laboratory': '6f571969-3640-4774-a9bc-fd2ef583fdec',
  'apply scientific methods': '7a34b3d9-bd3b-4f4e-a0f6-f97439901cb7',
  'apply statistical analysis techniques': '382c11ed-20d5-4ae7-b60e-15fec527fa6c',
  'Assembly (computer programming)': '47b9bbcf-356c-4782-83a4-7f5a1b2b51a3',
  "assess users' interaction with ICT applications": '465e7c78-cd26-4503-a5ca-40009e807705',
  'attack vectors': '501537a7-9d63-491d-ae02-09f04767ff1e',
  'audit techniques': '6a536b36-c5c7-4d10-bf67-a4fb0f8549b2',
  'automate cloud tasks': 'ce8ae6ca-61d8-4174-b457-641de96cbff4',
  'biomedical techniques': 'a9a52adf-0bf3-4dee-aec3-4fdeb950538e',
  'biostatistics': 'a261c61a-29b8-4b6a-a283-e5a7d5077352',
  'bookkeeping regulations': '2ff405ec-f59c-4a7b-84b6-9776a49582c4',
  'brand marketing techniques': '9242ad54-dc3d-41b3-9cfe-142fa8582511',
  'build predictive models': '38d49d88-9069-467b-b29e-3cae739bdd4d',
  'business analysis': '633a3637-2c6b-40ae-ac38-289eb2a62aa6',
  'business ICT systems': 'ccdbd9bb-4faf-403c-a968-e8bf487f8a53',
  'business intelligence': '143769cb-b61e-47d8-a61e-eedfbec1016c',
  'business process modelling': '98301d4a-2cc3-439d-8d7f-0b6ac76302bb',
  'business requirements techniques': '0ee94c0a-3716-494a-95a2-dcbab9e58be2',
  'C++': 'b633eb55-8f1f-4ae6-ab4c-2022ffe2cb7f',
  'carry out statistical forecasts': 'be727774-46d7-43d7-aee9-1a51b5cd8c71',
  'cloud monitoring and reporting': '8efa6a7a-6556-4cb8-908d-59d3b5c58d2f',
  'cloud security and compliance': '1c2978b8-bb0d-4249-9c23-877571a4dffa',
  'cloud technologies': 'bd14968e-e409-45af-b362-3495ed7b10e0',
  'communicate with customers': '0da516ee-e70e-4384-be13-f5ff80be8127',
  'computer engineering': '89f6560b-2194-45c9-9ece-d33049a73eef',
  'computer programming': '21d2f96d-35f7-4e3f-9745-c533d2dd6e97',
  'computer science': '7b5cce4d-c7fe-4119-b48f-70aa05391787',
  'conduct financial audits': '89ff28d6-342c-435d-83aa-83e71dbbbc96',
  'content marketing strategy': 'b0560439-14eb-41d1-aa53-1938efc24123',
  'create prototype of user experience solutions': '07dd856d-6141-48a7-a228-918f88494812',
  'create software design': '3bddfd7c-ab6d-40c2-883d-5e97fb7640ba',
  'create website wireframe': 'f0f5bb34-71df-4715-9c9e-03567b76ec8f',
  'CSS': 'e5d1f825-60ed-4bdd-872a-e748c387f777',
  'cyber attack counter-measures': '5898d99a-62a4-4e10-a2e3-0d815ce44248',
  'cyber security': '8088750d-8388-4170-a76f-48354c469c44',
  'data analytics': '97bd1c21-66b2-4b7e-ad0f-e3cda590e378',
  'data mining': '25f0ea33-b4a2-4f31-b7b4-7d20e827b180',
  'data models': 'fecf8a0d-62c4-4e71-9b03-0f4fc2ad7bf5',
  'database management systems': 'ab1e97ed-2319-4293-a8b7-072d2648822f',
  'debug software': '2522a6ce-3202-4ac8-9f5b-b9cb5a3a83a1',
  'define firewall rules': '054f26ab-cfdc-4077-883c-1c4c9e9b310a',
  'define software architecture': 'f7e2eb04-3e50-4561-bce1-7e51a1fec308',
  'deliver visual presentation of data': 'c3e36d05-8ae8-447f-bb2b-6f9409f85389',
  'deploy cloud resource': '6195c5f7-a4fb-425d-a3dd-c4467c4471a3',
  'design cloud architecture': '11430d93-c835-48ed-8e70-285fa69c9ae6',
  'design cloud networks': '4da4587a-fd0b-4ca2-886c-c42a1562d432',
  'design computer network': '2164e860-7f20-48bc-b98c-5d9f8a561550',
  'design user interface': 'fd33c66c-70c4-40e6-b87c-5495bd3bf26e',
  'develop automated software tests': '6a322874-e32f-4cd8-9683-badce67a7f73',
  'develop ICT device driver': '85616cc4-98bf-4355-9cf1-72ff11752848',
  'develop with cloud services': '6b643893-0a1f-4f6c-83a1-e7eef75849b9',
  'DevOps': 'f0de4973-0a70-4644-8fd4-3a97080476f4',
  'digital marketing techniques': '43dfbe7f-9e10-4871-b171-e5076737b4cf',
  'embedded systems': '2180bd8c-86de-4889-8165-adac902eee9d',
  'estimate duration of work': 'e207163b-7963-4c3e-9494-7a4bb000211b',
  'evaluate genetic data': 'e135f4ad-2eed-448c-8f39-beb44238177c',
  'execute software tests': '913e7e83-b8f8-4574-b1ca-1b38f3fd974a',
  'financial analysis': '99571e68-801f-49af-a897-5f75996642e1',
  'financial forecasting': '4b2db903-cd8e-48ce-97fb-a92db4def54e',
  'financial statements': '4a460161-eaea-4fe2-bd0e-164ccc635be1',
  'genetics': '54b2c5ea-4475-4bf5-a433-b0dc5442e691',
  'geostationary satellites': 'fea269a3-85e5-4953-a5b8-e9b7b275b7df',
  'global navigation satellite system performance parameters': '6e8fe5de-fe6d-482c-92fe-20e56ee57324',
  'good laboratory practice': '1618ee1c-6753-456e-a171-3d7e5f75404a',
  'guidance, navigation and control': 'af2eb9ef-c98d-4ab2-b4dd-049cdb30e665',
  'handle helpdesk problems': '118efbcd-8fc5-4668-81d1-c383a0d16070',
  'hardware components': '4b51e76e-9e8a-455f-a289-5b48246345c4',
  'ICT debugging tools': '6014921e-1d25-4039-adc2-04852d61880e',
  'ICT encryption': 'd32db06e-bd06-4415-a7ab-1b0ee68caa9a',
  'ICT network routing': '0da6cab1-0ee9-4391-a299-f71fbf21db56',
  'ICT network security risks': '2ddb1226-1117-4eb4-ae65-3a2f5a5a3c80',
  'ICT networking hardware': 'f9e788df-d68a-4f92-92c7-80e135fc35ff',
  'ICT project management': '94dd823c-148e-4614-a6e8-99249b16357d',
  'ICT project management methodologies': 'bec4359e-cb92-468f-a997-8fb28e32fba9',
  'ICT security legislation': '7814e88f-c133-4c3b-b27f-857afa145d42',
  'identify ICT security risks': 'fe1c2b32-7fe9-4668-affa-07ff658a68cf',
  'identify statistical patterns': '06670261-ea6b-4b52-a915-c7d4ff837f74',
  'implement a firewall': 'e5b5053e-0ef6-4c4e-a3f2-42f955f4322c',
  'implement a virtual private network': 'acf0a78c-f4e3-4bd9-a5cc-9cf4791b3b95',
  'implement anti-virus software': 'bb2b4485-2bad-402f-8517-44bf7d9afff4',
  'implement front-end website design': 'c4b1f326-224a-420a-b8b3-814a8f13b6cb',
  'implement ICT network diagnostic tools': 'bf7ea00f-db77-4a95-9b9f-2d12b6d9fcb4',
  'implement ICT risk management': '69cfc5ed-6569-4aca-a4cc-fd782ba51d9c',
  'information security strategy': '11eebd42-44ab-401d-8a2c-bdb9fc9beb50',
  'international financial reporting standards': '4a855abe-ac5b-4e95-ac10-3c1adceeee28',
  'interpret financial statements': '5f1d1319-7954-4a9b-90c7-57668e3a0d4b',
  'iOS': 'ce26e71f-2d47-474e-89b6-7920931ac4fc',
  'Iterative development': '33d49d4f-31ec-473f-9b8a-b555aa5116bb',
  'JavaScript': '3cd569a2-4f88-4c1e-9995-8dce8c5e51a7',
  'JavaScript Framework': '9b9de2a4-d8af-4a7b-933a-a8334ae60067',
  'Jenkins (tools for software configuration management)': 'f47a1998-0beb-43be-9f46-380aa4d183da',
  'laboratory methods in biomedical sciences': '604671e1-89a6-42a0-a3a2-075e52899131',
  'launching of satellites into orbit': '3180dd8e-332e-4430-bf4d-c4079e9da1b0',
  'levels of software testing': '85f46538-ae70-498a-bfbc-b8ddafe96c7d',
  'machine learning': '3a2d5b45-56e4-4f5a-a55a-4a4a65afdc43',
  'maintain internet protocol configuration': 'b9aad733-959a-4178-984f-53e4bd05b420',
  'manage budgets': '21c5790c-0930-4d74-b3b0-84caf5af12ea',
  'manage cloud data and storage': 'd3286405-49f8-4e8a-8046-a4376b4e7963',
  'manage payroll reports': '3ee090a1-9d1c-44ed-bd93-f6b7c9b68a97',
  'manage system security': '2a3a96a3-709e-4d60-81f6-d247d6933f13',
  'manage the general ledger': 'dc417e19-edb4-4401-883a-2375f67a162f',
  'marketing mix': 'd3e585e9-3a73-4511-b533-90f095e5aa09',
  'marketing principles': 'de03f4fd-c147-4477-a048-7109e5ba2d6f',
  'mobile device software frameworks': 'b8c01891-e3df-4a4b-948d-95b45e1788f5',
  'mobile operating systems': '976455eb-5bbe-4493-ae64-ed16c3b009ea',
  'model based system engineering': '25df422a-bf0a-4f76-8631-d0be91cb8751',
  'molecular biology': '8f2a4d74-b16f-4023-8fc1-b8dc8b21ffb9',
  'monitor satellites': 'e3201e73-ef4d-447d-ac9b-b18e45f35eea',
  'monitor system performance': '9190d87f-9792-42e0-bb7f-64294a656bcd',
  'online ads campaign techniques': '750f86d2-18be-4015-84b1-d4a26d9b2d88',
  'operating systems': 'f9a6f35b-01a7-40c9-8b61-b6ee46f97272',
  'perform backups': 'cf3e976d-2c3e-495c-a874-f9e8a66d3b48',
  'perform data cleansing': '50b100ea-74fd-4706-99db-3e4ca55e51b8',
  'perform escalation procedure': '946c1229-1171-40d4-82cc-fe3f483ca100',
  'perform ICT security testing': 'f4a85869-1855-45d5-a43c-7ee8cd451996',
  'perform market research': 'fe39d4db-4cb5-4299-bb9f-896c8fd6ab13',
  'perform project management': 'cd5efa8c-e44d-4cbc-91c6-796018dbed68',
  'perform resource planning': 'f5dd06b8-5d17-4932-9d03-957d0c4f5051',
  'perform risk analysis': '1dd23dba-dd00-45ab-abf4-642902538317',
  'perform software unit testing': '7961413f-61d0-4722-9cd9-20a050a29899',
  'plan marketing strategy': '08fd2839-670c-4f16-8024-97437f2035ab',
  'plan migration to cloud': '0a52bed5-fd29-45fb-aba6-e32bccfda1c1',
  'plan software testing': '5d74614d-32c8-4ca4-9818-6980e52424b1',
  'plan space satellite missions': '4c3eb8fb-83dc-4c01-bb81-6acbe0c35ad9',
  'prepare financial projections': 'd37bc902-f640-48d7-9db4-544db9aa65fa',
  'prepare financial statements': '60f51172-37c0-4933-a27a-cbf55dcd7580',
  'propose ICT solutions to business problems': '07e51c60-763a-4335-b4ec-70a15f66d328',
  'provide ICT support': 'c2296e2e-5fef-4f24-a24f-e5b3792268be',
  'Python (computer programming)': 'ccd0a1d9-afda-43d9-b901-96344886e14d',
  'R': '51586df8-1c46-4b47-8583-773cb63bf00b',
  'real-time computing': 'bf6c5ed4-84af-440f-abcc-7fa5ba19c738',
  'report analysis results': 'c544a9f3-5945-4b54-afed-de0697852817',
  'report test findings': '561c2525-5bd8-4d86-8f45-820f4be7db93',
  'search engine optimisation': 'eda4d727-4374-49af-ace4-118c7c906835',
  'social media marketing techniques': '509909a2-4a8f-4ead-8ad0-968df63b77cc',
  'software UI design patterns': '1019423b-3368-4f83-b24f-19e5fa23e816',
  'solve ICT system problems': '9e06bac6-6b91-48ca-8b7d-c1f48cdecd7c',
  'SQL': '598de5b0-5b58-4ea7-8058-a4bc4d18c742',
  'statistical analysis system software': 'ad59afe4-6f8a-4bc4-acfd-0f228277508a',
  'statistics': '7ee4c2ea-b349-4bd2-81a3-ec31475d4833',
  'style sheet languages': 'c2999f0c-eb37-4cdf-b9b0-82107b628794',
  'Swift (computer programming)': 'be80acfc-b6f2-4411-9b8d-b19d9cd2556a',
  'systems development life-cycle': '09f2f811-a3fb-4de3-a70f-6420a6935575',
  'tax legislation': 'd669af41-756c-48d9-a286-1443253f54b1',
  'telecommunications engineering': '14764a75-3104-4875-ba1d-57c059b9b013',
  'tools for ICT test automation': '7557f0f4-b8bc-4ac0-b91e-222ab1ba744f',
  'tools for software configuration management': '9d2e926f-53d9-41f5-98f3-19dfaa687f3f',
  'transmission technology': '71f81e1a-e2ca-48d6-b7b8-7a34c56c51f8',
  'types of satellites': 'b3f971b2-6c11-43d3-b5ce-8ba7f5a223c7',
  'use accounting systems': 'a0d79341-8398-4019-ad1b-27888ec35aaa',
  'use ICT ticketing system': '6430eb0d-c6de-46b7-a7fc-3dd2e8e62a69',
  'use markup languages': '0af062de-eb43-41e9-9b96-249e2cd22d26',
  'use methodologies for user-centered design': '7364cc39-b9c0-449f-9416-57723e2fd9c4',
  'use object-oriented programming': '5b9cde20-f1b9-4adc-bfb3-dbf70b14138d',
  'use scripting programming': '5ef0c719-5bcb-49f8-b8eb-824388225333',
  'use software design patterns': '2b7a79e5-84d8-4880-be66-3d9bb05bea17',
  'use software libraries': '8b94aa1e-89c9-459d-b3b4-1dfab8dec2df',
  'use spreadsheets software': '1973c966-f236-40c9-b2d4-5d71a89019be',
  'utilise machine learning': '8369c2d6-c100-4cf6-bd83-9668d8678433',
  'web analytics': '1605025e-a179-421f-8f35-5b07d182a6b2',
  'web application security threats': '902fb91c-3113-4004-9b4f-79aa86b638b7',
  'web programming': '69bbd53f-fbb0-4476-b4b2-ef7844464e28',
  'World Wide Web Consortium standards': '8696aff0-18c0-4ba6-a4d0-9a21861b3e5e',
} as const;

type EscoSkillLabel = keyof typeof ESCO_SKILLS;

function taught(...skills: readonly (readonly [EscoSkillLabel, SkillLevel])[]): TaughtSkillTemplate[] {
  return skills.map(([label, level]) => ({ uri: `${ESCO_SKILL_URI_PREFIX}${ESCO_SKILLS[label]}`, label, level }));
}

const U = 'university' as const;
const T = 'training_provider' as const;

// universities
const SERDIKA_TECH = 'serdika-university-of-technology';
const VITOSHA_ECONOMICS = 'vitosha-university-of-economics-and-business';
const KNOWLEDGE_CITY_UNIVERSITY = 'sofia-knowledge-city-university-demo';
const LOZENETS_INFORMATICS = 'lozenets-institute-of-informatics';
const BOYANA_LIFE_SCIENCES = 'boyana-university-of-life-sciences';
const ISKAR_POLYTECHNIC = 'iskar-polytechnic-academy';
// training providers
const LYULIN_CODE = 'lyulin-code-academy';
const SERDIKA_SKILLS = 'serdika-skills-foundation';
const NADEZHDA_DIGITAL = 'nadezhda-digital-skills-association';
const BOYANA_HUB = 'boyana-learning-hub';
const FINANCE_CENTRE = 'sofia-finance-and-accounting-training-centre-demo';
const DESIGN_SCHOOL = 'knowledge-city-design-school';

export const OFFERING_TEMPLATES: readonly OfferingTemplate[] = [
  // Degree programmes, each published by the university that runs it (one of that university's
  // programmes in the cluster catalogue). At scale 1 the first eight are used: every university has one.
  {
    kind: 'degree_programme', provider: U, publishers: [KNOWLEDGE_CITY_UNIVERSITY], title: 'BSc Computer Science', occupation: 'software developer',
    summary: 'A four-year programme in algorithms, programming, software design, operating systems and databases.',
    skills: taught(
      ['computer science', 2], ['algorithms', 3], ['computer programming', 3], ['use object-oriented programming', 3], ['create software design', 2],
      ['operating systems', 2], ['database management systems', 2],
    ),
  },
  {
    kind: 'degree_programme', provider: U, publishers: [SERDIKA_TECH], title: 'BSc Computer Systems and Technologies', occupation: 'software developer',
    summary: 'A four-year engineering programme in computer hardware, embedded systems, networks and systems programming.',
    skills: taught(
      ['computer engineering', 3], ['hardware components', 2], ['computer programming', 3], ['C++', 2], ['operating systems', 3],
      ['embedded systems', 2], ['design computer network', 2],
    ),
  },
  {
    kind: 'degree_programme', provider: U, publishers: [VITOSHA_ECONOMICS], title: 'BSc Business Informatics', occupation: 'ICT business analyst',
    summary: 'A four-year programme joining business processes, information systems and data.',
    skills: taught(
      ['business ICT systems', 3], ['analyse business processes', 3], ['business process modelling', 2], ['analyse business requirements', 3],
      ['business intelligence', 2], ['SQL', 2], ['propose ICT solutions to business problems', 2],
    ),
  },
  {
    kind: 'degree_programme', provider: U, publishers: [LOZENETS_INFORMATICS], title: 'BSc Software Engineering', occupation: 'software developer',
    summary: 'A four-year programme in software design, architecture, testing and team projects with industry partners.',
    skills: taught(
      ['computer programming', 3], ['create software design', 3], ['define software architecture', 2], ['use software design patterns', 3],
      ['systems development life-cycle', 2], ['Agile development', 2], ['execute software tests', 2],
      ['tools for software configuration management', 2],
    ),
  },
  {
    kind: 'degree_programme', provider: U, publishers: [BOYANA_LIFE_SCIENCES], title: 'MSc Bioinformatics', occupation: 'bioinformatics scientist',
    summary: 'A two-year master joining molecular biology, genetics, statistics and programming.',
    skills: taught(
      ['molecular biology', 2], ['genetics', 2], ['evaluate genetic data', 3], ['apply statistical analysis techniques', 3],
      ['Python (computer programming)', 2], ['R', 3], ['analyse scientific data', 3],
    ),
  },
  {
    kind: 'degree_programme', provider: U, publishers: [ISKAR_POLYTECHNIC], title: 'BSc Data Analytics', occupation: 'data analyst',
    summary: 'A four-year programme in statistics, SQL, data preparation and business intelligence.',
    skills: taught(
      ['statistics', 3], ['data analytics', 3], ['SQL', 3], ['perform data cleansing', 3], ['data mining', 2], ['business intelligence', 2],
      ['deliver visual presentation of data', 3],
    ),
  },
  {
    kind: 'degree_programme', provider: U, publishers: [KNOWLEDGE_CITY_UNIVERSITY], title: 'MSc Data Science', occupation: 'data scientist',
    summary: 'A two-year master in statistics, machine learning and big data.',
    skills: taught(
      ['statistics', 3], ['machine learning', 3], ['build predictive models', 3], ['data mining', 3], ['analyse big data', 2], ['data models', 2],
      ['Python (computer programming)', 3], ['perform data cleansing', 2],
    ),
  },
  {
    kind: 'degree_programme', provider: U, publishers: [SERDIKA_TECH], title: 'MSc Space Systems Engineering', occupation: 'satellite engineer',
    summary: 'A two-year master in spacecraft and satellite design, launch, guidance and mission operations.',
    skills: taught(
      ['aerospace engineering', 3], ['types of satellites', 3], ['plan space satellite missions', 2], ['launching of satellites into orbit', 2],
      ['guidance, navigation and control', 2], ['model based system engineering', 2], ['monitor satellites', 2],
    ),
  },
  {
    kind: 'degree_programme', provider: U, publishers: [VITOSHA_ECONOMICS], title: 'BSc Accounting and Control', occupation: 'accountant',
    summary: 'A four-year programme in financial accounting, reporting standards, tax and audit.',
    skills: taught(
      ['accounting techniques', 3], ['financial statements', 3], ['prepare financial statements', 3], ['bookkeeping regulations', 2],
      ['tax legislation', 2], ['audit techniques', 2], ['conduct financial audits', 2], ['international financial reporting standards', 2],
    ),
  },
  {
    kind: 'degree_programme', provider: U, publishers: [SERDIKA_TECH], title: 'MSc Information Security', occupation: 'ICT security engineer',
    summary: 'A two-year master in security strategy, cryptography, security testing and risk management.',
    skills: taught(
      ['cyber security', 3], ['information security strategy', 3], ['identify ICT security risks', 3], ['ICT encryption', 2],
      ['cyber attack counter-measures', 3], ['perform ICT security testing', 2], ['ICT security legislation', 2],
      ['implement ICT risk management', 2],
    ),
  },
  {
    kind: 'degree_programme', provider: U, publishers: [VITOSHA_ECONOMICS], title: 'BSc Marketing', occupation: 'marketing manager',
    summary: 'A four-year programme in marketing strategy, market research, branding and digital marketing.',
    skills: taught(
      ['marketing principles', 3], ['marketing mix', 3], ['perform market research', 3], ['plan marketing strategy', 2],
      ['brand marketing techniques', 2], ['analyse consumer buying trends', 2], ['digital marketing techniques', 2],
    ),
  },
  {
    kind: 'degree_programme', provider: U, publishers: [LOZENETS_INFORMATICS], title: 'MSc Cloud Computing', occupation: 'cloud engineer',
    summary: 'A two-year master in cloud architecture, deployment, automation and security.',
    skills: taught(
      ['cloud technologies', 3], ['design cloud architecture', 3], ['deploy cloud resource', 3], ['develop with cloud services', 2],
      ['cloud security and compliance', 2], ['design cloud networks', 2], ['plan migration to cloud', 2], ['automate cloud tasks', 2],
    ),
  },
  {
    kind: 'degree_programme', provider: U, publishers: [ISKAR_POLYTECHNIC], title: 'MSc ICT Project Management', occupation: 'ICT project manager',
    summary: 'A two-year master in ICT project methods, agile delivery, planning, budgets and risk.',
    skills: taught(
      ['ICT project management', 3], ['ICT project management methodologies', 3], ['perform project management', 3], ['Agile project management', 2],
      ['perform risk analysis', 2], ['manage budgets', 2], ['perform resource planning', 2], ['estimate duration of work', 2],
    ),
  },
  // university courses
  {
    kind: 'course', provider: U, publishers: [KNOWLEDGE_CITY_UNIVERSITY, ISKAR_POLYTECHNIC, LOZENETS_INFORMATICS], title: 'Machine Learning Fundamentals', occupation: 'data scientist',
    summary: 'Supervised and unsupervised learning and predictive models, with hands-on labs in Python.',
    skills: taught(['machine learning', 2], ['utilise machine learning', 2], ['build predictive models', 1], ['statistics', 2], ['Python (computer programming)', 1]),
  },
  {
    kind: 'course', provider: U, publishers: [LOZENETS_INFORMATICS, KNOWLEDGE_CITY_UNIVERSITY], title: 'Web Engineering', occupation: 'web developer',
    summary: 'Building web front ends with HTML, CSS and JavaScript to web standards, and keeping them secure.',
    skills: taught(
      ['web programming', 2], ['use markup languages', 2], ['style sheet languages', 2], ['JavaScript', 2],
      ['implement front-end website design', 1], ['World Wide Web Consortium standards', 1], ['web application security threats', 1],
    ),
  },
  {
    kind: 'course', provider: U, publishers: [SERDIKA_TECH, ISKAR_POLYTECHNIC], title: 'Network Security', occupation: 'ICT security engineer',
    summary: 'Network threats and attack vectors, firewalls, VPNs and countermeasures.',
    skills: taught(
      ['ICT network security risks', 2], ['implement a firewall', 2], ['define firewall rules', 2], ['implement a virtual private network', 1],
      ['cyber attack counter-measures', 2], ['attack vectors', 1],
    ),
  },
  {
    kind: 'course', provider: U, publishers: [SERDIKA_TECH], title: 'Satellite Communication Systems', occupation: 'satellite engineer',
    summary: 'Satellite types and orbits, transmission technology, navigation systems and satellite monitoring.',
    skills: taught(
      ['types of satellites', 2], ['geostationary satellites', 2], ['telecommunications engineering', 2], ['transmission technology', 2],
      ['monitor satellites', 1], ['global navigation satellite system performance parameters', 1],
    ),
  },
  {
    kind: 'course', provider: U, publishers: [BOYANA_LIFE_SCIENCES], title: 'Methods in Biomedical Research', occupation: 'biomedical scientist',
    summary: 'Laboratory methods, good laboratory practice and biostatistics in biomedical research.',
    skills: taught(
      ['laboratory methods in biomedical sciences', 2], ['biomedical techniques', 2], ['good laboratory practice', 2],
      ['apply safety procedures in laboratory', 2], ['apply scientific methods', 2], ['biostatistics', 1],
    ),
  },
  {
    kind: 'course', provider: U, publishers: [VITOSHA_ECONOMICS], title: 'Financial Statement Analysis', occupation: 'financial analyst',
    summary: 'Reading, interpreting and comparing company financial statements.',
    skills: taught(
      ['financial statements', 2], ['interpret financial statements', 2], ['analyse financial performance of a company', 2],
      ['financial analysis', 2], ['accounting techniques', 1],
    ),
  },
  {
    kind: 'course', provider: U, publishers: [SERDIKA_TECH, LOZENETS_INFORMATICS], title: 'Embedded Systems Programming', occupation: 'embedded systems software developer',
    summary: 'Real-time software, device drivers and low-level programming in C++ and assembly.',
    skills: taught(
      ['embedded systems', 2], ['real-time computing', 2], ['C++', 2], ['develop ICT device driver', 1], ['Assembly (computer programming)', 1],
      ['ICT debugging tools', 1],
    ),
  },
  {
    kind: 'course', provider: U, publishers: [KNOWLEDGE_CITY_UNIVERSITY, ISKAR_POLYTECHNIC, VITOSHA_ECONOMICS], title: 'Applied Statistics', occupation: 'statistician',
    summary: 'Statistical analysis, patterns and forecasting on real data sets, in R and SAS.',
    skills: taught(
      ['statistics', 2], ['apply statistical analysis techniques', 2], ['identify statistical patterns', 2], ['carry out statistical forecasts', 1],
      ['R', 1], ['statistical analysis system software', 1],
    ),
  },
  // training providers: trainings
  {
    kind: 'training', provider: T, publishers: [BOYANA_HUB], title: 'Cloud Administration Essentials', occupation: 'cloud engineer',
    summary: 'A hands-on training in deploying, monitoring and automating cloud services.',
    skills: taught(
      ['cloud technologies', 2], ['deploy cloud resource', 2], ['cloud monitoring and reporting', 2], ['automate cloud tasks', 1],
      ['manage cloud data and storage', 1],
    ),
  },
  {
    kind: 'training', provider: T, publishers: [BOYANA_HUB], title: 'Scrum and Agile Project Management', occupation: 'ICT project manager',
    summary: 'A practical training in agile planning, iterative delivery and estimation.',
    skills: taught(
      ['Agile project management', 2], ['Agile development', 2], ['Iterative development', 2], ['estimate duration of work', 1],
      ['perform project management', 1],
    ),
  },
  {
    kind: 'training', provider: T, publishers: [BOYANA_HUB, SERDIKA_SKILLS], title: 'Cybersecurity Essentials for IT Staff', occupation: 'ICT security engineer',
    summary: 'A short training on threats, security risks, policies and malware protection.',
    skills: taught(
      ['cyber security', 2], ['cyber attack counter-measures', 2], ['identify ICT security risks', 2], ['apply information security policies', 2],
      ['implement anti-virus software', 1],
    ),
  },
  {
    kind: 'training', provider: T, publishers: [FINANCE_CENTRE], title: 'Payroll and Bookkeeping in Practice', occupation: 'bookkeeper',
    summary: 'A practical training in bookkeeping, the general ledger, payroll and Bulgarian reporting rules.',
    skills: taught(
      ['bookkeeping regulations', 2], ['accounting entries', 2], ['manage the general ledger', 2], ['manage payroll reports', 2],
      ['use accounting systems', 2], ['tax legislation', 1],
    ),
  },
  {
    kind: 'training', provider: T, publishers: [DESIGN_SCHOOL], title: 'UI Design Workshop', occupation: 'user interface designer',
    summary: 'A studio training in interface design, wireframes, prototyping and usability testing.',
    skills: taught(
      ['design user interface', 2], ['create website wireframe', 2], ['create prototype of user experience solutions', 2],
      ['software UI design patterns', 1], ["assess users' interaction with ICT applications", 1], ['use methodologies for user-centered design', 1],
    ),
  },
  {
    kind: 'training', provider: T, publishers: [BOYANA_HUB, LYULIN_CODE], title: 'Linux System Administration', occupation: 'ICT system administrator',
    summary: 'A hands-on training in administering Linux servers: scripting, backups, monitoring and security.',
    skills: taught(
      ['operating systems', 2], ['administer ICT system', 2], ['use scripting programming', 2], ['perform backups', 2],
      ['monitor system performance', 1], ['manage system security', 1],
    ),
  },
  {
    kind: 'training', provider: T, publishers: [SERDIKA_SKILLS], title: 'Customer Support for Technical Products', occupation: 'ICT help desk agent',
    summary: 'A training in ticket handling, troubleshooting, escalation and talking to customers.',
    skills: taught(
      ['provide ICT support', 2], ['use ICT ticketing system', 2], ['solve ICT system problems', 2], ['handle helpdesk problems', 2],
      ['communicate with customers', 2], ['perform escalation procedure', 1],
    ),
  },
  // training providers: bootcamps
  {
    kind: 'bootcamp', provider: T, publishers: [LYULIN_CODE], title: 'Full-Stack Web Development Bootcamp', occupation: 'web developer',
    summary: 'An intensive bootcamp from HTML, CSS and JavaScript to deployed full-stack applications with SQL.',
    skills: taught(
      ['web programming', 3], ['use markup languages', 3], ['CSS', 3], ['JavaScript', 3], ['JavaScript Framework', 2],
      ['implement front-end website design', 2], ['SQL', 2], ['tools for software configuration management', 2],
    ),
  },
  {
    kind: 'bootcamp', provider: T, publishers: [LYULIN_CODE], title: 'Data Science Bootcamp', occupation: 'data scientist',
    summary: 'An intensive bootcamp in Python, statistics, data cleaning, visualisation and machine learning.',
    skills: taught(
      ['Python (computer programming)', 3], ['statistics', 2], ['machine learning', 2], ['utilise machine learning', 2],
      ['perform data cleansing', 3], ['deliver visual presentation of data', 2], ['SQL', 2],
    ),
  },
  {
    kind: 'bootcamp', provider: T, publishers: [LYULIN_CODE], title: 'Mobile Apps Bootcamp', occupation: 'mobile application developer',
    summary: 'An intensive bootcamp building and publishing Android and iOS apps.',
    skills: taught(
      ['mobile operating systems', 2], ['Android (mobile operating systems)', 3], ['iOS', 2], ['mobile device software frameworks', 3],
      ['Swift (computer programming)', 2], ['design user interface', 2],
    ),
  },
  {
    kind: 'bootcamp', provider: T, publishers: [LYULIN_CODE], title: 'QA and Test Automation Bootcamp', occupation: 'software tester',
    summary: 'An intensive bootcamp in manual and automated software testing.',
    skills: taught(
      ['execute software tests', 3], ['levels of software testing', 3], ['perform software unit testing', 3],
      ['develop automated software tests', 3], ['tools for ICT test automation', 2], ['plan software testing', 2], ['report test findings', 2],
    ),
  },
  {
    kind: 'bootcamp', provider: T, publishers: [LYULIN_CODE, BOYANA_HUB], title: 'DevOps and Cloud Bootcamp', occupation: 'cloud engineer',
    summary: 'An intensive bootcamp in DevOps, CI/CD, configuration management and cloud operations.',
    skills: taught(
      ['DevOps', 3], ['tools for software configuration management', 3], ['Jenkins (tools for software configuration management)', 2],
      ['Ansible', 2], ['use scripting programming', 2], ['deploy cloud resource', 2], ['automate cloud tasks', 3],
    ),
  },
  // training providers: courses
  {
    kind: 'course', provider: T, publishers: [NADEZHDA_DIGITAL, SERDIKA_SKILLS, LYULIN_CODE], title: 'Python Programming', occupation: 'software developer',
    summary: 'An evening course in Python programming for beginners.',
    skills: taught(
      ['Python (computer programming)', 2], ['computer programming', 2], ['use object-oriented programming', 1], ['use software libraries', 1],
      ['debug software', 1],
    ),
  },
  {
    kind: 'course', provider: T, publishers: [NADEZHDA_DIGITAL], title: 'Data Analysis with SQL and Spreadsheets', occupation: 'data analyst',
    summary: 'An evening course in querying, cleaning and presenting data with SQL and spreadsheets.',
    skills: taught(
      ['SQL', 2], ['use spreadsheets software', 2], ['perform data cleansing', 2], ['data analytics', 1], ['deliver visual presentation of data', 2],
      ['report analysis results', 1],
    ),
  },
  {
    kind: 'course', provider: T, publishers: [BOYANA_HUB], title: 'Business Analysis Foundations', occupation: 'business analyst',
    summary: 'A course in requirements, business process modelling and analysis.',
    skills: taught(
      ['business analysis', 2], ['analyse business requirements', 2], ['business requirements techniques', 2], ['business process modelling', 1],
      ['analyse business processes', 1],
    ),
  },
  {
    kind: 'course', provider: T, publishers: [FINANCE_CENTRE, NADEZHDA_DIGITAL], title: 'Financial Analysis with Excel', occupation: 'financial analyst',
    summary: 'A course in financial analysis, statements and forecasting in spreadsheets.',
    skills: taught(
      ['use spreadsheets software', 2], ['financial analysis', 2], ['interpret financial statements', 2], ['financial forecasting', 1],
      ['prepare financial projections', 1],
    ),
  },
  {
    kind: 'course', provider: T, publishers: [SERDIKA_SKILLS, BOYANA_HUB], title: 'Computer Networks in Practice', occupation: 'ICT network engineer',
    summary: 'A course in configuring, routing and troubleshooting networks.',
    skills: taught(
      ['ICT networking hardware', 2], ['ICT network routing', 2], ['maintain internet protocol configuration', 2], ['design computer network', 1],
      ['analyse network configuration and performance', 1], ['implement ICT network diagnostic tools', 1],
    ),
  },
  {
    kind: 'course', provider: T, publishers: [SERDIKA_SKILLS, NADEZHDA_DIGITAL], title: 'Digital Marketing Essentials', occupation: 'digital marketing manager',
    summary: 'A course in online ads, search engine optimisation, social media and web analytics.',
    skills: taught(
      ['digital marketing techniques', 2], ['online ads campaign techniques', 2], ['search engine optimisation', 2],
      ['social media marketing techniques', 2], ['web analytics', 1], ['content marketing strategy', 1],
    ),
  },
];
