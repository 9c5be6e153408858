import { sql, type SQL } from 'drizzle-orm';
import { DEMAND_WEIGHTS, SUPPLY_WEIGHTS, SUPPRESSION_RULE } from '@kc/analytics';
import type { ShortageSlice } from '@kc/contract';

/**
 * The SQL behind the shortage views, as docs/SHORTAGE-MEASURES.md defines the measures (and
 * `@kc/analytics` computes them, which the tests compare with). Every view reads two relations
 * with the same columns, whether today's figures or a month's snapshot:
 *
 * - `requirements`: each requirement of each counted opportunity, with its weight and what the
 *   slices need;
 * - `supply_levels`: per skill and exact level, the students whose highest level it is, and the
 *   places (and offerings) teaching to it.
 *
 * `perSkill` turns them into one row per skill; the views add to it. Today's figures for all
 * demand or a slice by organisation are read from summaries instead (docs/SHORTAGE-MEASURES.md,
 * Summaries): `skill_demand` gives `by_organisation`, the first step of `perSkill`, and
 * `skill_group_demand` the groups' postings.
 */
export type ShortageSource = { kind: 'live'; today: string } | { kind: 'snapshot'; month: string };

/** How a view is computed: from the summaries where they hold its figures (the default), or from the source rows, which the summaries are checked against. */
export interface Computation {
  fromRows?: boolean;
}

const [soon, quarter] = DEMAND_WEIGHTS.urgency;
const taught = SUPPLY_WEIGHTS.taughtDiscount;

/** The slice as conditions on the columns `requirements` is built from. */
function sliceConditions(slice: ShortageSlice, columns: { sector: string; organisationKind: string; opportunityKind: string; occupation: string }): SQL[] {
  const conditions: SQL[] = [];
  if (slice.sector !== undefined) conditions.push(sql`${sql.raw(columns.sector)} = ${slice.sector}`);
  if (slice.organisationKind !== undefined) conditions.push(sql`${sql.raw(columns.organisationKind)}::text = ${slice.organisationKind}`);
  if (slice.opportunityKind !== undefined) conditions.push(sql`${sql.raw(columns.opportunityKind)}::text = ${slice.opportunityKind}`);
  if (slice.occupation !== undefined) conditions.push(sql`${sql.raw(columns.occupation)} = ${slice.occupation}`);
  return conditions;
}
/** A Postgres text-array literal of `values`, as one parameter. */
export const textArray = (values: readonly string[]) => `{${values.map((v) => `"${v.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;

const and = (conditions: SQL[]) => (conditions.length === 0 ? sql`true` : sql.join(conditions, sql` and `));

/**
 * Today's counted requirements: open postings whose apply-by date has not passed. The views read
 * only what they aggregate; a snapshot copies the slices' columns too (`wide`).
 */
export function liveRequirements(today: string, slice: ShortageSlice, options: { wide?: boolean; organisations?: readonly string[]; skills?: readonly string[] } = {}): SQL {
  const { wide = false, organisations, skills } = options;
  const conditions = sliceConditions(slice, { sector: 'g.sector', organisationKind: 'g.kind', opportunityKind: 'o.kind', occupation: 'o.occupation_uri' });
  if (organisations) conditions.push(sql`o.organisation_id = any(${textArray(organisations)}::uuid[])`);
  if (skills) conditions.push(sql`r.skill_uri = any(${textArray(skills)}::text[])`);
  const sliceColumns = wide ? sql`g.kind as organisation_kind, g.sector, o.kind as opportunity_kind, o.occupation_uri,` : sql``;
  return sql`requirements as (
      select r.opportunity_id, o.organisation_id, r.skill_uri, r.level, o.headcount, ${sliceColumns}
        o.headcount
          * (case r.importance when 'essential' then ${DEMAND_WEIGHTS.importance.essential}::float8 else ${DEMAND_WEIGHTS.importance.optional}::float8 end)
          * (case
              when o.deadline is null then ${DEMAND_WEIGHTS.laterOrNoDeadline}::float8
              when o.deadline - ${today}::date <= ${soon?.withinDays ?? 0} then ${soon?.weight ?? 1}::float8
              when o.deadline - ${today}::date <= ${quarter?.withinDays ?? 0} then ${quarter?.weight ?? 1}::float8
              else ${DEMAND_WEIGHTS.laterOrNoDeadline}::float8
            end) as weight
      from opportunity_skills r
      join opportunities o on o.id = r.opportunity_id
      join organisations g on g.id = o.organisation_id
      where o.status = 'open' and (o.deadline is null or o.deadline >= ${today}::date) and ${and(conditions)}
    )`;
}

