import { sql, type SQL } from 'drizzle-orm';
import { addMonths, growth, priority, project, protectParts, rankedDemand, shortageIndex, transferabilityBySkill, SUPPLY_WEIGHTS, SUPPRESSION_RULE, TREND_RULE, UNFILLED_CAUSES, type PublicCell } from '@kc/analytics';
import type {
  ProviderCoverage,
  ShortageGroupsQuery,
  Shortages,
  ShortageSlice,
  ShortageSlices,
  ShortagesQuery,
  ShortageTrend,
  ShortageTrendQuery,
  ShownFigure,
  SkillBundles,
  SkillBundlesQuery,
  SkillGroupShortages,
  UnfilledCauses,
  UnfilledCausesQuery,
  UnmetDemand,
} from '@kc/contract';
import { rowsOf, type Db } from '@kc/db';
import type { Actor } from '../actor.ts';
import type { AppDeps } from '../context.ts';
import { ApiError } from '../lib/errors.ts';
import { requireClusterAdmin } from './access.ts';
import { todayInSofia } from './opportunities.service.ts';
import { occupationRefOf, readOccupationRef } from './occupation-refs.ts';
import { askedFromSummary, groupQuery, isTierGroup, liveRequirements, perSkillQuery, sourceRelations, summarisedSlice, summariseSnapshotSql, textArray, type Computation, type GroupRow, type PerSkillRow, type ShortageSource } from './shortage-queries.ts';
import { refreshSkillDemand } from './skill-demand.ts';

const taught = SUPPLY_WEIGHTS.taughtDiscount;
/**
 * To one decimal, half up, from the value to a millionth: demand is a sum of multiples of 0.05,
 * and the same sum added in another order must not round to another tenth at a .x5.
 */
const oneDecimal = (value: number) => Math.round(Math.round(value * 1e6) / 1e5) / 10;
const byUri = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const monthOf = (day: string) => day.slice(0, 7);
const firstDay = (month: string) => `${month}-01`;
const small = (count: number) => count > 0 && count < SUPPRESSION_RULE.minCount;
const sliceOf = (q: ShortageSlice): ShortageSlice => ({ sector: q.sector, organisationKind: q.organisationKind, opportunityKind: q.opportunityKind, occupation: q.occupation });

function requireView(actor: Actor, view: 'public' | 'cluster') {
  if (view === 'cluster') requireClusterAdmin(actor, 'see the unsuppressed shortage figures');
}

/**
 * Summarises the snapshots written without their summary (by an earlier version, the demo's
 * history or a restore), once; the views that read summaries call it first. The number done.
 */
export async function summariseShortageSnapshots(db: Db): Promise<number> {
  const months = rowsOf<{ month: string }>(await db.execute(sql`select month::text from shortage_snapshots where demand is null order by month`));
  for (const { month } of months) {
    await db.transaction(async (tx) => {
      // Held, so two summaries of one month run one after the other.
      const [pending] = rowsOf<{ month: string }>(await tx.execute(sql`select month::text from shortage_snapshots where month = ${month}::date and demand is null for update`));
      if (!pending) return;
      for (const statement of summariseSnapshotSql(month)) await tx.execute(statement);
    });
  }
  return months.length;
}

/** Today's figures, or a month's snapshot (404 when there is none). */
async function sourceFor(db: Db, month: string | undefined): Promise<{ source: ShortageSource; asOf: string }> {
  const today = todayInSofia();
  if (month === undefined || month === monthOf(today)) return { source: { kind: 'live', today }, asOf: today };
  await summariseShortageSnapshots(db);
  const [snapshot] = rowsOf<{ as_of: string }>(await db.execute(sql`select as_of::text from shortage_snapshots where month = ${firstDay(month)}::date`));
  if (!snapshot) throw new ApiError('NOT_FOUND', `There is no snapshot of ${month}.`, [{ path: 'query.month', message: 'Pick a month from the shortage slices (months).' }]);
  return { source: { kind: 'snapshot', month: firstDay(month) }, asOf: snapshot.as_of };
}

/**
 * Runs one of the heavy aggregate queries. On PostgreSQL without JIT: its plan costs are past the
 * JIT threshold, and compiling it takes longer than it saves at these sizes.
 */
async function aggregate(database: AppDeps['database'], query: SQL): Promise<unknown> {
  if (database.kind !== 'postgres') return database.db.execute(query);
  return database.db.transaction(async (tx) => {
    await tx.execute(sql`set local jit = off`);
    return tx.execute(query);
  });
}

async function perSkillRows(database: AppDeps['database'], source: ShortageSource, slice: ShortageSlice, how: Computation = {}) {
  if (source.kind === 'live' && !how.fromRows) await refreshSkillDemand(database.db, source.today);
  return rowsOf<PerSkillRow>(await aggregate(database, perSkillQuery(source, slice, how))).map((row) => ({
    ...row,
    demand: Number(row.demand),
    supply: Number(row.supply),
    held_supply: Number(row.held_supply),
    places: Number(row.places),
    index: shortageIndex(Number(row.demand), Number(row.supply)),
    studentsIndex: shortageIndex(Number(row.demand), Number(row.held_supply)),
  }));
}

