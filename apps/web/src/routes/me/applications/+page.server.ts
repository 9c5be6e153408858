import { fail } from '@sveltejs/kit';
import { APPLICATION_TRANSITIONS } from '@kc/contract/vocabulary';
import type { Actions, PageServerLoad } from './$types';
import { createApi, toPageError } from '$lib/server/api';
import { describeProblem, field, formProblem } from '$lib/server/forms';
import { requireUser } from '$lib/server/session';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async (event) => {
  const user = requireUser(event);
  if (!user.profileId) return { hasProfile: false, applications: [] };
  const result = await createApi(event).myApplications();
  if (!result.ok) toPageError(result.problem);
  return {
    hasProfile: true,
    applications: result.data.items.map((a) => ({
      id: a.id,
      version: a.version,
      opportunity: a.opportunity,
      status: a.status,
      message: a.message,
      createdAt: a.createdAt,
      history: a.history,
      canWithdraw: APPLICATION_TRANSITIONS[a.status].applicant.includes('withdrawn'),
    })),
  };
};

export const actions: Actions = {
  withdraw: async (event) => {
    requireUser(event);
    const data = await event.request.formData();
    const id = field(data, 'id', 100);
    const result = await createApi(event).updateApplication(id, { status: 'withdrawn', version: Number(field(data, 'version', 20)) });
    if (!result.ok) {
      const { status, code } = result.problem;
      // Moved by the organisation since the page was shown, or final already.
      if (status === 409) return fail(409, { id, ...formProblem(code === 'VERSION_CONFLICT' ? m.applications_changed_meanwhile() : m.applications_cannot_withdraw()) });
      return fail(status >= 400 && status < 500 ? status : 503, { id, ...describeProblem(result.problem, []) });
    }
    return { id, success: m.applications_withdrawn({ title: result.data.opportunity.title }) };
  },
};
