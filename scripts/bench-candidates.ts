/**
 * Candidates for an opportunity, for `pnpm bench:matching`: the demo cluster seeded at `scale`
 * (500: 100,000 students), the Postgres search index built, then for a fixed-seed sample of open
 * opportunities with skills (of verified organisations) the API's `candidatesFor` as a member of
 * the opportunity's organisation, beside the naive way in the same run: every findable profile's
 * skills read from the database, each scored with `scoreCandidate`, the best 20 kept.
 *
 * Timing: one untimed call per opportunity warms it (the shortlists' copies of the search
 * documents and the skill graph are loaded once before, and reported apart, the copies with the
 * heap they keep); then `runs` timed calls per opportunity. The first call of each opportunity is
 * reported as well ("first"). The naive way runs once per opportunity. Agreement: the share of
 * the naive top 20 (score > 0) that the fast top 20 also returns, and whether the top-1 scores
 * (rounded as the API shows them) are equal, averaged over the sample.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { sql } from 'drizzle-orm';
import { createLogMailer, createSkillIntelligence, MailOutbox, type AppDeps, type Logger } from '@kc/api';
import { candidatesFor, findableCandidatesAmong, getOpportunity, shortlistedSkills, weightsForNeed, type SignedInActor } from '@kc/api/matching';
import { migrate, openDatabase, rowsOf, type Database } from '@kc/db';
import { MATCH_SHORTLIST_SIZE } from '@kc/contract';
import { compileNeed, fitScore, scoreCandidate, type HeldSkill, type Requirement } from '@kc/matching';
import { parseProxyTrust } from '@kc/runtime';
import { createPostgresEngine, profileVisibilitiesFor, reindex, SearchSync, type SearchEngine } from '@kc/search';
import { seedDemo } from '@kc/seed';
import { importEsco } from '@kc/taxonomy';
import { withFreshPostgres } from './support/bench-database.ts';
import { seededRandom } from './support/seeded-random.ts';

export interface CandidateBenchOptions {
  scale: number;
  /** Timed calls of the fast path per opportunity, after one warming call. */
  runs: number;
  /** Opportunities in the sample. */
  sample: number;
  seed: number;
  pglite: boolean;
  postgres: boolean;
  adminUrl: string;
  log: (line: string) => void;
}

const TOP = 20;
const quietLog: Logger = { info() {}, warn() {}, error() {} };
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? 0;
}
const spread = (values: readonly number[]) => ({ p50: round(percentile(values, 50)), p95: round(percentile(values, 95)) });

