import { sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Db } from '@kc/db';
import { byOrganisation, countGroupDemandSql, liveRequirements } from './shortage-queries.ts';

const columns = sql`skill_uri, organisation_id, share, positions, opportunities, lowest_level, d1, d2, d3, d4`;

/** Today's counted requirements, of every organisation or of those given, into `skill_demand` and `skill_group_demand`. */
function countInto(today: string, organisations?: readonly string[]): SQL[] {
  const requirements = liveRequirements(today, {}, organisations ? { organisations } : {});
  return [
    sql`with ${requirements}, ${byOrganisation}
      insert into skill_demand (${columns})
      select skill_uri, organisation_id, share, positions::int, opportunities::int, lowest_level, d1, d2, d3, d4 from by_organisation`,
    countGroupDemandSql(requirements),
  ];
}

/**
 * Brings `skill_demand` and `skill_group_demand` to `today` before a view reads them: counted
 * again in full when they were counted for another day (urgency follows the calendar) or never,
 * else for the organisations whose postings changed since (`skill_demand_changes`, written by
 * triggers in the writer's transaction).
 * One refresh at a time: a later one waits, then sees what the earlier one wrote. The changes
 * taken are those committed when the refresh looks; a change committing meanwhile stays for
 * the next one.
 */
export async function refreshSkillDemand(db: Db, today: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('skill_demand'))`);
    // The recursion over the ESCO hierarchy is costed far above what it does: compiling it would take longer than it runs.
    await tx.execute(sql`set local jit = off`);
    const [state] = rowsOf<{ as_of: string }>(await tx.execute(sql`select as_of::text from skill_demand_state`));
    if (state?.as_of !== today) {
      await tx.execute(sql`delete from skill_demand_changes`);
      await tx.execute(sql`delete from skill_demand`);
      await tx.execute(sql`delete from skill_group_demand`);
      for (const statement of countInto(today)) await tx.execute(statement);
      await tx.execute(sql`insert into skill_demand_state (singleton, as_of) values (true, ${today}::date) on conflict (singleton) do update set as_of = excluded.as_of`);
      return;
    }
    const changed = rowsOf<{ id: string }>(
      await tx.execute(sql`with taken as (delete from skill_demand_changes returning organisation_id) select distinct organisation_id::text as id from taken`),
    ).map((r) => r.id);
    if (changed.length === 0) return;
    const ids = `{${changed.join(',')}}`;
    await tx.execute(sql`delete from skill_demand where organisation_id = any(${ids}::uuid[])`);
    await tx.execute(sql`delete from skill_group_demand where organisation_id = any(${ids}::uuid[])`);
    for (const statement of countInto(today, changed)) await tx.execute(statement);
  });
}
