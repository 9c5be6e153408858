import type { PageServerLoad } from './$types';
import { createApi, toPageError } from '$lib/server/api';
import { PAGE_SIZE, readPage, readSearch } from '$lib/query';

export const load: PageServerLoad = async (event) => {
  const q = readSearch(event.url);
  const result = await createApi(event).users({ page: readPage(event.url), pageSize: PAGE_SIZE, ...(q ? { q } : {}) });
  if (!result.ok) toPageError(result.problem);
  return { users: result.data, q };
};
