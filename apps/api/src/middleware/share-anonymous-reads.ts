import type { MiddlewareHandler } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from '../context.ts';

interface Answer {
  status: ContentfulStatusCode;
  body: ArrayBuffer;
  headers: Record<string, string>;
}

/** Headers that describe the answer itself; the rest (request id, cookies…) belong to each request. */
const ANSWER_HEADERS = ['content-type', 'retry-after'];

/**
 * Identical anonymous reads that arrive while one of them is being answered wait for that
 * answer instead of asking again. On a busy day most visitors read the same first pages and
 * searches: the database then works once per distinct read in flight, not once per visitor.
 * Nothing is kept after it is answered, so an answer is never older than the read that was
 * already running when a request arrived. Signed-in readers are never shared with: what they
 * see depends on who they are.
 */
export function shareAnonymousReads(): MiddlewareHandler<AppEnv> {
  const inFlight = new Map<string, Promise<Answer | undefined>>();
  return async (c, next) => {
    if (c.req.method !== 'GET' || c.var.actor.kind !== 'anonymous') return next();
    const key = c.req.url;
    const running = inFlight.get(key);
    if (running) {
      const answer = await running;
      // The read it waited for failed outright: this request asks for itself.
      if (!answer) return next();
      return c.body(answer.body, answer.status, answer.headers);
    }
    let share!: (answer: Answer | undefined) => void;
    inFlight.set(key, new Promise((resolve) => (share = resolve)));
    try {
      await next();
      const headers = Object.fromEntries(ANSWER_HEADERS.flatMap((name) => (c.res.headers.has(name) ? [[name, c.res.headers.get(name) as string]] : [])));
      share({ status: c.res.status as ContentfulStatusCode, body: await c.res.clone().arrayBuffer(), headers });
    } catch (error) {
      share(undefined);
      throw error;
    } finally {
      inFlight.delete(key);
    }
  };
}