interface Prioritised {
  growth: number | null;
  transferability: number;
  priority: number;
}

/**
 * Growth, transferability and priority of the skills `listed` (docs/SHORTAGE-MEASURES.md):
 * growth from the snapshots of the two complete months before `month`, transferability from ESCO's
 * occupations and the counted postings, against the maxima among `rows`. In a public view a
 * skill's growth is unknown when either month's cell would be hidden.
 */
async function prioritise(
  database: AppDeps['database'],
  rows: readonly { skill_uri: string; opportunities: number }[],
  listed: readonly { skill_uri: string }[],
  month: string,
  publicView: boolean,
): Promise<Map<string, Prioritised>> {
  if (listed.length === 0) return new Map();
  const uris = textArray(rows.map((r) => r.skill_uri));
  // Growth is read for the skills listed only; transferability is against every skill in the view.
  const listedUris = textArray(listed.map((r) => r.skill_uri));
  const [previous, before] = [firstDay(addMonths(month, -1)), firstDay(addMonths(month, -2))];
  await summariseShortageSnapshots(database.db);
  const [occupations, months, recorded] = await Promise.all([
    database.db.execute(sql`select skill_uri, count(*)::int as n from occupation_skills where skill_uri = any(${uris}::text[]) group by skill_uri`),
    database.db.execute(sql`select skill_uri, month::text as month, demand, positions, largest_share as largest
      from shortage_snapshot_skills where month in (${previous}::date, ${before}::date) and skill_uri = any(${listedUris}::text[])`),
    database.db.execute(sql`select count(*)::int as n from shortage_snapshots where month in (${previous}::date, ${before}::date)`),
  ]);
  const occupationsOf = new Map(rowsOf<{ skill_uri: string; n: number }>(occupations).map((r) => [r.skill_uri, r.n]));
  const bothRecorded = (rowsOf<{ n: number }>(recorded)[0]?.n ?? 0) === 2;
  const cells = new Map<string, { demand: number; hidden: boolean }>();
  for (const r of rowsOf<{ skill_uri: string; month: string; demand: number; positions: number; largest: number }>(months)) {
    const demand = Number(r.demand);
    const hidden = small(r.positions) || Number(r.largest) > SUPPRESSION_RULE.dominance * demand * (1 + 1e-9);
    cells.set(`${r.skill_uri} ${r.month}`, { demand, hidden });
  }
  const transfer = transferabilityBySkill(new Map(rows.map((r) => [r.skill_uri, { occupations: occupationsOf.get(r.skill_uri) ?? 0, opportunities: r.opportunities }])));
  return new Map(
    listed.map((r) => {
      const [earlier, later] = [cells.get(`${r.skill_uri} ${before}`), cells.get(`${r.skill_uri} ${previous}`)];
      const known = bothRecorded && !(publicView && (earlier?.hidden || later?.hidden));
      const g = known ? growth([earlier?.demand ?? 0, later?.demand ?? 0]) : null;
      const t = transfer.get(r.skill_uri) ?? 0;
      return [r.skill_uri, { growth: g, transferability: t, priority: priority({ growth: g, transferability: t }) }];
    }),
  );
}

/**
 * The city's top skill shortages, today or in a month's snapshot, from all demand or a slice.
 * The public view hides a count of one to four as "<5" and a skill's demand where one
 * organisation makes up more than 70% of it; a skill whose index would rest on a hidden figure
 * is left out of the ranking (and counted in `hidden`), so its place in the list does not give
 * it away. The cluster view shows every figure, to cluster administrators only.
 */
export async function topShortages(deps: AppDeps, actor: Actor, query: ShortagesQuery): Promise<Shortages> {
  requireView(actor, query.view);
  const { source, asOf } = await sourceFor(deps.database.db, query.month);
  const rows = await perSkillRows(deps.database, source, sliceOf(query));
  const ranked = rows.sort((a, b) => (b.index ?? -2) - (a.index ?? -2) || rankedDemand(b.demand) - rankedDemand(a.demand) || byUri(a.skill_uri, b.skill_uri));
  const publicView = query.view === 'public';
  const shown = publicView ? ranked.filter((r) => !r.small_demand && !r.dominated && !r.small_students) : ranked;
  const figure = (value: number, hidden: boolean): ShownFigure => (publicView && hidden ? '<5' : value);
  const listed = shown.slice(0, query.limit);
  const priorities = await prioritise(deps.database, rows, listed, monthOf(asOf), publicView);
  return {
    asOf,
    view: query.view,
    skillsInDemand: rows.length,
    hidden: rows.length - shown.length,
    items: listed.map((r) => ({
      skill: { uri: r.skill_uri, preferredLabel: r.preferred_label },
      demand: oneDecimal(r.demand),
      positions: figure(r.positions, r.small_demand),
      organisations: figure(r.organisations, r.organisations < SUPPRESSION_RULE.minCount),
      students: figure(r.students, r.small_students),
      places: r.places,
      supply: oneDecimal(r.supply),
      index: r.index,
      studentsIndex: r.studentsIndex,
      growth: priorities.get(r.skill_uri)?.growth ?? null,
      transferability: priorities.get(r.skill_uri)?.transferability ?? 0,
      priority: priorities.get(r.skill_uri)?.priority ?? 0,
    })),
  };
}