/**
 * Today's supply per skill and exact level: `skill_supply`, which triggers keep as students'
 * skills and published offerings change (migration 0020), so no view counts every student.
 */
const liveSupplyLevels = sql`supply_levels as (
      select skill_uri, level, holders, places, offerings from skill_supply
    )`;

function snapshotRequirements(month: string, slice: ShortageSlice): SQL {
  const conditions = sliceConditions(slice, { sector: 'sector', organisationKind: 'organisation_kind', opportunityKind: 'opportunity_kind', occupation: 'occupation_uri' });
  return sql`requirements as (
      select opportunity_id, organisation_id, skill_uri, level, headcount, organisation_kind, sector, opportunity_kind, occupation_uri, weight
      from shortage_snapshot_demand
      where month = ${month}::date and ${and(conditions)}
    )`;
}
const snapshotSupplyLevels = (month: string) => sql`supply_levels as (
      select skill_uri, level, holders, places, offerings
      from shortage_snapshot_supply
      where month = ${month}::date
    )`;

/**
 * `requirements` and `supply_levels` for the source, as the first entries of a WITH list.
 * `supply_levels` may hold skills not in demand: the views join it to what is asked for.
 */
export function sourceRelations(source: ShortageSource, slice: ShortageSlice, options: { wide?: boolean } = {}): SQL {
  return source.kind === 'live'
    ? sql`${liveRequirements(source.today, slice, { wide: options.wide ?? false })}, ${liveSupplyLevels}`
    : sql`${snapshotRequirements(source.month, slice)}, ${snapshotSupplyLevels(source.month)}`;
}

const atOrAbove = (n: number, column: string) => sql.raw(`coalesce(sum(${column}) filter (where level >= ${n}), 0)`);
const byLevel = (n: number) => sql.raw(`coalesce(sum(weight) filter (where level = ${n}), 0)`);
const lowest = (prefix: string) => `(case lowest_level when 1 then ${prefix}1 when 2 then ${prefix}2 when 3 then ${prefix}3 else ${prefix}4 end)`;
const atLowest = (prefix: string) => sql.raw(lowest(prefix));
/** The public view's flags of a skill's figures, from its positions, demand, largest share and students. */
const flags = (positions: string, demand: string, largest: string, students: string) =>
  sql.raw(`${positions} < ${SUPPRESSION_RULE.minCount} as small_demand,
        ${largest} > ${SUPPRESSION_RULE.dominance}::float8 * ${demand} * (1 + 1e-9) as dominated,
        ${students} between 1 and ${SUPPRESSION_RULE.minCount - 1} as small_students`);

/** After `requirements`: `by_organisation`, the demand of each skill from each organisation. */
export const byOrganisation = sql`by_organisation as (
      select skill_uri, organisation_id, sum(weight) as share, sum(headcount) as positions, count(*) as opportunities,
        min(level) as lowest_level, ${byLevel(1)} as d1, ${byLevel(2)} as d2, ${byLevel(3)} as d3, ${byLevel(4)} as d4
      from requirements
      group by skill_uri, organisation_id
    )`;

/**
 * Today's `by_organisation` from `skill_demand` (which `refreshSkillDemand` brings to today), for
 * all demand or a slice by the organisations' sector or kind.
 */
function summarisedByOrganisation(slice: ShortageSlice): SQL {
  return sql`by_organisation as (
      select c.skill_uri, c.organisation_id, c.share, c.positions, c.opportunities, c.lowest_level, c.d1, c.d2, c.d3, c.d4
      from skill_demand c ${organisationsOf(slice)}
    )`;
}

/** A summary `c`'s rows of the organisations in a slice by sector or kind (nothing for all). */
function organisationsOf(slice: ShortageSlice): SQL {
  const conditions = sliceConditions({ sector: slice.sector, organisationKind: slice.organisationKind }, { sector: 'g.sector', organisationKind: 'g.kind', opportunityKind: 'o.kind', occupation: 'o.occupation_uri' });
  return conditions.length === 0 ? sql`` : sql`join organisations g on g.id = c.organisation_id where ${and(conditions)}`;
}

/** The counted postings asking for each skill today (`uri`, `n`), from `skill_demand` (refreshed by the caller) for a slice it holds. */
export const askedFromSummary = (slice: ShortageSlice): SQL =>
  sql`select c.skill_uri as uri, sum(c.opportunities)::int as n from skill_demand c ${organisationsOf(slice)} group by c.skill_uri`;

