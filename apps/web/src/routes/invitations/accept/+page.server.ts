import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { createApi } from '$lib/server/api';
import { requireUser, setNotice } from '$lib/server/session';

/** The link from an invitation e-mail: sign in with the invited address, then accept. */
export const load: PageServerLoad = async (event) => {
  const token = event.url.searchParams.get('token')?.trim().slice(0, 300) ?? '';
  const user = requireUser(event, `/invitations/accept?token=${encodeURIComponent(token)}`);
  return { token, email: user.email };
};

export const actions: Actions = {
  default: async (event) => {
    const token = String((await event.request.formData()).get('token') ?? '').slice(0, 300);
    requireUser(event, `/invitations/accept?token=${encodeURIComponent(token)}`);
    const result = await createApi(event).acceptInvitation(token);
    if (!result.ok) {
      const message =
        result.problem.status >= 500 || result.problem.code === 'API_UNREACHABLE'
          ? 'The Skills Exchange service is not reachable right now. Try again in a moment.'
          : 'This invitation is invalid, expired, already used, or meant for another e-mail address.';
      return fail(result.problem.status >= 500 ? 503 : 400, { message });
    }
    setNotice(event, 'invitation-accepted');
    redirect(303, '/account');
  },
};
