import type { RequestHandler } from './$types';
import { createApi, toPageError } from '$lib/server/api';
import { requireUser } from '$lib/server/session';
import { localizeHref } from '$lib/i18n';

/** "Download my data": the API's export, streamed on to the browser as a file. */
export const GET: RequestHandler = async (event) => {
  // A download has no page to come back to; the account page offers it again.
  requireUser(event, localizeHref('/account'));
  const result = await createApi(event, { signInNext: localizeHref('/account') }).exportData();
  if (!result.ok) toPageError(result.problem);
  const day = new Date().toISOString().slice(0, 10);
  return new Response(result.data, {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="my-data-${day}.json"`,
      'cache-control': 'private, no-store',
    },
  });
};
