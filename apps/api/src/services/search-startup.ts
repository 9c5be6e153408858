import type { Database } from '@kc/db';
import { SEARCH_COLLECTIONS } from '@kc/contract';
import { SearchSync, createSearchEngine, reindex, searchStatus, skillSynonyms } from '@kc/search';
import type { Logger } from '../context.ts';
import type { SearchService } from './search.service.ts';

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
      const empty = status.collections.filter((c) => c.indexed === 0 && c.expected > 0).map((c) => c.collection);
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
