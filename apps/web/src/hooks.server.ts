import type { Handle, HandleServerError } from '@sveltejs/kit';

export const handle: Handle = async ({ event, resolve }) => {
  const response = await resolve(event);
  response.headers.set('x-content-type-options', 'nosniff');
  response.headers.set('referrer-policy', 'strict-origin-when-cross-origin');
  return response;
};

export const handleError: HandleServerError = ({ error, event, status }) => {
  if (status === 404) {
    return { message: `There is no page at ${event.url.pathname}.`, code: 'NOT_FOUND' };
  }
  const errorId = crypto.randomUUID();
  console.error(`[web] unexpected error ${errorId} on ${event.request.method} ${event.url.pathname}`, error);
  return { message: 'Something went wrong on our side.', code: 'INTERNAL', errorId };
};
