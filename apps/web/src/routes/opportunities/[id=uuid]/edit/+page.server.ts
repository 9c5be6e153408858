import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { createApi, type ApiEvent } from '$lib/server/api';
import { requireMembership } from '$lib/server/membership';
import { failOpportunity, opportunityBody, readOpportunityForm } from '$lib/server/opportunity-form';
import { requireUser } from '$lib/server/session';
import { localizeHref } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';

async function opportunityFor(event: ApiEvent & { params: { id: string } }) {
  const user = requireUser(event);
  const opportunity = await createApi(event).opportunity(event.params.id);
  if (!opportunity) error(404, { message: m.error_no_opportunity(), code: 'NOT_FOUND' });
  requireMembership(user, opportunity.organisation.id, opportunity.organisation.name);
  return opportunity;
}

export const load: PageServerLoad = async (event) => {
  const o = await opportunityFor(event);
  return {
    opportunity: { id: o.id, title: o.title, organisation: o.organisation, version: o.version },
    values: {
      kind: o.kind,
      title: o.title,
      description: o.description,
      headcount: String(o.headcount),
      location: o.location ?? '',
      workMode: o.workMode,
      startsOn: o.startsOn ?? '',
      deadline: o.deadline ?? '',
      status: o.status,
    },
    skills: o.skills.map((s) => ({ uri: s.uri, preferredLabel: s.preferredLabel, level: s.level, importance: s.importance, source: 'declared' as const })),
  };
};

export const actions: Actions = {
  default: async (event) => {
    const opportunity = await opportunityFor(event);
    const { values, skills, version } = readOpportunityForm(await event.request.formData());
    const result = await createApi(event).updateOpportunity(opportunity.id, { ...opportunityBody(values, skills, true), version });
    if (!result.ok) return failOpportunity(result.problem, values, skills);
    redirect(303, localizeHref(`/opportunities/${opportunity.id}`));
  },
};
