import { and, asc, eq, gt, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { Invitation, Member, MembershipRole } from '@kc/contract';
import type { Db } from '@kc/db';
import { schema } from '@kc/db';
import type { AppDeps } from '../context.ts';
import type { Actor } from '../actor.ts';
import { ApiError, notFound } from '../lib/errors.ts';
import { requireMember, requireOrganisationAdmin, requireUser } from './access.ts';
import { audit } from './audit.ts';
import { forgetOrganisationNews } from './inbox.service.ts';
import { voidTokens } from './auth/tokens.ts';
import { hashToken, newToken } from './auth/secrets.ts';

const { memberships, users, invitations, organisations } = schema;
const INVITATION_DAYS = 14;

const memberColumns = { userId: users.id, displayName: users.displayName, email: users.email, role: memberships.role };

export async function listMembers(deps: AppDeps, actor: Actor, organisationId: string): Promise<Member[]> {
  requireMember(actor, organisationId, 'see its members');
  return deps.database.db
    .select(memberColumns)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.organisationId, organisationId))
    .orderBy(asc(users.displayName));
}

/**
 * Every organisation keeps an administrator: refuses (409) when `userId` is the last one of an
 * organisation they administer (of `organisationId` only, when given). Call it inside the
 * transaction that makes the change: it locks those organisations first, so two administrators
 * leaving at the same time cannot both pass.
 */
export async function assertOthersAdminister(tx: Db, userId: string, what: string, organisationId?: string): Promise<void> {
  const administered = and(
    eq(memberships.userId, userId),
    eq(memberships.role, 'admin'),
    organisationId ? eq(memberships.organisationId, organisationId) : undefined,
  );
  const locked = await tx
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(inArray(organisations.id, tx.select({ id: memberships.organisationId }).from(memberships).where(administered)))
    .orderBy(asc(organisations.id))
    .for('update');
  if (locked.length === 0) return;
  // Counted after the lock, so this sees what a concurrent change committed meanwhile.
  const covered = await tx
    .selectDistinct({ id: memberships.organisationId })
    .from(memberships)
    .where(and(inArray(memberships.organisationId, locked.map((o) => o.id)), eq(memberships.role, 'admin'), ne(memberships.userId, userId)));
  const alone = locked.filter((o) => !covered.some((c) => c.id === o.id));
  if (alone.length === 0) return;
  const names = alone.map((o) => `"${o.name}"`).join(', ');
  throw new ApiError(
    'CONFLICT',
    `You are the last administrator of ${names}. To ${what}, first make another member an administrator (change their role, or invite them with the admin role), or delete the organisation.`,
  );
}

/** Admins remove members (or members leave); the last administrator cannot go. */
export async function removeMember(deps: AppDeps, actor: Actor, organisationId: string, userId: string): Promise<void> {
  const user = requireUser(actor);
  if (user.userId !== userId) requireOrganisationAdmin(actor, organisationId, 'remove members');
  await deps.database.db.transaction(async (tx) => {
    const [target] = await tx.select().from(memberships).where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId)));
    if (!target) throw notFound('Membership');
    if (target.role === 'admin') await assertOthersAdminister(tx, userId, user.userId === userId ? 'leave' : 'remove them', organisationId);
    await tx.delete(memberships).where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId)));
    await forgetOrganisationNews(tx, userId, organisationId);
    await audit(tx, actor, 'remove_member', 'organisation', organisationId, { userId });
  });
}

/** Admins make members administrators or members again; the last administrator cannot step down. */
export async function updateMemberRole(deps: AppDeps, actor: Actor, organisationId: string, userId: string, role: MembershipRole): Promise<Member> {
  const user = requireOrganisationAdmin(actor, organisationId, 'change the roles of members');
  return deps.database.db.transaction(async (tx) => {
    const ofTarget = and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId));
    const [target] = await tx.select(memberColumns).from(memberships).innerJoin(users, eq(users.id, memberships.userId)).where(ofTarget);
    if (!target) throw notFound('Membership');
    if (target.role === role) return target;
    // Only a demotion can leave the organisation without an administrator; the check locks it first.
    if (target.role === 'admin') await assertOthersAdminister(tx, userId, user.userId === userId ? 'step down to member' : 'make them a member', organisationId);
    await tx.update(memberships).set({ role }).where(ofTarget);
    await audit(tx, actor, 'change_member_role', 'organisation', organisationId, { userId, from: target.role, to: role });
    return { ...target, role };
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

export async function listInvitations(deps: AppDeps, actor: Actor, organisationId: string): Promise<Invitation[]> {
  requireOrganisationAdmin(actor, organisationId, 'see its invitations');
  const rows = await deps.database.db.select().from(invitations).where(eq(invitations.organisationId, organisationId)).orderBy(asc(invitations.createdAt));
  return rows.map(toInvitation);
}

/** The invited person, signed in with the invited address, joins the organisation. */
export async function acceptInvitation(deps: AppDeps, actor: Actor, token: string): Promise<{ organisationId: string; role: MembershipRole }> {
  const user = requireUser(actor);
  return deps.database.db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(invitations)
      .where(and(eq(invitations.tokenHash, hashToken(token)), isNull(invitations.acceptedAt), gt(invitations.expiresAt, new Date())));
    if (!row || row.email.toLowerCase() !== user.email.toLowerCase()) {
      throw new ApiError('BAD_REQUEST', 'This invitation is invalid, expired, already used, or meant for another e-mail address.');
    }
    if (row.role !== 'admin') await assertOthersAdminister(tx, user.userId, 'accept an invitation as a member', row.organisationId);
    await tx.update(invitations).set({ acceptedAt: new Date() }).where(eq(invitations.id, row.id));
    await tx
      .insert(memberships)
      .values({ userId: user.userId, organisationId: row.organisationId, role: row.role })
      .onConflictDoUpdate({ target: [memberships.userId, memberships.organisationId], set: { role: row.role } });
    // The token arrived at this address, which proves the address; its confirmation links are void.
    await tx.update(users).set({ emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())` }).where(eq(users.id, user.userId));
    await voidTokens(tx, user.userId, 'verify_email');
    await audit(tx, actor, 'join', 'organisation', row.organisationId, { role: row.role });
    return { organisationId: row.organisationId, role: row.role };
  });
}
