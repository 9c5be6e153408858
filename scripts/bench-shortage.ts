/**
 * `pnpm bench:shortage`: every shortage-dashboard query, timed at 100,000 students and at least
 * 10,000 opportunities counted as demand, on a fresh PostgreSQL database (BENCH_DATABASE_URL, an
 * admin URL; default the local server) and on PGlite (a data folder in the temp directory), each
 * beside the naive query it replaces, in the same run. The last line is one JSON object with
 * every figure.
 *
 * Data (`scripts/support/shortage-data.ts`): ESCO and the demo cluster at `--scale` (default 500:
 * 100,000 students) seeded with today (Europe/Sofia) as its reference date, topped up in bulk with
 * fixed-seed open postings until `--opportunities` (default 10,000) count as demand, and with
 * `--closed` (default 2,000) closed postings, four in five with a cause they went unfilled; then
 * vacuumed and analysed. The row counts are printed.
 *
 * Queries (`QUERIES`, one entry each; add an entry to measure another):
 * - `topShortages.public` and `topShortages.cluster`: the API's `topShortages` (a look for changes
 *   to count, one aggregate SQL query over the summaries, and growth read from the months'
 *   summaries), anonymously and as a cluster administrator. The naive way is what one would write
 *   first with the measures' reference, `@kc/analytics`, at hand: read every open posting with its
 *   requirements and organisation, every row of `profile_skills` and every published offering with
 *   the skills it teaches into the process, then `demandBySkill`, `supplyBySkill`,
 *   `shortageBySkill` and `rankShortages`, the public view's cells through `suppress` and
 *   `showDerived`, and the top 20's labels read. They agree when the top 20 have the same skill
 *   URIs in the same order with the same demand to one decimal (the API's rounded figure within
 *   0.05 of the naive sum: both are float sums of multiples of 0.05, added in different orders).
 * - `topShortages.public.afterWrite`: the same, each call after one posting's headcount changed
 *   (untimed): what a view costs when it first counts today's demand of that organisation again.
 * - `unmetDemand.public`, `skillGroups.public`, `trend.all.24months`, `trend.skill.24months` (the
 *   skill with most demand last month) and `trend.group.24months` (the second-tier group with
 *   most positions today): the API's view; the other way is the same view computed from the
 *   source rows (`{ fromRows: true }`: every requirement and the months' rows), which is what the
 *   summaries replace. They agree when the answers are equal (numbers to nine significant digits).
 * - `skillBundles.public` (suggested offerings: pairs of skills asked for together): the API's
 *   way looks at the pairs of the skills asked for most first; the other way at every pair of
 *   skills that five postings or more ask for. They agree when the answers are equal.
 * - `providerCoverage` (the provider with most published offerings) and `shortageSlices` (what
 *   the filters offer): the rest of what the dashboard asks for, timed one way (nothing else
 *   computes them).
 *
 * Before the queries, what the API does when it starts (its recorder) is timed on its own: the
 * months' summaries, and today's demand per skill and organisation counted in full
 * (docs/SHORTAGE-MEASURES.md, Summaries).
 *
 * Timing: per query and way, one untimed call warms it (reported as "first"), then `--runs`
 * (default 30; `--naive-runs` for the naive way, default the same) timed calls, one at a time;
 * p50 and p95 (nearest rank) in ms, rounded to 0.1. The API's target is p95 ≤ 200 ms on
 * PostgreSQL; each PostgreSQL figure says whether it meets it. `--explain` prints EXPLAIN
 * (ANALYZE, BUFFERS) of every statement the fast way runs, on PostgreSQL. `--skip-postgres` and
 * `--skip-pglite` leave a database out; `--seed` changes the added rows.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sql, type SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { createLogMailer, createSkillIntelligence, MailOutbox, type Actor, type AppDeps, type Logger } from '@kc/api';
import {
  providerCoverage,
  refreshSkillDemand,
  shortageSlices,
  shortageTrend,
  skillBundles,
  skillGroupShortages,
  summariseShortageSnapshots,
  topShortages,
  unfilledCauses,
  unmetDemand,
} from '@kc/api/analytics';
import type { SignedInActor } from '@kc/api/matching';
import {
  causeShares,
  countsAsDemand,
  demandBySkill,
  rankShortages,
  shortageBySkill,
  showDerived,
  suppress,
  supplyBySkill,
  type DemandOpportunity,
  type HeldSkill,
  type TeachingOffering,
} from '@kc/analytics';
import {
  shortageGroupsQuery,
  shortagesQuery,
  shortageTrendQuery,
  skillBundlesQuery,
  unfilledCausesQuery,
  type ProviderCoverage,
  type ShortageSlices,
  type ShortageTrend,
  type SkillBundles,
  type ShortageTrendQuery,
  type Shortages,
  type SkillGroupShortages,
  type UnfilledCauses,
  type UnmetDemand,
} from '@kc/contract';
import { openDatabase, rowsOf, type Database } from '@kc/db';
import { parseProxyTrust } from '@kc/runtime';
import { createPostgresEngine, SearchSync } from '@kc/search';
import { withFreshPostgres } from './support/bench-database.ts';
import { prepareShortageData, todayInSofia, type PreparedShortageData } from './support/shortage-data.ts';

const { values: args } = parseArgs({
  options: {
    scale: { type: 'string', default: '500' },
    runs: { type: 'string', default: '30' },
    'naive-runs': { type: 'string' },
    opportunities: { type: 'string', default: '10000' },
    closed: { type: 'string', default: '2000' },
    seed: { type: 'string', default: '20261204' },
    explain: { type: 'boolean', default: false },
    'skip-postgres': { type: 'boolean', default: false },
    'skip-pglite': { type: 'boolean', default: false },
  },
});
const options = {
  scale: Number(args.scale),
  runs: Math.max(1, Number(args.runs) || 30),
  naiveRuns: Math.max(1, Number(args['naive-runs'] ?? args.runs) || 30),
  minOpportunities: Number(args.opportunities),
  closed: Number(args.closed),
  seed: Number(args.seed),
};
const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
/** The API's latency target for a dashboard query, on PostgreSQL. */
const TARGET_P95_MS = 200;
const TOP = 20;

