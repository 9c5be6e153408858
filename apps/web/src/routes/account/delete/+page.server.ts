import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { createApi } from '$lib/server/api';
import { describeProblem, field, formProblem } from '$lib/server/forms';
import { endSession, requireUser, setNotice } from '$lib/server/session';
import { localizeHref } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async (event) => {
  const user = requireUser(event, localizeHref('/account/delete'));
  return { email: user.email, isStudent: user.profileId !== null, memberships: user.memberships.length };
};

export const actions: Actions = {
  default: async (event) => {
    requireUser(event, localizeHref('/account/delete'));
    const data = await event.request.formData();
    const password = field(data, 'password', 300);
    if (!password) {
      return fail(400, formProblem(m.form_correct_fields(), { password: m.delete_enter_password() }));
    }
    const result = await createApi(event).deleteAccount(password);
    if (!result.ok) {
      if (result.problem.status === 403) {
        return fail(403, formProblem(m.delete_wrong_password(), { password: m.delete_not_your_password() }));
      }
      const status = result.problem.status >= 400 && result.problem.status < 500 ? result.problem.status : 503;
      return fail(status, describeProblem(result.problem, ['password']));
    }
    endSession(event);
    setNotice(event, 'account-deleted');
    redirect(303, localizeHref('/'));
  },
};
