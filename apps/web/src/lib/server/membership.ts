import { error } from '@sveltejs/kit';
import type { CurrentUser } from '@kc/contract';

/** Only members of the organisation may change what it publishes; others get a 403 page. */
export function requireMembership(user: CurrentUser, organisationId: string, organisationName: string): void {
  if (user.memberships.some((m) => m.organisation.id === organisationId)) return;
  error(403, { message: `Only members of ${organisationName} can do this.`, code: 'FORBIDDEN' });
}

export const isMember = (user: CurrentUser | null, organisationId: string) =>
  Boolean(user?.memberships.some((m) => m.organisation.id === organisationId));
