import type { Database } from '@kc/db';
import { SEARCH_COLLECTIONS } from '@kc/contract';
import { SearchSync, createSearchEngine, outboxPending, reindex, searchStatus, skillSynonyms } from '@kc/search';
import type { Logger } from '../lib/logger.ts';
import type { SearchService } from '../context.ts';

/**
 * Chooses the engine (Meilisearch when `MEILI_URL` is set), builds any collection the engine
 * holds nothing of yet, then keeps it in sync from the outbox. Runs in the background: an
 * engine that is down delays search, never the start of the API.
 */
export function startSearch(database: Database, config: { MEILI_URL?: string; MEILI_MASTER_KEY?: string }, log: Logger): SearchService {
  const engine = createSearchEngine(database.db, { meiliUrl: config.MEILI_URL, meiliMasterKey: config.MEILI_MASTER_KEY });
  const sync = new SearchSync(database.db, engine, log);
  log.info(`search engine: ${engine.name}`);
  void (async () => {
    try {
      await engine.prepare({ synonyms: await skillSynonyms(database.db) });
      const status = await searchStatus(database.db, engine);
      // Records written before search existed are in no outbox: build their collections. On a
      // first start the import and the seeding queued every record already; the worker sends them.
      const pending = await outboxPending(database.db);
      const empty = status.collections.filter((c) => c.indexed === 0 && c.expected > pending[c.collection]).map((c) => c.collection);
      if (empty.length > 0) {
        const started = Date.now();
        const counts = await reindex(database.db, engine, { collections: SEARCH_COLLECTIONS.filter((c) => empty.includes(c)) });
        log.info('search index built', { durationMs: Date.now() - started, ...counts });
      }
    } catch (error) {
      log.warn('search engine not ready; changes wait in the outbox', { error: error instanceof Error ? error.message : String(error) });
    }
    sync.start();
  })();
  return { engine, sync };
}
