import { OFFERING_KINDS } from '@kc/contract/vocabulary';
import type { PageServerLoad } from './$types';
import { createApi } from '$lib/server/api';
import { PAGE_SIZE, readEnum, readPage, readSearch, readUuid } from '$lib/query';

export const load: PageServerLoad = async (event) => {
  const { url } = event;
  const filters = {
    q: readSearch(url),
    kind: readEnum(url, 'kind', OFFERING_KINDS),
    providerId: readUuid(url, 'providerId'),
    page: readPage(url),
  };
  // Published only: drafts are their provider's, and archived offerings no longer take people.
  const result = await createApi(event).offerings({ ...filters, status: 'published', pageSize: PAGE_SIZE });
  return { filters, result };
};
