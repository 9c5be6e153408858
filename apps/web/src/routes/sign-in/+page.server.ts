import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { createApi } from '$lib/server/api';
import { failWith, field } from '$lib/server/forms';
import { safeNext, startSession } from '$lib/server/session';

const FIELDS = ['email', 'password'] as const;

export const load: PageServerLoad = async ({ locals, url }) => {
  if (locals.user) redirect(303, safeNext(url.searchParams.get('next'), '/account', url.origin));
  return { next: safeNext(url.searchParams.get('next'), '', url.origin) };
};

export const actions: Actions = {
  default: async (event) => {
    const data = await event.request.formData();
    const values = { email: field(data, 'email', 300) };
    const next = safeNext(field(data, 'next'), '/', event.url.origin);

    const result = await createApi(event).signIn({ email: values.email.trim(), password: field(data, 'password', 300) });
    if (!result.ok) return failWith(result.problem, FIELDS, values);

    startSession(event, result.data.token, result.data.expiresAt);
    redirect(303, next);
  },
};
