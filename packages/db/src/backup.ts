import { sql } from 'drizzle-orm';
import { rowsOf, type Database, type DatabaseKind } from './client.ts';
import {
  countRows,
  enabledUserTriggers,
  insertOrder,
  listForeignKeys,
  listPlainIndexes,
  listSequences,
  listTables,
  referenceGraph,
  type CatalogColumn,
  type CatalogTable,
  type SqlExecutor,
} from './backup-catalog.ts';
import { BackupFileError, GzipFileWriter, GzipLineReader } from './backup-file.ts';
import { migrate } from './migrate.ts';
import { migrateFirst, migrationIdentities } from './migrate-partial.ts';

export { BackupFileError } from './backup-file.ts';
export { migrateFirst } from './migrate-partial.ts';

/**
 * A backup file is gzip-compressed JSON lines: the header (BackupHeader), then per table, in
 * foreign-key order, a `{"kc:table": name, "rows": n}` line followed by n lines of
 * `row_to_json` of its rows, then a `{"kc:end": true, ...}` line. Rows are copied as text and
 * never parsed in JavaScript, so every value round-trips as PostgreSQL wrote it.
 */
export const BACKUP_FORMAT = 'kc-backup';
export const BACKUP_FORMAT_VERSION = 1;

export interface BackupSchema {
  /** Migrations applied (rows of drizzle.__drizzle_migrations). */
  applied: number;
  /** Tag of the last applied migration in this code's journal; null when none or unknown here. */
  latest: string | null;
  /** drizzle's hash and created_at of the last applied migration, to recognise it exactly. */
  hash: string | null;
  folderMillis: number | null;
}

export interface BackupTableInfo {
  name: string;
  rows: number;
  columns: CatalogColumn[];
}

export interface BackupSequenceInfo {
  name: string;
  table: string | null;
  column: string | null;
  /** bigint as text; null when the sequence was never used (nextval gives its start). */
  lastValue: string | null;
}

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  createdAt: string;
  databaseKind: DatabaseKind;
  serverVersion: string;
  schema: BackupSchema;
  tables: BackupTableInfo[];
  sequences: BackupSequenceInfo[];
}

/** `step` is a table name, or "analyze"/"migrate"; `done` of `total` counts rows for tables. */
export type BackupProgress = (step: string, done: number, total: number) => void;

export interface BackupOptions {
  onProgress?: BackupProgress;
  /** Rows per cursor fetch. */
  fetchSize?: number;
}

export interface BackupReport {
  file: string;
  bytes: number;
  header: BackupHeader;
  totalRows: number;
  durationMs: number;
}

export interface RestoreOptions {
  onProgress?: BackupProgress;
  /** Rows per insert statement (fewer when the rows are large). */
  batchRows?: number;
}

export interface RestoredTable {
  name: string;
  /** Rows the table held before the restore. */
  before: number;
  /** Rows it holds now, from the backup. */
  after: number;
}

export interface RestoreReport {
  header: BackupHeader;
  tables: RestoredTable[];
  rowsBefore: number;
  rowsAfter: number;
  /** Set when the target was empty: migrations applied before (to the backup's) and after (to the latest). */
  migrated: { before: number; after: number } | null;
  schema: { applied: number; latest: string | null };
  /** Other sessions connected to the same PostgreSQL database at the end (the app, psql…); 0 on PGlite. */
  otherConnections: number;
  durationMs: number;
}

/** The file is a backup, but it cannot go into this database as it is; nothing was changed. */
export class BackupSchemaError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupSchemaError';
  }
}

/** The restore failed part-way and was rolled back; nothing was changed. */
export class RestoreFailedError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'RestoreFailedError';
  }
}

const TABLE_MARK = 'kc:table';
const END_MARK = 'kc:end';
const BATCH_BYTES = 4 * 1024 * 1024;

/**
 * Writes every table of the public schema to `filePath`, from one REPEATABLE READ read-only
 * transaction: a consistent snapshot while the app keeps writing (PostgreSQL). Rows stream
 * through a server-side cursor, so memory stays bounded whatever the table sizes.
 */
