import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { createApi } from '$lib/server/api';
import { requireUser, setNotice } from '$lib/server/session';
import { errorText } from '$lib/errors';
import { localizeHref } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';

/** The link from an invitation e-mail: sign in with the invited address, then accept. */
export const load: PageServerLoad = async (event) => {
  const token = event.url.searchParams.get('token')?.trim().slice(0, 300) ?? '';
  const user = requireUser(event, localizeHref(`/invitations/accept?token=${encodeURIComponent(token)}`));
  return { token, email: user.email };
};

export const actions: Actions = {
  default: async (event) => {
    const token = String((await event.request.formData()).get('token') ?? '').slice(0, 300);
    requireUser(event, localizeHref(`/invitations/accept?token=${encodeURIComponent(token)}`));
    const result = await createApi(event).acceptInvitation(token);
    if (!result.ok) {
      const message =
        result.problem.status >= 500 || result.problem.code === 'API_UNREACHABLE'
          ? errorText('API_UNREACHABLE')
          : m.invitation_invalid();
      return fail(result.problem.status >= 500 ? 503 : 400, { message });
    }
    setNotice(event, 'invitation-accepted');
    redirect(303, localizeHref('/account'));
  },
};
