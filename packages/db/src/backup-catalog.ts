import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from './client.ts';

/** The part of a drizzle database or transaction the catalog queries need. */
export type SqlExecutor = Pick<Db, 'execute'>;

export interface CatalogColumn {
  name: string;
  type: string;
}

export interface CatalogTable {
  name: string;
  /** Columns a restore writes, in table order; generated columns are left out. */
  columns: CatalogColumn[];
  /** Some column is GENERATED ALWAYS AS IDENTITY: inserts need OVERRIDING SYSTEM VALUE. */
  identityAlways: boolean;
}

export interface CatalogSequence {
  name: string;
  /** The column that owns the sequence (serial, bigserial, identity), if any. */
  table: string | null;
  column: string | null;
}

export interface CatalogTrigger {
  table: string;
  name: string;
  /** pg_trigger.tgenabled: O fires normally, A always, R in replica sessions only. */
  enabled: 'O' | 'A' | 'R';
}

/** Every ordinary table of the public schema, by name. */
export async function listTables(db: SqlExecutor): Promise<CatalogTable[]> {
  const rows = rowsOf<{ table_name: string; column_name: string | null; column_type: string | null; generated: boolean | null; identity_always: boolean | null }>(
    await db.execute(sql`
      select c.relname as table_name, a.attname as column_name, format_type(a.atttypid, a.atttypmod) as column_type,
             a.attgenerated <> '' as generated, a.attidentity = 'a' as identity_always
      from pg_class c
      join pg_namespace n on n.oid = c.relnamespace
      left join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
      where n.nspname = 'public' and c.relkind = 'r'
      order by c.relname, a.attnum`),
  );
  const tables = new Map<string, CatalogTable>();
  for (const row of rows) {
    let table = tables.get(row.table_name);
    if (!table) {
      table = { name: row.table_name, columns: [], identityAlways: false };
      tables.set(row.table_name, table);
    }
    if (row.column_name === null || row.generated === true) continue;
    table.columns.push({ name: row.column_name, type: row.column_type ?? '' });
    if (row.identity_always === true) table.identityAlways = true;
  }
  return [...tables.values()];
}

export interface CatalogForeignKey {
  table: string;
  references: string;
  name: string;
  /** pg_get_constraintdef: `FOREIGN KEY (…) REFERENCES …(…) ON DELETE …`, to add it back as it was. */
  definition: string;
}

/** Foreign keys of public tables that reference public tables. */
export async function listForeignKeys(db: SqlExecutor): Promise<CatalogForeignKey[]> {
  const rows = rowsOf<{ child: string; parent: string; name: string; definition: string }>(
    await db.execute(sql`
      select child.relname as child, parent.relname as parent, k.conname as name, pg_get_constraintdef(k.oid) as definition
      from pg_constraint k
      join pg_class child on child.oid = k.conrelid
      join pg_namespace cn on cn.oid = child.relnamespace
      join pg_class parent on parent.oid = k.confrelid
      join pg_namespace pn on pn.oid = parent.relnamespace
      where k.contype = 'f' and cn.nspname = 'public' and pn.nspname = 'public'
      order by 1, 3`),
  );
  return rows.map((r) => ({ table: r.child, references: r.parent, name: r.name, definition: r.definition }));
}

/** Child → the tables it references (itself excluded). */
export function referenceGraph(keys: readonly CatalogForeignKey[]): Map<string, Set<string>> {
  const references = new Map<string, Set<string>>();
  for (const { table, references: parent } of keys) {
    if (table === parent) continue;
    const set = references.get(table) ?? new Set<string>();
    set.add(parent);
    references.set(table, set);
  }
  return references;
}

/** Parents before children, ties by name so the order is stable; tables in a cycle come last, by name. */
export function insertOrder(tables: readonly string[], references: Map<string, Set<string>>): string[] {
  const remaining = new Set(tables);
  const ordered: string[] = [];
  while (remaining.size > 0) {
    const ready = [...remaining].filter((t) => [...(references.get(t) ?? [])].every((p) => !remaining.has(p))).sort();
    const next = ready.length > 0 ? ready : [...remaining].sort();
    for (const table of next) {
      ordered.push(table);
      remaining.delete(table);
    }
  }
  return ordered;
}

export interface CatalogIndex {
  name: string;
  /** pg_get_indexdef: the CREATE INDEX statement. */
  definition: string;
}

/** Indexes of public tables that no constraint owns (primary keys and unique constraints keep theirs). */
export async function listPlainIndexes(db: SqlExecutor): Promise<CatalogIndex[]> {
  const rows = rowsOf<{ name: string; definition: string }>(
    await db.execute(sql`
      select i.relname as name, pg_get_indexdef(x.indexrelid) as definition
      from pg_index x
      join pg_class i on i.oid = x.indexrelid
      join pg_class t on t.oid = x.indrelid
      join pg_namespace n on n.oid = t.relnamespace
      where n.nspname = 'public' and t.relkind = 'r'
        and not exists (select 1 from pg_constraint k where k.conindid = x.indexrelid)
      order by 1`),
  );
  return rows;
}

/** Every sequence of the public schema, with the column that owns it. */
export async function listSequences(db: SqlExecutor): Promise<CatalogSequence[]> {
  const rows = rowsOf<{ name: string; table_name: string | null; column_name: string | null }>(
    await db.execute(sql`
      select s.relname as name, t.relname as table_name, a.attname as column_name
      from pg_class s
      join pg_namespace n on n.oid = s.relnamespace
      left join pg_depend d on d.classid = 'pg_class'::regclass and d.objid = s.oid
        and d.refclassid = 'pg_class'::regclass and d.deptype in ('a', 'i')
      left join pg_class t on t.oid = d.refobjid
      left join pg_attribute a on a.attrelid = d.refobjid and a.attnum = d.refobjsubid
      where n.nspname = 'public' and s.relkind = 'S'
      order by s.relname`),
  );
  return rows.map((r) => ({ name: r.name, table: r.table_name, column: r.column_name }));
}

/** The enabled user triggers (not the internal ones behind foreign keys). */
export async function enabledUserTriggers(db: SqlExecutor): Promise<CatalogTrigger[]> {
  const rows = rowsOf<{ table_name: string; trigger_name: string; enabled: string }>(
    await db.execute(sql`
      select c.relname as table_name, t.tgname as trigger_name, t.tgenabled::text as enabled
      from pg_trigger t
      join pg_class c on c.oid = t.tgrelid
      join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and not t.tgisinternal and t.tgenabled <> 'D'
      order by 1, 2`),
  );
  return rows.map((r) => ({ table: r.table_name, name: r.trigger_name, enabled: r.enabled === 'A' || r.enabled === 'R' ? r.enabled : 'O' }));
}

/** Rows per table, counted in the caller's transaction. */
export async function countRows(db: SqlExecutor, tables: readonly string[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const table of tables) {
    const rows = rowsOf<{ n: number | string }>(await db.execute(sql`select count(*)::int as n from ${sql.identifier(table)}`));
    counts.set(table, Number(rows[0]?.n ?? 0));
  }
  return counts;
}
