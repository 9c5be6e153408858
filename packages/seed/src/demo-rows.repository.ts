import { sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Db } from '@kc/db';
import type { BulkSource } from './demo-table.ts';
import { zeroCounts, type DemoTableName, type TableCounts } from './demo-tables.ts';

/** The part of a drizzle database or transaction the seed uses. */
export type SqlExecutor = Pick<Db, 'execute'>;

/** Rows a write touched: postgres.js reports `count`, PGlite `affectedRows`. */
export function affectedRowsOf(result: unknown): number {
  const r = result as { count?: unknown; affectedRows?: unknown; rowCount?: unknown };
  const n = r.count ?? r.affectedRows ?? r.rowCount;
  return typeof n === 'number' ? n : 0;
}

/**
 * Inserts a table's rows in batches of one `insert … select * from unnest(…)` each: one array
 * parameter per column, so a batch of thousands of rows is a single round trip.
 */
export async function bulkInsert(
  db: SqlExecutor,
  table: BulkSource,
  batchSize: number,
  onBatch?: (done: number, total: number) => void,
): Promise<number> {
  const columns = table.sqlColumns();
  const columnList = sql.raw([...columns.map(([name]) => `"${name}"`), ...(table.demoFlag ? ['"is_demo"'] : [])].join(', '));
  const selectList = sql.raw(table.demoFlag ? 'u.*, true' : 'u.*');
  let inserted = 0;
  // One batch in flight while the next is encoded: on a server the encoding hides behind the
  // round trip (postgres.js pipelines on the transaction's connection); PGlite just queues.
  let inFlight: Promise<number> | null = null;
  for (let start = 0; start < table.size; start += batchSize) {
    const end = Math.min(table.size, start + batchSize);
    const literals = table.arrayLiterals(start, end);
    const arrays = sql.join(
      literals.map((literal, i) => sql`${literal}::${sql.raw(columns[i]?.[1] ?? 'text')}[]`),
      sql.raw(', '),
    );
    const statement = sql`insert into ${sql.identifier(table.name)} (${columnList}) select ${selectList} from unnest(${arrays}) as u`;
    const previous = inFlight;
    inFlight = Promise.resolve(db.execute(statement)).then((result) => {
      const n = affectedRowsOf(result);
      onBatch?.(end, table.size);
      return n;
    });
    // Keeps a failure of this batch from surfacing as unhandled while the previous one is awaited.
    inFlight.catch(() => {});
    if (previous) inserted += await previous;
  }
  if (inFlight) inserted += await inFlight;
  return inserted;
}

/** True when any demo-flagged row exists. */
export async function hasDemoData(db: SqlExecutor): Promise<boolean> {
  const rows = rowsOf<{ present: boolean }>(
    await db.execute(sql`
      select exists(select 1 from organisations where is_demo)
          or exists(select 1 from users where is_demo)
          or exists(select 1 from student_profiles where is_demo)
          or exists(select 1 from opportunities where is_demo)
          or exists(select 1 from offerings where is_demo)
          or exists(select 1 from applications where is_demo) as present`),
  );
  return rows[0]?.present === true;
}

const demoProfiles = sql`select id from student_profiles where is_demo`;
const demoOpportunities = sql`select id from opportunities where is_demo`;
const demoOfferings = sql`select id from offerings where is_demo`;

/**
 * Children before parents. Rows of real users that hang on demo rows (an application to a
 * demo posting, a membership in a demo organisation) go with them; a real opportunity or
 * offering owned by a demo organisation makes the delete fail rather than vanish.
 */
const DELETE_STEPS: readonly [DemoTableName, SQL][] = [
  [
    'applications',
    sql`delete from applications where is_demo or profile_id in (${demoProfiles}) or opportunity_id in (${demoOpportunities})`,
  ],
  ['profile_skills', sql`delete from profile_skills where profile_id in (${demoProfiles})`],
  ['profile_target_occupations', sql`delete from profile_target_occupations where profile_id in (${demoProfiles})`],
  ['student_profiles', sql`delete from student_profiles where is_demo`],
  ['opportunity_skills', sql`delete from opportunity_skills where opportunity_id in (${demoOpportunities})`],
  ['opportunities', sql`delete from opportunities where is_demo`],
  ['offering_skills', sql`delete from offering_skills where offering_id in (${demoOfferings})`],
  ['offerings', sql`delete from offerings where is_demo`],
  [
    'memberships',
    sql`delete from memberships where user_id in (select id from users where is_demo)
                                 or organisation_id in (select id from organisations where is_demo)`,
  ],
  ['organisations', sql`delete from organisations where is_demo`],
  ['users', sql`delete from users where is_demo`],
];

/** Deletes every demo row, children first; call inside a transaction. */
export async function deleteDemoRows(
  db: SqlExecutor,
  onStep?: (done: number, total: number) => void,
): Promise<TableCounts> {
  const deleted = zeroCounts();
  // The demo's made-up months of shortage history go with it; months the app recorded stay.
  await db.execute(sql`delete from shortage_snapshots where is_demo`);
  let done = 0;
  for (const [table, statement] of DELETE_STEPS) {
    deleted[table] = affectedRowsOf(await db.execute(statement));
    onStep?.(++done, DELETE_STEPS.length);
  }
  return deleted;
}

export async function analyzeDemoTables(db: SqlExecutor, tables: readonly string[]): Promise<void> {
  await db.execute(sql.raw(`analyze ${tables.map((t) => `"${t}"`).join(', ')}`));
}
