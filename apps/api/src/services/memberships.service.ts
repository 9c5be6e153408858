import { and, asc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Invitation, Member, MembershipRole } from '@kc/contract';
import type { Db } from '@kc/db';
import { schema } from '@kc/db';
import type { Actor, AppDeps } from '../context.ts';
import { ApiError, notFound } from '../lib/errors.ts';
import { requireMember, requireOrganisationAdmin, requireUser } from './access.ts';
import { audit } from './audit.ts';
import { hashToken, newToken } from './auth/secrets.ts';

const { memberships, users, invitations, organisations } = schema;
const INVITATION_DAYS = 14;

export async function listMembers(db: Db, actor: Actor, organisationId: string): Promise<Member[]> {
  requireMember(actor, organisationId, 'see its members');
  return db
    .select({ userId: users.id, displayName: users.displayName, email: users.email, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.organisationId, organisationId))
    .orderBy(asc(users.displayName));
}

/** Admins remove members (or members leave); the last administrator cannot go. */
export async function removeMember(db: Db, actor: Actor, organisationId: string, userId: string): Promise<void> {
  const user = requireUser(actor);
  if (user.userId !== userId) requireOrganisationAdmin(actor, organisationId, 'remove members');
  await db.transaction(async (tx) => {
    const [target] = await tx.select().from(memberships).where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId)));
    if (!target) throw notFound('Membership');
    if (target.role === 'admin') {
      const [admins] = await tx
        .select({ n: sql<number>`count(*)::int` })
        .from(memberships)
        .where(and(eq(memberships.organisationId, organisationId), eq(memberships.role, 'admin')));
      if ((admins?.n ?? 0) <= 1) throw new ApiError('CONFLICT', 'The organisation needs at least one administrator; appoint another first.');
    }
    await tx.delete(memberships).where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId)));
    await audit(tx, actor, 'remove_member', 'organisation', organisationId, { userId });
  });
}

const toInvitation = (row: typeof invitations.$inferSelect): Invitation => ({
  id: row.id,
  organisationId: row.organisationId,
  email: row.email,
  role: row.role,
  expiresAt: row.expiresAt.toISOString(),
  acceptedAt: row.acceptedAt?.toISOString() ?? null,
});

export async function invite(deps: AppDeps, actor: Actor, organisationId: string, input: { email: string; role: MembershipRole }): Promise<Invitation> {
  const db = deps.database.db;
  const user = requireOrganisationAdmin(actor, organisationId, 'invite members');
  const [organisation] = await db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, organisationId));
  if (!organisation) throw notFound('Organisation');
  const token = newToken();
  const [row] = await db
    .insert(invitations)
    .values({ organisationId, email: input.email.trim(), role: input.role, tokenHash: hashToken(token), invitedBy: user.userId, expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000) })
    .returning();
  if (!row) throw new Error('insert returned no row');
  await audit(db, actor, 'invite', 'organisation', organisationId, { role: input.role });
  await deps.mailer.send({
    to: row.email,
    subject: `Join ${organisation.name} on the Knowledge City Skills Exchange`,
    text: `${user.displayName} invites you to join ${organisation.name} as ${input.role}.\n\nAccept (sign up or sign in with this address first):\n${deps.auth.webUrl}/invitations/accept?token=${token}\n\nThe invitation is valid for ${INVITATION_DAYS} days.`,
  });
  return toInvitation(row);
}

export async function listInvitations(db: Db, actor: Actor, organisationId: string): Promise<Invitation[]> {
  requireOrganisationAdmin(actor, organisationId, 'see its invitations');
  const rows = await db.select().from(invitations).where(eq(invitations.organisationId, organisationId)).orderBy(asc(invitations.createdAt));
  return rows.map(toInvitation);
}

/** The invited person, signed in with the invited address, joins the organisation. */
export async function acceptInvitation(db: Db, actor: Actor, token: string): Promise<{ organisationId: string; role: MembershipRole }> {
  const user = requireUser(actor);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(invitations)
      .where(and(eq(invitations.tokenHash, hashToken(token)), isNull(invitations.acceptedAt), gt(invitations.expiresAt, new Date())));
    if (!row || row.email.toLowerCase() !== user.email.toLowerCase()) {
      throw new ApiError('BAD_REQUEST', 'This invitation is invalid, expired, already used, or meant for another e-mail address.');
    }
    await tx.update(invitations).set({ acceptedAt: new Date() }).where(eq(invitations.id, row.id));
    await tx
      .insert(memberships)
      .values({ userId: user.userId, organisationId: row.organisationId, role: row.role })
      .onConflictDoUpdate({ target: [memberships.userId, memberships.organisationId], set: { role: row.role } });
    // The token arrived at this address, which proves the address.
    await tx.update(users).set({ emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())` }).where(eq(users.id, user.userId));
    await audit(tx, actor, 'join', 'organisation', row.organisationId, { role: row.role });
    return { organisationId: row.organisationId, role: row.role };
  });
}