// ---- The dashboard queries ------------------------------------------------------------------

/** One dashboard query: the API's way, and optionally the naive way it replaces and when the two agree. */
interface DashboardQuery {
  name: string;
  /** Run, untimed, before each call of either way (a write the call then has to take in). */
  before?: (database: Database) => Promise<void>;
  fast: (deps: AppDeps) => Promise<unknown>;
  naive?: (database: Database, deps: AppDeps) => Promise<unknown>;
  agree?: (fast: unknown, naive: unknown) => boolean;
  /** One line about a result, printed for each way. */
  describe?: (result: unknown) => string;
}

/** An entry with its results typed; erased into the list. */
function dashboardQuery<F, N = F>(entry: {
  name: string;
  before?: (database: Database) => Promise<void>;
  fast: (deps: AppDeps) => Promise<F>;
  naive?: (database: Database, deps: AppDeps) => Promise<N>;
  agree?: (fast: F, naive: N) => boolean;
  describe?: (result: F | N) => string;
}): DashboardQuery {
  const { agree, describe } = entry;
  return {
    name: entry.name,
    ...(entry.before ? { before: entry.before } : {}),
    fast: entry.fast,
    ...(entry.naive ? { naive: entry.naive } : {}),
    ...(agree ? { agree: (fast: unknown, naive: unknown) => agree(fast as F, naive as N) } : {}),
    ...(describe ? { describe: (result: unknown) => describe(result as F | N) } : {}),
  };
}

const anonymous: Actor = { kind: 'anonymous' };
const clusterAdmin: SignedInActor = {
  kind: 'user',
  userId: '00000000-0000-4000-8000-00000000ad01',
  email: 'bench-admin@cluster.example.org',
  displayName: 'Bench cluster administrator',
  emailVerified: true,
  isClusterAdmin: true,
  profileId: null,
  memberships: [],
  sessionId: 'bench',
  locale: 'en',
};

