import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { createApi, toPageError } from '$lib/server/api';
import { requireUser } from '$lib/server/session';
import { isMember } from '$lib/server/membership';
import { PAGE_SIZE, readPage } from '$lib/query';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async (event) => {
  requireUser(event);
  const api = createApi(event);
  const opportunity = await api.opportunity(event.params.id);
  if (!opportunity) error(404, { message: m.error_no_opportunity(), code: 'NOT_FOUND' });
  const page = readPage(event.url);
  const result = await api.candidates(opportunity.id, { page, pageSize: PAGE_SIZE });
  if (!result.ok) {
    if (result.problem.status === 403) {
      error(403, { message: m.candidates_forbidden({ organisation: opportunity.organisation.name }), code: 'FORBIDDEN' });
    }
    toPageError(result.problem);
  }
  return { opportunity, result: result.data, canEdit: isMember(event.locals.user, opportunity.organisation.id) };
};
