import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { createApi } from '$lib/server/api';
import { failWith, field, formProblem } from '$lib/server/forms';
import { setNotice, startSession, takeNext } from '$lib/server/session';
import { localizeHref } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';

const FIELDS = ['password'] as const;

/**
 * The link from the confirmation e-mail. Opening it changes nothing (mail scanners open links
 * too); the form confirms the address, sets the password and signs in.
 */
export const load: PageServerLoad = async ({ url }) => {
  const token = url.searchParams.get('token')?.trim().slice(0, 300) ?? '';
  return { token };
};

export const actions: Actions = {
  default: async (event) => {
    const data = await event.request.formData();
    const token = field(data, 'token', 300).trim();
    const password = field(data, 'password', 300);
    if (password !== field(data, 'repeat', 300)) {
      return fail(400, { ...formProblem(m.verify_passwords_differ(), { repeat: m.verify_repeat_differs() }), linkBroken: false });
    }
    const result = await createApi(event).verifyEmail(token, password);
    if (!result.ok) {
      if (result.problem.code === 'BAD_REQUEST' || result.problem.issues.some((i) => i.path === 'body.token')) {
        return fail(400, { ...formProblem(m.form_link_broken()), linkBroken: true });
      }
      return failWith(result.problem, FIELDS, { linkBroken: false });
    }
    startSession(event, result.data.token, result.data.expiresAt);
    setNotice(event, 'welcome');
    redirect(303, takeNext(event, localizeHref('/account')));
  },
};
