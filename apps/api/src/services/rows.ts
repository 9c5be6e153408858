import { and, eq, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '@kc/db';
import { ApiError, notFound } from '../lib/errors.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string) => UUID.test(value);

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
    if (exists) {
      throw new ApiError('VERSION_CONFLICT', `${what} was changed by someone else (now at version ${exists.version}); reload and try again.`);
    }
  }
  throw notFound(what);
}