/** Skills in demand that no published offering teaches, most demand first; public as the top shortages are. */
export async function unmetDemand(deps: AppDeps, actor: Actor, query: ShortagesQuery, how: Computation = {}): Promise<UnmetDemand> {
  requireView(actor, query.view);
  const { source, asOf } = await sourceFor(deps.database.db, query.month);
  const unmet = (await perSkillRows(deps.database, source, sliceOf(query), how))
    .filter((r) => r.offerings === 0)
    .sort((a, b) => rankedDemand(b.demand) - rankedDemand(a.demand) || byUri(a.skill_uri, b.skill_uri));
  const publicView = query.view === 'public';
  const shown = publicView ? unmet.filter((r) => !r.small_demand && !r.dominated) : unmet;
  return {
    asOf,
    view: query.view,
    skillsUnmet: unmet.length,
    hidden: unmet.length - shown.length,
    items: shown.slice(0, query.limit).map((r) => ({
      skill: { uri: r.skill_uri, preferredLabel: r.preferred_label },
      demand: oneDecimal(r.demand),
      positions: r.positions,
      organisations: publicView && small(r.organisations) ? '<5' : r.organisations,
    })),
  };
}

/** Shortage by ESCO skill group, two tiers deep, for the treemap. */
export async function skillGroupShortages(deps: AppDeps, actor: Actor, query: ShortageGroupsQuery, how: Computation = {}): Promise<SkillGroupShortages> {
  requireView(actor, query.view);
  const { source, asOf } = await sourceFor(deps.database.db, query.month);
  if (source.kind === 'live' && !how.fromRows) await refreshSkillDemand(deps.database.db, source.today);
  const rows = rowsOf<GroupRow>(await aggregate(deps.database, groupQuery(source, sliceOf(query), how)));
  const groups = rows.filter((r): r is GroupRow & { uri: string } => r.uri !== null);
  const publicView = query.view === 'public';
  const shown = publicView ? groups.filter((r) => !r.small_demand && !r.dominated && !r.small_students) : groups;
  return {
    asOf,
    view: query.view,
    hidden: groups.length - shown.length,
    ungrouped: rows[0]?.ungrouped ?? 0,
    items: shown
      .map((r) => ({
        group: { uri: r.uri, preferredLabel: r.preferred_label, code: r.code },
        parentUri: r.parent_uri,
        demand: oneDecimal(Number(r.demand)),
        positions: r.positions,
        organisations: publicView && small(r.organisations) ? ('<5' as const) : r.organisations,
        skills: r.skills,
        supply: oneDecimal(Number(r.supply)),
        index: shortageIndex(Number(r.demand), Number(r.supply)),
      }))
      .sort((a, b) => rankedDemand(b.demand) - rankedDemand(a.demand) || byUri(a.group.uri, b.group.uri)),
  };
}

interface TrendRow {
  month: string;
  recorded: boolean;
  demand: number | null;
  supply: number | null;
  positions: number | null;
  small_demand: boolean | null;
  dominated: boolean | null;
  small_students: boolean | null;
}

/** The skills a trend covers: one, those at or under a group, or all (no condition). */
function trendScope(query: ShortageTrendQuery): SQL {
  if (query.skill) return sql`skill_uri = ${query.skill}`;
  if (query.group) {
    return sql`skill_uri in (
      with recursive under (uri) as (
        select ${query.group}::text
        union
        select h.narrower_uri from skill_hierarchy h join under u on h.broader_uri = u.uri
      ) select uri from under)`;
  }
  return sql`true`;
}

