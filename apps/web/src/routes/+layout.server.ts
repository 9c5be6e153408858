import type { LayoutServerLoad } from './$types';
import { takeNotice } from '$lib/server/session';

/** Who is signed in, as much as the header needs, and a one-time notice after a redirect. */
export const load: LayoutServerLoad = async (event) => {
  // Read the path so this runs on every navigation: the notice shows once, and the header stays true.
  void event.url.pathname;
  const user = event.locals.user;
  return {
    viewer: user
      ? {
          displayName: user.displayName,
          isClusterAdmin: user.isClusterAdmin,
          isStudent: Boolean(user.profileId),
          unreadNotifications: user.unreadNotifications,
          organisations: user.memberships.map((m) => ({ name: m.organisation.name, slug: m.organisation.slug, kind: m.organisation.kind })),
        }
      : null,
    notice: takeNotice(event),
  };
};
