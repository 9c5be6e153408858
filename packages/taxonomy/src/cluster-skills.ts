import type { SkillIndexInput, SkillSource } from './intelligence/skill-index.ts';

/** URIs of the cluster's own skills: `urn:kc:skill:` and a slug of the preferred label. */
export const LOCAL_SKILL_PREFIX = 'urn:kc:skill:';

/** A skill an IT cluster names every day that ESCO v1.1.1 lacks, placed under the ESCO skill it narrows. */
export interface ClusterSkill {
  uri: string;
  preferredLabel: string;
  altLabels: readonly string[];
  /** The cluster's short words for it, stored as skill aliases ("k8s"). */
  aliases: readonly string[];
  description: string;
  type: 'knowledge' | 'skill/competence';
  broaderUri: string;
}

const ESCO = 'http://data.europa.eu/esco/skill/';
const BROADER = {
  javascript: `${ESCO}3cd569a2-4f88-4c1e-9995-8dce8c5e51a7`,
  javascriptFramework: `${ESCO}9b9de2a4-d8af-4a7b-933a-a8334ae60067`,
  mobileFrameworks: `${ESCO}b8c01891-e3df-4a4b-948d-95b45e1788f5`,
  css: `${ESCO}e5d1f825-60ed-4bdd-872a-e748c387f777`,
  virtualisation: `${ESCO}ae4f0cc6-e0b9-47f5-bdca-2fc2e6316dce`,
  cloud: `${ESCO}bd14968e-e409-45af-b362-3495ed7b10e0`,
  cloudMonitoring: `${ESCO}8efa6a7a-6556-4cb8-908d-59d3b5c58d2f`,
  configurationManagement: `${ESCO}9d2e926f-53d9-41f5-98f3-19dfaa687f3f`,
  devops: `${ESCO}f0de4973-0a70-4644-8fd4-3a97080476f4`,
  applicationInterfaces: `${ESCO}b0096dc5-2e2d-4bc1-8172-05bf486c3968`,
  queryLanguages: `${ESCO}9cf681c7-89ec-470c-b651-7fe03786f586`,
  nosql: `${ESCO}76ef6ed3-1658-4a1a-9593-204d799c6d0c`,
  distributedComputing: `${ESCO}897b393f-e7e0-4248-a40d-d77119694e83`,
  softwareFrameworks: `${ESCO}24c200e5-be20-4370-a137-ab53797f3a17`,
  architectureModels: `${ESCO}2450c3b3-e78e-435b-b84d-e05d984e71dc`,
  testAutomation: `${ESCO}7557f0f4-b8bc-4ac0-b91e-222ab1ba744f`,
  projectMethodologies: `${ESCO}bec4359e-cb92-468f-a997-8fb28e32fba9`,
  ictProjectManagement: `${ESCO}94dd823c-148e-4614-a6e8-99249b16357d`,
  accessibilityStandards: `${ESCO}3e23db60-0c3d-498a-a6ac-ffbed0ecb033`,
  userInterfaceDesign: `${ESCO}fd33c66c-70c4-40e6-b87c-5495bd3bf26e`,
  computerProgramming: `${ESCO}21d2f96d-35f7-4e3f-9745-c533d2dd6e97`,
  python: `${ESCO}ccd0a1d9-afda-43d9-b901-96344886e14d`,
  java: `${ESCO}19a8293b-8e95-4de3-983f-77484079c389`,
  businessIntelligence: `${ESCO}143769cb-b61e-47d8-a61e-eedfbec1016c`,
  machineLearning: `${ESCO}3a2d5b45-56e4-4f5a-a55a-4a4a65afdc43`,
} as const;

type Entry = [slug: string, preferredLabel: string, broader: keyof typeof BROADER, description: string, altLabels?: string[], aliases?: string[]];

/* Each name was checked against skills_en.csv of ESCO v1.1.1: none is a skill there (Git and Scrum
 * are only alternative labels of broad concepts). The slug is the one an administrator's
 * "add local skill" would give the same label, so the two can never exist side by side. */
