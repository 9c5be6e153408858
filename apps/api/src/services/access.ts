import type { Actor, SignedInActor } from '../actor.ts';
import { ApiError } from '../lib/errors.ts';

export function requireUser(actor: Actor): SignedInActor {
  if (actor.kind !== 'user') throw new ApiError('UNAUTHORIZED', 'Sign in first.');
  return actor;
}

export const isMemberOf = (actor: Actor, organisationId: string) =>
  actor.kind === 'user' && actor.memberships.some((m) => m.organisationId === organisationId);

export const isAdminOf = (actor: Actor, organisationId: string) =>
  actor.kind === 'user' && actor.memberships.some((m) => m.organisationId === organisationId && m.role === 'admin');

export const isClusterAdmin = (actor: Actor) => actor.kind === 'user' && actor.isClusterAdmin;

/**
 * Cluster administrators are the addresses the configuration lists (CLUSTER_ADMIN_EMAILS), and
 * only once their owner confirmed the address: registering such an address first gives nothing.
 * This is the one place that decides it; sessions carry the result.
 */
export function holdsClusterAdminRights(account: { email: string; emailVerified: boolean }, clusterAdminEmails: readonly string[]): boolean {
  return account.emailVerified && clusterAdminEmails.includes(account.email.trim().toLowerCase());
}

export function requireMember(actor: Actor, organisationId: string, what: string): SignedInActor {
  const user = requireUser(actor);
  if (!isMemberOf(user, organisationId)) throw new ApiError('FORBIDDEN', `Only members of the organisation can ${what}.`);
  return user;
}

export function requireOrganisationAdmin(actor: Actor, organisationId: string, what: string): SignedInActor {
  const user = requireUser(actor);
  if (!isAdminOf(user, organisationId) && !user.isClusterAdmin) {
    throw new ApiError('FORBIDDEN', `Only administrators of the organisation can ${what}.`);
  }
  return user;
}

export function requireClusterAdmin(actor: Actor, what: string): SignedInActor {
  const user = requireUser(actor);
  if (!user.isClusterAdmin) throw new ApiError('FORBIDDEN', `Only cluster administrators can ${what}.`);
  return user;
}
