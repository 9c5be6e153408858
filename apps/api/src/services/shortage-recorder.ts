import type { Db } from '@kc/db';
import type { Logger } from '../lib/logger.ts';
import { takeShortageSnapshot } from './shortages.service.ts';

/**
 * Keeps the running month's shortage snapshot fresh: once at start and then every `everyMs`, so
 * the month's last refresh before it ends is what its history keeps. Returns a stop that waits
 * for a refresh under way.
 */
export function recordShortages(db: Db, log: Logger, everyMs: number): () => Promise<void> {
  let running: Promise<void> = Promise.resolve();
  const refresh = () => {
    running = running
      .then(() => takeShortageSnapshot(db))
      .then(({ month, requirements }) => log.info(`shortage snapshot of ${month}: ${requirements} requirements`))
      .catch((error: unknown) => log.warn('shortage snapshot failed', { error: String(error) }));
  };
  refresh();
  const timer = setInterval(refresh, everyMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