/** Whether today's figures of the slice can be read from `skill_demand`: it is kept per skill and organisation, not per posting. */
export const summarisedSlice = (slice: ShortageSlice) => slice.opportunityKind === undefined && slice.occupation === undefined;

/**
 * After `by_organisation` and `supply_levels`: `per_skill`, one row per skill in demand. Supply
 * at each level asked for is weighted by the demand there; the flags say which figures a public
 * view may not show.
 */
const fromByOrganisation = sql`-- Each organisation's share of a skill's demand gives the largest (the dominance rule) and their number as well as the sums.
    demand as (
      select skill_uri, sum(share) as demand, sum(positions)::int as positions, sum(opportunities)::int as opportunities,
        min(lowest_level) as lowest_level, max(share) as largest, count(*)::int as organisations,
        sum(d1) as d1, sum(d2) as d2, sum(d3) as d3, sum(d4) as d4
      from by_organisation
      group by skill_uri
    ),
    supply_at as (
      select skill_uri,
        ${atOrAbove(1, 'holders')} as h1, ${atOrAbove(2, 'holders')} as h2, ${atOrAbove(3, 'holders')} as h3, ${atOrAbove(4, 'holders')} as h4,
        ${atOrAbove(1, 'places')} as t1, ${atOrAbove(2, 'places')} as t2, ${atOrAbove(3, 'places')} as t3, ${atOrAbove(4, 'places')} as t4,
        coalesce(sum(offerings), 0)::int as offerings
      from supply_levels
      where skill_uri in (select skill_uri from demand)
      group by skill_uri
    ),
    compared as (
      select d.*, coalesce(s.preferred_label, d.skill_uri) as preferred_label,
        coalesce(a.h1, 0) as h1, coalesce(a.h2, 0) as h2, coalesce(a.h3, 0) as h3, coalesce(a.h4, 0) as h4,
        coalesce(a.t1, 0) as t1, coalesce(a.t2, 0) as t2, coalesce(a.t3, 0) as t3, coalesce(a.t4, 0) as t4,
        coalesce(a.offerings, 0) as offerings
      from demand d
      left join supply_at a on a.skill_uri = d.skill_uri
      left join skills s on s.uri = d.skill_uri
    ),
    per_skill as (
      select skill_uri, preferred_label, demand, positions, organisations, opportunities, offerings, largest,
        ${atLowest('h')}::int as students,
        ${atLowest('t')}::float8 as places,
        (d1 * (h1 + ${taught}::float8 * t1) + d2 * (h2 + ${taught}::float8 * t2)
          + d3 * (h3 + ${taught}::float8 * t3) + d4 * (h4 + ${taught}::float8 * t4)) / demand as supply,
        (d1 * h1 + d2 * h2 + d3 * h3 + d4 * h4) / demand as held_supply,
        ${flags('positions', 'demand', 'largest', lowest('h'))}
      from compared
    )`;

/** After `sourceRelations`: `per_skill` (see `fromByOrganisation`). */
export const perSkill = sql`${byOrganisation}, ${fromByOrganisation}`;

export interface PerSkillRow {
  skill_uri: string;
  preferred_label: string;
  demand: number;
  positions: number;
  organisations: number;
  opportunities: number;
  offerings: number;
  largest: number;
  students: number;
  places: number;
  supply: number;
  held_supply: number;
  small_demand: boolean;
  dominated: boolean;
  small_students: boolean;
}

/**
 * Every skill in demand, from the source. A month's snapshot over all demand was summarised per
 * skill when it was taken (`summariseSnapshotSql`), and is read from there; today's figures by
 * organisation from `skill_demand`, which the caller has refreshed.
 */
export function perSkillQuery(source: ShortageSource, slice: ShortageSlice, how: Computation = {}): SQL {
  const unsliced = Object.values(slice).every((v) => v === undefined);
  if (source.kind === 'snapshot' && unsliced && !how.fromRows) {
    return sql`select k.skill_uri, coalesce(s.preferred_label, k.skill_uri) as preferred_label, k.demand, k.positions, k.organisations,
        k.opportunities, k.offerings, k.largest_share as largest, k.students, k.places, k.supply, k.held_supply,
        ${flags('k.positions', 'k.demand', 'k.largest_share', 'k.students')}
      from shortage_snapshot_skills k left join skills s on s.uri = k.skill_uri
      where k.month = ${source.month}::date`;
  }
  if (source.kind === 'live' && summarisedSlice(slice) && !how.fromRows) {
    return sql`with ${liveSupplyLevels}, ${summarisedByOrganisation(slice)}, ${fromByOrganisation} select * from per_skill`;
  }
  return sql`with ${sourceRelations(source, slice)}, ${perSkill} select * from per_skill`;
}

