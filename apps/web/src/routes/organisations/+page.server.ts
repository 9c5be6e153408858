import { ORGANISATION_KINDS } from '@kc/contract/vocabulary';
import type { PageServerLoad } from './$types';
import { createApi } from '$lib/server/api';
import { PAGE_SIZE, readEnum, readPage, readSearch } from '$lib/query';

export const load: PageServerLoad = async (event) => {
  const { url } = event;
  const filters = {
    q: readSearch(url),
    kind: readEnum(url, 'kind', ORGANISATION_KINDS),
    page: readPage(url),
  };
  const result = await createApi(event).organisations({ ...filters, pageSize: PAGE_SIZE });
  return { filters, result };
};