/** Each month of the period: its snapshot's demand and supply over the skills in scope, or nothing recorded. */
function trendQuery(query: ShortageTrendQuery, from: string, to: string): SQL {
  const slice = sliceOf(query);
  const conditions: SQL[] = [trendScope(query)];
  if (slice.sector !== undefined) conditions.push(sql`sector = ${slice.sector}`);
  if (slice.organisationKind !== undefined) conditions.push(sql`organisation_kind::text = ${slice.organisationKind}`);
  if (slice.opportunityKind !== undefined) conditions.push(sql`opportunity_kind::text = ${slice.opportunityKind}`);
  if (slice.occupation !== undefined) conditions.push(sql`occupation_uri = ${slice.occupation}`);
  const level = (n: number, column: string) => sql.raw(`coalesce(sum(${column}) filter (where level >= ${n}), 0)`);
  const demandAt = (n: number) => sql.raw(`coalesce(sum(weight) filter (where level = ${n}), 0)`);
  return sql`
    with periods as (
      select generate_series(${from}::date, ${to}::date, interval '1 month')::date as month
    ),
    requirements as (
      select * from shortage_snapshot_demand where month between ${from}::date and ${to}::date and ${sql.join(conditions, sql` and `)}
    ),
    skill_months as (
      select month, skill_uri, sum(weight) as demand, min(level) as lowest_level,
        ${demandAt(1)} as d1, ${demandAt(2)} as d2, ${demandAt(3)} as d3, ${demandAt(4)} as d4
      from requirements group by month, skill_uri
    ),
    supply_at as (
      select s.month, s.skill_uri,
        ${level(1, 's.holders')} as h1, ${level(2, 's.holders')} as h2, ${level(3, 's.holders')} as h3, ${level(4, 's.holders')} as h4,
        ${level(1, 's.places')} as t1, ${level(2, 's.places')} as t2, ${level(3, 's.places')} as t3, ${level(4, 's.places')} as t4
      from shortage_snapshot_supply s
      join skill_months k on k.month = s.month and k.skill_uri = s.skill_uri
      group by s.month, s.skill_uri
    ),
    month_totals as (
      select k.month, sum(k.demand) as demand,
        sum((k.d1 * (coalesce(h1, 0) + ${taught}::float8 * coalesce(t1, 0)) + k.d2 * (coalesce(h2, 0) + ${taught}::float8 * coalesce(t2, 0))
          + k.d3 * (coalesce(h3, 0) + ${taught}::float8 * coalesce(t3, 0)) + k.d4 * (coalesce(h4, 0) + ${taught}::float8 * coalesce(t4, 0))) / k.demand) as supply,
        max(case k.lowest_level when 1 then coalesce(h1, 0) when 2 then coalesce(h2, 0) when 3 then coalesce(h3, 0) else coalesce(h4, 0) end) as most_students
      from skill_months k left join supply_at a on a.month = k.month and a.skill_uri = k.skill_uri
      group by k.month
    ),
    month_postings as (
      select month, sum(headcount)::int as positions
      from (select distinct month, opportunity_id, headcount from requirements) postings
      group by month
    ),
    month_leading as (
      select month, max(share) as largest
      from (select month, organisation_id, sum(weight) as share from requirements group by month, organisation_id) shares
      group by month
    )
    select to_char(p.month, 'YYYY-MM') as month, (s.month is not null) as recorded,
      case when s.month is null then null else coalesce(t.demand, 0) end as demand,
      t.supply,
      case when s.month is null then null else coalesce(mp.positions, 0) end as positions,
      coalesce(mp.positions, 0) between 1 and ${SUPPRESSION_RULE.minCount - 1} as small_demand,
      coalesce(l.largest > ${SUPPRESSION_RULE.dominance}::float8 * t.demand * (1 + 1e-9), false) as dominated,
      coalesce(t.most_students between 1 and ${SUPPRESSION_RULE.minCount - 1}, false) as small_students
    from periods p
    left join shortage_snapshots s on s.month = p.month
    left join month_totals t on t.month = p.month
    left join month_postings mp on mp.month = p.month
    left join month_leading l on l.month = p.month
    order by p.month`;
}

/**
 * The trend of all demand, of one skill or of a group of the two upper tiers, over all demand,
 * from the snapshots' summaries: one row per month, the same figures `trendQuery` computes from
 * the rows.
 */
function summarisedTrendQuery(scope: { skill?: string | undefined; group?: string | undefined }, from: string, to: string): SQL {
  const { minCount, dominance } = SUPPRESSION_RULE;
  const of = (demand: string, supply: string, positions: string, largest: string, students: string) =>
    sql.raw(`${demand} as demand, ${supply} as supply, ${positions} as positions,
        coalesce(${positions}, 0) between 1 and ${minCount - 1} as small_demand,
        coalesce(${largest} > ${dominance}::float8 * ${demand} * (1 + 1e-9), false) as dominated,
        coalesce(${students} between 1 and ${minCount - 1}, false) as small_students`);
  // A month recorded without the skill or group in demand is 0, as from the rows.
  const recorded = (column: string) => `case when s.month is null then null else coalesce(${column}, 0) end`;
  const [figures, rows] = scope.skill
    ? [of(recorded('k.demand'), 'k.supply', recorded('k.positions'), 'k.largest_share', 'k.students'), sql`left join shortage_snapshot_skills k on k.month = p.month and k.skill_uri = ${scope.skill}`]
    : scope.group
      ? [of(recorded('k.demand'), 'k.supply', recorded('k.positions'), 'k.largest_share', 'k.most_students'), sql`left join shortage_snapshot_groups k on k.month = p.month and k.group_uri = ${scope.group}`]
      : [of('s.demand', 's.supply', 's.positions', 's.largest_share', 's.most_students'), sql``];
  return sql`select to_char(p.month, 'YYYY-MM') as month, (s.month is not null) as recorded, ${figures}
    from (select generate_series(${from}::date, ${to}::date, interval '1 month')::date as month) p
    left join shortage_snapshots s on s.month = p.month
    ${rows}
    order by p.month`;
}

