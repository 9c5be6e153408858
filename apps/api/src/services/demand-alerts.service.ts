import { and, count, desc, eq, sql } from 'drizzle-orm';
import { MAX_DEMAND_ALERTS, type DemandAlert, type DemandAlertCreate, type DemandAlerts } from '@kc/contract';
import { rowsOf, schema, type Db } from '@kc/db';
import type { Actor } from '../actor.ts';
import type { AppDeps } from '../context.ts';
import { ApiError, sqlState } from '../lib/errors.ts';
import { requireUser } from './access.ts';
import { todayInSofia } from './opportunities.service.ts';

const { demandAlerts, notifications } = schema;

const conceptLabel = sql<string | null>`coalesce((select s.preferred_label from skills s where s.uri = ${demandAlerts.conceptUri}),
  (select g.preferred_label from skill_groups g where g.uri = ${demandAlerts.conceptUri}))`;

async function loadAlerts(db: Db, userId: string, id?: string): Promise<DemandAlert[]> {
  const rows = await db
    .select({ alert: demandAlerts, label: conceptLabel })
    .from(demandAlerts)
    .where(and(eq(demandAlerts.userId, userId), id ? eq(demandAlerts.id, id) : undefined))
    .orderBy(desc(demandAlerts.createdAt), desc(demandAlerts.id));
  return rows.map(({ alert, label }) => ({
    id: alert.id,
    concept: { uri: alert.conceptUri, preferredLabel: label ?? alert.conceptUri, kind: alert.conceptKind === 'group' ? 'group' : 'skill' },
    threshold: alert.threshold,
    above: alert.above,
    positions: alert.positions,
    checkedAt: alert.checkedAt?.toISOString() ?? null,
    createdAt: alert.createdAt.toISOString(),
  }));
}

export async function listDemandAlerts(deps: AppDeps, actor: Actor): Promise<DemandAlerts> {
  const user = requireUser(actor);
  return { items: await loadAlerts(deps.database.db, user.userId), max: MAX_DEMAND_ALERTS };
}

/** Subscribes the caller to demand for a skill or a skill group; the next check tells them if it already stands above. */
export async function createDemandAlert(deps: AppDeps, actor: Actor, input: DemandAlertCreate): Promise<DemandAlert> {
  const user = requireUser(actor);
  const db = deps.database.db;
  const [concept] = rowsOf<{ kind: 'skill' | 'group' }>(
    await db.execute(sql`select 'skill' as kind from skills where uri = ${input.conceptUri} union all select 'group' from skill_groups where uri = ${input.conceptUri} limit 1`),
  );
  if (!concept) throw new ApiError('UNKNOWN_REFERENCE', 'That skill or skill group does not exist.', [{ path: 'body.conceptUri', message: 'Give the URI of a skill or a skill group.' }]);
  const [held] = await db.select({ n: count() }).from(demandAlerts).where(eq(demandAlerts.userId, user.userId));
  if ((held?.n ?? 0) >= MAX_DEMAND_ALERTS) throw new ApiError('CONFLICT', `You have ${MAX_DEMAND_ALERTS} demand alerts, the most one person may hold: remove one first.`);
  try {
    const [row] = await db.insert(demandAlerts).values({ userId: user.userId, conceptUri: input.conceptUri, conceptKind: concept.kind, threshold: input.threshold }).returning({ id: demandAlerts.id });
    if (!row) throw new Error('insert returned no row');
    const [alert] = await loadAlerts(db, user.userId, row.id);
    if (!alert) throw new Error('alert vanished');
    return alert;
  } catch (error) {
    if (sqlState(error) === '23505') throw new ApiError('CONFLICT', 'You already have an alert for this skill or group: remove it to set another threshold.');
    throw error;
  }
}

export async function deleteDemandAlert(deps: AppDeps, actor: Actor, id: string): Promise<void> {
  const user = requireUser(actor);
  const deleted = await deps.database.db
    .delete(demandAlerts)
    .where(and(eq(demandAlerts.id, id), eq(demandAlerts.userId, user.userId)))
    .returning({ id: demandAlerts.id });
  // Someone else's alert is as absent as one that does not exist.
  if (deleted.length === 0) throw new ApiError('NOT_FOUND', 'That demand alert was not found.');
}

/**
 * Checks every alert against open demand now: the positions of counted postings asking for the
 * skill, or for any skill at or under the group (each posting once). An alert whose demand has
 * reached its threshold since the last check puts one entry in its subscriber's inbox; one whose
 * demand fell below is armed again. The flip is a conditional update, so two processes checking
 * at once notify once. Returns the new inbox entries.
 */
export async function checkDemandAlerts(db: Db, today: string = todayInSofia()): Promise<string[]> {
  const standings = rowsOf<{ id: string; positions: number; threshold: number; above: boolean }>(
    await db.execute(sql`
      with recursive scope (alert_id, uri) as (
        select id, concept_uri from demand_alerts
        union
        select s.alert_id, h.narrower_uri from skill_hierarchy h join scope s on h.broader_uri = s.uri
      ),
      asked as (
        select distinct s.alert_id, o.id, o.headcount
        from scope s
        join opportunity_skills r on r.skill_uri = s.uri
        join opportunities o on o.id = r.opportunity_id
        where o.status = 'open' and (o.deadline is null or o.deadline >= ${today}::date)
      )
      select a.id, coalesce(sum(x.headcount), 0)::int as positions, a.threshold, a.above
      from demand_alerts a left join asked x on x.alert_id = a.id
      group by a.id, a.threshold, a.above`),
  );
  const told: string[] = [];
  for (const s of standings) {
    const reached = s.positions >= s.threshold;
    await db.transaction(async (tx) => {
      const flipped = await tx
        .update(demandAlerts)
        .set({ above: reached, positions: s.positions, checkedAt: new Date() })
        .where(and(eq(demandAlerts.id, s.id), eq(demandAlerts.above, !reached)))
        .returning({ userId: demandAlerts.userId });
      if (flipped.length === 0) {
        await tx.update(demandAlerts).set({ positions: s.positions, checkedAt: new Date() }).where(eq(demandAlerts.id, s.id));
        return;
      }
      const [alerted] = flipped;
      if (!reached || !alerted) return;
      const [entry] = await tx
        .insert(notifications)
        .values({ userId: alerted.userId, kind: 'demand_alert', demandAlertId: s.id, positions: s.positions, mailPending: true, mailDueAt: sql`now()` })
        .returning({ id: notifications.id });
      if (entry) told.push(entry.id);
    });
  }
  return told;
}