const ENTRIES: Entry[] = [
  ['react', 'React', 'javascriptFramework', 'The JavaScript library for building web user interfaces from components.', ['React.js', 'ReactJS']],
  ['react-native', 'React Native', 'mobileFrameworks', 'The framework for building iOS and Android applications with React and JavaScript.'],
  ['vue-js', 'Vue.js', 'javascriptFramework', 'The progressive JavaScript framework for building web user interfaces.', ['Vue', 'VueJS']],
  ['svelte', 'Svelte', 'javascriptFramework', 'The compiler-based JavaScript framework for web user interfaces, with SvelteKit for applications.', ['SvelteKit']],
  ['next-js', 'Next.js', 'javascriptFramework', 'The React framework for server-rendered and static web applications.', ['NextJS']],
  ['node-js', 'Node.js', 'javascript', 'The JavaScript runtime for servers, command-line tools and build tooling.', ['NodeJS']],
  ['tailwind-css', 'Tailwind CSS', 'css', 'The utility-first CSS framework for styling web interfaces.', ['Tailwind']],
  ['docker', 'Docker', 'virtualisation', 'Packaging and running software in containers with Docker and Docker Compose.', ['Docker containers', 'Docker Compose']],
  ['kubernetes', 'Kubernetes', 'cloud', 'Orchestrating containers across a cluster of machines with Kubernetes.', [], ['k8s']],
  ['terraform', 'Terraform', 'configurationManagement', 'Describing cloud infrastructure as code and provisioning it with Terraform.', ['HashiCorp Terraform']],
  ['amazon-web-services', 'Amazon Web Services', 'cloud', 'The cloud platform of Amazon: computing, storage, databases and managed services.', [], ['AWS']],
  ['microsoft-azure', 'Microsoft Azure', 'cloud', 'The cloud platform of Microsoft: computing, storage, databases and managed services.', ['Azure']],
  ['google-cloud-platform', 'Google Cloud Platform', 'cloud', 'The cloud platform of Google: computing, storage, data analytics and managed services.', ['Google Cloud'], ['GCP']],
  ['grafana', 'Grafana', 'cloudMonitoring', 'Dashboards and alerts over metrics and logs with Grafana.'],
  ['git', 'Git', 'configurationManagement', 'Version control of source code with Git: commits, branches, merges and pull requests.', ['Git version control']],
  ['github', 'GitHub', 'configurationManagement', 'Hosting repositories, reviewing code and automating builds on GitHub.', ['GitHub Actions']],
  ['gitlab', 'GitLab', 'configurationManagement', 'Hosting repositories, reviewing code and running pipelines on GitLab.', ['GitLab CI']],
  [
    'continuous-integration-and-continuous-delivery',
    'continuous integration and continuous delivery',
    'devops',
    'Building, testing and releasing software automatically on every change, through CI/CD pipelines.',
    ['continuous integration', 'continuous delivery', 'continuous deployment', 'CI/CD pipelines'],
    ['CI/CD'],
  ],
  ['rest-apis', 'REST APIs', 'applicationInterfaces', 'Designing, building and consuming web APIs in the REST style over HTTP.', ['RESTful APIs', 'RESTful web services', 'REST API design']],
  ['graphql', 'GraphQL', 'queryLanguages', 'The query language and runtime for web APIs in which clients ask for exactly the data they need.'],
  ['openapi', 'OpenAPI', 'applicationInterfaces', 'Describing web APIs in the OpenAPI Specification (formerly Swagger).', ['OpenAPI Specification', 'Swagger']],
  ['microservices-architecture', 'microservices architecture', 'architectureModels', 'Building a system as small, independently deployable services.', ['microservices', 'microservice architecture']],
  ['mongodb', 'MongoDB', 'nosql', 'The document database MongoDB.'],
  ['redis', 'Redis', 'nosql', 'The in-memory data store Redis, used as a cache, message broker and database.'],
  ['elasticsearch', 'Elasticsearch', 'nosql', 'The search and analytics engine Elasticsearch and its Elastic Stack.', ['Elastic Stack']],
  ['apache-kafka', 'Apache Kafka', 'distributedComputing', 'The distributed event streaming platform Apache Kafka.', ['Kafka']],
  ['apache-spark', 'Apache Spark', 'softwareFrameworks', 'The engine for large-scale data processing Apache Spark.', ['PySpark', 'Spark SQL']],
  ['jest', 'Jest', 'testAutomation', 'The JavaScript testing framework Jest.'],
  ['scrum', 'Scrum', 'projectMethodologies', 'The agile framework of sprints, a product backlog, daily stand-ups and retrospectives.', ['Scrum framework', 'Scrum methodology']],
  ['jira', 'Jira', 'ictProjectManagement', 'Planning and tracking work in Jira: issues, boards and sprints.', ['Atlassian Jira']],
  ['wcag', 'WCAG', 'accessibilityStandards', 'The Web Content Accessibility Guidelines of the W3C, the standard of accessible web content.', ['Web Content Accessibility Guidelines', 'WCAG 2.1', 'WCAG 2.2']],
  ['figma', 'Figma', 'userInterfaceDesign', 'Designing and prototyping user interfaces together in Figma.'],
  ['kotlin', 'Kotlin', 'computerProgramming', 'The programming language Kotlin, for Android, server and multiplatform applications.'],
  ['go-computer-programming', 'Go (computer programming)', 'computerProgramming', 'The programming language Go, for servers, networking and cloud tooling.', ['Golang']],
  ['django', 'Django', 'python', 'The Python web framework Django.'],
  ['spring-framework', 'Spring Framework', 'java', 'The Java application framework Spring, with Spring Boot.', ['Spring Boot']],
  ['flutter', 'Flutter', 'mobileFrameworks', 'The framework for building mobile, web and desktop applications from one Dart code base.'],
  ['power-bi', 'Power BI', 'businessIntelligence', 'Reports and dashboards over business data with Microsoft Power BI.', ['Microsoft Power BI']],
  ['pytorch', 'PyTorch', 'machineLearning', 'The Python library for deep learning PyTorch.'],
];