export async function backupDatabase(database: Database, filePath: string, options: BackupOptions = {}): Promise<BackupReport> {
  const started = performance.now();
  const fetchSize = options.fetchSize ?? 2000;
  const writer = new GzipFileWriter(filePath);
  try {
    await writer.ready();
    const header = await database.db.transaction(
      async (tx) => {
        // Text forms that read back exactly: shortest-exact floats, UTC ISO timestamps, hex bytea.
        for (const setting of ["extra_float_digits = 1", "timezone = 'UTC'", "datestyle = 'ISO, YMD'", "intervalstyle = 'iso_8601'", "bytea_output = 'hex'"]) {
          await tx.execute(sql.raw(`set local ${setting}`));
        }
        const catalog = await listTables(tx);
        const order = insertOrder(catalog.map((t) => t.name), referenceGraph(await listForeignKeys(tx)));
        const byName = new Map(catalog.map((t) => [t.name, t]));
        const counts = await countRows(tx, order);
        const header: BackupHeader = {
          format: BACKUP_FORMAT,
          formatVersion: BACKUP_FORMAT_VERSION,
          createdAt: new Date().toISOString(),
          databaseKind: database.kind,
          serverVersion: await serverVersion(tx),
          schema: await appliedSchema(tx),
          tables: order.map((name) => ({ name, rows: counts.get(name) ?? 0, columns: byName.get(name)?.columns ?? [] })),
          sequences: await sequenceValues(tx),
        };
        await writer.write(`${JSON.stringify(header)}\n`);
        for (const table of header.tables) {
          await writer.write(`${JSON.stringify({ [TABLE_MARK]: table.name, rows: table.rows })}\n`);
          options.onProgress?.(table.name, 0, table.rows);
          const cursor = sql.identifier('kc_backup_cursor');
          await tx.execute(sql`declare ${cursor} no scroll cursor for select row_to_json(kc_row.*)::text as j from ${sql.identifier(table.name)} as kc_row`);
          let done = 0;
          for (;;) {
            const rows = rowsOf<{ j: string }>(await tx.execute(sql`fetch forward ${sql.raw(String(fetchSize))} from ${cursor}`));
            if (rows.length === 0) break;
            let text = '';
            for (const row of rows) text += `${row.j}\n`;
            await writer.write(text);
            done += rows.length;
            options.onProgress?.(table.name, done, table.rows);
          }
          await tx.execute(sql`close ${cursor}`);
          if (done !== table.rows) throw new Error(`${table.name}: counted ${table.rows} rows but read ${done}`);
        }
        const totalRows = header.tables.reduce((sum, t) => sum + t.rows, 0);
        await writer.write(`${JSON.stringify({ [END_MARK]: true, tables: header.tables.length, rows: totalRows })}\n`);
        return header;
      },
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    );
    const bytes = await writer.finish();
    return { file: filePath, bytes, header, totalRows: header.tables.reduce((sum, t) => sum + t.rows, 0), durationMs: performance.now() - started };
  } catch (error) {
    await writer.abort();
    throw error;
  }
}

/** Reads and checks the header of a backup file without touching any database. */
export async function readBackupHeader(filePath: string): Promise<BackupHeader> {
  const reader = new GzipLineReader(filePath);
  try {
    return parseHeader(filePath, await reader.next());
  } finally {
    reader.close();
  }
}

/**
 * Replaces every row of the database with the backup's, in one transaction: on any error it
 * rolls back and the old data stays. User triggers (the search outbox) do not fire on the
 * restored rows; sequences continue after the restored ids. An empty database (no migration
 * applied) is first migrated to the backup's schema and, after the restore, to the latest.
 */
export async function restoreDatabase(database: Database, filePath: string, options: RestoreOptions = {}): Promise<RestoreReport> {
  const started = performance.now();
  const reader = new GzipLineReader(filePath);
  try {
    const header = parseHeader(filePath, await reader.next());
    const plan = await schemaPlan(database, header);
    if (plan === 'migrate-empty') {
      options.onProgress?.('migrate', 0, header.schema.applied);
      await migrateFirst(database, header.schema.applied);
    }
    let tables: RestoredTable[];
    try {
      tables = await database.db.transaction(async (tx) => replaceAll(tx, header, reader, options));
    } catch (error) {
      const unchanged =
        plan === 'migrate-empty'
          ? `The restore was rolled back: the database holds the backup's schema (${header.schema.applied} migrations) and no data.`
          : 'The restore was rolled back, nothing was changed.';
      if (error instanceof BackupFileError) throw new BackupFileError(`${error.message} ${unchanged}`);
      if (error instanceof BackupSchemaError) throw error;
      const { message, code } = databaseError(error);
      const hint = code === '55P03' ? ' Another connection holds the tables (the running app?): stop it and try again.' : '';
      throw new RestoreFailedError(`${unchanged} It failed with: ${message}.${hint}`, { cause: error });
    }
    let migrated: RestoreReport['migrated'] = null;
    if (plan === 'migrate-empty') {
      options.onProgress?.('migrate', header.schema.applied, migrationIdentities().length);
      await migrate(database);
      migrated = { before: header.schema.applied, after: migrationIdentities().length };
    }
    for (const [i, table] of tables.entries()) {
      options.onProgress?.('analyze', i, tables.length);
      await database.db.execute(sql`analyze ${sql.identifier(table.name)}`);
    }
    const schema = await appliedSchema(database.db);
    return {
      header,
      tables,
      rowsBefore: tables.reduce((sum, t) => sum + t.before, 0),
      rowsAfter: tables.reduce((sum, t) => sum + t.after, 0),
      migrated,
      schema: { applied: schema.applied, latest: schema.latest },
      otherConnections: await otherSessions(database),
      durationMs: performance.now() - started,
    };
  } finally {
    reader.close();
  }
}

