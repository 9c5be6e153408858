/**
 * Speed of the skill index: build time over the whole ESCO archive, suggest p50/p95 over typical
 * queries (typos, abbreviations, prefixes), extraction median for a ~300-word job ad.
 * Loads from the archive (no database). The last line is one JSON object.
 */
import { loadavg } from 'node:os';
import { buildSkillIndex, extract, readEscoArchive, skillIndexInputFromArchive, suggest } from '@kc/taxonomy';

const QUERIES = [
  'javascript', 'javascrpt', 'Postgre', 'postgresql', 'java', 'pyhton', 'python', 'k8s', 'kubernetes', 'sql', 'nosql',
  'c++', 'c#', '.net', 'react', 'angular', 'typescript', 'project managment', 'project management', 'machine learning',
  'machine learn', 'learning machine', 'data analysis', 'data analytics', 'excel', 'spreadsheet', 'communication',
  'communcation', 'teamwork', 'team work', 'leadership', 'negotiate', 'negotiation', 'customer service', 'sales',
  'accounting', 'bookkeeping', 'english', 'german', 'marketing', 'seo', 'ux design', 'ui', 'html', 'css', 'git',
  'linux', 'docker', 'cloud', 'aws', 'azure', 'devops', 'agile', 'scrum', 'testing', 'test automation', 'welding',
  'forklift', 'driving licence', 'first aid', 'nursing', 'teaching', 'curriculum', 'statistics', 'r', 'matlab',
  'photoshop', 'autocad', 'cad', 'manage budgets', 'budget', 'recruitment', 'payroll', 'law', 'contract law',
  'cyber security', 'cybersecurity', 'networking', 'tcp/ip', 'm', 'ma', 'man', 'mana', 'manag', 'manage',
];

const JOB_AD = `Senior Full-Stack Software Engineer (m/f/d)

About us: We are a fast-growing fintech company in Sofia building a platform for wealth management. Our engineering team works in an agile way with short release cycles and a strong culture of code reviews, automated testing and continuous delivery.

What you will do:
- Design, build and maintain scalable web applications and RESTful APIs using TypeScript, Node.js and React.
- Model data and write efficient queries for PostgreSQL databases; work with Redis and message queues.
- Deploy services to the cloud (AWS or Azure) using Docker and Kubernetes, and improve our CI/CD pipelines.
- Write unit and integration tests, take part in code reviews and pair programming.
- Collaborate with product managers, designers and other developers to turn requirements into features.
- Monitor production systems, troubleshoot issues and improve performance and security.
- Mentor junior developers and share knowledge across teams.
- Contribute to technical documentation, architecture decisions and estimates for new projects.

What you bring:
- At least five years of professional experience in software development.
- Excellent knowledge of JavaScript and TypeScript; experience with Python or Java is a plus.
- Solid understanding of relational databases, SQL and data modelling.
- Experience with version control systems such as Git and with agile project management (Scrum or Kanban).
- Good communication skills in English, both written and verbal; German is an advantage.
- Ability to work independently, manage your time and solve problems analytically.
- A degree in computer science or a related field.

- Experience with monitoring tools, logging and incident response is an advantage.

We offer a competitive salary, flexible working hours, remote work, a yearly training budget, private health insurance and a friendly, international team in the centre of Sofia.`;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}
const round2 = (value: number) => Math.round(value * 100) / 100;

const archive = readEscoArchive();
const input = skillIndexInputFromArchive(archive);
const builds: number[] = [];
const buildCpu: number[] = [];
let index = buildSkillIndex(input);
for (let i = 0; i < 3; i++) {
  const cpu = process.cpuUsage();
  index = buildSkillIndex(input);
  const used = process.cpuUsage(cpu);
  builds.push(index.buildMs);
  buildCpu.push((used.user + used.system) / 1000);
}
const buildMs = percentile(builds, 50);
console.log(
  `index: ${index.skills.length} skills, ${index.labels.length} labels; build median ${buildMs.toFixed(0)} ms wall, ` +
    `${percentile(buildCpu, 50).toFixed(0)} ms CPU incl. GC threads (runs: ${builds.map((b) => b.toFixed(0)).join(', ')}; load average ${loadavg()[0]?.toFixed(1)})`,
);

for (const q of QUERIES) suggest(index, q);
const suggestTimes: number[] = [];
for (let round = 0; round < 20; round++) {
  for (const q of QUERIES) {
    const started = performance.now();
    suggest(index, q, { limit: 10 });
    suggestTimes.push(performance.now() - started);
  }
}
const suggestP50 = percentile(suggestTimes, 50);
const suggestP95 = percentile(suggestTimes, 95);
console.log(`suggest: ${QUERIES.length} queries x 20: p50 ${suggestP50.toFixed(3)} ms, p95 ${suggestP95.toFixed(3)} ms, max ${percentile(suggestTimes, 100).toFixed(2)} ms`);

const words = JOB_AD.split(/\s+/).length;
for (let i = 0; i < 5; i++) extract(index, JOB_AD);
const extractTimes: number[] = [];
for (let i = 0; i < 50; i++) {
  const started = performance.now();
  extract(index, JOB_AD);
  extractTimes.push(performance.now() - started);
}
const extractP50 = percentile(extractTimes, 50);
console.log(`extract: ${words}-word job ad: median ${extractP50.toFixed(2)} ms, p95 ${percentile(extractTimes, 95).toFixed(2)} ms`);
console.log(`  top skills: ${extract(index, JOB_AD, { limit: 20 }).map((s) => `${s.preferredLabel} (${s.score})`).join('; ')}`);
console.log(
  JSON.stringify({
    buildMs: round2(buildMs),
    suggest: { queries: QUERIES.length, p50Ms: round2(suggestP50), p95Ms: round2(suggestP95) },
    extract: { words, medianMs: round2(extractP50) },
  }),
);
