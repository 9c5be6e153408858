import { OPPORTUNITY_KINDS } from '@kc/contract/vocabulary';
import type { OpportunityStatus } from '@kc/contract/vocabulary';
import type { PageServerLoad } from './$types';
import { createApi } from '$lib/server/api';
import { requireUser } from '$lib/server/session';
import { PAGE_SIZE, readEnum, readPage, readSearch, readUuid } from '$lib/query';

/** Statuses a visitor can filter by; drafts are not public. `any` drops the filter. */
const STATUS_FILTERS = ['open', 'closed', 'filled', 'any'] as const;
type StatusFilter = (typeof STATUS_FILTERS)[number];
const DEFAULT_STATUS: StatusFilter = 'open';

export const load: PageServerLoad = async (event) => {
  const { url } = event;
  const api = createApi(event);
  const filters = {
    q: readSearch(url),
    kind: readEnum(url, 'kind', OPPORTUNITY_KINDS),
    status: readEnum(url, 'status', STATUS_FILTERS) ?? DEFAULT_STATUS,
    organisationId: readUuid(url, 'organisationId'),
    page: readPage(url),
    /** "Fits you": open opportunities ranked for the signed-in student. */
    fit: url.searchParams.get('order') === 'fit',
    internshipsFirst: url.searchParams.get('internshipsFirst') === 'true',
  };
  if (filters.fit) {
    const user = requireUser(event);
    const fits = await api.opportunitiesForMe({
      kind: filters.kind,
      internshipsFirst: filters.internshipsFirst ? 'true' : undefined,
      page: filters.page,
      pageSize: PAGE_SIZE,
    });
    // An empty answer says nothing of why: a profile without skills, or no skill asked for anywhere.
    let profileSkills: number | null = null;
    if (fits.total === 0 && user.profileId) {
      const profile = await api.myStudentProfile(user.profileId);
      profileSkills = profile.ok ? profile.data.skills.length : null;
    }
    return { filters, result: null, fits, hasProfile: Boolean(user.profileId), profileSkills };
  }
  const status: OpportunityStatus | undefined = filters.status === 'any' ? undefined : filters.status;
  const { q, kind, organisationId, page } = filters;
  const result = await api.opportunities({ q, kind, organisationId, page, status, pageSize: PAGE_SIZE });
  return { filters, result, fits: null, hasProfile: false, profileSkills: null };
};
