import { sql } from 'drizzle-orm';
import { SEARCH_COLLECTIONS } from '@kc/contract';
import { rowsOf, type Db } from '@kc/db';
import { allDocuments, documentId, loadDocuments, searchableCount, skillSynonyms } from './documents.ts';
import type { SearchCollection, SearchEngine } from './port.ts';
import { textArray } from './sql-arrays.ts';

export interface SyncLogger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
}

export interface DrainReport {
  /** Outbox entries whose documents reached the engine. */
  synced: number;
  /** Entries that failed and wait for their next attempt. */
  failed: number;
}

export interface OutboxLag {
  pending: number;
  /** Entries that failed at least once. */
  failing: number;
  /** Age of the oldest change not yet in the engine. */
  oldestSeconds: number;
  lastError: string | null;
}

interface OutboxEntry {
  collection: SearchCollection;
  document_key: string;
  seq: number | string;
}

const BATCH_SIZE = 500;
/** Retry delays double from one second up to five minutes, with jitter so workers don't align. */
const MAX_BACKOFF_SECONDS = 300;

/**
 * Moves changes from the transactional outbox to the search engine. An entry leaves the outbox
 * only after the engine accepted its document, and only if the record did not change again
 * meanwhile; a failure leaves it with a later attempt time. Sending a document twice is
 * harmless, so several workers, or a crash between sending and deleting, lose nothing.
 */
export class SearchSync {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<DrainReport> | undefined;
  private again = false;
  private stopped = true;
  private intervalMs = 1000;

  constructor(
    private readonly db: Db,
    private readonly engine: SearchEngine,
    private readonly log?: SyncLogger,
  ) {}

  /** Sends every due change now, batch by batch, until none is due or a whole batch failed. */
  drain(options: { includeWaiting?: boolean } = {}): Promise<DrainReport> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.drainAll(options.includeWaiting ?? false).finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async drainAll(includeWaiting: boolean): Promise<DrainReport> {
    const total: DrainReport = { synced: 0, failed: 0 };
    const seen = new Set<string>();
    for (;;) {
      this.again = false;
      const entries = await this.dueEntries(includeWaiting, seen);
      if (entries.length === 0) return total;
      const report = await this.syncBatch(entries);
      total.synced += report.synced;
      total.failed += report.failed;
      if (report.synced === 0 && !this.again) return total;
    }
  }

  private async dueEntries(includeWaiting: boolean, seen: Set<string>): Promise<OutboxEntry[]> {
    const rows = rowsOf<OutboxEntry>(
      await this.db.execute(sql`select collection, document_key, seq from search_outbox
        ${includeWaiting ? sql`` : sql`where next_attempt_at <= now()`} order by seq limit ${BATCH_SIZE}`),
    );
    // Within one drain, an entry that already failed is not tried again.
    const fresh = rows.filter((r) => !seen.has(`${r.collection} ${r.document_key} ${r.seq}`));
    for (const r of fresh) seen.add(`${r.collection} ${r.document_key} ${r.seq}`);
    return fresh;
  }

  private async syncBatch(entries: OutboxEntry[]): Promise<DrainReport> {
    const report: DrainReport = { synced: 0, failed: 0 };
    for (const collection of SEARCH_COLLECTIONS) {
      const batch = entries.filter((e) => e.collection === collection);
      if (batch.length === 0) continue;
      try {
        // Skill changes include aliases, which the engines use as synonyms.
        if (collection === 'skills') await this.engine.prepare({ synonyms: await skillSynonyms(this.db) });
        await this.sendDocuments(collection, batch.map((e) => e.document_key));
        await this.settle(collection, batch, null);
        report.synced += batch.length;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        await this.settle(collection, batch, message);
        report.failed += batch.length;
        this.log?.warn('search sync failed; will retry', { collection, entries: batch.length, error: message });
      }
    }
    return report;
  }

  private async sendDocuments(collection: SearchCollection, keys: string[]): Promise<void> {
    const documents = await loadDocuments(this.db, collection, keys);
    const present = new Set(documents.map((d) => d.id));
    const gone = keys.map((k) => documentId(collection, k)).filter((id) => !present.has(id));
    if (documents.length > 0) await this.engine.index(collection, documents);
    if (gone.length > 0) await this.engine.delete(collection, gone);
  }

