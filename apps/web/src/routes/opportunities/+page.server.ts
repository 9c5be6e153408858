import { OPPORTUNITY_KINDS } from '@kc/contract/vocabulary';
import type { OpportunityStatus } from '@kc/contract/vocabulary';
import type { PageServerLoad } from './$types';
import { createApi } from '$lib/server/api';
import { PAGE_SIZE, readEnum, readPage, readSearch, readUuid } from '$lib/query';

/** Statuses a visitor can filter by; drafts are not public. `any` drops the filter. */
const STATUS_FILTERS = ['open', 'closed', 'filled', 'any'] as const;
type StatusFilter = (typeof STATUS_FILTERS)[number];
const DEFAULT_STATUS: StatusFilter = 'open';

export const load: PageServerLoad = async (event) => {
  const { url } = event;
  const filters = {
    q: readSearch(url),
    kind: readEnum(url, 'kind', OPPORTUNITY_KINDS),
    status: readEnum(url, 'status', STATUS_FILTERS) ?? DEFAULT_STATUS,
    organisationId: readUuid(url, 'organisationId'),
    page: readPage(url),
  };
  const status: OpportunityStatus | undefined = filters.status === 'any' ? undefined : filters.status;
  const result = await createApi(event).opportunities({ ...filters, status, pageSize: PAGE_SIZE });
  return { filters, result };
};