async function scopeOf(db: Db, query: ShortageTrendQuery): Promise<ShortageTrend['scope']> {
  const uri = query.skill ?? query.group;
  if (!uri) return { kind: 'all' };
  const table = query.skill ? sql`skills` : sql`skill_groups`;
  const [row] = rowsOf<{ preferred_label: string }>(await db.execute(sql`select preferred_label from ${table} where uri = ${uri}`));
  if (!row) throw new ApiError('NOT_FOUND', `That ${query.skill ? 'skill' : 'skill group'} was not found.`, [{ path: query.skill ? 'query.skill' : 'query.group', message: 'Give the URI of one in the taxonomy.' }]);
  return { kind: query.skill ? 'skill' : 'group', uri, preferredLabel: row.preferred_label };
}

/**
 * Demand and supply month by month from the snapshots, never from today's rows; growth over the
 * last two complete months and a three-month projection where the history allows (`project`).
 */
export async function shortageTrend(deps: AppDeps, actor: Actor, query: ShortageTrendQuery, how: Computation = {}): Promise<ShortageTrend> {
  requireView(actor, query.view);
  const db = deps.database.db;
  const scope = await scopeOf(db, query);
  const current = monthOf(todayInSofia());
  const from = addMonths(current, -(query.months - 1));
  // All demand, unsliced, of all skills, one or a group of the upper tiers, is read from the months' summaries; anything else from the months' rows.
  const unsliced = Object.values(sliceOf(query)).every((v) => v === undefined);
  const summarisedGroup = async (uri: string) => rowsOf<{ tier: boolean }>(await db.execute(isTierGroup(uri)))[0]?.tier === true;
  const summarised = unsliced && !how.fromRows && (query.group === undefined || (await summarisedGroup(query.group)));
  if (summarised) await summariseShortageSnapshots(db);
  const statement = summarised ? summarisedTrendQuery(query, firstDay(from), firstDay(current)) : trendQuery(query, firstDay(from), firstDay(current));
  const rows = rowsOf<TrendRow>(await aggregate(deps.database, statement));
  const publicView = query.view === 'public';
  const points = rows.map((r) => {
    const demand = r.demand === null ? null : Number(r.demand);
    const supply = r.supply === null ? null : Number(r.supply);
    const hiddenDemand: PublicCell | null = !publicView ? null : r.small_demand ? '<5' : r.dominated ? 'suppressed' : null;
    const indexHidden = hiddenDemand !== null || (publicView && r.small_students === true);
    return {
      month: r.month,
      recorded: r.recorded,
      current: r.month === current,
      demand: demand === null ? null : ((hiddenDemand as ShownFigure | null) ?? oneDecimal(demand)),
      positions: r.positions === null ? null : hiddenDemand === '<5' ? ('<5' as const) : r.positions,
      supply: supply === null || indexHidden ? null : oneDecimal(supply),
      index: demand === null || indexHidden ? null : shortageIndex(demand, supply ?? 0),
    };
  });
  // The running month is not complete: growth and projection read the months before it.
  const complete = points.filter((p) => !p.current).map((p) => ({ month: p.month, value: typeof p.demand === 'number' ? p.demand : null }));
  const known = points.filter((p) => !p.current);
  const lastTwo = known.slice(-2);
  const growthValue = lastTwo.length === 2 && lastTwo.every((p) => typeof p.demand === 'number') ? growth(lastTwo.map((p) => p.demand as number)) : null;
  const fromFirstRecord = complete.slice(Math.max(0, points.findIndex((p) => p.recorded)));
  const projected = project(fromFirstRecord);
  // Months that were never recorded are too little history, not hidden figures.
  const hiddenInWindow = known.slice(-TREND_RULE.fittedMonths).some((p) => p.recorded && typeof p.demand !== 'number');
  const projection = projected.reason === 'hidden_figures' && !hiddenInWindow ? { ...projected, reason: 'too_little_history' as const } : projected;
  return {
    scope,
    view: query.view,
    points,
    growth: growthValue,
    projection: { months: projection.months.map((m) => ({ month: m.month, demand: oneDecimal(m.value) })), reason: projection.reason },
  };
}

interface CauseRow {
  cause: string | null;
  closures: number;
  largest: number;
}

/**
 * The share of each cause among postings closed unfilled in the period, from what their
 * organisations said. Suppressed in every view: a count of one to four as "<5", a cause one
 * organisation makes up most of, and a second cell when only one would be hidden.
 */