/** What a shortage list comes to, whichever way computed it. */
interface ShortageList {
  skillsInDemand: number;
  hidden: number;
  items: { uri: string; label: string; demand: number; index: number | null }[];
}
const fromApi = (s: Shortages): ShortageList => ({
  skillsInDemand: s.skillsInDemand,
  hidden: s.hidden,
  items: s.items.map((i) => ({ uri: i.skill.uri, label: i.skill.preferredLabel, demand: Number(i.demand), index: i.index })),
});
const oneDecimal = (value: number) => Math.round(value * 10) / 10;
/**
 * Demand is a sum of multiples of 0.05, so two float sums of the same terms (SQL's and the
 * process's, added in different orders) can round to one decimal either side of a .x5: equal to
 * one decimal is within half a step of the API's rounded figure.
 */
const sameToOneDecimal = (shown: number, exact: number) => Math.abs(shown - exact) <= 0.05 + 1e-9 * Math.max(1, Math.abs(exact));
const sameTopShortages = (fast: ShortageList, naive: ShortageList) =>
  fast.items.length === naive.items.length &&
  fast.items.every((f, i) => f.uri === naive.items[i]?.uri && sameToOneDecimal(f.demand, naive.items[i]?.demand ?? Number.NaN));
const describeShortages = (s: ShortageList) => {
  const top = s.items[0];
  const head = top ? `; first ${top.label} (index ${top.index?.toFixed(3) ?? '–'}, demand ${oneDecimal(top.demand)})` : '';
  return `${s.skillsInDemand.toLocaleString('en')} skills in demand, ${s.hidden.toLocaleString('en')} hidden, ${s.items.length} listed${head}`;
};

/**
 * The naive top shortages: everything the measures read, loaded into the process and computed
 * with `@kc/analytics`, the public view suppressed cell by cell.
 */