/** The database's own message and SQLSTATE: drizzle wraps it in an error that quotes the whole query and its (large) parameters. */
function databaseError(error: unknown): { message: string; code: string | undefined } {
  let current: unknown = error;
  while (current instanceof Error && current.message.startsWith('Failed query:') && current.cause !== undefined) current = current.cause;
  const code = (current as { code?: unknown } | null)?.code;
  return { message: current instanceof Error ? current.message : String(current), code: typeof code === 'string' ? code : undefined };
}

function parseHeader(filePath: string, line: string | undefined): BackupHeader {
  const notBackup = (why: string) => new BackupFileError(`${filePath} is not a Knowledge City backup (${why}).`);
  if (line === undefined) throw notBackup('it is empty');
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw notBackup('its first line is not JSON');
  }
  const header = value as Partial<BackupHeader> | null;
  if (!header || typeof header !== 'object' || header.format !== BACKUP_FORMAT) {
    throw notBackup(`its format is ${JSON.stringify(header?.format ?? null)}, expected "${BACKUP_FORMAT}"`);
  }
  if (typeof header.formatVersion !== 'number' || header.formatVersion > BACKUP_FORMAT_VERSION) {
    throw new BackupFileError(
      `${filePath} is a backup in format version ${String(header.formatVersion)}; this code reads version ${BACKUP_FORMAT_VERSION} only. Update the app to restore it.`,
    );
  }
  if (!Array.isArray(header.tables) || !Array.isArray(header.sequences) || !header.schema || typeof header.schema.applied !== 'number') {
    throw new BackupFileError(`${filePath} has a damaged header (tables, sequences or schema missing).`);
  }
  return header as BackupHeader;
}

type SchemaPlan = 'same' | 'migrate-empty';

/** Whether the backup can go into this database, and how; throws BackupSchemaError saying what to do if not. */
async function schemaPlan(database: Database, header: BackupHeader): Promise<SchemaPlan> {
  const migrations = migrationIdentities();
  const wanted = header.schema;
  const describe = (s: { applied: number; latest: string | null }) => (s.applied === 0 ? 'no migrations' : `${s.latest ?? 'unknown'} (${s.applied} migrations)`);
  if (wanted.applied > migrations.length) {
    throw new BackupSchemaError(
      `The backup's schema is newer than this code: ${wanted.applied} migrations applied, this code has ${migrations.length}. ` +
        'Update the app to the version that made the backup (or newer), then restore.',
    );
  }
  const known = wanted.applied === 0 ? undefined : migrations[wanted.applied - 1];
  if (known && wanted.hash !== null && (known.hash !== wanted.hash || known.folderMillis !== wanted.folderMillis)) {
    throw new BackupSchemaError(
      `The backup's last migration (number ${wanted.applied}) is not this code's ${known.tag}: its SQL differs, so the backup comes from another version of the app's history. ` +
        'Restore it with the code that made it.',
    );
  }
  const current = await appliedSchema(database.db);
  if (current.applied === wanted.applied && current.hash === wanted.hash) return 'same';
  if (current.applied === 0 && (await publicTableCount(database.db)) === 0) return 'migrate-empty';
  throw new BackupSchemaError(
    `The backup is at schema ${describe(wanted)}, this database at ${describe(current)}; a restore needs the same schema. ` +
      'Restore into an empty database instead (a new DATA_DIR folder, or an empty PostgreSQL database in DATABASE_URL): ' +
      "it is brought to the backup's schema, restored, then migrated to the latest.",
  );
}

