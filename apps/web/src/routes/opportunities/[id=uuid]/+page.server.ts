import { error, fail, isHttpError } from '@sveltejs/kit';
import type { CurrentUser, NeedResponse } from '@kc/contract';
import type { Actions, PageServerLoad } from './$types';
import { createApi } from '$lib/server/api';
import { describeProblem, field, formProblem } from '$lib/server/forms';
import { isMember } from '$lib/server/membership';
import { isProvider } from '$lib/organisations';
import { requireUser } from '$lib/server/session';
import { m } from '$lib/paraglide/messages';

/** How many trainings the page lists; the rest are counted. */
const TRAININGS_SHOWN = 3;
/** As long as the API takes a message to the organisation. */
const APPLICATION_MESSAGE_MAX = 5000;
/** As long as the API takes a provider's word with a training it puts forward. */
const RESPONSE_MESSAGE_MAX = 1000;
/** The most published offerings of one provider the form lists (the API's largest page). */
const OFFERINGS_LISTED = 100;

/** The universities and training providers the person is a member of: those that may put a training forward. */
const providersOf = (user: CurrentUser | null) => (user?.memberships ?? []).map((m) => m.organisation).filter((o) => isProvider(o.kind));

/** A response as the page shows it. */
const shownResponse = (r: NeedResponse) => ({ id: r.id, offering: r.offering, provider: r.provider, message: r.message, createdAt: r.createdAt });

export const load: PageServerLoad = async (event) => {
  const { params, locals } = event;
  const api = createApi(event);
  const student = Boolean(locals.user?.profileId);
  const providers = providersOf(locals.user);
  // Only someone in an organisation (or a cluster administrator) may see responses to the need.
  const mayReadResponses = Boolean(locals.user && (locals.user.isClusterAdmin || locals.user.memberships.length > 0));
  // The sections below the opportunity are asked for at once; a problem with one leaves it out, not the page.
  const [opportunity, trainings, fit, applications, responses, providerOfferings] = await Promise.all([
    api.opportunity(params.id),
    api.offeringsForOpportunity(params.id, { pageSize: TRAININGS_SHOWN }),
    // Only a student's profile has a fit; organisation staff are not asked for one.
    student ? api.fitIfSignedIn({ opportunity: params.id }) : null,
    student ? api.myApplications({ opportunity: params.id }) : null,
    mayReadResponses ? api.needResponses(params.id) : null,
    Promise.all(
      providers.map((provider) =>
        api.offerings({ providerId: provider.id, status: 'published', pageSize: OFFERINGS_LISTED }).catch((cause: unknown) => {
          // The list could not be read just now: the form says so instead of the page failing.
          if (isHttpError(cause)) return null;
          throw cause;
        }),
      ),
    ),
  ]);
  if (!opportunity) {
    error(404, { message: m.error_no_opportunity(), code: 'NOT_FOUND' });
  }
  const member = isMember(locals.user, opportunity.organisation.id);
  const application = applications?.ok ? (applications.data.items[0] ?? null) : null;
  const canSeeResponses = member || Boolean(locals.user?.isClusterAdmin);
  const responseItems = responses?.ok ? responses.data.items : null;
  // A provider's own responses: those of organisations the person is a member of.
  const ownResponses = (responseItems ?? []).filter((r) => isMember(locals.user, r.provider.id));
  const offered = new Set(ownResponses.map((r) => r.offering.id));
  const offerings = providerOfferings.every((list): list is NonNullable<typeof list> => list !== null)
    ? providerOfferings.flatMap((list) => list.items).filter((o) => !offered.has(o.id))
    : null;
  const responding = !member && providers.length > 0 && (opportunity.status === 'open' || ownResponses.length > 0);
  return {
    opportunity,
    canEdit: member,
    canSeeCandidates: canSeeResponses,
    /** Whether the page lists every training put forward: for the opportunity's organisation and cluster administrators. */
    canSeeResponses,
    /** The trainings put forward; null when they cannot be read (or are not the person's to see). */
    responses: canSeeResponses && responseItems ? responseItems.map(shownResponse) : null,
    /** The form to put a training forward, for members of universities and training providers. */
    respond: responding
      ? {
          open: opportunity.status === 'open',
          providers: providers.map((p) => ({ id: p.id, name: p.name, slug: p.slug })),
          offerings: offerings?.map((o) => ({ id: o.id, title: o.title, provider: o.provider.name })) ?? null,
          mine: responseItems ? ownResponses.map(shownResponse) : null,
          messageMax: RESPONSE_MESSAGE_MAX,
        }
      : null,
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

  respond: async (event) => {
    requireUser(event);
    const data = await event.request.formData();
    const values = { offeringId: field(data, 'offeringId', 100).trim(), message: field(data, 'message', RESPONSE_MESSAGE_MAX + 1).trim() };
    const refused = (status: number, problem: { message: string; fields: Record<string, string> }) => fail(status, { for: 'respond' as const, ...problem, values });
    if (!values.offeringId) return refused(400, formProblem(m.form_correct_fields(), { offeringId: m.needs_choose_offering() }));
    if (values.message.length > RESPONSE_MESSAGE_MAX) {
      return refused(400, formProblem(m.form_correct_fields(), { message: m.needs_message_too_long({ max: RESPONSE_MESSAGE_MAX }) }));
    }
    const result = await createApi(event).respondToNeed(event.params.id, { offeringId: values.offeringId, ...(values.message ? { message: values.message } : {}) });
    if (!result.ok) {
      const { status } = result.problem;
      // Offered already, a draft, the need closed meanwhile, or the need's own organisation.
      if (status === 409) return refused(409, formProblem(m.needs_refused()));
      if (status === 403) return refused(403, formProblem(m.needs_not_member()));
      if (status === 422) return refused(422, formProblem(m.form_correct_fields(), { offeringId: m.needs_choose_offering() }));
      return refused(status >= 400 && status < 500 ? status : 503, describeProblem(result.problem, ['offeringId', 'message']));
    }
    return { for: 'respond' as const, success: m.needs_sent({ offering: result.data.offering.title }) };
  },

  withdraw: async (event) => {
    requireUser(event);
    const data = await event.request.formData();
    const id = field(data, 'id', 100);
    const result = await createApi(event).withdrawNeedResponse(event.params.id, id);
    if (!result.ok) {
      const { status } = result.problem;
      // Taken back already (in another tab, by a colleague), or never theirs.
      if (status === 404) return fail(404, { for: 'withdraw' as const, id, ...formProblem(m.needs_withdraw_gone()) });
      return fail(status >= 400 && status < 500 ? status : 503, { for: 'withdraw' as const, id, ...describeProblem(result.problem, []) });
    }
    return { for: 'withdraw' as const, id, success: m.needs_withdrawn() };
  },
};
