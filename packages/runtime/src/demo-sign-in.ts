import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '@kc/db';
import { schema } from '@kc/db';
import { hashPassword } from './passwords.ts';

/**
 * Lets people try the demo: demo accounts that have no password get the configured demo
 * password and a confirmed address. Only rows flagged as demo are touched.
 */
export async function enableDemoSignIn(db: Db, password: string): Promise<number> {
  const { users } = schema;
  const passwordHash = await hashPassword(password);
  const updated = await db
    .update(users)
    .set({ passwordHash, emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())` })
    .where(and(eq(users.isDemo, true), isNull(users.passwordHash)))
    .returning({ id: users.id });
  return updated.length;
}
