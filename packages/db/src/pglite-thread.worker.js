// The thread that owns a PGlite database (see pglite-thread.ts). Plain JavaScript because a
// worker thread starts outside any TypeScript loader (tests, tsx, plain Node alike).
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';

/** @type {{ dataDir?: string, loadDataDir?: { bytes: ArrayBuffer, type: string } }} */
const settings = workerData;
const port = /** @type {import('node:worker_threads').MessagePort} */ (parentPort);

/** Open transactions by id: the PGlite handle and how to end its callback. */
const transactions = new Map();
/** Parser sets that keep the named types as text, by their key ("1082,1114"). */
const textParsers = new Map();

const keepText = (value) => value;

function parsersFor(oids) {
  if (!oids || oids.length === 0) return undefined;
  const key = oids.join(',');
  let parsers = textParsers.get(key);
  if (!parsers) {
    parsers = Object.fromEntries(oids.map((oid) => [oid, keepText]));
    textParsers.set(key, parsers);
  }
  return parsers;
}

/** An error as plain data: PostgreSQL's fields (code, detail, constraint…) must survive the trip. */
function describe(error) {
  if (!(error instanceof Error)) return { message: String(error), name: 'Error', fields: {} };
  const fields = {};
  for (const [key, value] of Object.entries(error)) {
    if (value === undefined || typeof value === 'function') continue;
    fields[key] = typeof value === 'object' && value !== null ? JSON.parse(JSON.stringify(value)) : value;
  }
  return { message: error.message, name: error.name, stack: error.stack, fields };
}

class EndTransaction extends Error {}

const database = await PGlite.create({
  dataDir: settings.dataDir,
  loadDataDir: settings.loadDataDir ? new Blob([settings.loadDataDir.bytes], { type: settings.loadDataDir.type }) : undefined,
  extensions: { pg_trgm },
}).catch((error) => {
  port.postMessage({ opened: false, error: describe(error) });
  return undefined;
});

async function handle(message) {
  const target = message.tx === undefined ? database : transactions.get(message.tx)?.tx;
  if (!target) throw new Error('The transaction has ended.');
  switch (message.op) {
    case 'query':
      return target.query(message.sql, message.params, { rowMode: message.rowMode, parsers: parsersFor(message.text) });
    case 'exec':
      return target.exec(message.sql);
    case 'begin':
      return begin(message.id);
    case 'end': {
      const open = transactions.get(message.tx);
      transactions.delete(message.tx);
      if (message.commit) open.commit();
      else open.rollback();
      return open.done;
    }
    case 'dump': {
      const file = await database.dumpDataDir(message.compression);
      return { bytes: await file.arrayBuffer(), type: file.type, name: file instanceof File ? file.name : 'pgdata.tar' };
    }
    case 'close':
      await database.close();
      return null;
    default:
      throw new Error(`Unknown operation ${message.op}`);
  }
}

/** Opens a transaction that stays open until an `end` message for it arrives. */
function begin(id) {
  return new Promise((began, failed) => {
    const open = { tx: undefined, commit: undefined, rollback: undefined, done: undefined };
    open.done = database
      .transaction(
        (tx) =>
          new Promise((commit, rollback) => {
            open.tx = tx;
            open.commit = () => commit(null);
            open.rollback = () => rollback(new EndTransaction());
            transactions.set(id, open);
            began(id);
          }),
      )
      .catch((error) => {
        if (!(error instanceof EndTransaction)) throw error;
        return null;
      });
    // A transaction that could not begin fails the `begin` request itself.
    open.done.catch(failed);
  });
}

if (database) {
  port.on('message', (message) => {
    handle(message).then(
      (value) => port.postMessage({ id: message.id, ok: true, value }),
      (error) => port.postMessage({ id: message.id, ok: false, error: describe(error) }),
    );
  });
  port.postMessage({ opened: true });
}
