import { inArray } from 'drizzle-orm';
import type { Db } from '@kc/db';
import { schema } from '@kc/db';
import { ApiError } from '../lib/errors.ts';

/** Rejects skill URIs that are not in the taxonomy, naming each one. */
export async function assertSkillsExist(db: Db, uris: string[], pathOf = (index: number) => `body.skills.${index}.uri`): Promise<void> {
  if (uris.length === 0) return;
  const found = await db.select({ uri: schema.skills.uri }).from(schema.skills).where(inArray(schema.skills.uri, uris));
  const known = new Set(found.map((r) => r.uri));
  const issues = uris.flatMap((uri, index) =>
    known.has(uri) ? [] : [{ path: pathOf(index), message: `unknown skill URI: ${uri}` }],
  );
  if (issues.length > 0) {
    throw new ApiError('UNKNOWN_REFERENCE', `${issues.length} skill URI(s) are not in the taxonomy.`, issues);
  }
}

/** Preferred labels for a set of skill URIs. */
export async function skillLabels(db: Db, uris: string[]): Promise<Map<string, string>> {
  if (uris.length === 0) return new Map();
  const rows = await db
    .select({ uri: schema.skills.uri, label: schema.skills.preferredLabel })
    .from(schema.skills)
    .where(inArray(schema.skills.uri, uris));
  return new Map(rows.map((r) => [r.uri, r.label]));
}
