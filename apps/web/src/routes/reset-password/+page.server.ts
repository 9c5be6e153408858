import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { createApi } from '$lib/server/api';
import { failWith, field, formProblem } from '$lib/server/forms';
import { endSession } from '$lib/server/session';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ url }) => ({
  token: url.searchParams.get('token')?.trim().slice(0, 300) ?? '',
});

export const actions: Actions = {
  default: async (event) => {
    const data = await event.request.formData();
    const token = field(data, 'token', 300).trim();
    if (!token) return fail(400, { ...formProblem(m.form_link_missing_code()), brokenLink: true });

    const result = await createApi(event).resetPassword(token, field(data, 'password', 300));
    if (!result.ok) {
      const { problem } = result;
      // Besides the password, only the token can be wrong: then the link is the problem.
      const brokenLink = problem.issues.some((i) => i.path === 'body.token') || (problem.code === 'BAD_REQUEST' && problem.issues.length === 0);
      if (brokenLink) return fail(400, { ...formProblem(m.form_link_broken()), brokenLink });
      const failure = failWith(problem, ['password'], {});
      return fail(failure.status, { ...failure.data, brokenLink });
    }
    // Changing the password ends every session, this browser's included.
    endSession(event);
    return { done: true as const, message: m.reset_done() };
  },
};