async function naiveTopShortages(database: Database, view: 'public' | 'cluster'): Promise<ShortageList> {
  const today = todayInSofia();
  const requirements = rowsOf<{
    id: string;
    organisation_id: string;
    organisation_kind: DemandOpportunity['organisationKind'];
    sector: string | null;
    kind: DemandOpportunity['kind'];
    occupation_uri: string | null;
    status: DemandOpportunity['status'];
    headcount: number;
    deadline: string | null;
    skill_uri: string;
    level: number;
    importance: 'essential' | 'optional';
  }>(
    await database.db.execute(sql`select o.id, o.organisation_id, g.kind as organisation_kind, g.sector, o.kind, o.occupation_uri, o.status,
        o.headcount, o.deadline::text as deadline, r.skill_uri, r.level, r.importance
      from opportunities o join organisations g on g.id = o.organisation_id join opportunity_skills r on r.opportunity_id = o.id
      where o.status = 'open'`),
  );
  const opportunities = new Map<string, DemandOpportunity & { skills: DemandOpportunity['skills'][number][] }>();
  for (const r of requirements) {
    let o = opportunities.get(r.id);
    if (!o) {
      o = {
        id: r.id,
        organisationId: r.organisation_id,
        organisationKind: r.organisation_kind,
        sector: r.sector,
        kind: r.kind,
        occupationUri: r.occupation_uri,
        status: r.status,
        headcount: Number(r.headcount),
        deadline: r.deadline,
        skills: [],
      };
      opportunities.set(r.id, o);
    }
    o.skills.push({ skillUri: r.skill_uri, level: Number(r.level), importance: r.importance });
  }
  const held = rowsOf<{ profile_id: string; skill_uri: string; level: number }>(
    await database.db.execute(sql`select profile_id, skill_uri, level from profile_skills`),
  ).map((r): HeldSkill => ({ profileId: r.profile_id, skillUri: r.skill_uri, level: Number(r.level) }));
  const taught = rowsOf<{
    id: string;
    provider_id: string;
    kind: TeachingOffering['kind'];
    status: TeachingOffering['status'];
    seats: number | null;
    yearly_capacity: number | null;
    skill_uri: string;
    level: number;
  }>(
    await database.db.execute(sql`select f.id, f.provider_id, f.kind, f.status, f.seats, f.yearly_capacity, t.skill_uri, t.level
      from offerings f join offering_skills t on t.offering_id = f.id where f.status = 'published'`),
  );
  const offerings = new Map<string, TeachingOffering & { skills: { skillUri: string; level: number }[] }>();
  for (const t of taught) {
    let f = offerings.get(t.id);
    if (!f) {
      f = {
        id: t.id,
        providerId: t.provider_id,
        kind: t.kind,
        status: t.status,
        seats: t.seats === null ? null : Number(t.seats),
        yearlyCapacity: t.yearly_capacity === null ? null : Number(t.yearly_capacity),
        skills: [],
      };
      offerings.set(t.id, f);
    }
    f.skills.push({ skillUri: t.skill_uri, level: Number(t.level) });
  }

  const counted = [...opportunities.values()].filter((o) => countsAsDemand(o, today));
  const demand = demandBySkill(counted, today);
  const supply = supplyBySkill(held, offerings.values());
  const shortages = shortageBySkill(demand, supply);
  const ranked = rankShortages([...shortages.values()].filter((s) => demand.has(s.skillUri)));
  const shown =
    view === 'cluster'
      ? ranked
      : ranked.filter((s) => {
          const d = demand.get(s.skillUri);
          if (!d) return false;
          const demandCell = suppress({ value: d.demand, count: d.positions }, d.byOrganisation.values());
          const studentsCell = suppress({ value: s.students, count: s.students }, []);
          return typeof showDerived(s.index, demandCell, studentsCell) === 'number';
        });
  const top = shown.slice(0, TOP);
  const labels = new Map(
    rowsOf<{ uri: string; preferred_label: string }>(
      await database.db.execute(sql`select uri, preferred_label from skills where uri = any(${`{${top.map((s) => `"${s.skillUri}"`).join(',')}}`}::text[])`),
    ).map((r) => [r.uri, r.preferred_label]),
  );
  return {
    skillsInDemand: demand.size,
    hidden: ranked.length - shown.length,
    items: top.map((s) => ({ uri: s.skillUri, label: labels.get(s.skillUri) ?? s.skillUri, demand: s.demand, index: s.index })),
  };
}

const publicQuery = shortagesQuery.parse({ view: 'public', limit: TOP });
const clusterQuery = shortagesQuery.parse({ view: 'cluster', limit: TOP });

/** The causes' shares as the two ways give them: cause → closures behind it (public cells as shown). */
type CauseCounts = Record<string, number | string>;
const causeCounts = (c: UnfilledCauses): CauseCounts => Object.fromEntries(c.causes.map((x) => [x.cause, x.closures]));

/**
 * The naive causes: every posting closed unfilled in the last twelve months loaded into the
 * process and counted with `@kc/analytics`; compared on the raw counts the cells come from.
 */
async function naiveCauses(database: Database): Promise<Record<string, number>> {
  const rows = rowsOf<{ id: string; organisation_id: string; cause: string | null }>(
    await database.db.execute(sql`select id, organisation_id, unfilled_cause::text as cause from opportunities
      where status = 'closed' and closed_at >= date_trunc('month', (now() at time zone 'Europe/Sofia')) - interval '11 months'`),
  );
  const shares = causeShares(rows.map((r) => ({ opportunityId: r.id, organisationId: r.organisation_id, cause: r.cause as never })));
  return Object.fromEntries(shares.causes.map((c) => [c.cause, c.count]));
}
const sameCauses = (fast: CauseCounts, naive: Record<string, number>) =>
  Object.entries(fast).every(([cause, shown]) => typeof shown !== 'number' || shown === naive[cause]);

const unmetQuery = shortagesQuery.parse({ view: 'public', limit: TOP });
const groupsQuery = shortageGroupsQuery.parse({ view: 'public' });
const trendAll = shortageTrendQuery.parse({ view: 'public', months: 24 });
const causesQuery = unfilledCausesQuery.parse({});

