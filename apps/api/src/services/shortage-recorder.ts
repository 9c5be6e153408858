import type { Db } from '@kc/db';
import type { Logger } from '../lib/logger.ts';
import { checkDemandAlerts } from './demand-alerts.service.ts';
import { summariseShortageSnapshots, takeShortageSnapshot } from './shortages.service.ts';
import { todayInSofia } from './opportunities.service.ts';
import { refreshSkillDemand } from './skill-demand.ts';

export interface ShortageRecorderOptions {
  /** How often the running month's snapshot is refreshed. */
  snapshotEveryMs: number;
  /** How often demand alerts are checked. */
  alertsEveryMs: number;
  /** Wakes the mail outbox when an alert put entries in inboxes. */
  onNotified: () => void;
}

/**
 * Keeps the running month's shortage snapshot fresh (so the month's last refresh before it ends
 * is what its history keeps), summarises months that lack it, keeps today's demand per skill
 * counted, and checks demand alerts, both once at start and then on their
 * intervals, one job at a time. Returns a stop that waits for a job under way.
 */
export function recordShortages(db: Db, log: Logger, options: ShortageRecorderOptions): () => Promise<void> {
  let running: Promise<void> = Promise.resolve();
  const queue = (job: () => Promise<void>, what: string) => {
    running = running.then(job).catch((error: unknown) => log.warn(`${what} failed`, { error: String(error) }));
  };
  const snapshot = () =>
    queue(async () => {
      const { month, requirements } = await takeShortageSnapshot(db);
      log.info(`shortage snapshot of ${month}: ${requirements} requirements`);
      // Months written without a summary (the demo's history, a restore) are summarised before a view needs them.
      const summarised = await summariseShortageSnapshots(db);
      if (summarised > 0) log.info(`shortage snapshots summarised: ${summarised}`);
    }, 'shortage snapshot');
  const alerts = () =>
    queue(async () => {
      // Also counts today's demand again where postings changed, so that changes never pile up unread.
      await refreshSkillDemand(db, todayInSofia());
      if ((await checkDemandAlerts(db)).length > 0) options.onNotified();
    }, 'demand alert check');
  snapshot();
  alerts();
  const timers = [setInterval(snapshot, options.snapshotEveryMs), setInterval(alerts, options.alertsEveryMs)];
  for (const timer of timers) timer.unref();
  return async () => {
    for (const timer of timers) clearInterval(timer);
    await running;
  };
}
