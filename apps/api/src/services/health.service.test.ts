import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@kc/db';
import { createTestDatabase } from '@kc/testing';
import type { AppDeps } from '../context.ts';
import { createTestDeps } from '../testing.ts';
import { health } from './health.service.ts';

describe('the health report while the database is held up', () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  it('answers at once with the last figures and the time they were read, and reads again in the background', async () => {
    const deps: AppDeps = { ...createTestDeps(database), healthMaxAgeMs: 1 };
    const first = await health(deps);
    expect(first.status).toBe('ok');
    await new Promise((resolve) => setTimeout(resolve, 20));

    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const lockTaken = new Promise<void>((resolve) => (locked = resolve));
    // A transaction that holds a table the report reads: a new reading has to wait for it.
    const holder = database.db.transaction(async (tx) => {
      await tx.execute(sql`lock table taxonomy_imports in access exclusive mode`);
      locked();
      await held;
    });
    await lockTaken;
    try {
      const during = await Promise.race([health(deps), new Promise<'waited'>((resolve) => setTimeout(() => resolve('waited'), 2_000))]);
      expect(during).not.toBe('waited');
      expect(during).toMatchObject({ status: 'ok', checkedAt: first.checkedAt });
    } finally {
      release();
      await holder;
    }
    // The reading started meanwhile finishes once the database is free; the next answer has it.
    await expect.poll(async () => (await health({ ...deps, healthMaxAgeMs: 60_000 })).checkedAt, { timeout: 10_000 }).not.toBe(first.checkedAt);
  });
});
