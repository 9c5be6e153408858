import type { MiddlewareHandler } from 'hono';
import { ApiError } from './errors.ts';

export interface ConcurrencyLimit {
  /** Requests served at the same time. */
  concurrency: number;
  /** Requests that may wait for a turn; beyond that they are refused at once. */
  maxWaiting: number;
  /** How long a request may wait for its turn before it is refused. */
  maxWaitMs: number;
}

export interface Limiter {
  run<T>(work: () => Promise<T>): Promise<T>;
  readonly running: number;
  readonly waiting: number;
}

/**
 * Lets `concurrency` pieces of work run at once and queues the rest in arrival order. A full
 * queue, or a wait past `maxWaitMs`, is refused with 503 and Retry-After: an expensive kind of
 * request may use only part of the server, and the rest (health, sign-in, pages) keeps answering.
 */
export function createLimiter(limit: ConcurrencyLimit, what: string): Limiter {
  let running = 0;
  const queue: { start: () => void; timer: NodeJS.Timeout }[] = [];
  const busy = () =>
    new ApiError('SERVICE_UNAVAILABLE', `The server is busy with ${what} right now; please try again in a moment.`, undefined, { 'retry-after': '1' });
  /** A place is taken at once, or waited for in arrival order; a finished piece of work hands its place on. */
  const take = async () => {
    if (running < limit.concurrency && queue.length === 0) {
      running++;
      return;
    }
    if (queue.length >= limit.maxWaiting) throw busy();
    await new Promise<void>((resolve, reject) => {
      const waiter = {
        start: resolve,
        timer: setTimeout(() => {
          queue.splice(queue.indexOf(waiter), 1);
          reject(busy());
        }, limit.maxWaitMs),
      };
      queue.push(waiter);
    });
  };
  const release = () => {
    const waiter = queue.shift();
    if (!waiter) {
      running--;
      return;
    }
    clearTimeout(waiter.timer);
    waiter.start();
  };
  return {
    get running() {
      return running;
    },
    get waiting() {
      return queue.length;
    },
    async run(work) {
      await take();
      try {
        return await work();
      } finally {
        release();
      }
    },
  };
}

/** Serves the routes it guards through `limiter`. */
export function limitConcurrency(limiter: Limiter): MiddlewareHandler {
  return (_c, next) => limiter.run(() => next());
}