/** The other way of the API's views: computed from the source rows, without the summaries. */
const fromRows = { fromRows: true };
/** The same answer, numbers to nine significant digits (sums of the same terms in another order differ in the last bits). */
const sameResult = (fast: unknown, naive: unknown) => {
  const rounded = (value: unknown) => JSON.stringify(value, (_, v: unknown) => (typeof v === 'number' ? Number(v.toPrecision(9)) : v));
  return rounded(fast) === rounded(naive);
};
const describeTrend = (t: ShortageTrend) =>
  `${t.scope.kind === 'all' ? 'all demand' : t.scope.preferredLabel}: ${t.points.filter((p) => p.recorded).length} months recorded, projection ${t.projection.reason ?? `${t.projection.months.length} months`}`;

/** The trend query of the skill with most demand last month, or of the second-tier group with most positions today. */
const trendQueries = new Map<string, ShortageTrendQuery>();
async function trendOf(database: Database, scope: 'skill' | 'group'): Promise<ShortageTrendQuery> {
  const key = `${database.location} ${scope}`;
  const known = trendQueries.get(key);
  if (known) return known;
  const [row] = rowsOf<{ uri: string }>(
    await database.db.execute(
      scope === 'skill'
        ? sql`select skill_uri as uri from shortage_snapshot_skills where month = (select max(month) from shortage_snapshots where month < date_trunc('month', now())) order by demand desc, skill_uri limit 1`
        : sql`select c.group_uri as uri from skill_group_demand c
            where exists (select 1 from skill_hierarchy h where h.narrower_uri = c.group_uri)
            group by c.group_uri order by sum(c.positions) desc, c.group_uri limit 1`,
    ),
  );
  if (!row) throw new Error(`No ${scope} to take a trend of.`);
  const query = shortageTrendQuery.parse({ view: 'public', months: 24, [scope]: row.uri });
  trendQueries.set(key, query);
  return query;
}

/** The provider with most published offerings (for its coverage). */
const providers = new Map<string, string>();
async function largestProvider(database: Database): Promise<string> {
  const known = providers.get(database.location);
  if (known) return known;
  const [row] = rowsOf<{ id: string }>(
    await database.db.execute(sql`select provider_id as id from offerings where status = 'published' group by provider_id order by count(*) desc, provider_id limit 1`),
  );
  if (!row) throw new Error('No provider with published offerings.');
  providers.set(database.location, row.id);
  return row.id;
}

let touched = 0;
/** Changes the headcount of one counted posting (a different one each time), as an edit in the API would. */
async function touchOnePosting(database: Database): Promise<void> {
  touched++;
  await database.db.execute(sql`update opportunities set headcount = headcount % 9 + 1
    where id = (select id from opportunities where status = 'open' order by id offset ${touched % 1000} limit 1)`);
}

