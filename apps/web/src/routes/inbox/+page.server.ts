import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { createApi, toPageError } from '$lib/server/api';
import { describeProblem, field } from '$lib/server/forms';
import { requireUser } from '$lib/server/session';
import { PAGE_SIZE, readPage } from '$lib/query';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async (event) => {
  requireUser(event);
  const unreadOnly = event.url.searchParams.get('unread') === 'true';
  const page = readPage(event.url);
  const result = await createApi(event).inbox({ page, pageSize: PAGE_SIZE, ...(unreadOnly ? { unread: 'true' as const } : {}) });
  if (!result.ok) toPageError(result.problem);
  return { inbox: result.data, unreadOnly };
};

async function mark(event: Parameters<Actions[string]>[0], body: { ids: string[] } | { all: true }) {
  requireUser(event);
  const result = await createApi(event).markRead(body);
  if (!result.ok) return fail(result.problem.status >= 400 && result.problem.status < 500 ? result.problem.status : 503, describeProblem(result.problem, []));
  return result.data;
}

export const actions: Actions = {
  read: async (event) => {
    const id = field(await event.request.formData(), 'id', 100);
    return mark(event, { ids: [id] });
  },
  readAll: async (event) => {
    const answer = await mark(event, { all: true });
    return 'unread' in answer ? { ...answer, success: m.inbox_marked_all() } : answer;
  },
};
