import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PgliteThread } from './pglite-thread.ts';

describe('PGlite on its own thread', () => {
  let database: PgliteThread;
  beforeAll(async () => {
    database = await PgliteThread.open({});
    await database.exec('create table notes (id int primary key, body text not null, at timestamptz not null default now())');
  });
  afterAll(() => database.close());

  it('answers queries with rows, fields and counts', async () => {
    const inserted = await database.query('insert into notes (id, body) values ($1, $2), ($3, $4)', [1, 'one', 2, 'two']);
    expect(inserted.affectedRows).toBe(2);
    const read = await database.query<{ id: number; body: string }>('select id, body from notes order by id');
    expect(read.rows).toEqual([
      { id: 1, body: 'one' },
      { id: 2, body: 'two' },
    ]);
    const asArrays = await database.query('select id, body from notes where id = $1', [2], { rowMode: 'array' });
    expect(asArrays.rows).toEqual([[2, 'two']]);
  });

  it('keeps the types a parser set names as text, and refuses parsers that would change values', async () => {
    const keepText = (value: string) => value;
    const { rows } = await database.query<{ at: unknown }>('select at from notes where id = 1', [], { parsers: { 1184: keepText } });
    expect(typeof rows[0]?.at).toBe('string');
    const parsed = await database.query<{ at: unknown }>('select at from notes where id = 1');
    expect(parsed.rows[0]?.at).toBeInstanceOf(Date);
    await expect(database.query('select 1', [], { parsers: { 1184: (value: string) => new Date(value) } })).rejects.toThrow(/keep text/);
  });

  it('passes the database’s error fields through, so constraint violations can be told apart', async () => {
    const error = await database.query('insert into notes (id, body) values (1, $1)', ['again']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ code: '23505', constraint: 'notes_pkey', table: 'notes' });
  });

  it('commits a transaction whose work resolves, and rolls back one whose work throws', async () => {
    await database.transaction(async (tx) => {
      await tx.query('insert into notes (id, body) values (10, $1)', ['kept']);
      await tx.query('savepoint inner_work');
      await tx.query('insert into notes (id, body) values (11, $1)', ['undone']);
      await tx.query('rollback to savepoint inner_work');
    });
    const failure = await database
      .transaction(async (tx) => {
        await tx.query('insert into notes (id, body) values (12, $1)', ['lost']);
        throw new Error('changed my mind');
      })
      .catch((e: unknown) => e);
    expect((failure as Error).message).toBe('changed my mind');
    const { rows } = await database.query<{ id: number }>('select id from notes where id >= 10 order by id');
    expect(rows.map((r) => r.id)).toEqual([10]);
  });

  it('makes statements from outside wait for an open transaction instead of seeing its work', async () => {
    let outside: Promise<unknown> | undefined;
    await database.transaction(async (tx) => {
      await tx.query('insert into notes (id, body) values (20, $1)', ['in flight']);
      outside = database.query<{ n: number }>('select count(*)::int as n from notes where id = 20');
      await tx.query('update notes set body = $1 where id = 20', ['done']);
    });
    expect(((await outside) as { rows: { n: number }[] }).rows[0]?.n).toBe(1);
  });

  it('leaves the calling thread free while a long statement runs', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 10);
    const started = performance.now();
    await database.query('select count(*) from generate_series(1, 8000000)');
    const tookMs = performance.now() - started;
    clearInterval(timer);
    // On the calling thread the statement would block the timer for its whole run: no tick at all.
    expect(tookMs).toBeGreaterThan(100);
    expect(ticks).toBeGreaterThanOrEqual(3);
  });

  it('dumps the database so that another can be opened from the dump', async () => {
    const dump = await database.dumpDataDir('gzip');
    expect(dump.size).toBeGreaterThan(0);
    const copy = await PgliteThread.open({ loadDataDir: dump });
    try {
      const { rows } = await copy.query<{ body: string }>('select body from notes where id = 10');
      expect(rows).toEqual([{ body: 'kept' }]);
    } finally {
      await copy.close();
    }
  });
});

describe('PGlite on its own thread, when things go wrong', () => {
  it('reports a folder it cannot open as an error, not a hang', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kc-thread-'));
    try {
      const notAFolder = join(dir, 'file');
      writeFileSync(notAFolder, 'not a database');
      await expect(PgliteThread.open({ dataDir: notAFolder })).rejects.toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses work once closed, and closing twice is harmless', async () => {
    const database = await PgliteThread.open({});
    await database.close();
    await expect(database.query('select 1')).rejects.toThrow(/closed/);
    await expect(database.close()).resolves.toBeUndefined();
  });
});
