import type { Db } from '@kc/db';
import { schema } from '@kc/db';
import type { Actor } from '../actor.ts';

export async function audit(
  db: Db,
  actor: Actor,
  action: string,
  entityType: string,
  entityId: string,
  details: Record<string, unknown> = {},
): Promise<void> {
  await db.insert(schema.auditLog).values({
    actorUserId: actor.kind === 'user' ? actor.userId : null,
    action,
    entityType,
    entityId,
    details,
  });
}