  /** Success removes the entries that did not change meanwhile; failure schedules the next attempt. */
  private async settle(collection: SearchCollection, batch: OutboxEntry[], error: string | null): Promise<void> {
    const keys = textArray(batch.map((e) => e.document_key));
    const seqs = `{${batch.map((e) => e.seq).join(',')}}`;
    const matching = sql`collection = ${collection} and (document_key, seq) in (select unnest(${keys}::text[]), unnest(${seqs}::bigint[]))`;
    if (error === null) {
      await this.db.execute(sql`delete from search_outbox where ${matching}`);
    } else {
      await this.db.execute(sql`update search_outbox set attempts = attempts + 1, last_error = ${error.slice(0, 500)},
        next_attempt_at = now() + make_interval(secs => least(${MAX_BACKOFF_SECONDS}, power(2, attempts)) * (0.75 + random() / 2))
        where ${matching}`);
    }
  }

  /** Drains in the background: every `intervalMs`, and soon after `wake()`. Never throws. */
  start(intervalMs = 1000): void {
    this.intervalMs = intervalMs;
    this.stopped = false;
    this.schedule(0);
  }

  /** Asks the background worker to run now (after a write). */
  wake(): void {
    if (!this.stopped) this.schedule(0);
  }

  private schedule(delayMs: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tick(), delayMs);
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    if (this.stopped) return;
    try {
      await this.drain();
    } catch (error) {
      this.log?.warn('search sync could not read the outbox', { error: error instanceof Error ? error.message : String(error) });
    }
    if (!this.stopped) this.schedule(this.intervalMs);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running?.catch(() => undefined);
  }
}

export async function outboxLag(db: Db): Promise<OutboxLag> {
  const [row] = rowsOf<{ pending: number; failing: number; oldest: number | null; last_error: string | null }>(
    await db.execute(sql`select count(*)::int as pending, (count(*) filter (where attempts > 0))::int as failing,
      extract(epoch from now() - min(changed_at))::float8 as oldest,
      (select last_error from search_outbox where last_error is not null order by seq desc limit 1) as last_error
      from search_outbox`),
  );
  return { pending: row?.pending ?? 0, failing: row?.failing ?? 0, oldestSeconds: Math.max(0, Math.round(row?.oldest ?? 0)), lastError: row?.last_error ?? null };
}

/** Changes waiting in the outbox, per collection. */
export async function outboxPending(db: Db): Promise<Record<SearchCollection, number>> {
  const rows = rowsOf<{ collection: SearchCollection; n: number }>(
    await db.execute(sql`select collection, count(*)::int as n from search_outbox group by collection`),
  );
  const pending = Object.fromEntries(SEARCH_COLLECTIONS.map((c) => [c, 0])) as Record<SearchCollection, number>;
  for (const row of rows) pending[row.collection] = row.n;
  return pending;
}

export interface ReindexProgress {
  collection: SearchCollection;
  documents: number;
}

/**
 * Rebuilds the engine's collections from the database. The outbox is left as it is: its
 * entries are sent again afterwards, which is harmless, and nothing changed during the
 * rebuild can be missed.
 */
export async function reindex(
  db: Db,
  engine: SearchEngine,
  options: { collections?: readonly SearchCollection[]; onCollection?: (progress: ReindexProgress) => void } = {},
): Promise<Record<SearchCollection, number>> {
  await engine.prepare({ synonyms: await skillSynonyms(db) });
  const counts = Object.fromEntries(SEARCH_COLLECTIONS.map((c) => [c, 0])) as Record<SearchCollection, number>;
  for (const collection of options.collections ?? SEARCH_COLLECTIONS) {
    counts[collection] = await engine.replaceAll(collection, allDocuments(db, collection));
    options.onCollection?.({ collection, documents: counts[collection] });
  }
  return counts;
}

export interface CollectionStatus {
  collection: SearchCollection;
  /** Records that should have a document. */
  expected: number;
  /** Documents the engine holds. */
  indexed: number;
}

export async function searchStatus(db: Db, engine: SearchEngine): Promise<{ engine: string; collections: CollectionStatus[]; outbox: OutboxLag }> {
  const indexed = await engine.stats();
  const collections = await Promise.all(
    SEARCH_COLLECTIONS.map(async (collection) => ({ collection, expected: await searchableCount(db, collection), indexed: indexed[collection] })),
  );
  return { engine: engine.name, collections, outbox: await outboxLag(db) };
}
