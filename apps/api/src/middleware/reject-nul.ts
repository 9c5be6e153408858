import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../context.ts';
import { ApiError } from '../lib/errors.ts';

const NUL = /\u0000|%00|\\u0000/i;

/**
 * Text in PostgreSQL cannot hold U+0000. Refusing it at the door, in the path, the query and
 * JSON bodies alike, gives the caller a clear 400 instead of a database error.
 */
export function rejectNul(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const url = c.req.url;
    if (NUL.test(url.slice(url.indexOf('/', url.indexOf('//') + 2)))) {
      throw new ApiError('BAD_REQUEST', 'The address must not contain NUL characters.');
    }
    if (c.req.header('content-type')?.includes('json') && NUL.test(await c.req.text())) {
      throw new ApiError('BAD_REQUEST', 'The body must not contain NUL characters.');
    }
    await next();
  };
}
