import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { createApi } from '$lib/server/api';
import { isMember } from '$lib/server/membership';
import { isProvider } from '$lib/organisations';
import { m } from '$lib/paraglide/messages';

const OPPORTUNITY_LIMIT = 50;
const OFFERING_LIMIT = 50;
const DRAFT_LIMIT = 50;

export const load: PageServerLoad = async (event) => {
  const { params } = event;
  const api = createApi(event);
  const organisation = await api.organisation(params.slug);
  if (!organisation) {
    error(404, { message: m.error_no_organisation({ slug: params.slug }), code: 'NOT_FOUND' });
  }

  const providesTraining = isProvider(organisation.kind);
  const canManage = isMember(event.locals.user, organisation.id);
  const [opportunities, offerings, draftOpportunities, draftOfferings] = await Promise.all([
    api.opportunities({ organisationId: organisation.id, status: 'open', pageSize: OPPORTUNITY_LIMIT }),
    providesTraining
      ? api.offerings({ providerId: organisation.id, status: 'published', pageSize: OFFERING_LIMIT })
      : Promise.resolve(null),
    // Drafts are its members' alone: the API shows them to nobody else.
    canManage ? api.opportunities({ organisationId: organisation.id, status: 'draft', pageSize: DRAFT_LIMIT }) : null,
    canManage && providesTraining ? api.offerings({ providerId: organisation.id, status: 'draft', pageSize: DRAFT_LIMIT }) : null,
  ]);
  const drafts = canManage
    ? [
        ...(draftOpportunities?.items ?? []).map((o) => ({ id: o.id, title: o.title, kind: 'opportunity' as const, updatedAt: o.updatedAt })),
        ...(draftOfferings?.items ?? []).map((o) => ({ id: o.id, title: o.title, kind: 'offering' as const, updatedAt: o.updatedAt })),
      ].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
    : null;
  const moreDrafts = (draftOpportunities?.total ?? 0) + (draftOfferings?.total ?? 0) - (drafts?.length ?? 0);

  return { organisation, opportunities, offerings, isProvider: providesTraining, canManage, drafts, moreDrafts };
};