/** The heap in use once garbage is collected, so that what a step keeps can be told from what it left behind. */
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
function liveHeapBytes(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

/** The API stops a search or shortlist after this long (503); the bench lets them finish and counts the ones that took longer. */
const API_STATEMENT_TIMEOUT_MS = 3_000;

/** What the API runs with over `database`, its search engine wrapped to time each shortlist (and let it run to the end). */
function benchDeps(database: Database, shortlistMs: number[], allShortlists: number[]): AppDeps {
  const engine = createPostgresEngine(database.db, { statementTimeoutMs: 120_000 });
  const timed: SearchEngine = Object.assign(Object.create(engine) as SearchEngine, {
    shortlist: (async (collection, query) => {
      const t = performance.now();
      try {
        return await engine.shortlist(collection, query);
      } finally {
        const ms = performance.now() - t;
        shortlistMs.push(ms);
        allShortlists.push(ms);
      }
    }) as SearchEngine['shortlist'],
  });
  const mailer = createLogMailer(() => {});
  return {
    database,
    log: quietLog,
    mailer,
    mailOutbox: new MailOutbox({ db: database.db, mailer, log: quietLog, webUrl: 'http://web.invalid' }),
    auth: { sessionTtlHours: 24, clusterAdminEmails: [], trustProxy: parseProxyTrust('false'), cookieSecure: 'never', webUrl: 'http://web.invalid' },
    skills: createSkillIntelligence(database.db, quietLog),
    search: { engine: timed, sync: new SearchSync(database.db, timed, quietLog) },
    healthMaxAgeMs: 0,
  };
}

interface SampledOpportunity {
  id: string;
  organisationId: string;
  verified: boolean;
  memberUserId: string | null;
  requirements: Requirement[];
}

async function sampleOpportunities(database: Database, size: number, seed: number): Promise<SampledOpportunity[]> {
  const rows = rowsOf<{ id: string; organisation_id: string; verified: boolean; member: string | null }>(
    await database.db.execute(sql`select o.id, o.organisation_id, g.verified,
        (select m.user_id from memberships m where m.organisation_id = o.organisation_id order by m.user_id limit 1) as member
      from opportunities o join organisations g on g.id = o.organisation_id
      where o.status = 'open' and g.verified and exists (select 1 from opportunity_skills s where s.opportunity_id = o.id)
      order by o.id`),
  );
  const next = seededRandom(seed);
  const picked = [...rows];
  for (let i = picked.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [picked[i], picked[j]] = [picked[j] as (typeof picked)[number], picked[i] as (typeof picked)[number]];
  }
  const chosen = picked.slice(0, size);
  const skills = rowsOf<{ opportunity_id: string; skill_uri: string; level: number; importance: 'essential' | 'optional' }>(
    await database.db.execute(sql`select opportunity_id, skill_uri, level, importance from opportunity_skills
      where opportunity_id = any(${`{${chosen.map((o) => o.id).join(',')}}`}::uuid[]) order by opportunity_id, skill_uri`),
  );
  return chosen.map((o) => ({
    id: o.id,
    organisationId: o.organisation_id,
    verified: o.verified,
    memberUserId: o.member,
    requirements: skills.filter((s) => s.opportunity_id === o.id).map((s) => ({ uri: s.skill_uri, level: Number(s.level), importance: s.importance })),
  }));
}

function memberOf(o: SampledOpportunity): SignedInActor {
  return {
    kind: 'user',
    userId: o.memberUserId ?? '00000000-0000-4000-8000-000000000000',
    email: 'bench-member@example.org',
    displayName: 'Bench member',
    emailVerified: true,
    isClusterAdmin: false,
    profileId: null,
    memberships: [{ organisationId: o.organisationId, role: 'admin', verified: o.verified }],
    sessionId: 'bench',
    locale: 'en',
  };
}

/** The naive way: every findable profile's skills, each scored, the best 20 (score > 0; best first, then id, as the API ranks). */
async function naiveTop(database: Database, actor: SignedInActor, requirements: Requirement[], graph: Awaited<ReturnType<AppDeps['skills']['graph']>>) {
  const started = performance.now();
  const visibilities = profileVisibilitiesFor(actor);
  const rows = rowsOf<{ id: string; uri: string; level: number }>(
    await database.db.execute(sql`select p.id, s.skill_uri as uri, s.level from student_profiles p join profile_skills s on s.profile_id = p.id
      where p.visibility = any(${`{${visibilities.join(',')}}`}::profile_visibility[])`),
  );
  const loaded = performance.now();
  const held = new Map<string, HeldSkill[]>();
  for (const row of rows) {
    const list = held.get(row.id);
    if (list) list.push({ uri: row.uri, level: Number(row.level) });
    else held.set(row.id, [{ uri: row.uri, level: Number(row.level) }]);
  }
  const need = compileNeed(requirements, graph);
  const scored: { id: string; score: number }[] = [];
  for (const [id, skills] of held) {
    const { score } = scoreCandidate(need, skills);
    if (score > 0) scored.push({ id, score });
  }
  scored.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
  const done = performance.now();
  return { top: scored.slice(0, TOP), profiles: held.size, loadMs: loaded - started, scoreMs: done - loaded, totalMs: done - started };
}

/**
 * The steps of `candidatesFor`, timed one by one as it takes them (the opportunity read, the
 * need compiled with the shortlist's weights, the shortlist, the shortlisted students' skills
 * (from the index, or read where it has no levels), scoring and ranking, the page's profiles read
 * whole); the rest of a whole call (explaining, labels and mapping) is what the whole call takes beyond them.
 */
async function stepsOf(deps: AppDeps, actor: SignedInActor, opportunityId: string): Promise<Record<Step, number>> {
  let t = performance.now();
  const lap = () => {
    const now = performance.now();
    const ms = now - t;
    t = now;
    return ms;
  };
  const opportunity = await getOpportunity(deps, actor, opportunityId);
  const opportunityMs = lap();
  const need = compileNeed(opportunity.skills.map((s) => ({ uri: s.uri, level: s.level, importance: s.importance })), await deps.skills.graph());
  const weights = weightsForNeed(need);
  const needMs = lap();
  const hits = await deps.search.engine.shortlist('students', { skills: weights, filters: { visibility: profileVisibilitiesFor(actor) }, limit: MATCH_SHORTLIST_SIZE });
  const shortlistMs = lap();
  const held = await shortlistedSkills(deps, actor, hits);
  const skillsMs = lap();
  const ranked = [...held]
    .map(([id, skills]) => ({ id, score: fitScore(need, skills) }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
  const scoringMs = lap();
  await findableCandidatesAmong(deps, actor, ranked.slice(0, TOP).map((s) => s.id));
  const profilesMs = lap();
  return { opportunity: opportunityMs, need: needMs, shortlist: shortlistMs, skills: skillsMs, scoring: scoringMs, profiles: profilesMs };
}
type Step = 'opportunity' | 'need' | 'shortlist' | 'skills' | 'scoring' | 'profiles';
const STEPS: Step[] = ['opportunity', 'need', 'shortlist', 'skills', 'scoring', 'profiles'];

async function benchOn(label: string, database: Database, options: CandidateBenchOptions) {
  const { log } = options;
  await migrate(database);
  let started = performance.now();
  await importEsco(database);
  log(`${label}: ESCO imported in ${seconds(performance.now() - started)}`);
  started = performance.now();
  const seeded = await seedDemo(database, { scale: options.scale, referenceDate: '2026-09-01' });
  const seedMs = performance.now() - started;
  log(`${label}: demo data at scale ${options.scale} (${seeded.totalInserted.toLocaleString('en')} rows) in ${seconds(seedMs)}`);
  const shortlistMs: number[] = [];
  const allShortlists: number[] = [];
  const deps = benchDeps(database, shortlistMs, allShortlists);
  started = performance.now();
  const counts = await reindex(database.db, deps.search.engine, {});
  const reindexMs = performance.now() - started;
  log(`${label}: search index built in ${seconds(reindexMs)} (${counts.students.toLocaleString('en')} findable students)`);
  // Vacuumed as autovacuum would have by then: the GIN pending list of a fresh index is read row by row on every query.
  await database.db.execute(sql`vacuum analyze search_documents`);
  await database.db.execute(sql`analyze`);

  // As the server does at start: the shortlists' copies of the search documents, loaded before the first call.
  const heapBeforeMirrors = liveHeapBytes();
  started = performance.now();
  await deps.search.engine.warm?.();
  const mirrorsMs = performance.now() - started;
  const mirrorsMb = (liveHeapBytes() - heapBeforeMirrors) / 2 ** 20;
  log(`${label}: shortlist mirrors loaded in ${seconds(mirrorsMs)}, ${mirrorsMb.toFixed(0)} MiB of heap`);

  started = performance.now();
  const graph = await deps.skills.graph();
  const graphMs = performance.now() - started;
  const sample = await sampleOpportunities(database, options.sample, options.seed);
  const [{ n: allStudents } = { n: 0 }] = rowsOf<{ n: number }>(await database.db.execute(sql`select count(*)::int as n from student_profiles`));
  log(`${label}: skill graph loaded in ${Math.round(graphMs)} ms; ${sample.length} opportunities sampled`);

  const first: number[] = [];
  const warm: number[] = [];
  const warmShortlist: number[] = [];
  const steps: Record<Step | 'rest', number[]> = { opportunity: [], need: [], shortlist: [], skills: [], scoring: [], profiles: [], rest: [] };
  const naive: number[] = [];
  const naiveLoad: number[] = [];
  const naiveScore: number[] = [];
  const overlaps: number[] = [];
  let topEqual = 0;
  let compared = 0;
  let considered = 0;
  let naiveProfiles = 0;
  for (const opportunity of sample) {
    const actor = memberOf(opportunity);
    let t = performance.now();
    const page = await candidatesFor(deps, actor, opportunity.id, { page: 1, pageSize: TOP });
    first.push(performance.now() - t);
    considered += page.considered;
    for (let i = 0; i < options.runs; i++) {
      shortlistMs.length = 0;
      t = performance.now();
      await candidatesFor(deps, actor, opportunity.id, { page: 1, pageSize: TOP });
      warm.push(performance.now() - t);
      warmShortlist.push(...shortlistMs);
    }
    const split = await stepsOf(deps, actor, opportunity.id);
    for (const step of STEPS) steps[step].push(split[step]);
    const whole = percentile(warm.slice(-options.runs), 50);
    steps.rest.push(Math.max(0, whole - STEPS.reduce((sum, step) => sum + split[step], 0)));
    const slow = await naiveTop(database, actor, opportunity.requirements, graph);
    naive.push(slow.totalMs);
    naiveLoad.push(slow.loadMs);
    naiveScore.push(slow.scoreMs);
    naiveProfiles = slow.profiles;
    if (slow.top.length > 0) {
      const fastIds = new Set(page.items.map((i) => i.student.id));
      overlaps.push(slow.top.filter((s) => fastIds.has(s.id)).length / slow.top.length);
      compared++;
      if (Math.round(slow.top[0]?.score ?? 0) === (page.items[0]?.fit.score ?? -1)) topEqual++;
    }
  }
  const fast = spread(warm);
  const slowSpread = spread(naive);
  const figures = {
    scale: options.scale,
    students: allStudents,
    indexedStudents: counts.students,
    findableProfilesWithSkills: naiveProfiles,
    seedSeconds: round(seedMs / 1000),
    reindexSeconds: round(reindexMs / 1000),
    graphLoadMs: Math.round(graphMs),
    /** Every shortlist collection's copy in memory (opportunities, students, offerings): load time and heap kept. */
    mirrors: { loadSeconds: round(mirrorsMs / 1000), heapMb: Math.round(mirrorsMb) },
    opportunities: sample.length,
    runsPerOpportunity: options.runs,
    meanConsidered: round(considered / (sample.length || 1)),
    fast: {
      ...fast,
      first: spread(first),
      shortlist: spread(warmShortlist),
      samples: warm.length,
      /** Shortlists (of every call, the first ones too) the API would have stopped with 503 after API_STATEMENT_TIMEOUT_MS. */
      shortlistsOverApiTimeout: allShortlists.filter((ms) => ms > API_STATEMENT_TIMEOUT_MS).length,
      shortlists: allShortlists.length,
      /** One pass of the steps per opportunity, after its timed calls. */
      steps: Object.fromEntries(Object.entries(steps).map(([step, values]) => [step, spread(values)])),
    },
    naive: { ...slowSpread, load: spread(naiveLoad), score: spread(naiveScore), samples: naive.length },
    speedup: { p50: round(slowSpread.p50 / (fast.p50 || 1)), p95: round(slowSpread.p95 / (fast.p95 || 1)) },
    agreement: {
      top20Overlap: round(overlaps.reduce((a, b) => a + b, 0) / (overlaps.length || 1), 3),
      top1ScoreEqual: round(topEqual / (compared || 1), 3),
      opportunitiesCompared: compared,
    },
  };
  const row = (name: string, s: { p50: number; p95: number }, note = '') =>
    log(`${label}:   ${name.padEnd(34)} p50 ${s.p50.toFixed(1).padStart(8)} ms  p95 ${s.p95.toFixed(1).padStart(8)} ms${note}`);
  log(
    `${label}: candidates for ${sample.length} opportunities among ${allStudents.toLocaleString('en')} students (${counts.students.toLocaleString('en')} findable and indexed, ${naiveProfiles.toLocaleString('en')} of them with skills)`,
  );
  row('fast (candidatesFor, warmed)', fast, `  (${warm.length} calls)`);
  row('  of which shortlist', figures.fast.shortlist, `  (${figures.fast.shortlistsOverApiTimeout} of ${allShortlists.length} over the API's ${API_STATEMENT_TIMEOUT_MS / 1000} s limit)`);
  row('fast, first call per opportunity', figures.fast.first);
  for (const [step, values] of Object.entries(figures.fast.steps)) row(`  step: ${step}`, values);
  row('naive (load all, score, top 20)', slowSpread, `  (${naive.length} calls)`);
  row('  of which load', figures.naive.load);
  row('  of which scoring', figures.naive.score);
  log(`${label}:   speed-up (naive / fast)              p50 ${figures.speedup.p50}×  p95 ${figures.speedup.p95}×`);
  log(
    `${label}:   agreement with the naive top ${TOP}: ${(figures.agreement.top20Overlap * 100).toFixed(1)} % returned, top-1 score equal for ${(figures.agreement.top1ScoreEqual * 100).toFixed(1)} % (${compared} opportunities)`,
  );
  return figures;
}

/** Runs the candidate bench on the databases asked for; the figures per database. */
export async function benchCandidates(options: CandidateBenchOptions): Promise<Record<string, unknown>> {
  const results: Record<string, unknown> = {};
  if (options.pglite) {
    const dataDir = mkdtempSync(join(tmpdir(), 'kc-bench-candidates-'));
    const database = await openDatabase({ dataDir });
    try {
      results.pglite = await benchOn('PGlite', database, options);
    } finally {
      await database.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  if (options.postgres) {
    results.postgres = await withFreshPostgres(options.adminUrl, `kc_bench_candidates_${process.pid}`, (database) => benchOn('PostgreSQL', database, options));
  }
  return results;
}
