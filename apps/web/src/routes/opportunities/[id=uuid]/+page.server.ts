import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { createApi } from '$lib/server/api';
import { isMember } from '$lib/server/membership';
import { m } from '$lib/paraglide/messages';

/** How many trainings the page lists; the rest are counted. */
const TRAININGS_SHOWN = 3;

export const load: PageServerLoad = async (event) => {
  const { params, locals } = event;
  const api = createApi(event);
  // The sections below the opportunity are asked for at once; a problem with one leaves it out, not the page.
  const [opportunity, trainings, fit] = await Promise.all([
    api.opportunity(params.id),
    api.offeringsForOpportunity(params.id, { pageSize: TRAININGS_SHOWN }),
    // Only a student's profile has a fit; organisation staff are not asked for one.
    locals.user?.profileId ? api.fitIfSignedIn({ opportunity: params.id }) : null,
  ]);
  if (!opportunity) {
    error(404, { message: m.error_no_opportunity(), code: 'NOT_FOUND' });
  }
  const member = isMember(locals.user, opportunity.organisation.id);
  return {
    opportunity,
    canEdit: member,
    canSeeCandidates: member || Boolean(locals.user?.isClusterAdmin),
    trainings: trainings.ok ? trainings.data : null,
    yourFit: fit?.ok ? fit.data.fit : null,
    signedIn: Boolean(locals.user),
    hasProfile: Boolean(locals.user?.profileId),
  };
};