export async function unfilledCauses(deps: AppDeps, actor: Actor, query: UnfilledCausesQuery): Promise<UnfilledCauses> {
  void actor;
  const to = query.to ?? monthOf(todayInSofia());
  const from = query.from ?? addMonths(to, -11);
  if (from > to) throw new ApiError('VALIDATION_FAILED', 'The period ends before it starts.', [{ path: 'query.from', message: 'Give a first month no later than the last.' }]);
  const slice = sliceOf(query);
  const conditions: SQL[] = [sql`o.status = 'closed'`, sql`o.closed_at >= (${firstDay(from)}::date)::timestamp at time zone 'Europe/Sofia'`, sql`o.closed_at < ((${firstDay(to)}::date + interval '1 month')::timestamp at time zone 'Europe/Sofia')`];
  if (slice.sector !== undefined) conditions.push(sql`g.sector = ${slice.sector}`);
  if (slice.organisationKind !== undefined) conditions.push(sql`g.kind::text = ${slice.organisationKind}`);
  if (slice.opportunityKind !== undefined) conditions.push(sql`o.kind::text = ${slice.opportunityKind}`);
  if (slice.occupation !== undefined) conditions.push(sql`o.occupation_uri = ${slice.occupation}`);
  if (query.skill !== undefined) conditions.push(sql`exists (select 1 from opportunity_skills r where r.opportunity_id = o.id and r.skill_uri = ${query.skill})`);
  const rows = rowsOf<CauseRow>(
    await deps.database.db.execute(sql`
      with closures as (
        select o.id, o.organisation_id, o.unfilled_cause::text as cause
        from opportunities o join organisations g on g.id = o.organisation_id
        where ${sql.join(conditions, sql` and `)}
      )
      select cause, sum(n)::int as closures, max(n)::int as largest
      from (select cause, organisation_id, count(*) as n from closures group by cause, organisation_id) by_organisation
      group by cause`),
  );
  const row = (cause: string | null) => rows.find((r) => r.cause === cause) ?? { cause, closures: 0, largest: 0 };
  const cell = (r: CauseRow): PublicCell => {
    if (small(r.closures)) return '<5';
    if (r.closures > 0 && r.largest > SUPPRESSION_RULE.dominance * r.closures * (1 + 1e-9)) return 'suppressed';
    return r.closures;
  };
  const causeRows = UNFILLED_CAUSES.map(row);
  const stated = causeRows.reduce((sum, r) => sum + r.closures, 0);
  const cells = protectParts(causeRows.map(cell), causeRows.map((r) => r.closures));
  const statedCell = small(stated) ? '<5' : stated;
  const notStated = row(null).closures;
  const shown = (c: PublicCell): ShownFigure => (typeof c === 'number' ? c : c === 'suppressed' ? 'suppressed' : '<5');
  return {
    from,
    to,
    stated: statedCell,
    notStated: small(notStated) ? '<5' : notStated,
    causes: UNFILLED_CAUSES.map((cause, i) => {
      const c = cells[i] ?? 0;
      return { cause, closures: shown(c), share: typeof c === 'number' && typeof statedCell === 'number' && stated > 0 ? c / stated : null };
    }),
  };
}

/** What the dashboard's filters offer: sectors and occupations with counted demand today, and the months recorded. */
export async function shortageSlices(deps: AppDeps): Promise<ShortageSlices> {
  const db = deps.database.db;
  const today = todayInSofia();
  const counted = sql`o.status = 'open' and (o.deadline is null or o.deadline >= ${today}::date)`;
  const [sectors, occupations, months] = await Promise.all([
    db.execute(sql`select distinct g.sector from opportunities o join organisations g on g.id = o.organisation_id where ${counted} and g.sector is not null order by g.sector`),
    db.execute(sql`select ${occupationRefOf(sql`x.occupation_uri`)} as ref from (select distinct o.occupation_uri from opportunities o where ${counted} and o.occupation_uri is not null) x`),
    db.execute(sql`select to_char(month, 'YYYY-MM') as month from shortage_snapshots order by month desc`),
  ]);
  const refs = rowsOf<{ ref: unknown }>(occupations)
    .map((r) => readOccupationRef(r.ref))
    .filter((r) => r !== null)
    .sort((a, b) => a.preferredLabel.localeCompare(b.preferredLabel, 'en'));
  return {
    sectors: rowsOf<{ sector: string }>(sectors).map((r) => r.sector),
    occupations: refs,
    months: rowsOf<{ month: string }>(months).map((r) => r.month),
  };
}

/**
 * Records the month of `today` as it stands: every counted requirement and the supply of the
 * skills in demand, copied. The month's rows are replaced, so the last refresh before the month
 * ends is what stays; a month already past is never written (its snapshot is history).
 */