const QUERIES: DashboardQuery[] = [
  dashboardQuery<ShortageList>({
    name: 'topShortages.public',
    fast: async (deps) => fromApi(await topShortages(deps, anonymous, publicQuery)),
    naive: (database) => naiveTopShortages(database, 'public'),
    agree: sameTopShortages,
    describe: describeShortages,
  }),
  dashboardQuery<ShortageList>({
    // Each call first takes in a change: one posting's headcount, so its organisation is counted again.
    name: 'topShortages.public.afterWrite',
    before: touchOnePosting,
    fast: async (deps) => fromApi(await topShortages(deps, anonymous, publicQuery)),
    describe: describeShortages,
  }),
  dashboardQuery<ShortageList>({
    name: 'topShortages.cluster',
    fast: async (deps) => fromApi(await topShortages(deps, clusterAdmin, clusterQuery)),
    naive: (database) => naiveTopShortages(database, 'cluster'),
    agree: sameTopShortages,
    describe: describeShortages,
  }),
  dashboardQuery<UnmetDemand>({
    name: 'unmetDemand.public',
    fast: (deps) => unmetDemand(deps, anonymous, unmetQuery),
    naive: (_, deps) => unmetDemand(deps, anonymous, unmetQuery, fromRows),
    agree: sameResult,
    describe: (u) => `${u.skillsUnmet} skills unmet, ${u.items.length} listed`,
  }),
  dashboardQuery<SkillGroupShortages>({
    name: 'skillGroups.public',
    fast: (deps) => skillGroupShortages(deps, anonymous, groupsQuery),
    naive: (_, deps) => skillGroupShortages(deps, anonymous, groupsQuery, fromRows),
    agree: sameResult,
    describe: (g) => `${g.items.length} groups shown, ${g.hidden} hidden`,
  }),
  dashboardQuery<ShortageTrend>({
    name: 'trend.all.24months',
    fast: (deps) => shortageTrend(deps, anonymous, trendAll),
    naive: (_, deps) => shortageTrend(deps, anonymous, trendAll, fromRows),
    agree: sameResult,
    describe: describeTrend,
  }),
  dashboardQuery<ShortageTrend>({
    name: 'trend.skill.24months',
    fast: async (deps) => shortageTrend(deps, anonymous, await trendOf(deps.database, 'skill')),
    naive: async (_, deps) => shortageTrend(deps, anonymous, await trendOf(deps.database, 'skill'), fromRows),
    agree: sameResult,
    describe: describeTrend,
  }),
  dashboardQuery<ShortageTrend>({
    name: 'trend.group.24months',
    fast: async (deps) => shortageTrend(deps, anonymous, await trendOf(deps.database, 'group')),
    naive: async (_, deps) => shortageTrend(deps, anonymous, await trendOf(deps.database, 'group'), fromRows),
    agree: sameResult,
    describe: describeTrend,
  }),
  dashboardQuery<SkillBundles>({
    name: 'skillBundles.public',
    fast: (deps) => skillBundles(deps, skillBundlesQuery.parse({})),
    naive: (_, deps) => skillBundles(deps, skillBundlesQuery.parse({}), fromRows),
    agree: sameResult,
    describe: (b) => `${b.items.length} pairs suggested${b.items[0] ? `; first ${b.items[0].skills.map((k) => k.preferredLabel).join(' + ')} (${b.items[0].opportunities} postings)` : ''}`,
  }),
  dashboardQuery<ProviderCoverage>({
    name: 'providerCoverage',
    fast: async (deps) => providerCoverage(deps, await largestProvider(deps.database)),
    describe: (c) => `${c.provider.name}: ${c.offerings.length} offerings, ${c.gaps.length} gaps listed`,
  }),
  dashboardQuery<ShortageSlices>({
    name: 'shortageSlices',
    fast: (deps) => shortageSlices(deps),
    describe: (s) => `${s.sectors.length} sectors, ${s.occupations.length} occupations, ${s.months.length} months`,
  }),
  dashboardQuery<CauseCounts, Record<string, number>>({
    name: 'unfilledCauses.12months',
    fast: async (deps) => causeCounts(await unfilledCauses(deps, anonymous, causesQuery)),
    naive: (database) => naiveCauses(database),
    agree: sameCauses,
    describe: (c) => Object.entries(c).map(([k, v]) => `${k} ${v}`).join(', '),
  }),
];

// ---- Timing ---------------------------------------------------------------------------------

const quietLog: Logger = { info() {}, warn() {}, error() {} };
const round = (n: number) => Math.round(n * 10) / 10;
const log = (line: string) => console.log(line);

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? 0;
}

interface Timing {
  p50: number;
  p95: number;
  first: number;
  runs: number;
}

/** One untimed (but reported) warming call, then `runs` timed ones, each after `before` (untimed); the warming call's result. */
async function time(call: () => Promise<unknown>, runs: number, before?: () => Promise<void>): Promise<{ timing: Timing; result: unknown }> {
  await before?.();
  let started = performance.now();
  const result = await call();
  const first = performance.now() - started;
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    await before?.();
    started = performance.now();
    await call();
    ms.push(performance.now() - started);
  }
  return { timing: { p50: round(percentile(ms, 50)), p95: round(percentile(ms, 95)), first: round(first), runs }, result };
}

