import type { PageServerLoad } from './$types';
import { createApi } from '$lib/server/api';

/** The link from the confirmation e-mail: confirming is all it does, so it happens on opening it. */
export const load: PageServerLoad = async (event) => {
  const token = event.url.searchParams.get('token')?.trim() ?? '';
  const signedIn = event.locals.user !== null;
  if (!token) return { outcome: 'missing' as const, message: null, signedIn };

  const result = await createApi(event).verifyEmail(token.slice(0, 300));
  if (result.ok) return { outcome: 'confirmed' as const, message: result.data.message, signedIn };
  if (result.problem.code === 'API_UNREACHABLE' || result.problem.status >= 500) {
    return { outcome: 'unavailable' as const, message: 'The Skills Exchange service is not reachable right now. Open the link again in a moment.', signedIn };
  }
  // A malformed token fails validation; to the visitor it is the same broken link.
  return { outcome: 'invalid' as const, message: 'This link is invalid, was already used, or has expired.', signedIn };
};
