import { sql } from 'drizzle-orm';
import { DEMAND_WEIGHTS } from '@kc/analytics';
import type { SqlExecutor } from './demo-rows.repository.ts';

const [soon, quarter] = DEMAND_WEIGHTS.urgency;

/** Months of made-up history before the reference month: enough for trends and projections to show. */
export const DEMO_HISTORY_MONTHS = 17;

/**
 * The demo cluster's past: a shortage snapshot for each of the months before the reference
 * month that has none, derived from today's demo postings and supply. Each skill has its own
 * steady trend (a hash of its URI: some grow, some fade, in how often postings asked for them),
 * postings come and go month by month, and the student body was smaller the further back. Each
 * month weighs its postings as today does, as if their deadlines lay as far ahead then. Made-up
 * months are marked as demo and removed with the demo; they are summarised when first read.
 */
export async function writeDemoHistory(db: SqlExecutor, referenceDate: string): Promise<void> {
  const months = sql`select (date_trunc('month', ${referenceDate}::date) - make_interval(months => k))::date as month, k
    from generate_series(1, ${DEMO_HISTORY_MONTHS}) k`;
  await db.execute(sql`insert into shortage_snapshots (month, as_of, taken_at, is_demo)
    select month, (month + interval '1 month' - interval '1 day')::date, (month + interval '1 month' - interval '1 hour'), true from (${months}) m
    on conflict (month) do nothing`);
  await db.execute(sql`with months as (${months}),
    fresh as (
      select m.month, m.k from months m join shortage_snapshots s on s.month = m.month and s.is_demo
      where not exists (select 1 from shortage_snapshot_demand d where d.month = m.month)
    ),
    past as (
      select f.month, o.id as opportunity_id, r.skill_uri, r.level, r.importance, o.organisation_id, g.kind as organisation_kind, g.sector,
        o.kind as opportunity_kind, o.occupation_uri, o.headcount, o.deadline
      from fresh f
      cross join opportunities o
      join opportunity_skills r on r.opportunity_id = o.id
      join organisations g on g.id = o.organisation_id
      -- Three postings in four were open in a given month; a growing skill was asked for less often the further back.
      where o.is_demo and o.status = 'open' and abs(hashtext(o.id::text || f.month::text)) % 4 <> 0
        and abs(hashtext(r.skill_uri || o.id::text || f.month::text)) % 100
          < 100 * (1 - ((abs(hashtext(r.skill_uri)) % 120) - 40) / 100.0 * f.k / ${DEMO_HISTORY_MONTHS}::float8)
    )
    insert into shortage_snapshot_demand (month, opportunity_id, skill_uri, level, weight, headcount, organisation_id, organisation_kind, sector, opportunity_kind, occupation_uri)
    select month, opportunity_id, skill_uri, level,
      headcount * (case importance when 'essential' then ${DEMAND_WEIGHTS.importance.essential}::float8 else ${DEMAND_WEIGHTS.importance.optional}::float8 end)
        * (case
            when deadline is null then ${DEMAND_WEIGHTS.laterOrNoDeadline}::float8
            when deadline - ${referenceDate}::date <= ${soon?.withinDays ?? 0} then ${soon?.weight ?? 1}::float8
            when deadline - ${referenceDate}::date <= ${quarter?.withinDays ?? 0} then ${quarter?.weight ?? 1}::float8
            else ${DEMAND_WEIGHTS.laterOrNoDeadline}::float8
          end),
      headcount, organisation_id, organisation_kind, sector, opportunity_kind, occupation_uri
    from past`);
  await db.execute(sql`with months as (${months}),
    fresh as (
      select m.month, m.k from months m join shortage_snapshots s on s.month = m.month and s.is_demo
      where not exists (select 1 from shortage_snapshot_supply x where x.month = m.month)
    ),
    -- Today's supply, as the shortage views read it; the student body was smaller the further back.
    levels as (
      select skill_uri, level, holders, places, offerings from skill_supply
    )
    insert into shortage_snapshot_supply (month, skill_uri, level, holders, places, offerings)
    select f.month, l.skill_uri, l.level, floor(l.holders * (1 - 0.3 * f.k / ${DEMO_HISTORY_MONTHS}::float8))::int, l.places, l.offerings
    from fresh f cross join levels l
    where exists (select 1 from shortage_snapshot_demand d where d.month = f.month and d.skill_uri = l.skill_uri)`);
}
