import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { createApi } from '$lib/server/api';
import { describeProblem, field, formProblem } from '$lib/server/forms';
import { isMember } from '$lib/server/membership';
import { requireUser } from '$lib/server/session';
import { m } from '$lib/paraglide/messages';

/** How many trainings the page lists; the rest are counted. */
const TRAININGS_SHOWN = 3;
/** As long as the API takes a message to the organisation. */
const APPLICATION_MESSAGE_MAX = 5000;

export const load: PageServerLoad = async (event) => {
  const { params, locals } = event;
  const api = createApi(event);
  const student = Boolean(locals.user?.profileId);
  // The sections below the opportunity are asked for at once; a problem with one leaves it out, not the page.
  const [opportunity, trainings, fit, applications] = await Promise.all([
    api.opportunity(params.id),
    api.offeringsForOpportunity(params.id, { pageSize: TRAININGS_SHOWN }),
    // Only a student's profile has a fit; organisation staff are not asked for one.
    student ? api.fitIfSignedIn({ opportunity: params.id }) : null,
    student ? api.myApplications({ opportunity: params.id }) : null,
  ]);
  if (!opportunity) {
    error(404, { message: m.error_no_opportunity(), code: 'NOT_FOUND' });
  }
  const member = isMember(locals.user, opportunity.organisation.id);
  const application = applications?.ok ? (applications.data.items[0] ?? null) : null;
  return {
    opportunity,
    canEdit: member,
    canSeeCandidates: member || Boolean(locals.user?.isClusterAdmin),
    trainings: trainings.ok ? trainings.data : null,
    yourFit: fit?.ok ? fit.data.fit : null,
    signedIn: Boolean(locals.user),
    hasProfile: student,
    isMember: member,
    application: application ? { status: application.status, createdAt: application.createdAt } : null,
    applicationsUnavailable: Boolean(applications && !applications.ok),
    messageMax: APPLICATION_MESSAGE_MAX,
  };
};

export const actions: Actions = {
  apply: async (event) => {
    const user = requireUser(event);
    const data = await event.request.formData();
    const message = field(data, 'message', APPLICATION_MESSAGE_MAX + 1).trim();
    if (!user.profileId) return fail(409, formProblem(m.apply_no_profile()));
    if (message.length > APPLICATION_MESSAGE_MAX) {
      return fail(400, { ...formProblem(m.form_correct_fields(), { message: m.apply_message_too_long({ max: APPLICATION_MESSAGE_MAX }) }), text: message });
    }
    const result = await createApi(event).apply(event.params.id, message);
    if (!result.ok) {
      const { status } = result.problem;
      // Applied before, or the opportunity stopped taking applications meanwhile.
      if (status === 409) return fail(409, { ...formProblem(m.apply_refused()), text: message });
      return fail(status >= 400 && status < 500 ? status : 503, { ...describeProblem(result.problem, ['message']), text: message });
    }
    return { success: m.apply_sent({ organisation: result.data.opportunity.organisation.name }) };
  },
};
