import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import type { PGlite, QueryOptions, Results, Transaction } from '@electric-sql/pglite';

/**
 * PGlite on a thread of its own. PGlite runs every statement synchronously on the thread that
 * owns it; on the main thread a busy database stops every request from being read, even a
 * health check, and the statements of concurrent requests cannot overlap their HTTP and JSON
 * work. This owns the database in a worker thread and offers the part of PGlite's interface
 * the app and drizzle use: `query`, `exec`, `transaction`, `dumpDataDir`, `close`.
 *
 * Functions cannot cross threads, so of a query's `parsers` only the types they name are sent:
 * those values come back as text, which is the one thing drizzle asks parsers to do. Anything
 * else (`serializers`, `blob`, notices) is refused rather than dropped.
 */
export interface PgliteThreadOptions {
  dataDir?: string;
  loadDataDir?: Blob | File;
}

type Request =
  | { op: 'query'; tx?: number; sql: string; params: unknown[]; rowMode?: 'array' | 'object'; text?: number[] }
  | { op: 'exec'; tx?: number; sql: string }
  | { op: 'begin' }
  | { op: 'end'; tx: number; commit: boolean }
  | { op: 'dump'; compression: 'auto' | 'gzip' | 'none' }
  | { op: 'close' };

interface SentError {
  message: string;
  name: string;
  stack?: string;
  fields: Record<string, unknown>;
}
type Reply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: SentError };
type Opened = { opened: true } | { opened: false; error: SentError };

/** The error the database raised, with its fields (`code`, `detail`, `constraint`…) as they were. */
function received(sent: SentError): Error {
  const error = Object.assign(new Error(sent.message), sent.fields);
  error.name = sent.name;
  if (sent.stack) error.stack = sent.stack;
  return error;
}

const textTypes = new WeakMap<object, number[]>();

/** The types a parser set keeps as text; the set is checked once, then remembered. */
function textTypesOf(parsers: QueryOptions['parsers']): number[] | undefined {
  if (!parsers) return undefined;
  let oids = textTypes.get(parsers);
  if (!oids) {
    oids = Object.entries(parsers).map(([oid, parse]) => {
      if (parse('2000-01-02', Number(oid)) !== '2000-01-02') throw new TypeError(`Only parsers that keep text can be used across threads (type ${oid}).`);
      return Number(oid);
    });
    textTypes.set(parsers, oids);
  }
  return oids;
}

function queryRequest(sql: string, params: unknown[] | undefined, options: QueryOptions | undefined, tx?: number): Request {
  if (options?.serializers || options?.blob || options?.onNotice || options?.paramTypes) {
    throw new TypeError('Only rowMode and text-keeping parsers can be used across threads.');
  }
  return { op: 'query', tx, sql, params: params ?? [], rowMode: options?.rowMode, text: textTypesOf(options?.parsers) };
}

export class PgliteThread {
  readonly #worker: Worker;
  readonly #pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  #nextId = 1;
  #stopped: Error | undefined;

  private constructor(worker: Worker) {
    this.#worker = worker;
    worker.on('message', (reply: Reply) => {
      const waiting = this.#pending.get(reply.id);
      if (!waiting) return;
      this.#pending.delete(reply.id);
      if (this.#pending.size === 0) worker.unref();
      if (reply.ok) waiting.resolve(reply.value);
      else waiting.reject(received(reply.error));
    });
    const stop = (error: Error) => {
      this.#stopped ??= error;
      for (const waiting of this.#pending.values()) waiting.reject(this.#stopped);
      this.#pending.clear();
    };
    worker.on('error', (error) => stop(new Error(`The database thread failed: ${error.message}`, { cause: error })));
    worker.on('exit', () => stop(new Error('The database is closed.')));
  }

  static async open(options: PgliteThreadOptions): Promise<PgliteThread> {
    const loadDataDir = options.loadDataDir ? { bytes: await options.loadDataDir.arrayBuffer(), type: options.loadDataDir.type } : undefined;
    const worker = new Worker(new URL('./pglite-thread.worker.js', import.meta.url), {
      workerData: { dataDir: options.dataDir, loadDataDir },
      transferList: loadDataDir ? [loadDataDir.bytes] : [],
    });
    // `once` rejects if the thread fails before it answers.
    const [opened] = (await once(worker, 'message')) as [Opened];
    if (!opened.opened) {
      await worker.terminate();
      throw received(opened.error);
    }
    // The thread keeps the process alive only while it has work, as PGlite on the main thread would.
    worker.unref();
    return new PgliteThread(worker);
  }

  #send<T>(request: Request): Promise<T> {
    if (this.#stopped) return Promise.reject(this.#stopped);
    const id = this.#nextId++;
    if (this.#pending.size === 0) this.#worker.ref();
    return new Promise<T>((resolve, reject) => {
      this.#pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.#worker.postMessage({ ...request, id });
    });
  }

  async query<T>(sql: string, params?: unknown[], options?: QueryOptions): Promise<Results<T>> {
    return this.#send(queryRequest(sql, params, options));
  }

  exec(sql: string): Promise<Results[]> {
    return this.#send({ op: 'exec', sql });
  }

  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  async transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    const id = await this.#send<number>({ op: 'begin' });
    let ended = false;
    const tx = {
      query: async <R>(sql: string, params?: unknown[], options?: QueryOptions) => this.#send<Results<R>>(queryRequest(sql, params, options, id)),
      exec: (sql: string) => this.#send<Results[]>({ op: 'exec', tx: id, sql }),
      rollback: async () => {
        throw new Error('Roll a transaction back by throwing from it.');
      },
      get closed() {
        return ended;
      },
    } as unknown as Transaction;
    let result: T;
    try {
      result = await work(tx);
    } catch (error) {
      ended = true;
      // The work's own error is the one to report; a thread that cannot roll back has stopped anyway.
      await this.#send({ op: 'end', tx: id, commit: false }).catch(() => undefined);
      throw error;
    }
    ended = true;
    await this.#send({ op: 'end', tx: id, commit: true });
    return result;
  }

  async dumpDataDir(compression: 'auto' | 'gzip' | 'none' = 'auto'): Promise<File> {
    const dump = await this.#send<{ bytes: ArrayBuffer; type: string; name: string }>({ op: 'dump', compression });
    return new File([new Uint8Array(dump.bytes)], dump.name, { type: dump.type });
  }

  async close(): Promise<void> {
    if (this.#stopped) return;
    await this.#send({ op: 'close' });
    this.#stopped = new Error('The database is closed.');
    await this.#worker.terminate();
  }

  /** For drizzle, which is typed for PGlite itself. */
  asPglite(): PGlite {
    return this as unknown as PGlite;
  }
}
