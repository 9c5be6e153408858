import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { createApi } from '$lib/server/api';
import { failWith, field, formProblem } from '$lib/server/forms';
import { safeNext, startSession } from '$lib/server/session';
import { getLocale, localizeHref } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';

const FIELDS = ['email', 'password'] as const;

export const load: PageServerLoad = async ({ locals, url }) => {
  if (locals.user) redirect(303, safeNext(url.searchParams.get('next'), localizeHref('/account'), url.origin));
  return { next: safeNext(url.searchParams.get('next'), '', url.origin) };
};

export const actions: Actions = {
  default: async (event) => {
    const data = await event.request.formData();
    const values = { email: field(data, 'email', 300) };
    const next = safeNext(field(data, 'next'), localizeHref('/'), event.url.origin);

    const result = await createApi(event).signIn({ email: values.email.trim(), password: field(data, 'password', 300), locale: getLocale() });
    if (!result.ok) {
      // The API says only that these credentials do not sign anyone in; the page words it.
      if (result.problem.code === 'UNAUTHORIZED') return fail(401, { ...formProblem(m.sign_in_failed()), values });
      return failWith(result.problem, FIELDS, values);
    }

    startSession(event, result.data.token, result.data.expiresAt);
    redirect(303, next);
  },
};
