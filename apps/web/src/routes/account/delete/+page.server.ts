import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { createApi } from '$lib/server/api';
import { describeProblem, field, formProblem } from '$lib/server/forms';
import { endSession, requireUser, setNotice } from '$lib/server/session';

export const load: PageServerLoad = async (event) => {
  const user = requireUser(event, '/account/delete');
  return { email: user.email, isStudent: user.profileId !== null, memberships: user.memberships.length };
};

export const actions: Actions = {
  default: async (event) => {
    requireUser(event, '/account/delete');
    const data = await event.request.formData();
    const password = field(data, 'password', 300);
    if (!password) {
      return fail(400, formProblem('Please correct the fields marked below.', { password: 'Enter your password to confirm.' }));
    }
    const result = await createApi(event).deleteAccount(password);
    if (!result.ok) {
      if (result.problem.status === 403) {
        return fail(403, formProblem('The password is wrong, so your account was not deleted.', { password: 'This is not your password.' }));
      }
      const status = result.problem.status >= 400 && result.problem.status < 500 ? result.problem.status : 503;
      return fail(status, describeProblem(result.problem, ['password']));
    }
    endSession(event);
    setNotice(event, 'account-deleted');
    redirect(303, '/');
  },
};
