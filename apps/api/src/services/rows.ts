import { and, count, eq, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '@kc/db';
import { ApiError, notFound } from '../lib/errors.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string) => UUID.test(value);

/** The valid ids among `ids` as one `uuid[]` parameter (a single bound value, whatever their number). */
export const uuidArray = (ids: readonly string[]) => sql`${`{${ids.filter(isUuid).join(',')}}`}::uuid[]`;

/** Escapes LIKE wildcards so user text matches literally. */
export const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

type VersionedTable = PgTable & { id: PgColumn; version: PgColumn };

/**
 * Updates one row and bumps its version. With an expected version, a row edited by someone
 * else since gets 409 instead of being silently overwritten.
 */
export async function updateVersioned(
  db: Db,
  table: VersionedTable,
  id: string,
  expectedVersion: number | undefined,
  changes: Record<string, unknown>,
  what: string,
): Promise<Record<string, unknown>> {
  const where = expectedVersion === undefined ? eq(table.id, id) : and(eq(table.id, id), eq(table.version, expectedVersion));
  const rows = (await db
    .update(table)
    .set({ ...changes, version: sql`${table.version} + 1`, updatedAt: new Date() } as never)
    .where(where)
    .returning()) as Record<string, unknown>[];
  const [row] = rows;
  if (row) return row;
  if (expectedVersion !== undefined) {
    const [exists] = (await db.select({ version: table.version }).from(table as PgTable).where(eq(table.id, id))) as {
      version: number;
    }[];
    if (exists) throw versionConflict(what, exists.version);
  }
  throw notFound(what);
}

/** The answer to an edit made from an out-of-date copy. */
export const versionConflict = (what: string, current: number) =>
  new ApiError('VERSION_CONFLICT', `${what} was changed by someone else (now at version ${current}); reload and try again.`);

/** A row's lifecycle dates as the contract gives them. */
/**
 * `true` only when every key of `Row` is a field of the contract's `Item`. Mappers that spread a
 * row assert it, so a column added to a table is not served until the contract lists it (or the
 * mapper leaves it out).
 */
export type OnlyFieldsOf<Item, Row> = [Exclude<keyof Row, keyof Item>] extends [never] ? true : false;

export const isoDates = (row: { createdAt: Date; updatedAt: Date }) => ({
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

type PagedTable = PgTable & { id: PgColumn };

function pageOf(db: Db, table: PagedTable, where: SQL | undefined, order: SQL[], limit: number, offset: number) {
  return db
    .select({ id: table.id, total: sql<number>`count(*) over ()`.as('total') })
    .from(table)
    .where(where)
    .orderBy(...order)
    .limit(limit)
    .offset(offset)
    .as('page');
}
/** The ids of a page of rows, each with the number of all matches (`total`). */
export type PageOf = ReturnType<typeof pageOf>;

/**
 * A page of rows and the number of all that match, in one statement: the page is chosen (and the
 * matches counted) first, so `read` (which joins `page` to what each item shows, with
 * `total: page.total`, in `order`) reads for the page's rows only.
 */
export async function readPage<Row extends { total: number | string }>(
  db: Db,
  table: PagedTable,
  where: SQL | undefined,
  order: SQL[],
  window: { limit: number; offset: number },
  read: (page: PageOf) => PromiseLike<Row[]>,
): Promise<{ rows: Row[]; total: number }> {
  const rows = await read(pageOf(db, table, where, order, window.limit, window.offset));
  if (rows[0]) return { rows, total: Number(rows[0].total) };
  // Past the last page no row carries the count.
  const total = window.offset > 0 ? ((await db.select({ n: count() }).from(table).where(where))[0]?.n ?? 0) : 0;
  return { rows, total };
}