/**
 * Statements that summarise a month's snapshot from its rows: per skill over all demand (what
 * the per-skill views and the trend of one skill read), the month's totals over every skill and
 * posting (the trend of all demand), and per group of the two upper tiers (the trend of a group).
 * Run after the month's rows are written, in their transaction.
 */
export function summariseSnapshotSql(month: string): SQL[] {
  return [
    sql`delete from shortage_snapshot_skills where month = ${month}::date`,
    sql`with ${sourceRelations({ kind: 'snapshot', month }, {})}, ${perSkill}
      insert into shortage_snapshot_skills (month, skill_uri, demand, positions, opportunities, organisations, largest_share, offerings, students, places, supply, held_supply)
      select ${month}::date, skill_uri, demand, positions, opportunities, organisations, largest, offerings, students, places, supply, held_supply from per_skill`,
    sql`update shortage_snapshots set
        demand = coalesce((select sum(demand) from shortage_snapshot_skills where month = ${month}::date), 0),
        supply = (select sum(supply) from shortage_snapshot_skills where month = ${month}::date),
        most_students = coalesce((select max(students) from shortage_snapshot_skills where month = ${month}::date), 0),
        positions = coalesce((select sum(headcount) from (select distinct opportunity_id, headcount from shortage_snapshot_demand where month = ${month}::date) postings), 0),
        largest_share = coalesce((select max(share) from (select sum(weight) as share from shortage_snapshot_demand where month = ${month}::date group by organisation_id) shares), 0)
      where month = ${month}::date`,
    sql`delete from shortage_snapshot_groups where month = ${month}::date`,
    sql`with recursive ${sourceRelations({ kind: 'snapshot', month }, {})}, ${perSkill}, ${membershipOf('per_skill')}, ${groupOrganisationsOfRequirements},
      group_totals as (
        select m.uri, sum(p.demand) as demand, sum(p.supply) as supply, max(p.students) as most_students
        from (select distinct uri, skill_uri from membership) m join per_skill p on p.skill_uri = m.skill_uri
        group by m.uri
      ),
      group_postings as (
        select uri, sum(positions)::int as positions, max(share) as largest from group_organisations group by uri
      )
      insert into shortage_snapshot_groups (month, group_uri, demand, supply, positions, largest_share, most_students)
      select ${month}::date, t.uri, t.demand, t.supply, p.positions, p.largest, t.most_students
      from group_totals t join group_postings p on p.uri = t.uri`,
  ];
}

/** Whether a group is one of the two upper tiers, those the summaries are kept for. */
export const isTierGroup = (uri: string) => sql`select exists (
    select 1 from skill_groups g
    where g.uri = ${uri}
      and (not exists (select 1 from skill_hierarchy h where h.narrower_uri = g.uri)
        or exists (select 1 from skill_hierarchy h where h.narrower_uri = g.uri and h.narrower_kind = 'group'
          and not exists (select 1 from skill_hierarchy x where x.narrower_uri = h.broader_uri)))
  ) as tier`;

/**
 * `membership (uri, parent_uri, skill_uri)`: for each skill of the relation `skills`, the ESCO
 * groups it is at or under among the top-level groups (none broader) and the groups right under
 * them. Part of a WITH RECURSIVE list.
 */
const membershipOf = (skills: string) =>
  sql.raw(`up (skill_uri, uri) as (
      select distinct skill_uri, skill_uri from ${skills}
      union
      select up.skill_uri, h.broader_uri from up join skill_hierarchy h on h.narrower_uri = up.uri
    ),
    top_groups as (
      select g.uri from skill_groups g where not exists (select 1 from skill_hierarchy h where h.narrower_uri = g.uri)
    ),
    tiers as (
      select uri, null::text as parent_uri from top_groups
      union
      select h.narrower_uri, h.broader_uri from skill_hierarchy h join top_groups t on t.uri = h.broader_uri where h.narrower_kind = 'group'
    ),
    membership as (
      select distinct t.uri, t.parent_uri, up.skill_uri from up join tiers t on t.uri = up.uri
    )`);