export async function takeShortageSnapshot(db: Db, today: string = todayInSofia()): Promise<{ month: string; requirements: number }> {
  const month = firstDay(monthOf(today));
  if (month < firstDay(monthOf(todayInSofia()))) {
    const [existing] = rowsOf<{ month: string }>(await db.execute(sql`select month::text from shortage_snapshots where month = ${month}::date`));
    if (existing) throw new Error(`The snapshot of ${monthOf(today)} is history and is not rewritten.`);
  }
  const source: ShortageSource = { kind: 'live', today };
  return db.transaction(async (tx) => {
    await tx.execute(sql`insert into shortage_snapshots (month, as_of, taken_at) values (${month}::date, ${today}::date, now())
      on conflict (month) do update set as_of = excluded.as_of, taken_at = excluded.taken_at`);
    // The upsert holds the month's row: two refreshes at once write one after the other.
    await tx.execute(sql`delete from shortage_snapshot_demand where month = ${month}::date`);
    await tx.execute(sql`delete from shortage_snapshot_supply where month = ${month}::date`);
    const inserted = rowsOf<{ n: number }>(
      await tx.execute(sql`with ${sourceRelations(source, {}, { wide: true })},
        written as (
          insert into shortage_snapshot_demand (month, opportunity_id, skill_uri, level, weight, headcount, organisation_id, organisation_kind, sector, opportunity_kind, occupation_uri)
          select ${month}::date, opportunity_id, skill_uri, level, weight, headcount, organisation_id, organisation_kind, sector, opportunity_kind, occupation_uri from requirements
          returning 1
        ),
        supplied as (
          insert into shortage_snapshot_supply (month, skill_uri, level, holders, places, offerings)
          select ${month}::date, skill_uri, level, holders, places, offerings from supply_levels
          where skill_uri in (select skill_uri from requirements)
          returning 1
        )
        select (select count(*) from written)::int as n, (select count(*) from supplied)::int as supply`),
    );
    for (const statement of summariseSnapshotSql(month)) await tx.execute(statement);
    return { month: monthOf(month), requirements: inserted[0]?.n ?? 0 };
  });
}

interface BundleRow {
  first: string;
  second: string;
  first_label: string;
  second_label: string;
  opportunities: number;
  organisations: number;
  positions: number;
  taught_first: number;
  taught_second: number;
}

/** How many of the skills asked for most the first look at suggested offerings pairs. */
const BUNDLE_CANDIDATES = 50;

/** The suggested offerings among pairs of the skills given, asked for together by today's counted postings of the slice. */
function bundlesQuery(today: string, query: SkillBundlesQuery, skills: readonly string[]): SQL {
  return sql`with ${liveRequirements(today, sliceOf(query), { skills })},
      pair_rows as (
        select a.opportunity_id, a.organisation_id, a.headcount, a.skill_uri as first, b.skill_uri as second
        from requirements a join requirements b on b.opportunity_id = a.opportunity_id and a.skill_uri < b.skill_uri
      ),
      by_organisation as (
        select first, second, organisation_id, count(*) as n, sum(headcount) as positions from pair_rows group by first, second, organisation_id
      ),
      pairs as (
        select first, second, sum(n)::int as opportunities, count(*)::int as organisations, sum(positions)::int as positions, max(n) as largest
        from by_organisation group by first, second
        having sum(n) >= ${SUPPRESSION_RULE.minCount} and count(*) >= 2
      ),
      taught as (
        select t.skill_uri, t.offering_id from offering_skills t join offerings f on f.id = t.offering_id and f.status = 'published'
        where t.skill_uri in (select first from pairs union select second from pairs)
      )
      select p.first, p.second, p.opportunities, p.organisations, p.positions,
        coalesce(s1.preferred_label, p.first) as first_label, coalesce(s2.preferred_label, p.second) as second_label,
        (select count(*) from taught x where x.skill_uri = p.first)::int as taught_first,
        (select count(*) from taught x where x.skill_uri = p.second)::int as taught_second
      from pairs p
      left join skills s1 on s1.uri = p.first
      left join skills s2 on s2.uri = p.second
      where p.largest <= ${SUPPRESSION_RULE.dominance}::float8 * p.opportunities * (1 + 1e-9)
        and not exists (select 1 from taught x join taught y on y.offering_id = x.offering_id where x.skill_uri = p.first and y.skill_uri = p.second)
      order by p.opportunities desc, p.positions desc, p.first collate "C", p.second collate "C"
      limit ${query.limit}`;
}

/**
 * Suggested offerings: pairs of skills that counted postings ask for together and that no
 * published offering teaches together, most postings first. A pair is shown only when at least
 * five postings from two organisations or more ask for it, none of them making up more than 70%.
 *
 * A pair is asked for by no more postings than either of its skills, so the pairs of the skills
 * asked for most are looked at first: when the last pair listed is asked for by at least as many
 * postings as the least asked-for of those skills, no other pair can come before it. Otherwise
 * the pairs of every skill asked for by that many postings or more (five, if the list was short)
 * are looked at, which is then exact: a pair of the others is asked for by fewer.
 */
