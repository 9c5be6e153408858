import { writeDemoHistory } from './demo-history.ts';
import { sql } from 'drizzle-orm';
import type { Database } from '@kc/db';
import {
  DEFAULT_DEMO_SEED,
  DEMO_REFERENCE_DATE,
  demoOccupationLabels,
  demoOfferingSkills,
  generateDemoDataset,
} from './demo-dataset.generator.ts';
import {
  analyzeDemoTables,
  bulkInsert,
  deleteDemoRows,
  hasDemoData,
  type SqlExecutor,
} from './demo-rows.repository.ts';
import { DEMO_TABLE_NAMES, tablesInInsertOrder, zeroCounts, type DemoTableName, type TableCounts } from './demo-tables.ts';
import { loadOccupationCatalogue } from './occupation-catalogue.repository.ts';
import { assertSkillsPresent } from './skill-catalogue.repository.ts';

export type SeedStep = 'check' | 'load-taxonomy' | 'generate' | 'reset' | DemoTableName | 'analyze';

/** Called as work advances; `done` of `total` counts rows for table steps, sub-steps otherwise. */
export type SeedProgress = (step: SeedStep, done: number, total: number) => void;

export interface SeedOptions {
  /** Multiplies the synthetic population (integer ≥ 1): 200·N students, 60·N opportunities, 40·N offerings. */
  scale?: number;
  /** Seed of the generator; the same seed gives the same rows. */
  seed?: number;
  /** ISO date all demo dates are relative to (default DEMO_REFERENCE_DATE); the same date gives the same rows. */
  referenceDate?: string;
  /** Delete every demo row first, then seed again. */
  reset?: boolean;
  /** Rows per insert statement. */
  batchSize?: number;
  /** Refresh planner statistics of the seeded tables afterwards (default true). */
  analyze?: boolean;
  onProgress?: SeedProgress;
}

export interface SeedPhaseTimings {
  catalogueMs: number;
  generateMs: number;
  resetMs: number;
  insertMs: number;
  analyzeMs: number;
}

export interface SeedReport {
  /** True when demo data was already present and nothing was written. */
  skipped: boolean;
  reason: string | null;
  scale: number;
  seed: number;
  referenceDate: string;
  /** Rows inserted per table (all zero when skipped). */
  counts: TableCounts;
  /** Rows removed by `reset: true`; null without reset. */
  deleted: TableCounts | null;
  totalInserted: number;
  durationMs: number;
  /** Inserted rows per second of insert time. */
  insertRowsPerSecond: number;
  phases: SeedPhaseTimings;
}

export const DEFAULT_BATCH_SIZE = 10_000;
const SEED_LOCK_KEY = 'kc:seed-demo';
const ALREADY_SEEDED = 'demo data already present; run with reset to recreate it';

/**
 * Fills the database with a deterministic demo cluster (organisations, staff, students with
 * skill profiles, opportunities, offerings, applications), all flagged is_demo. Needs the ESCO
 * taxonomy imported: every template occupation and every skill an offering teaches must be in it
 * (a missing one fails the run, naming it). Writes happen in one transaction: all or nothing.
 */
export async function seedDemo(database: Database, options: SeedOptions = {}): Promise<SeedReport> {
  const started = performance.now();
  const scale = options.scale ?? 1;
  if (!Number.isInteger(scale) || scale < 1) throw new RangeError(`scale must be an integer ≥ 1, got ${scale}`);
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  const referenceDate = options.referenceDate ?? DEMO_REFERENCE_DATE;
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`batchSize must be an integer ≥ 1, got ${batchSize}`);
  const progress: SeedProgress = options.onProgress ?? (() => {});
  const phases: SeedPhaseTimings = { catalogueMs: 0, generateMs: 0, resetMs: 0, insertMs: 0, analyzeMs: 0 };
  const report = (fields: Partial<SeedReport>): SeedReport => {
    const counts = fields.counts ?? zeroCounts();
    const totalInserted = DEMO_TABLE_NAMES.reduce((sum, name) => sum + counts[name], 0);
    return {
      skipped: false,
      reason: null,
      scale,
      seed,
      referenceDate,
      counts,
      deleted: null,
      totalInserted,
      durationMs: Math.round(performance.now() - started),
      insertRowsPerSecond: phases.insertMs > 0 ? Math.round((totalInserted * 1000) / phases.insertMs) : 0,
      phases,
      ...fields,
    };
  };

  const { db } = database;
  if (!options.reset) {
    progress('check', 0, 1);
    const present = await hasDemoData(db);
    progress('check', 1, 1);
    if (present) return report({ skipped: true, reason: ALREADY_SEEDED });
  }

  let t = performance.now();
  progress('load-taxonomy', 0, 1);
  const catalogue = await loadOccupationCatalogue(db, demoOccupationLabels());
  await assertSkillsPresent(db, demoOfferingSkills());
  progress('load-taxonomy', 1, 1);
  phases.catalogueMs = Math.round(performance.now() - t);

  t = performance.now();
  progress('generate', 0, 1);
  const dataset = generateDemoDataset(catalogue, { scale, seed, referenceDate });
  progress('generate', 1, 1);
  phases.generateMs = Math.round(performance.now() - t);

  const outcome = await db.transaction(async (tx) => {
    const executor: SqlExecutor = tx;
    await executor.execute(sql`select pg_advisory_xact_lock(hashtext(${SEED_LOCK_KEY}))`);
    let deleted: TableCounts | null = null;
    if (options.reset) {
      const r = performance.now();
      deleted = await deleteDemoRows(executor, (done, total) => progress('reset', done, total));
      phases.resetMs = Math.round(performance.now() - r);
    } else if (await hasDemoData(executor)) {
      return { skipped: true as const, deleted };
    }
    const w = performance.now();
    const inserted = zeroCounts();
    for (const table of tablesInInsertOrder(dataset.tables)) {
      const name = table.name as DemoTableName;
      progress(name, 0, table.size);
      inserted[name] = await bulkInsert(executor, table, batchSize, (done, total) => progress(name, done, total));
    }
    await writeDemoHistory(executor, referenceDate);
    phases.insertMs = Math.round(performance.now() - w);
    return { skipped: false as const, deleted, inserted };
  });
  if (outcome.skipped) return report({ skipped: true, reason: ALREADY_SEEDED });

  if (options.analyze ?? true) {
    t = performance.now();
    progress('analyze', 0, 1);
    await analyzeDemoTables(db, DEMO_TABLE_NAMES);
    progress('analyze', 1, 1);
    phases.analyzeMs = Math.round(performance.now() - t);
  }
  return report({ counts: outcome.inserted, deleted: outcome.deleted });
}

/** Deletes every demo row (children first) in one transaction and reports the counts. */
export async function removeDemoData(
  database: Database,
  onProgress?: (done: number, total: number) => void,
): Promise<TableCounts> {
  return database.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${SEED_LOCK_KEY}))`);
    return deleteDemoRows(tx, onProgress);
  });
}