/** What the API runs with over `database` (the search engine is there only because AppDeps has one). */
function benchDeps(database: Database): AppDeps {
  const engine = createPostgresEngine(database.db);
  const mailer = createLogMailer(() => {});
  return {
    database,
    log: quietLog,
    mailer,
    mailOutbox: new MailOutbox({ db: database.db, mailer, log: quietLog, webUrl: 'http://web.invalid' }),
    auth: { sessionTtlHours: 24, clusterAdminEmails: [clusterAdmin.email], trustProxy: parseProxyTrust('false'), cookieSecure: 'never', webUrl: 'http://web.invalid' },
    skills: createSkillIntelligence(database.db, quietLog),
    search: { engine, sync: new SearchSync(database.db, engine, quietLog) },
    healthMaxAgeMs: 0,
  };
}

/** `deps` with every statement its queries execute, in transactions too, also kept in `statements`. */
function recordingDeps(deps: AppDeps, statements: SQL[]): AppDeps {
  const recording = <T extends object>(executor: T): T =>
    new Proxy(executor, {
      get(target, property, receiver) {
        const value = Reflect.get(target, property, receiver) as unknown;
        if (property === 'execute') {
          return (query: SQL) => {
            statements.push(query);
            return (value as (q: SQL) => Promise<unknown>).call(target, query);
          };
        }
        if (property === 'transaction') {
          return (body: (tx: object) => Promise<unknown>, config?: unknown) =>
            (value as (b: (tx: object) => Promise<unknown>, c?: unknown) => Promise<unknown>).call(target, (tx) => body(recording(tx)), config);
        }
        return value;
      },
    });
  return { ...deps, database: { ...deps.database, db: recording(deps.database.db) } };
}

/** EXPLAIN (ANALYZE, BUFFERS) of each statement the fast way runs, as the API runs it (settings statements are not explained). */
async function explain(deps: AppDeps, query: DashboardQuery, label: string) {
  const statements: SQL[] = [];
  await query.fast(recordingDeps(deps, statements));
  const dialect = new PgDialect();
  const explained = statements.filter((s) => !/^\s*set\s/i.test(dialect.sqlToQuery(s).sql));
  for (const [i, statement] of explained.entries()) {
    const plan = await deps.database.db.transaction(async (tx) => {
      await tx.execute(sql`set local jit = off`);
      await tx.execute(sql`set local work_mem = '64MB'`);
      return rowsOf<{ 'QUERY PLAN': string }>(await tx.execute(sql`explain (analyze, buffers) ${statement}`));
    });
    log(`${label}: EXPLAIN ANALYZE ${query.name}, statement ${i + 1} of ${explained.length}:`);
    for (const row of plan) log(`    ${row['QUERY PLAN']}`);
  }
}

interface QueryFigures {
  fast: Timing;
  naive?: Timing;
  /** naive p50 / fast p50, and the same at p95. */
  speedup?: { p50: number; p95: number };
  agree?: boolean;
  /** p95 of the fast way within the target (PostgreSQL only). */
  meetsTarget?: boolean;
}