export async function skillBundles(deps: AppDeps, query: SkillBundlesQuery, how: Computation = {}): Promise<SkillBundles> {
  const today = todayInSofia();
  const { minCount } = SUPPRESSION_RULE;
  const slice = sliceOf(query);
  let askedRows: unknown;
  if (summarisedSlice(slice) && !how.fromRows) {
    await refreshSkillDemand(deps.database.db, today);
    askedRows = await deps.database.db.execute(askedFromSummary(slice));
  } else {
    askedRows = await aggregate(deps.database, sql`with ${liveRequirements(today, slice)} select skill_uri as uri, count(*)::int as n from requirements group by skill_uri`);
  }
  const asked = rowsOf<{ uri: string; n: number }>(askedRows)
    .filter((s) => s.n >= minCount)
    .sort((a, b) => b.n - a.n);
  const pairsOf = async (least: number) => rowsOf<BundleRow>(await aggregate(deps.database, bundlesQuery(today, query, asked.filter((s) => s.n >= least).map((s) => s.uri))));
  // From the rows: every pair of skills that five postings or more ask for, at once.
  let least = how.fromRows ? minCount : Math.max(minCount, asked[BUNDLE_CANDIDATES - 1]?.n ?? minCount);
  let rows = await pairsOf(least);
  const last = rows.at(-1);
  if (least > minCount && !(rows.length === query.limit && last !== undefined && last.opportunities >= least)) {
    least = rows.length === query.limit && last !== undefined ? last.opportunities : minCount;
    rows = await pairsOf(least);
  }
  return {
    asOf: today,
    items: rows.map((r) => ({
      skills: [
        { uri: r.first, preferredLabel: r.first_label },
        { uri: r.second, preferredLabel: r.second_label },
      ],
      opportunities: r.opportunities,
      organisations: small(r.organisations) ? '<5' : r.organisations,
      positions: r.positions,
      taughtApart: [r.taught_first, r.taught_second],
    })),
  };
}

/** How a provider's published offerings meet today's demand (public figures), and the skills in demand it teaches nowhere. */
export async function providerCoverage(deps: AppDeps, providerId: string): Promise<ProviderCoverage> {
  const db = deps.database.db;
  const today = todayInSofia();
  const [provider] = rowsOf<{ id: string; name: string; slug: string }>(await db.execute(sql`select id, name, slug from organisations where id = ${providerId}`));
  if (!provider) throw new ApiError('NOT_FOUND', 'Organisation was not found.');
  const [skills, taught] = await Promise.all([
    perSkillRows(deps.database, { kind: 'live', today }, {}),
    db.execute(sql`select f.id, f.title, t.skill_uri, t.level, coalesce(s.preferred_label, t.skill_uri) as label
      from offerings f join offering_skills t on t.offering_id = f.id left join skills s on s.uri = t.skill_uri
      where f.provider_id = ${providerId} and f.status = 'published' order by f.title, f.id, label`),
  ]);
  const demandOf = new Map(skills.map((r) => [r.skill_uri, r]));
  const hiddenOf = (r: (typeof skills)[number]) => r.small_demand || r.dominated || r.small_students;
  const offerings = new Map<string, ProviderCoverage['offerings'][number]>();
  for (const row of rowsOf<{ id: string; title: string; skill_uri: string; level: number; label: string }>(taught)) {
    const entry = offerings.get(row.id) ?? { id: row.id, title: row.title, skills: [], positions: 0 };
    const d = demandOf.get(row.skill_uri);
    const hidden = d ? hiddenOf(d) : false;
    entry.skills.push({
      skill: { uri: row.skill_uri, preferredLabel: row.label },
      level: Number(row.level),
      positions: !d ? 0 : d.small_demand ? '<5' : d.dominated ? 'suppressed' : d.positions,
      demand: !d ? 0 : hidden ? (d.small_demand ? '<5' : 'suppressed') : oneDecimal(d.demand),
      index: !d || hidden ? null : d.index,
    });
    offerings.set(row.id, entry);
  }
  const positions = rowsOf<{ offering_id: string; positions: number }>(
    await db.execute(sql`select x.offering_id, sum(o.headcount)::int as positions from (
        select distinct t.offering_id, r.opportunity_id from offering_skills t
        join offerings f on f.id = t.offering_id and f.provider_id = ${providerId} and f.status = 'published'
        join opportunity_skills r on r.skill_uri = t.skill_uri
      ) x
      join opportunities o on o.id = x.opportunity_id and o.status = 'open' and (o.deadline is null or o.deadline >= ${today}::date)
      group by x.offering_id`),
  );
  for (const p of positions) {
    const entry = offerings.get(p.offering_id);
    if (entry) entry.positions = small(p.positions) ? '<5' : p.positions;
  }
  const teaches = new Set(rowsOf<{ skill_uri: string }>(taught).map((r) => r.skill_uri));
  const gaps = skills
    .filter((r) => !teaches.has(r.skill_uri) && !hiddenOf(r))
    .sort((a, b) => rankedDemand(b.demand) - rankedDemand(a.demand) || byUri(a.skill_uri, b.skill_uri))
    .slice(0, 10)
    .map((r) => ({ skill: { uri: r.skill_uri, preferredLabel: r.preferred_label }, positions: r.positions, demand: oneDecimal(r.demand) }));
  return { asOf: today, provider, offerings: [...offerings.values()], gaps };
}
