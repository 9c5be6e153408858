import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from '@kc/db';
import { buildOccupationIndex, type OccupationIndex } from '@kc/matching';
import { createSkillIndexStore, loadOccupationRecords, loadSkillGraph, loadSkillIndexInput, type SkillGraph, type SkillIndex, type SkillIndexStore } from '@kc/taxonomy';
import type { Logger } from '../lib/logger.ts';

/**
 * The in-memory skill index behind suggest and extract, and the skill graph behind matching:
 * built on first use (or at start-up), rebuilt after this process curates the taxonomy, and,
 * with `watch`, when another process did.
 */
export interface SkillIntelligence {
  index(): Promise<SkillIndex>;
  graph(): Promise<SkillGraph>;
  /** Occupations by their labels in every language and the skills they list, for inference. */
  occupations(): Promise<OccupationIndex>;
  /**
   * Starts rebuilding after a taxonomy change and resolves without waiting for it: the change's
   * own request answers at once, and the next read of the index waits for the new one.
   */
  changed(): Promise<void>;
  /** Checks now and then whether the taxonomy changed elsewhere; returns a stop function. */
  watch(intervalMs: number): () => void;
}

async function taxonomyRevision(db: Db): Promise<string> {
  const rows = rowsOf<{ revision: string }>(
    await db.execute(sql`select concat_ws('/',
      (select count(*) from skills), (select max(updated_at) from skills),
      (select count(*) from skill_aliases), (select max(created_at) from skill_aliases)) as revision`),
  );
  return rows[0]?.revision ?? '';
}

export function createSkillIntelligence(db: Db, log: Logger): SkillIntelligence {
  let store: Promise<SkillIndexStore> | undefined;
  let revision: string | undefined;
  const get = () =>
    (store ??= (async () => {
      revision = await taxonomyRevision(db);
      const started = performance.now();
      const created = await createSkillIndexStore(() => loadSkillIndexInput(db));
      log.info('skill index ready', { ms: Math.round(performance.now() - started), skills: created.current().skills.length });
      return created;
    })().catch((error: unknown) => {
      store = undefined;
      throw error;
    }));
  let graph: Promise<SkillGraph> | undefined;
  /** A failed build is forgotten, so the next call tries again. */
  const loadGraph = () =>
    loadSkillGraph(db).catch((error: unknown) => {
      graph = undefined;
      throw error;
    });
  const getGraph = () =>
    (graph ??= (async () => {
      revision ??= await taxonomyRevision(db);
      return loadGraph();
    })());
  let occupations: Promise<OccupationIndex> | undefined;
  const buildOccupations = async () => {
    const started = performance.now();
    const [records, skillGraph] = await Promise.all([loadOccupationRecords(db), getGraph()]);
    const built = buildOccupationIndex(records, skillGraph);
    log.info('occupation index ready', { ms: Math.round(performance.now() - started), occupations: records.length });
    return built;
  };
  const rebuildOccupations = () =>
    buildOccupations().catch((error: unknown) => {
      occupations = undefined;
      throw error;
    });
  const getOccupations = () => (occupations ??= rebuildOccupations());
  /** The rebuild under way, if any: reads of the index wait for it, so none sees the old one. */
  let refreshing: Promise<void> | undefined;
  const changed = async () => {
    if (!store && !graph) return;
    revision = await taxonomyRevision(db);
    // A local skill may have joined the hierarchy: matching reads the graph again.
    if (graph) graph = loadGraph();
    if (occupations) occupations = rebuildOccupations();
    if (!store) return;
    const current = store;
    const previous = refreshing;
    const next: Promise<void> = (async () => {
      await previous;
      await (await current).refresh();
    })()
      .catch((error: unknown) => log.warn('skill index refresh failed', { error: String(error) }))
      .finally(() => {
        if (refreshing === next) refreshing = undefined;
      });
    refreshing = next;
  };
  return {
    index: async () => {
      await refreshing;
      return (await get()).current();
    },
    graph: getGraph,
    occupations: getOccupations,
    changed,
    watch(intervalMs) {
      const timer = setInterval(() => {
        void (async () => {
          if (!store && !graph) return;
          const now = await taxonomyRevision(db);
          if (now !== revision) await changed();
        })().catch((error: unknown) => log.warn('skill index refresh failed', { error: String(error) }));
      }, intervalMs);
      timer.unref();
      return () => clearInterval(timer);
    },
  };
}
