import { desc, sql } from 'drizzle-orm';
import { ESCO_ATTRIBUTION, type Health } from '@kc/contract';
import { schemaVersion, schema, type Database } from '@kc/db';
import { outboxLag } from '@kc/search';
import type { AppDeps } from '../context.ts';

/** Older figures are read again, in the background once there are any (`healthMaxAgeMs` of the dependencies). */
const DEFAULT_MAX_AGE_MS = 1_000;
/** Figures this old mean the database does not answer: the status says so. */
const STALE_MS = 30_000;
/** A reading that takes longer is given up, so the next request starts a new one. */
const READ_TIMEOUT_MS = 10_000;

function withinTime<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the health figures took longer than ${ms} ms to read`)), ms);
    timer.unref();
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

interface Checked {
  value: Omit<Health, 'checkedAt'>;
  at: number;
}
const latest = new WeakMap<Database, { checked?: Checked; reading?: Promise<Checked> }>();

/**
 * The health report. Under load a health check must not queue behind the work it reports on
 * (on PGlite every statement takes its turn), so the figures are read at most once a second,
 * by one reading at a time, while every request gets the last figures with the time they were read.
 */
export async function health(deps: AppDeps): Promise<Health> {
  const { database, healthMaxAgeMs: maxAgeMs = DEFAULT_MAX_AGE_MS } = deps;
  const state = latest.get(database) ?? {};
  latest.set(database, state);
  const fresh = state.checked && Date.now() - state.checked.at <= maxAgeMs ? state.checked : undefined;
  if (!fresh) {
    state.reading ??= withinTime(check(deps), READ_TIMEOUT_MS)
      .then((value) => (state.checked = { value, at: Date.now() }))
      .finally(() => (state.reading = undefined));
    if (!state.checked || maxAgeMs === 0) await state.reading;
    else state.reading.catch(() => undefined);
  }
  const checked = state.checked;
  if (!checked) throw new Error('the health figures could not be read');
  const stale = Date.now() - checked.at > STALE_MS;
  return { ...checked.value, ...(stale ? { status: 'degraded' as const } : {}), checkedAt: new Date(checked.at).toISOString() };
}

async function check({ database, search }: AppDeps): Promise<Omit<Health, 'checkedAt'>> {
  const version = await schemaVersion(database);
  const ready = version.applied > 0;
  const [counts] = ready
    ? await database.db
        .select({
          skills: sql<number>`(select count(*)::int from ${schema.skills} where not ${schema.skills.isLocal})`,
          occupations: sql<number>`(select count(*)::int from ${schema.occupations})`,
        })
        .from(sql`(select 1) as one`)
    : [];
  const [latestImport] = ready
    ? await database.db
        .select({ version: schema.taxonomyImports.version, importedAt: schema.taxonomyImports.importedAt })
        .from(schema.taxonomyImports)
        .orderBy(desc(schema.taxonomyImports.id))
        .limit(1)
    : [];
  const skills = counts?.skills ?? 0;
  const outbox = ready ? await outboxLag(database.db) : { pending: 0, failing: 0, oldestSeconds: 0, lastError: null };
  return {
    // Changes failing to reach the search engine make search stale: worth a look.
    status: ready && version.pending === 0 && skills > 0 && outbox.failing === 0 ? 'ok' : 'degraded',
    database: {
      kind: database.kind,
      schemaVersion: version.latest,
      migrations: version.applied,
      pendingMigrations: version.pending,
    },
    esco: {
      version: latestImport?.version ?? null,
      importedAt: latestImport?.importedAt.toISOString() ?? null,
      skills,
      occupations: counts?.occupations ?? 0,
    },
    search: { engine: search.engine.name, outbox },
    attribution: ESCO_ATTRIBUTION,
  };
}