export const CLUSTER_SKILLS: readonly ClusterSkill[] = ENTRIES.map(([slug, preferredLabel, broader, description, altLabels = [], aliases = []]) => ({
  uri: `${LOCAL_SKILL_PREFIX}${slug}`,
  preferredLabel,
  altLabels,
  aliases,
  description,
  type: 'knowledge',
  broaderUri: BROADER[broader],
}));

/** A cluster word for an ESCO skill that ESCO words differently ("unit tests"). */
export interface ClusterAlias {
  skillUri: string;
  alias: string;
}

const PERFORM_SOFTWARE_UNIT_TESTING = `${ESCO}7961413f-61d0-4722-9cd9-20a050a29899`;

/* How job ads of the cluster name ESCO skills: without them "unit tests" reads as
 * "test electronic units", the closer wording. */
export const CLUSTER_ALIASES: readonly ClusterAlias[] = [
  { skillUri: PERFORM_SOFTWARE_UNIT_TESTING, alias: 'unit tests' },
  { skillUri: PERFORM_SOFTWARE_UNIT_TESTING, alias: 'unit testing' },
];

/**
 * The index input with the starter cluster skills and aliases added, as a fresh installation
 * holds them; for the benchmark and tools that read the ESCO archive instead of a database.
 */
export function withClusterSkills(
  input: SkillIndexInput,
  skills: readonly ClusterSkill[] = CLUSTER_SKILLS,
  aliases: readonly ClusterAlias[] = CLUSTER_ALIASES,
): SkillIndexInput {
  const known = new Set(input.skills.map((skill) => skill.uri));
  const added = skills.filter((skill) => !known.has(skill.uri) && known.has(skill.broaderUri));
  const sources: SkillSource[] = added.map((skill) => ({
    uri: skill.uri,
    preferredLabel: skill.preferredLabel,
    altLabels: skill.altLabels,
    hiddenLabels: [],
    description: skill.description,
    type: skill.type,
    reuseLevel: null,
    isLocal: true,
  }));
  return {
    ...input,
    skills: [...input.skills, ...sources],
    broader: [...input.broader, ...added.map((skill) => ({ narrowerUri: skill.uri, broaderUri: skill.broaderUri }))],
    aliases: [
      ...input.aliases,
      ...added.flatMap((skill) => skill.aliases.map((alias) => ({ uri: skill.uri, alias }))),
      ...aliases.filter((a) => known.has(a.skillUri)).map((a) => ({ uri: a.skillUri, alias: a.alias })),
    ],
  };
}
