import { VERIFICATION_STATES } from '@kc/contract';
import type { Actions, PageServerLoad } from './$types';
import { adminAnswer } from '$lib/server/admin';
import { createApi, toPageError } from '$lib/server/api';
import { field } from '$lib/server/forms';
import { PAGE_SIZE, readEnum, readPage, readSearch } from '$lib/query';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async (event) => {
  const verification = readEnum(event.url, 'verification', VERIFICATION_STATES) ?? 'pending';
  const q = readSearch(event.url);
  const result = await createApi(event).organisationsForReview({ verification, page: readPage(event.url), pageSize: PAGE_SIZE, ...(q ? { q } : {}) });
  if (!result.ok) toPageError(result.problem);
  return { organisations: result.data, verification, q };
};

/** Which organisation a decision is about, and the version the administrator looked at. */
async function decision(request: Request) {
  const data = await request.formData();
  return { data, id: field(data, 'id', 100), name: field(data, 'name', 200), version: Number(field(data, 'version', 20)) || undefined };
}

export const actions: Actions = {
  verify: async (event) => {
    const { id, name, version } = await decision(event.request);
    return adminAnswer(await createApi(event).decideVerification(id, { verified: true, version }), id, m.admin_verified({ name }));
  },
  refuse: async (event) => {
    const { data, id, name, version } = await decision(event.request);
    const reason = field(data, 'reason', 1000).trim();
    const result = await createApi(event).decideVerification(id, { verified: false, version, reason });
    return adminAnswer(result, id, m.admin_refused({ name }), ['reason']);
  },
  withdraw: async (event) => {
    const { id, name, version } = await decision(event.request);
    return adminAnswer(await createApi(event).decideVerification(id, { verified: false, version }), id, m.admin_withdrawn({ name }));
  },
};
