import { sql } from 'drizzle-orm';
import { DEMAND_WEIGHTS, shortageIndex, SUPPLY_WEIGHTS, SUPPRESSION_RULE } from '@kc/analytics';
import type { Shortages, ShortagesQuery, ShownFigure } from '@kc/contract';
import { rowsOf } from '@kc/db';
import type { Actor } from '../actor.ts';
import type { AppDeps } from '../context.ts';
import { requireClusterAdmin } from './access.ts';
import { todayInSofia } from './opportunities.service.ts';

interface ShortageRow {
  skill_uri: string;
  preferred_label: string;
  demand: number;
  positions: number;
  organisations: number;
  students: number;
  places: number;
  supply: number;
  held_supply: number;
  small_demand: boolean;
  dominated: boolean;
  small_students: boolean;
}

const [soon, quarter] = DEMAND_WEIGHTS.urgency;

/**
 * Demand against supply for every skill a counted posting asks for, as docs/SHORTAGE-MEASURES.md
 * defines them (and `@kc/analytics` computes them, which the tests compare with). One query: the
 * weights come from the same constants, the suppression flags are worked out beside the figures.
 */
function shortageQuery(today: string) {
  const level = (n: number, column: string) => sql.raw(`coalesce(sum(${column}) filter (where level >= ${n}), 0)`);
  return sql`
    with counted as (
      select o.id, o.organisation_id, o.headcount,
        case
          when o.deadline is null then ${DEMAND_WEIGHTS.laterOrNoDeadline}::float8
          when o.deadline - ${today}::date <= ${soon?.withinDays ?? 0} then ${soon?.weight ?? 1}::float8
          when o.deadline - ${today}::date <= ${quarter?.withinDays ?? 0} then ${quarter?.weight ?? 1}::float8
          else ${DEMAND_WEIGHTS.laterOrNoDeadline}::float8
        end as urgency
      from opportunities o
      where o.status = 'open' and (o.deadline is null or o.deadline >= ${today}::date)
    ),
    requirements as (
      select r.skill_uri, r.level, c.id as opportunity_id, c.organisation_id, c.headcount,
        c.headcount * (case r.importance when 'essential' then ${DEMAND_WEIGHTS.importance.essential}::float8 else ${DEMAND_WEIGHTS.importance.optional}::float8 end) * c.urgency as weight
      from opportunity_skills r
      join counted c on c.id = r.opportunity_id
    ),
    demand as (
      select skill_uri,
        sum(weight) as demand,
        sum(headcount)::int as positions,
        count(distinct organisation_id)::int as organisations,
        min(level) as lowest_level,
        coalesce(sum(weight) filter (where level = 1), 0) as d1,
        coalesce(sum(weight) filter (where level = 2), 0) as d2,
        coalesce(sum(weight) filter (where level = 3), 0) as d3,
        coalesce(sum(weight) filter (where level = 4), 0) as d4
      from requirements
      group by skill_uri
    ),
    leading_share as (
      select skill_uri, max(share) as largest
      from (select skill_uri, organisation_id, sum(weight) as share from requirements group by skill_uri, organisation_id) by_organisation
      group by skill_uri
    ),
    holders as (
      select skill_uri, profile_id, max(level) as level
      from profile_skills
      where skill_uri in (select skill_uri from demand)
      group by skill_uri, profile_id
    ),
    held as (
      select skill_uri, ${level(1, '1')} as h1, ${level(2, '1')} as h2, ${level(3, '1')} as h3, ${level(4, '1')} as h4
      from holders group by skill_uri
    ),
    teaching as (
      select t.skill_uri, t.offering_id, max(t.level) as level, coalesce(max(f.yearly_capacity), max(f.seats), 0) as places
      from offering_skills t
      join offerings f on f.id = t.offering_id and f.status = 'published'
      where t.skill_uri in (select skill_uri from demand)
      group by t.skill_uri, t.offering_id
    ),
    taught as (
      select skill_uri, ${level(1, 'places')} as t1, ${level(2, 'places')} as t2, ${level(3, 'places')} as t3, ${level(4, 'places')} as t4
      from teaching group by skill_uri
    ),
    compared as (
      select d.*, s.preferred_label, l.largest,
        coalesce(h.h1, 0) as h1, coalesce(h.h2, 0) as h2, coalesce(h.h3, 0) as h3, coalesce(h.h4, 0) as h4,
        coalesce(t.t1, 0) as t1, coalesce(t.t2, 0) as t2, coalesce(t.t3, 0) as t3, coalesce(t.t4, 0) as t4
      from demand d
      join skills s on s.uri = d.skill_uri
      join leading_share l on l.skill_uri = d.skill_uri
      left join held h on h.skill_uri = d.skill_uri
      left join taught t on t.skill_uri = d.skill_uri
    )
    select skill_uri, preferred_label, demand, positions, organisations,
      (case lowest_level when 1 then h1 when 2 then h2 when 3 then h3 else h4 end)::int as students,
      (case lowest_level when 1 then t1 when 2 then t2 when 3 then t3 else t4 end)::float8 as places,
      -- The supply a unit of demand meets: supply at each level asked for, weighted by the demand there.
      (d1 * (h1 + ${SUPPLY_WEIGHTS.taughtDiscount}::float8 * t1) + d2 * (h2 + ${SUPPLY_WEIGHTS.taughtDiscount}::float8 * t2)
        + d3 * (h3 + ${SUPPLY_WEIGHTS.taughtDiscount}::float8 * t3) + d4 * (h4 + ${SUPPLY_WEIGHTS.taughtDiscount}::float8 * t4)) / demand as supply,
      (d1 * h1 + d2 * h2 + d3 * h3 + d4 * h4) / demand as held_supply,
      positions < ${SUPPRESSION_RULE.minCount} as small_demand,
      largest > ${SUPPRESSION_RULE.dominance}::float8 * demand * (1 + 1e-9) as dominated,
      (case lowest_level when 1 then h1 when 2 then h2 when 3 then h3 else h4 end) between 1 and ${SUPPRESSION_RULE.minCount - 1} as small_students
    from compared`;
}