async function replaceAll(tx: SqlExecutor, header: BackupHeader, reader: GzipLineReader, options: RestoreOptions): Promise<RestoredTable[]> {
  // A running app holding a table fails the restore after a while instead of hanging it.
  await tx.execute(sql.raw("set local lock_timeout = '30s'"));
  const catalog = new Map((await listTables(tx)).map((t) => [t.name, t]));
  checkTables(header, catalog);
  const order = header.tables.map((t) => t.name);
  const before = await countRows(tx, order);
  const triggers = await enabledUserTriggers(tx);
  for (const t of triggers) await tx.execute(sql`alter table ${sql.identifier(t.table)} disable trigger ${sql.identifier(t.name)}`);
  // Foreign keys checked once at the end rather than row by row, and indexes built once from all
  // rows, load several times faster; both come back exactly as the catalog defines them.
  const keys = await listForeignKeys(tx);
  for (const key of keys) await tx.execute(sql`alter table ${sql.identifier(key.table)} drop constraint ${sql.identifier(key.name)}`);
  const indexes = await listPlainIndexes(tx);
  for (const index of indexes) await tx.execute(sql`drop index ${sql.identifier('public')}.${sql.identifier(index.name)}`);
  if (order.length > 0) await tx.execute(sql`truncate table ${sql.join(order.map((t) => sql.identifier(t)), sql.raw(', '))}`);

  const batchRows = options.batchRows ?? 1000;
  for (const table of header.tables) {
    const target = catalog.get(table.name);
    if (!target) throw new BackupSchemaError(`Table ${table.name} does not exist here.`);
    const mark = await nextLine(reader);
    if (parseMark(mark)?.[TABLE_MARK] !== table.name) throw damaged(reader.path, `expected the rows of ${table.name}`);
    options.onProgress?.(table.name, 0, table.rows);
    const insert = insertStatement(target);
    let batch: string[] = [];
    let batchBytes = 0;
    let done = 0;
    let inFlight: Promise<unknown> | null = null;
    const flush = async () => {
      const json = `[${batch.join(',')}]`;
      const count = batch.length;
      batch = [];
      batchBytes = 0;
      const previous = inFlight;
      // One batch runs while the next is read from the file.
      inFlight = Promise.resolve(tx.execute(insert(json))).then(() => {
        done += count;
        options.onProgress?.(table.name, done, table.rows);
      });
      inFlight.catch(() => {});
      if (previous) await previous;
    };
    for (let i = 0; i < table.rows; i++) {
      const line = await nextLine(reader);
      if (line === '' || line.charCodeAt(0) !== 0x7b) throw damaged(reader.path, `row ${i + 1} of ${table.name} is not a JSON object`);
      batch.push(line);
      batchBytes += line.length;
      if (batch.length >= batchRows || batchBytes >= BATCH_BYTES) await flush();
    }
    if (batch.length > 0) await flush();
    if (inFlight) await inFlight;
  }
  const end = parseMark(await nextLine(reader));
  const totalRows = header.tables.reduce((sum, t) => sum + t.rows, 0);
  if (end?.[END_MARK] !== true || end.rows !== totalRows) throw damaged(reader.path, 'the end mark is missing or wrong');
  if ((await reader.next()) !== undefined) throw damaged(reader.path, 'there is data after the end mark');

  for (const [i, index] of indexes.entries()) {
    options.onProgress?.('indexes', i, indexes.length);
    await tx.execute(sql.raw(index.definition));
  }
  for (const [i, key] of keys.entries()) {
    options.onProgress?.('foreign keys', i, keys.length);
    await tx.execute(sql`alter table ${sql.identifier(key.table)} add constraint ${sql.identifier(key.name)} ${sql.raw(key.definition)}`);
  }
  await restoreSequences(tx, header);
  for (const t of triggers) {
    const mode = t.enabled === 'A' ? 'always ' : t.enabled === 'R' ? 'replica ' : '';
    await tx.execute(sql`alter table ${sql.identifier(t.table)} enable ${sql.raw(mode)}trigger ${sql.identifier(t.name)}`);
  }
  const after = await countRows(tx, order);
  return order.map((name) => ({ name, before: before.get(name) ?? 0, after: after.get(name) ?? 0 }));
}

/** The backup's tables and columns must be exactly this database's. */
function checkTables(header: BackupHeader, catalog: Map<string, CatalogTable>): void {
  const inBackup = new Set(header.tables.map((t) => t.name));
  const missingHere = [...inBackup].filter((t) => !catalog.has(t));
  const missingThere = [...catalog.keys()].filter((t) => !inBackup.has(t));
  if (missingHere.length > 0 || missingThere.length > 0) {
    throw new BackupSchemaError(
      `The backup's tables differ from this database's (${[...missingHere.map((t) => `only in the backup: ${t}`), ...missingThere.map((t) => `only here: ${t}`)].join('; ')}).`,
    );
  }
  for (const table of header.tables) {
    const here = catalog.get(table.name)?.columns ?? [];
    const key = (columns: CatalogColumn[]) => columns.map((c) => `${c.name} ${c.type}`).sort().join(', ');
    if (key(here) !== key(table.columns)) {
      throw new BackupSchemaError(`The columns of ${table.name} differ: the backup has (${key(table.columns)}), this database (${key(here)}).`);
    }
  }
}

