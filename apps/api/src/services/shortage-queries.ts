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
 * - `supply_levels`: per skill in demand and exact level, the students whose highest level it
 *   is, and the places (and offerings) teaching to it.
 *
 * `perSkill` turns them into one row per skill; the views add to it.
 */
export type ShortageSource = { kind: 'live'; today: string } | { kind: 'snapshot'; month: string };

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
const and = (conditions: SQL[]) => (conditions.length === 0 ? sql`true` : sql.join(conditions, sql` and `));

/** Today's counted requirements: open postings whose apply-by date has not passed. */
function liveRequirements(today: string, slice: ShortageSlice): SQL {
  const conditions = sliceConditions(slice, { sector: 'g.sector', organisationKind: 'g.kind', opportunityKind: 'o.kind', occupation: 'o.occupation_uri' });
  return sql`requirements as (
      select r.opportunity_id, o.organisation_id, r.skill_uri, r.level, o.headcount,
        g.kind as organisation_kind, g.sector, o.kind as opportunity_kind, o.occupation_uri,
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
 * Today's supply of the skills in demand, per exact level. A student holds a skill once (the
 * table's key), and an offering teaches it once, so rows are counted as they are.
 */
const liveSupplyLevels = sql`wanted as (
      select distinct skill_uri from requirements
    ),
    supply_levels as (
      select skill_uri, level, sum(holders)::int as holders, sum(places)::float8 as places, sum(offerings)::int as offerings
      from (
        select p.skill_uri, p.level, count(*) as holders, 0::float8 as places, 0 as offerings
        from profile_skills p
        where p.skill_uri in (select skill_uri from wanted)
        group by p.skill_uri, p.level
        union all
        select t.skill_uri, t.level, 0, sum(coalesce(f.yearly_capacity, f.seats, 0)), count(*)
        from offering_skills t
        join offerings f on f.id = t.offering_id and f.status = 'published'
        where t.skill_uri in (select skill_uri from wanted)
        group by t.skill_uri, t.level
      ) levels
      group by skill_uri, level
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
      where month = ${month}::date and skill_uri in (select skill_uri from requirements)
    )`;

/** `requirements` and `supply_levels` for the source, as the first entries of a WITH list. */
export function sourceRelations(source: ShortageSource, slice: ShortageSlice): SQL {
  return source.kind === 'live'
    ? sql`${liveRequirements(source.today, slice)}, ${liveSupplyLevels}`
    : sql`${snapshotRequirements(source.month, slice)}, ${snapshotSupplyLevels(source.month)}`;
}

const atOrAbove = (n: number, column: string) => sql.raw(`coalesce(sum(${column}) filter (where level >= ${n}), 0)`);
const byLevel = (n: number) => sql.raw(`coalesce(sum(weight) filter (where level = ${n}), 0)`);
const atLowest = (prefix: string) => sql.raw(`(case lowest_level when 1 then ${prefix}1 when 2 then ${prefix}2 when 3 then ${prefix}3 else ${prefix}4 end)`);

/**
 * After `sourceRelations`: `per_skill`, one row per skill in demand. Supply at each level asked
 * for is weighted by the demand there; the flags say which figures a public view may not show.
 */
export const perSkill = sql`demand as (
      select skill_uri, sum(weight) as demand, sum(headcount)::int as positions,
        count(*)::int as opportunities, min(level) as lowest_level,
        ${byLevel(1)} as d1, ${byLevel(2)} as d2, ${byLevel(3)} as d3, ${byLevel(4)} as d4
      from requirements
      group by skill_uri
    ),
    -- Each organisation's share of a skill's demand: the largest for the dominance rule, their number for the count.
    leading_share as (
      select skill_uri, max(share) as largest, count(*)::int as organisations
      from (select skill_uri, organisation_id, sum(weight) as share from requirements group by skill_uri, organisation_id) by_organisation
      group by skill_uri
    ),
    supply_at as (
      select skill_uri,
        ${atOrAbove(1, 'holders')} as h1, ${atOrAbove(2, 'holders')} as h2, ${atOrAbove(3, 'holders')} as h3, ${atOrAbove(4, 'holders')} as h4,
        ${atOrAbove(1, 'places')} as t1, ${atOrAbove(2, 'places')} as t2, ${atOrAbove(3, 'places')} as t3, ${atOrAbove(4, 'places')} as t4,
        coalesce(sum(offerings), 0)::int as offerings
      from supply_levels
      group by skill_uri
    ),
    compared as (
      select d.*, coalesce(s.preferred_label, d.skill_uri) as preferred_label, l.largest, l.organisations,
        coalesce(a.h1, 0) as h1, coalesce(a.h2, 0) as h2, coalesce(a.h3, 0) as h3, coalesce(a.h4, 0) as h4,
        coalesce(a.t1, 0) as t1, coalesce(a.t2, 0) as t2, coalesce(a.t3, 0) as t3, coalesce(a.t4, 0) as t4,
        coalesce(a.offerings, 0) as offerings
      from demand d
      join leading_share l on l.skill_uri = d.skill_uri
      left join supply_at a on a.skill_uri = d.skill_uri
      left join skills s on s.uri = d.skill_uri
    ),
    per_skill as (
      select skill_uri, preferred_label, demand, positions, organisations, opportunities, offerings,
        ${atLowest('h')}::int as students,
        ${atLowest('t')}::float8 as places,
        (d1 * (h1 + ${taught}::float8 * t1) + d2 * (h2 + ${taught}::float8 * t2)
          + d3 * (h3 + ${taught}::float8 * t3) + d4 * (h4 + ${taught}::float8 * t4)) / demand as supply,
        (d1 * h1 + d2 * h2 + d3 * h3 + d4 * h4) / demand as held_supply,
        positions < ${SUPPRESSION_RULE.minCount} as small_demand,
        largest > ${SUPPRESSION_RULE.dominance}::float8 * demand * (1 + 1e-9) as dominated,
        ${atLowest('h')} between 1 and ${SUPPRESSION_RULE.minCount - 1} as small_students
      from compared
    )`;

export interface PerSkillRow {
  skill_uri: string;
  preferred_label: string;
  demand: number;
  positions: number;
  organisations: number;
  opportunities: number;
  offerings: number;
  students: number;
  places: number;
  supply: number;
  held_supply: number;
  small_demand: boolean;
  dominated: boolean;
  small_students: boolean;
}

/** Every skill in demand, from the source. */
export const perSkillQuery = (source: ShortageSource, slice: ShortageSlice): SQL => sql`with ${sourceRelations(source, slice)}, ${perSkill} select * from per_skill`;

/**
 * The ESCO groups over the skills in demand: top-level groups (none broader) and the groups
 * right under them. A group's demand and supply are sums over the distinct skills at or under
 * it; its positions and organisations count each posting and organisation once.
 */
export const groupQuery = (source: ShortageSource, slice: ShortageSlice): SQL => sql`with recursive ${sourceRelations(source, slice)}, ${perSkill},
    up (skill_uri, uri) as (
      select skill_uri, skill_uri from per_skill
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
    ),
    group_skills as (
      select m.uri, m.parent_uri, count(*)::int as skills, sum(p.demand) as demand, sum(p.supply) as supply,
        max(p.students) as most_students
      from membership m join per_skill p on p.skill_uri = m.skill_uri
      group by m.uri, m.parent_uri
    ),
    group_postings as (
      select uri, sum(headcount)::int as positions, count(distinct organisation_id)::int as organisations
      from (select distinct m.uri, r.opportunity_id, r.organisation_id, r.headcount from membership m join requirements r on r.skill_uri = m.skill_uri) postings
      group by uri
    ),
    group_leading as (
      select uri, max(share) as largest
      from (select m.uri, r.organisation_id, sum(r.weight) as share from membership m join requirements r on r.skill_uri = m.skill_uri group by m.uri, r.organisation_id) shares
      group by uri
    ),
    grouped as (
      select s.uri, s.parent_uri, g.preferred_label, g.code, s.skills, s.demand, s.supply, p.positions, p.organisations,
        p.positions < ${SUPPRESSION_RULE.minCount} as small_demand,
        l.largest > ${SUPPRESSION_RULE.dominance}::float8 * s.demand * (1 + 1e-9) as dominated,
        -- Distinct students are at least the most any one skill has: below the threshold, they may be too few.
        s.most_students between 1 and ${SUPPRESSION_RULE.minCount - 1} as small_students
      from group_skills s
      join skill_groups g on g.uri = s.uri
      join group_postings p on p.uri = s.uri
      join group_leading l on l.uri = s.uri
    )
    -- One row even with no group, to carry the count of skills under none.
    select grouped.*, u.ungrouped
    from (select count(*)::int as ungrouped from per_skill x where not exists (select 1 from membership m where m.skill_uri = x.skill_uri)) u
    left join grouped on true`;

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