const oneDecimal = (value: number) => Math.round(value * 10) / 10;
const byUri = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The city's top skill shortages today. The public view hides a count of one to four as "<5"
 * and a skill's demand where one organisation makes up more than 70% of it; a skill whose index
 * would rest on a hidden figure is left out of the ranking (and counted in `hidden`), so its
 * place in the list does not give it away. The cluster view shows every figure, to cluster
 * administrators only.
 */
export async function topShortages(deps: AppDeps, actor: Actor, query: ShortagesQuery): Promise<Shortages> {
  if (query.view === 'cluster') requireClusterAdmin(actor, 'see the unsuppressed shortage figures');
  const asOf = todayInSofia();
  const rows = rowsOf<ShortageRow>(await deps.database.db.execute(shortageQuery(asOf))).map((row) => ({
    ...row,
    demand: Number(row.demand),
    supply: Number(row.supply),
    held_supply: Number(row.held_supply),
    places: Number(row.places),
    index: shortageIndex(Number(row.demand), Number(row.supply)),
    studentsIndex: shortageIndex(Number(row.demand), Number(row.held_supply)),
  }));
  const ranked = rows.sort((a, b) => (b.index ?? -2) - (a.index ?? -2) || b.demand - a.demand || byUri(a.skill_uri, b.skill_uri));
  const publicView = query.view === 'public';
  const shown = publicView ? ranked.filter((r) => !r.small_demand && !r.dominated && !r.small_students) : ranked;
  const figure = (value: number, small: boolean): ShownFigure => (publicView && small ? '<5' : value);
  return {
    asOf,
    view: query.view,
    skillsInDemand: rows.length,
    hidden: rows.length - shown.length,
    items: shown.slice(0, query.limit).map((r) => ({
      skill: { uri: r.skill_uri, preferredLabel: r.preferred_label },
      demand: oneDecimal(r.demand),
      positions: figure(r.positions, r.small_demand),
      organisations: figure(r.organisations, r.organisations < SUPPRESSION_RULE.minCount),
      students: figure(r.students, r.small_students),
      places: r.places,
      supply: oneDecimal(r.supply),
      index: r.index,
      studentsIndex: r.studentsIndex,
    })),
  };
}
