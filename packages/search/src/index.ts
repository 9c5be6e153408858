import type { Db } from '@kc/db';
import { createMeilisearchEngine } from './meilisearch-engine.ts';
import { createPostgresEngine } from './postgres-engine.ts';
import type { SearchEngine } from './port.ts';

export * from './port.ts';
export * from './documents.ts';
export * from './policy.ts';
export * from './sync.ts';
export { highlight, queryWords } from './text.ts';
export { createPostgresEngine } from './postgres-engine.ts';
export { createMeilisearchEngine } from './meilisearch-engine.ts';

export interface SearchConfig {
  /** Meilisearch's address; without it the Postgres engine is used. */
  meiliUrl?: string;
  meiliMasterKey?: string;
}

/** The engine the configuration asks for: Meilisearch when `MEILI_URL` is set, Postgres otherwise. */
export function createSearchEngine(db: Db, config: SearchConfig): SearchEngine {
  return config.meiliUrl ? createMeilisearchEngine({ url: config.meiliUrl, apiKey: config.meiliMasterKey }) : createPostgresEngine(db);
}
