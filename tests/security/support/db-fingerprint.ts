import { sql } from 'drizzle-orm';
import { rowsOf, type Database } from '@kc/db';

/**
 * The shortage views' summaries (docs/SHORTAGE-MEASURES.md, Summaries): derived from the
 * business tables and brought up to date by the views that read them, so a GET may write them.
 * What they hold is checked against the source rows by the shortage tests.
 */
const DERIVED_TABLES = ['skill_demand', 'skill_demand_changes', 'skill_demand_state', 'skill_group_demand', 'shortage_snapshot_skills', 'shortage_snapshot_groups'];

/**
 * Bookkeeping that legitimately changes on any request (or on refused ones; opening a profile
 * records a view, as the audit log once did), and the search
 * engine's copy of the business tables (written only by the outbox worker, which these tests
 * do not run; the outbox itself is compared), and the shortage summaries: never compared.
 */
export const VOLATILE_TABLES = new Set(['sessions', 'rate_limits', 'audit_log', 'profile_views', 'search_documents', 'search_removals', 'search_terms', ...DERIVED_TABLES]);

/** Tables whose summary columns a view fills in: only the other columns are compared. */
const COMPARED_COLUMNS: Record<string, string> = {
  shortage_snapshots: '(t.month, t.as_of, t.taken_at, t.is_demo)::text',
};

/**
 * The ESCO release: large, written only by the importer. Hashing it takes about a second on
 * PGlite, so it is compared once around a whole file (or block) instead of around every batch.
 * Tables that mix ESCO rows with the cluster's own (local skills and their place in the
 * hierarchy) are split: the ESCO rows are reference data, the rest is business data.
 */
const ESCO = `'http://data.europa.eu/esco/%'`;
const REFERENCE_ONLY = new Set(['skill_groups', 'skill_relations', 'occupations', 'occupation_skills', 'taxonomy_imports']);
const SPLIT: Record<string, string> = {
  skills: `uri like ${ESCO}`,
  skill_hierarchy: `narrower_uri like ${ESCO} and broader_uri like ${ESCO}`,
};

export type Fingerprint = Record<string, string>;

/** A table, or the slice of one a `where` clause picks, as fingerprinted. */
interface Slice {
  name: string;
  table: string;
  where?: string;
  /** The text a row is compared by (the whole row unless given). */
  row?: string;
}

async function publicTables(database: Database): Promise<string[]> {
  const rows = rowsOf<{ table_name: string }>(
    await database.db.execute(sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`),
  );
  return rows.map((r) => r.table_name);
}

/** Every table (or its non-ESCO slice) but the volatile ones: users, organisations, local skills, … */
export async function businessSlices(database: Database): Promise<Slice[]> {
  return (await publicTables(database))
    .filter((t) => !VOLATILE_TABLES.has(t) && !REFERENCE_ONLY.has(t))
    .map((t) => (SPLIT[t] ? { name: `${t} (local rows)`, table: t, where: `not (${SPLIT[t]})` } : { name: t, table: t, ...(COMPARED_COLUMNS[t] ? { row: COMPARED_COLUMNS[t] } : {}) }));
}

async function referenceSlices(database: Database): Promise<Slice[]> {
  return (await publicTables(database))
    .filter((t) => REFERENCE_ONLY.has(t) || SPLIT[t])
    .map((t) => (SPLIT[t] ? { name: `${t} (ESCO rows)`, table: t, where: SPLIT[t] } : { name: t, table: t }));
}

const quote = (table: string) => `"${table.replace(/"/g, '""')}"`;
const from = (s: Slice) => `from ${quote(s.table)} t${s.where ? ` where ${s.where}` : ''}`;

async function hashSlices(database: Database, slices: Slice[], expression: (row: string) => string): Promise<Fingerprint> {
  if (slices.length === 0) return {};
  const columns = slices.map((s, i) => `(select ${expression(s.row ?? 't::text')} ${from(s)}) as c${i}`);
  const [row] = rowsOf<Record<string, unknown>>(await database.db.execute(sql.raw(`select ${columns.join(', ')}`)));
  return Object.fromEntries(slices.map((s, i) => [s.name, String(row?.[`c${i}`] ?? '')]));
}

/** One md5 per table over its rows in a stable order, in a single round trip. */
export const fingerprint = (database: Database, slices: Slice[]) =>
  hashSlices(database, slices, (row) => `md5(coalesce(string_agg(${row}, '|' order by ${row}), ''))`);

/** The ESCO rows, hashed without sorting (a count and an order-independent sum of row hashes). */
export async function referenceFingerprint(database: Database): Promise<Fingerprint> {
  return hashSlices(database, await referenceSlices(database), (row) => `count(*) || ':' || coalesce(sum(('x' || substr(md5(${row}), 1, 15))::bit(60)::bigint), 0)`);
}

/** The tables whose fingerprint differs, for a readable assertion. */
export function changedTables(before: Fingerprint, after: Fingerprint): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter((t) => before[t] !== after[t]).sort();
}

/** Fingerprints the business tables now; `changed()` lists those that differ since. */
export async function watchBusinessTables(database: Database) {
  const slices = await businessSlices(database);
  const before = await fingerprint(database, slices);
  return { slices, before, changed: async () => changedTables(before, await fingerprint(database, slices)) };
}

/** Fingerprints the ESCO rows now; `changed()` lists the tables that differ since. */
export async function watchReferenceTables(database: Database) {
  const before = await referenceFingerprint(database);
  return { changed: async () => changedTables(before, await referenceFingerprint(database)) };
}