function insertStatement(table: CatalogTable) {
  const columns = sql.join(table.columns.map((c) => sql.identifier(c.name)), sql.raw(', '));
  const overriding = sql.raw(table.identityAlways ? ' overriding system value' : '');
  const name = sql.identifier(table.name);
  // ::text first: a parameter typed json would be re-encoded as a JSON string by the drivers.
  return (json: string) => sql`insert into ${name} (${columns})${overriding} select ${columns} from json_populate_recordset(null::${name}, ${json}::text::json)`;
}

async function restoreSequences(tx: SqlExecutor, header: BackupHeader): Promise<void> {
  const here = new Map((await listSequences(tx)).map((s) => [s.name, s]));
  for (const sequence of header.sequences) {
    const target = here.get(sequence.name);
    if (!target) throw new BackupSchemaError(`Sequence ${sequence.name} does not exist here.`);
    const regclass = sql`(quote_ident('public') || '.' || quote_ident(${sequence.name}))::regclass`;
    const maxUsed = target.table && target.column ? sql`(select max(${sql.identifier(target.column)})::bigint from ${sql.identifier(target.table)})` : sql`null::bigint`;
    // The higher of the backup's position and the largest id restored: ids are never handed out twice.
    await tx.execute(sql`
      select setval(${regclass}, coalesce(v.value, s.seqstart), v.value is not null)
      from pg_sequence s, (select greatest(${sequence.lastValue}::bigint, ${maxUsed}) as value) v
      where s.seqrelid = ${regclass}`);
  }
}

async function nextLine(reader: GzipLineReader): Promise<string> {
  const line = await reader.next();
  if (line === undefined) throw damaged(reader.path, 'it ends before all rows were read');
  return line;
}

function parseMark(line: string): Record<string, unknown> | undefined {
  try {
    const value = JSON.parse(line) as unknown;
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function damaged(path: string, why: string): BackupFileError {
  return new BackupFileError(`${path} is damaged or incomplete: ${why}.`);
}

async function appliedSchema(db: SqlExecutor): Promise<BackupSchema> {
  const present = rowsOf<{ present: boolean }>(await db.execute(sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`));
  if (present[0]?.present !== true) return { applied: 0, latest: null, hash: null, folderMillis: null };
  const rows = rowsOf<{ applied: number | string; hash: string | null; created_at: string | null }>(
    await db.execute(sql`
      select (select count(*)::int from drizzle.__drizzle_migrations) as applied, last.hash, last.created_at::text as created_at
      from (select 1) one
      left join (select hash, created_at from drizzle.__drizzle_migrations order by created_at desc limit 1) last on true`),
  );
  const applied = Number(rows[0]?.applied ?? 0);
  const hash = rows[0]?.hash ?? null;
  const folderMillis = rows[0]?.created_at == null ? null : Number(rows[0].created_at);
  const known = migrationIdentities()[applied - 1];
  return { applied, latest: known && known.hash === hash ? known.tag : null, hash, folderMillis };
}

async function sequenceValues(tx: SqlExecutor): Promise<BackupSequenceInfo[]> {
  const result: BackupSequenceInfo[] = [];
  for (const sequence of await listSequences(tx)) {
    const rows = rowsOf<{ last_value: string; is_called: boolean }>(
      await tx.execute(sql`select last_value::text as last_value, is_called from ${sql.identifier(sequence.name)}`),
    );
    const row = rows[0];
    result.push({ ...sequence, lastValue: row && row.is_called ? row.last_value : null });
  }
  return result;
}

async function serverVersion(db: SqlExecutor): Promise<string> {
  const rows = rowsOf<{ v: string }>(await db.execute(sql`select current_setting('server_version') as v`));
  return rows[0]?.v ?? 'unknown';
}

async function publicTableCount(db: SqlExecutor): Promise<number> {
  const rows = rowsOf<{ n: number | string }>(
    await db.execute(sql`select count(*)::int as n from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm')`),
  );
  return Number(rows[0]?.n ?? 0);
}

/** Other client sessions on the same PostgreSQL database (the app, psql…); always 0 on PGlite. */
export async function otherSessions(database: Database): Promise<number> {
  if (database.kind !== 'postgres') return 0;
  const rows = rowsOf<{ n: number | string }>(
    await database.db.execute(
      sql`select count(*)::int as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and backend_type = 'client backend'`,
    ),
  );
  return Number(rows[0]?.n ?? 0);
}