async function benchOn(label: string, database: Database): Promise<PreparedShortageData & { queries: Record<string, QueryFigures> }> {
  const prepared = await prepareShortageData(database, label, { ...options, log });
  // What the API does when it starts (its recorder): the months' summaries and today's demand, counted in full.
  let started = performance.now();
  const months = await summariseShortageSnapshots(database.db);
  const summariesMs = performance.now() - started;
  started = performance.now();
  await refreshSkillDemand(database.db, todayInSofia());
  const demandMs = performance.now() - started;
  log(`${label}: summaries, as the API builds them at start: ${months} months in ${(summariesMs / 1000).toFixed(1)} s; today's demand per skill and organisation in ${(demandMs / 1000).toFixed(1)} s`);
  const deps = benchDeps(database);
  const onPostgres = database.kind === 'postgres';
  const queries: Record<string, QueryFigures> = {};
  const row = (name: string, t: Timing, note = '') =>
    log(`${label}:   ${name.padEnd(30)} p50 ${t.p50.toFixed(1).padStart(9)} ms  p95 ${t.p95.toFixed(1).padStart(9)} ms  first ${t.first.toFixed(1).padStart(9)} ms${note}`);
  for (const query of QUERIES) {
    const before = query.before ? () => (query.before as (d: Database) => Promise<void>)(database) : undefined;
    const fast = await time(() => query.fast(deps), options.runs, before);
    const figures: QueryFigures = { fast: fast.timing };
    log(`${label}: ${query.name}${query.describe ? `: ${query.describe(fast.result)}` : ''}`);
    const meets = fast.timing.p95 <= TARGET_P95_MS;
    if (onPostgres) figures.meetsTarget = meets;
    row('fast', fast.timing, `  (${fast.timing.runs} runs)${onPostgres ? `  target p95 ≤ ${TARGET_P95_MS} ms: ${meets ? 'met' : 'NOT met'}` : ''}`);
    if (query.naive) {
      const naiveQuery = query.naive;
      const naive = await time(() => naiveQuery(database, deps), options.naiveRuns, before);
      figures.naive = naive.timing;
      figures.speedup = { p50: round(naive.timing.p50 / (fast.timing.p50 || 0.1)), p95: round(naive.timing.p95 / (fast.timing.p95 || 0.1)) };
      row('naive', naive.timing, `  (${naive.timing.runs} runs)  speed-up p50 ${figures.speedup.p50}×, p95 ${figures.speedup.p95}×`);
      if (query.describe) log(`${label}:   naive: ${query.describe(naive.result)}`);
      if (query.agree) {
        figures.agree = query.agree(fast.result, naive.result);
        log(`${label}:   naive and fast agree: ${figures.agree ? 'yes' : 'NO'}`);
        if (!figures.agree) log(`${label}:   fast ${JSON.stringify(fast.result)}\n${label}:   naive ${JSON.stringify(naive.result)}`);
      }
    }
    if (args.explain && onPostgres) await explain(deps, query, label);
    queries[query.name] = figures;
  }
  await deps.mailOutbox.stop();
  return { ...prepared, queries };
}

const started = performance.now();
/** The machine's 1-minute load average at the start and the end: other work on it shows in every figure. */
const load = (): number => round(loadavg()[0] ?? 0);
const loadAtStart = load();
log(
  `bench:shortage: scale ${options.scale}, at least ${options.minOpportunities.toLocaleString('en')} opportunities counted as demand, ${options.runs} timed runs ` +
    `(${options.naiveRuns} naive); target p95 ≤ ${TARGET_P95_MS} ms on PostgreSQL`,
);
const results: Record<string, unknown> = {};
if (!args['skip-postgres']) {
  results.postgres = await withFreshPostgres(adminUrl, `kc_bench_shortage_${process.pid}`, (database) => benchOn('PostgreSQL', database));
}
if (!args['skip-pglite']) {
  const dataDir = mkdtempSync(join(tmpdir(), 'kc-bench-shortage-'));
  const database = await openDatabase({ dataDir });
  try {
    results.pglite = await benchOn('PGlite', database);
  } finally {
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
const postgres = results.postgres as { queries: Record<string, QueryFigures> } | undefined;
const target = {
  database: 'postgres',
  p95Ms: TARGET_P95_MS,
  met: postgres ? Object.fromEntries(Object.entries(postgres.queries).map(([name, q]) => [name, q.meetsTarget ?? false])) : null,
};
if (postgres) {
  const missed = Object.entries(target.met ?? {}).filter(([, met]) => !met).map(([name]) => name);
  log(`target p95 ≤ ${TARGET_P95_MS} ms on PostgreSQL: ${missed.length ? `NOT met by ${missed.join(', ')}` : `met by every query (${Object.keys(target.met ?? {}).length})`}`);
}
const wallSeconds = Math.round((performance.now() - started) / 100) / 10;
const loadAverage = { start: loadAtStart, end: load() };
log(`bench:shortage done in ${wallSeconds} s (load average ${loadAverage.start} at the start, ${loadAverage.end} at the end)`);
console.log(JSON.stringify({ ...options, target, wallSeconds, loadAverage, ...results }));
