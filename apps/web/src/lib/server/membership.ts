import { error } from '@sveltejs/kit';
import type { CurrentUser } from '@kc/contract';
import { m } from '$lib/paraglide/messages';

/** Only members of the organisation may change what it publishes; others get a 403 page. */
export function requireMembership(user: CurrentUser, organisationId: string, organisationName: string): void {
  if (user.memberships.some((m) => m.organisation.id === organisationId)) return;
  error(403, { message: m.error_members_only({ organisation: organisationName }), code: 'FORBIDDEN' });
}

export const isMember = (user: CurrentUser | null, organisationId: string) =>
  Boolean(user?.memberships.some((m) => m.organisation.id === organisationId));
