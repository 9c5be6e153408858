import { error } from '@sveltejs/kit';
import type { CurrentUser } from '@kc/contract';
import { m } from '$lib/paraglide/messages';
import { requireUser } from './session.ts';

/** Only members of the organisation may change what it publishes; others get a 403 page. */
export function requireMembership(user: CurrentUser, organisationId: string, organisationName: string): void {
  if (user.memberships.some((m) => m.organisation.id === organisationId)) return;
  error(403, { message: m.error_members_only({ organisation: organisationName }), code: 'FORBIDDEN' });
}

export const isMember = (user: CurrentUser | null, organisationId: string) =>
  Boolean(user?.memberships.some((m) => m.organisation.id === organisationId));

/**
 * Something only the members of an organisation may change, for one of them: visitors are sent to
 * sign in first, a missing thing is a 404 page, and anyone else gets a 403 page.
 */
export async function forMembers<T>(
  event: Parameters<typeof requireUser>[0],
  find: () => Promise<T | null>,
  notFound: () => string,
  organisationOf: (found: T) => { id: string; name: string },
): Promise<T> {
  const user = requireUser(event);
  const found = await find();
  if (!found) error(404, { message: notFound(), code: 'NOT_FOUND' });
  const organisation = organisationOf(found);
  requireMembership(user, organisation.id, organisation.name);
  return found;
}
