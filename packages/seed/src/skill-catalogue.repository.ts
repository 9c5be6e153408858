import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from '@kc/db';
import { arrayLiteral } from './demo-table.ts';
import type { SkillRef } from './demo-dataset.generator.ts';

export class MissingSkillsError extends Error {
  constructor(readonly skills: readonly SkillRef[]) {
    super(
      `ESCO skills taught by demo offerings not found: ${skills.map((s) => `"${s.label}" (${s.uri})`).join(', ')}. ` +
        'Import the ESCO v1.1.1 taxonomy before seeding demo data, or fix the offering catalogue.',
    );
    this.name = 'MissingSkillsError';
  }
}

/**
 * Checks that every skill the demo offerings teach is in the database's ESCO taxonomy, and
 * throws a MissingSkillsError naming each one that is not: a demo offering never silently drops
 * a skill it is meant to teach.
 */
export async function assertSkillsPresent(db: Db, skills: readonly SkillRef[]): Promise<void> {
  if (skills.length === 0) return;
  const uris = [...new Set(skills.map((s) => s.uri))];
  const found = new Set(
    rowsOf<{ uri: string }>(
      await db.execute(sql`select uri from skills where uri = any(${arrayLiteral(uris, false)}::text[])`),
    ).map((r) => r.uri),
  );
  const missing = skills.filter((s) => !found.has(s.uri));
  if (missing.length > 0) throw new MissingSkillsError(missing);
}
