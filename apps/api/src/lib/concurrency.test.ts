import { describe, expect, it } from 'vitest';
import { createLimiter } from './concurrency.ts';
import { ApiError } from './errors.ts';

const deferred = () => {
  let resolve: () => void = () => {};
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
};

describe('the limiter of expensive requests', () => {
  it('runs at most `concurrency` at once and the rest in arrival order, without overtaking', async () => {
    const limiter = createLimiter({ concurrency: 2, maxWaiting: 10, maxWaitMs: 5_000 }, 'tests');
    const started: number[] = [];
    const gates = Array.from({ length: 5 }, deferred);
    const runs = gates.map((gate, i) =>
      limiter.run(async () => {
        started.push(i);
        await gate.promise;
      }),
    );
    await new Promise((r) => setImmediate(r));
    expect(started).toEqual([0, 1]);
    expect([limiter.running, limiter.waiting]).toEqual([2, 3]);
    gates[0]?.resolve();
    // A newcomer arriving as a place frees up waits behind those already waiting.
    const late = limiter.run(async () => void started.push(99));
    await new Promise((r) => setTimeout(r, 10));
    expect(started).toEqual([0, 1, 2]);
    for (const gate of gates) gate.resolve();
    await Promise.all([...runs, late]);
    expect(started).toEqual([0, 1, 2, 3, 4, 99]);
    expect([limiter.running, limiter.waiting]).toEqual([0, 0]);
  });

  it('refuses with 503 and Retry-After when the queue is full, or a wait runs out', async () => {
    const limiter = createLimiter({ concurrency: 1, maxWaiting: 1, maxWaitMs: 50 }, 'tests');
    const gate = deferred();
    const holding = limiter.run(() => gate.promise);
    const waiting = limiter.run(async () => 'never').catch((e: unknown) => e);
    const refused = await limiter.run(async () => 'never').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ApiError);
    expect((refused as ApiError).status).toBe(503);
    expect((refused as ApiError).headers).toEqual({ 'retry-after': '1' });
    expect(await waiting).toBeInstanceOf(ApiError);
    gate.resolve();
    await holding;
    expect(await limiter.run(async () => 'served')).toBe('served');
  });

  it('frees the place of work that fails', async () => {
    const limiter = createLimiter({ concurrency: 1, maxWaiting: 0, maxWaitMs: 50 }, 'tests');
    await expect(limiter.run(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await limiter.run(async () => 'next')).toBe('next');
  });
});
