/**
 * The data `pnpm bench:shortage` measures on: ESCO, the demo cluster seeded at a scale with today
 * (Europe/Sofia) as its reference date, so that its open postings are still taking applications,
 * then topped up in bulk with fixed-seed postings until `minOpportunities` opportunities count as
 * demand, and with closed postings, most with the cause they went unfilled. The added postings are
 * made like the demo's: 3–10 requirements each, skills drawn from the demo postings' requirements
 * (so as often as the demo asks for them), organisation, kind and occupation those of a demo
 * posting drawn at random, headcount 1–5, deadlines over the next 120 days or none.
 */
import { sql, type SQL } from 'drizzle-orm';
import { UNFILLED_CAUSES, type UnfilledCause } from '@kc/analytics';
import { migrate, rowsOf, type Database } from '@kc/db';
import { seedDemo, uuidFromName } from '@kc/seed';
import { importEsco } from '@kc/taxonomy';
import { seededRandom } from './seeded-random.ts';

export interface ShortageDataOptions {
  scale: number;
  /** Opportunities that count as demand (open, not past their deadline) with requirements, at least. */
  minOpportunities: number;
  /** Closed postings added, with skills; most give a cause. */
  closed: number;
  seed: number;
  log: (line: string) => void;
}

/** The row counts the bench ran on. */
export interface ShortageDataCounts {
  students: number;
  studentsWithSkills: number;
  profileSkills: number;
  organisations: number;
  opportunities: number;
  open: number;
  /** Open, not past their deadline, with at least one requirement: what demand is made of. */
  counted: number;
  countedRequirements: number;
  skillsInDemand: number;
  closed: number;
  closedWithCause: number;
  byCause: Record<string, number>;
  offerings: number;
  publishedOfferings: number;
  publishedOfferingSkills: number;
  /** Rows the bench added to the demo's. */
  added: { open: number; closed: number; requirements: number };
}

export interface PreparedShortageData {
  today: string;
  counts: ShortageDataCounts;
  seconds: { esco: number; seed: number; topUp: number };
}

/** Today in Europe/Sofia as `YYYY-MM-DD`: the "today" of the shortage measures. */
export const todayInSofia = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Sofia' }).format(new Date());

const seconds = (ms: number) => Math.round(ms / 100) / 10;

/** A PostgreSQL array literal of `values` (null as NULL), to pass as one parameter and cast. */
function pgArray(values: readonly (string | number | null)[]): string {
  return `{${values.map((v) => (v === null ? 'NULL' : typeof v === 'number' ? String(v) : `"${v.replace(/[\\"]/g, (c) => `\\${c}`)}"`)).join(',')}}`;
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Causes as the bench gives them: no skilled candidates most often, as in Cedefop's surveys, and a fifth of closures give none. */
const CAUSE_WEIGHTS: Record<UnfilledCause, number> = {
  no_skilled_candidates: 35,
  insufficient_experience: 25,
  pay_or_conditions: 20,
  slow_hiring: 10,
  other: 10,
};
const NO_CAUSE_SHARE = 0.2;
const NO_DEADLINE_SHARE = 0.15;
const BATCH = 2_000;

interface Template {
  organisation_id: string;
  kind: string;
  occupation_uri: string | null;
}

interface NewOpportunity {
  id: string;
  organisationId: string;
  kind: string;
  title: string;
  headcount: number;
  deadline: string | null;
  status: 'open' | 'closed';
  cause: UnfilledCause | null;
  occupationUri: string | null;
  closedAt: string | null;
  skills: { uri: string; level: number; importance: 'essential' | 'optional' }[];
}