/**
 * After `requirements` and `membership`: `group_organisations`, each group's demand from each
 * organisation (its requirements of the group's skills) and the positions of its postings asking
 * for any of them, each posting once.
 */
const groupOrganisationsOfRequirements = sql`group_members as (
      select distinct uri, skill_uri from membership
    ),
    group_organisations as (
      select s.uri, s.organisation_id, s.share, p.positions
      from (select m.uri, r.organisation_id, sum(r.weight) as share from group_members m join requirements r on r.skill_uri = m.skill_uri group by m.uri, r.organisation_id) s
      join (
        select uri, organisation_id, sum(headcount)::int as positions
        from (select distinct m.uri, r.organisation_id, r.opportunity_id, r.headcount from group_members m join requirements r on r.skill_uri = m.skill_uri) postings
        group by uri, organisation_id
      ) p on p.uri = s.uri and p.organisation_id = s.organisation_id
    )`;

/** Today's `group_organisations` from `skill_group_demand`, for all demand or a slice by organisation. */
function summarisedGroupOrganisations(slice: ShortageSlice): SQL {
  return sql`group_organisations as (
      select c.group_uri as uri, c.organisation_id, c.share, c.positions from skill_group_demand c ${organisationsOf(slice)}
    )`;
}

/**
 * `skill_group_demand` of today's counted requirements (a WITH RECURSIVE statement), of every
 * organisation or of those given; run with `skill_demand`'s count.
 */
export const countGroupDemandSql = (requirements: SQL) => sql`with recursive ${requirements}, ${membershipOf('requirements')}, ${groupOrganisationsOfRequirements}
    insert into skill_group_demand (group_uri, organisation_id, share, positions)
    select uri, organisation_id, share, positions from group_organisations`;

/**
 * The ESCO groups over the skills in demand: top-level groups and the groups right under them. A
 * group's demand and supply are sums over the distinct skills at or under it; its positions and
 * organisations count each posting and organisation once. Today's figures by organisation are
 * read from the summaries (`skill_demand`, `skill_group_demand`), which the caller has refreshed.
 */
export function groupQuery(source: ShortageSource, slice: ShortageSlice, how: Computation = {}): SQL {
  const summarised = source.kind === 'live' && summarisedSlice(slice) && !how.fromRows;
  const head = summarised
    ? sql`${liveSupplyLevels}, ${summarisedByOrganisation(slice)}, ${fromByOrganisation}, ${membershipOf('per_skill')}, ${summarisedGroupOrganisations(slice)}`
    : sql`${sourceRelations(source, slice)}, ${perSkill}, ${membershipOf('per_skill')}, ${groupOrganisationsOfRequirements}`;
  return sql`with recursive ${head},
    group_skills as (
      select m.uri, m.parent_uri, count(*)::int as skills, sum(p.demand) as demand, sum(p.supply) as supply,
        max(p.students) as most_students
      from membership m join per_skill p on p.skill_uri = m.skill_uri
      group by m.uri, m.parent_uri
    ),
    group_postings as (
      select uri, sum(positions)::int as positions, count(*)::int as organisations, max(share) as largest
      from group_organisations
      group by uri
    ),
    grouped as (
      select s.uri, s.parent_uri, g.preferred_label, g.code, s.skills, s.demand, s.supply, p.positions, p.organisations,
        p.positions < ${SUPPRESSION_RULE.minCount} as small_demand,
        p.largest > ${SUPPRESSION_RULE.dominance}::float8 * s.demand * (1 + 1e-9) as dominated,
        -- Distinct students are at least the most any one skill has: below the threshold, they may be too few.
        s.most_students between 1 and ${SUPPRESSION_RULE.minCount - 1} as small_students
      from group_skills s
      join skill_groups g on g.uri = s.uri
      join group_postings p on p.uri = s.uri
    )
    -- One row even with no group, to carry the count of skills under none.
    select grouped.*, u.ungrouped
    from (select count(*)::int as ungrouped from per_skill x where not exists (select 1 from membership m where m.skill_uri = x.skill_uri)) u
    left join grouped on true`;
}

export interface GroupRow {
  uri: string | null;
  parent_uri: string | null;
  preferred_label: string;
  code: string | null;
  skills: number;
  demand: number;
  supply: number;
  positions: number;
  organisations: number;
  small_demand: boolean;
  dominated: boolean;
  small_students: boolean;
  ungrouped: number;
}
