import type { PageServerLoad } from './$types';
import { createApi, toPageError } from '$lib/server/api';
import { PAGE_SIZE, readPage, readSearch } from '$lib/query';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export const load: PageServerLoad = async (event) => {
  const url = event.url;
  const day = (name: string) => {
    const value = url.searchParams.get(name) ?? '';
    return DAY.test(value) ? value : '';
  };
  const filters = {
    action: readSearch(url, 'action').slice(0, 60),
    entityType: readSearch(url, 'entityType').slice(0, 60),
    entityId: readSearch(url, 'entityId'),
    actor: readSearch(url, 'actor'),
    from: day('from'),
    to: day('to'),
  };
  const chosen = Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== ''));
  const result = await createApi(event).auditLog({ page: readPage(url), pageSize: PAGE_SIZE, ...chosen });
  // A period that ends before it starts is the visitor's to fix: say so above an empty list.
  if (!result.ok && result.problem.status === 400) {
    return { log: { items: [], total: 0, page: 1, pageSize: PAGE_SIZE, actions: [], entityTypes: [] }, filters, refused: true };
  }
  if (!result.ok) toPageError(result.problem);
  return { log: result.data, filters, refused: false };
};