async function insertOpportunities(database: Database, rows: readonly NewOpportunity[], withClosedAt: boolean): Promise<number> {
  let requirements = 0;
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH);
    const columns = sql`id, organisation_id, kind, title, headcount, deadline, status, unfilled_cause, occupation_uri`;
    const values = sql`unnest(${pgArray(batch.map((o) => o.id))}::uuid[], ${pgArray(batch.map((o) => o.organisationId))}::uuid[],
        ${pgArray(batch.map((o) => o.kind))}::opportunity_kind[], ${pgArray(batch.map((o) => o.title))}::text[],
        ${pgArray(batch.map((o) => o.headcount))}::int[], ${pgArray(batch.map((o) => o.deadline))}::date[],
        ${pgArray(batch.map((o) => o.status))}::opportunity_status[], ${pgArray(batch.map((o) => o.cause))}::unfilled_cause[],
        ${pgArray(batch.map((o) => o.occupationUri))}::text[]`;
    await database.db.execute(
      withClosedAt
        ? sql`insert into opportunities (${columns}, closed_at) select * from ${values}, ${pgArray(batch.map((o) => o.closedAt))}::timestamptz[])`
        : sql`insert into opportunities (${columns}) select * from ${values})`,
    );
    const skills = batch.flatMap((o) => o.skills.map((s) => ({ id: o.id, ...s })));
    requirements += skills.length;
    await database.db.execute(sql`insert into opportunity_skills (opportunity_id, skill_uri, level, importance)
      select * from unnest(${pgArray(skills.map((s) => s.id))}::uuid[], ${pgArray(skills.map((s) => s.uri))}::text[],
        ${pgArray(skills.map((s) => s.level))}::smallint[], ${pgArray(skills.map((s) => s.importance))}::skill_relation_type[])`);
  }
  return requirements;
}

async function count(database: Database, query: SQL): Promise<number> {
  const [row] = rowsOf<{ n: number | string }>(await database.db.execute(query));
  return Number(row?.n ?? 0);
}

async function countsOf(database: Database, today: string, added: ShortageDataCounts['added']): Promise<ShortageDataCounts> {
  const counted = sql`o.status = 'open' and (o.deadline is null or o.deadline >= ${today}::date)`;
  const causes = rowsOf<{ cause: string; n: number | string }>(
    await database.db.execute(sql`select unfilled_cause as cause, count(*) as n from opportunities where unfilled_cause is not null group by 1 order by 1`),
  );
  return {
    students: await count(database, sql`select count(*) as n from student_profiles`),
    studentsWithSkills: await count(database, sql`select count(distinct profile_id) as n from profile_skills`),
    profileSkills: await count(database, sql`select count(*) as n from profile_skills`),
    organisations: await count(database, sql`select count(*) as n from organisations`),
    opportunities: await count(database, sql`select count(*) as n from opportunities`),
    open: await count(database, sql`select count(*) as n from opportunities where status = 'open'`),
    counted: await count(database, sql`select count(*) as n from opportunities o where ${counted} and exists (select 1 from opportunity_skills r where r.opportunity_id = o.id)`),
    countedRequirements: await count(database, sql`select count(*) as n from opportunity_skills r join opportunities o on o.id = r.opportunity_id where ${counted}`),
    skillsInDemand: await count(database, sql`select count(distinct r.skill_uri) as n from opportunity_skills r join opportunities o on o.id = r.opportunity_id where ${counted}`),
    closed: await count(database, sql`select count(*) as n from opportunities where status = 'closed'`),
    closedWithCause: causes.reduce((sum, c) => sum + Number(c.n), 0),
    byCause: Object.fromEntries(causes.map((c) => [c.cause, Number(c.n)])),
    offerings: await count(database, sql`select count(*) as n from offerings`),
    publishedOfferings: await count(database, sql`select count(*) as n from offerings where status = 'published'`),
    publishedOfferingSkills: await count(database, sql`select count(*) as n from offering_skills t join offerings f on f.id = t.offering_id where f.status = 'published'`),
    added,
  };
}

/** Migrates, imports ESCO, seeds and tops up `database`; vacuumed and analysed, as autovacuum would leave it. */
export async function prepareShortageData(database: Database, label: string, options: ShortageDataOptions): Promise<PreparedShortageData> {
  const { log } = options;
  const today = todayInSofia();
  await migrate(database);
  let started = performance.now();
  await importEsco(database);
  const escoMs = performance.now() - started;
  started = performance.now();
  const seeded = await seedDemo(database, { scale: options.scale, referenceDate: today });
  const seedMs = performance.now() - started;
  log(`${label}: ESCO in ${seconds(escoMs)} s; demo at scale ${options.scale} (reference date ${today}, ${seeded.totalInserted.toLocaleString('en')} rows) in ${seconds(seedMs)} s`);

  started = performance.now();
  const next = seededRandom(options.seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  // Drawn from the demo's own postings and requirements, in a fixed order, so the same seed adds the same rows.
  const templates = rowsOf<Template>(await database.db.execute(sql`select organisation_id, kind, occupation_uri from opportunities order by id`));
  const requested = rowsOf<{ skill_uri: string }>(await database.db.execute(sql`select skill_uri from opportunity_skills order by opportunity_id, skill_uri`)).map((r) => r.skill_uri);
  const counted = await count(
    database,
    sql`select count(*) as n from opportunities o where o.status = 'open' and (o.deadline is null or o.deadline >= ${today}::date)
      and exists (select 1 from opportunity_skills r where r.opportunity_id = o.id)`,
  );
  const withClosedAt =
    (await count(database, sql`select count(*) as n from information_schema.columns where table_name = 'opportunities' and column_name = 'closed_at'`)) > 0;
  const causes = UNFILLED_CAUSES.flatMap((cause) => Array.from({ length: CAUSE_WEIGHTS[cause] }, () => cause));

  const make = (k: number, status: 'open' | 'closed'): NewOpportunity => {
    const template = pick(templates);
    const wanted = int(3, 10);
    const skills = new Map<string, NewOpportunity['skills'][number]>();
    for (let tries = 0; skills.size < wanted && tries < 100; tries++) {
      const uri = pick(requested);
      if (skills.has(uri)) continue;
      const importance = next() < 0.7 ? 'essential' : 'optional';
      skills.set(uri, { uri, level: int(1, 4), importance });
    }
    const deadline = status === 'open' ? (next() < NO_DEADLINE_SHARE ? null : addDays(today, int(0, 120))) : addDays(today, -int(1, 180));
    const cause = status === 'closed' && next() >= NO_CAUSE_SHARE ? pick(causes) : null;
    return {
      id: uuidFromName(options.seed, 'bench-shortage-opportunity', status, k),
      organisationId: template.organisation_id,
      kind: template.kind,
      title: `Bench ${status} posting ${k + 1}`,
      headcount: int(1, 5),
      deadline,
      status,
      cause,
      occupationUri: template.occupation_uri,
      closedAt: status === 'closed' && deadline ? `${addDays(deadline, int(0, 14))}T12:00:00Z` : null,
      skills: [...skills.values()],
    };
  };
  const openToAdd = Math.max(0, options.minOpportunities - counted);
  const rows = [
    ...Array.from({ length: openToAdd }, (_, k) => make(k, 'open')),
    ...Array.from({ length: options.closed }, (_, k) => make(k, 'closed')),
  ];
  const requirements = templates.length && requested.length ? await insertOpportunities(database, rows, withClosedAt) : 0;
  const added = { open: requested.length ? openToAdd : 0, closed: requested.length ? options.closed : 0, requirements };
  await database.db.execute(
    sql`vacuum analyze opportunities, opportunity_skills, organisations, profile_skills, student_profiles, offerings, offering_skills, skills`,
  );
  const topUpMs = performance.now() - started;
  const counts = await countsOf(database, today, added);
  log(
    `${label}: ${counted.toLocaleString('en')} demo opportunities counted as demand; added ${added.open.toLocaleString('en')} open and ${added.closed.toLocaleString('en')} closed postings ` +
      `(${requirements.toLocaleString('en')} requirements) in ${seconds(topUpMs)} s, then vacuumed and analysed`,
  );
  const n = (value: number) => value.toLocaleString('en');
  log(
    `${label}: rows: ${n(counts.students)} students (${n(counts.studentsWithSkills)} with skills, ${n(counts.profileSkills)} profile skills); ` +
      `${n(counts.opportunities)} opportunities, ${n(counts.open)} open, ${n(counts.counted)} counted as demand (${n(counts.countedRequirements)} requirements, ${n(counts.skillsInDemand)} skills); ` +
      `${n(counts.closed)} closed, ${n(counts.closedWithCause)} with a cause (${Object.entries(counts.byCause).map(([c, v]) => `${c} ${n(v)}`).join(', ')}); ` +
      `${n(counts.publishedOfferings)} of ${n(counts.offerings)} offerings published (${n(counts.publishedOfferingSkills)} skills taught); ${n(counts.organisations)} organisations`,
  );
  return { today, counts, seconds: { esco: seconds(escoMs), seed: seconds(seedMs), topUp: seconds(topUpMs) } };
}
