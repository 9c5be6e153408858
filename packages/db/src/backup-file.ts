import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { pipeline } from 'node:stream';
import { pipeline as pipelinePromise } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';

/** The file is not a backup, or is damaged or incomplete. */
export class BackupFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupFileError';
  }
}

/**
 * Gzipped text written to `<file>.partial-<pid>`, flushed to disk and renamed into place only
 * when complete, so a failed or interrupted backup never leaves a file that looks whole.
 */
export class GzipFileWriter {
  readonly #temporary: string;
  readonly #gzip = createGzip({ level: 6 });
  readonly #done: Promise<void>;
  readonly #opened: Promise<unknown>;

  constructor(readonly path: string) {
    this.#temporary = `${path}.partial-${process.pid}`;
    const file = createWriteStream(this.#temporary, { flags: 'wx' });
    this.#opened = once(file, 'open');
    this.#opened.catch(() => {});
    this.#done = pipelinePromise(this.#gzip, file).catch((error: unknown) => {
      throw new BackupFileError(`Cannot write the backup to ${path}: ${error instanceof Error ? error.message : String(error)}`);
    });
    this.#done.catch(() => {});
  }

  /** Resolves once the file is created, so a wrong path fails before any work is done. */
  async ready(): Promise<void> {
    await Promise.race([this.#opened, this.#done]).catch(() => this.#done);
  }

  async write(text: string): Promise<void> {
    if (this.#gzip.write(text)) return;
    // On a stream error `once` rejects with the raw error; #done carries the clear one.
    await Promise.race([once(this.#gzip, 'drain'), this.#done]).catch(() => this.#done);
  }

  /** Ends the stream, syncs the file and its folder, and renames it into place; returns its size. */
  async finish(): Promise<number> {
    this.#gzip.end();
    await this.#done;
    const bytes = await syncPath(this.#temporary, 'r+');
    await rename(this.#temporary, this.path);
    await syncPath(dirname(this.path), 'r').catch(() => 0);
    return bytes;
  }

  async abort(): Promise<void> {
    this.#gzip.destroy();
    await this.#done.catch(() => {});
    await rm(this.#temporary, { force: true });
  }
}

/** fsync: the backup must be on disk before it replaces an older one. Returns the size. */
async function syncPath(path: string, flags: string): Promise<number> {
  const handle = await open(path, flags);
  try {
    await handle.sync();
    return (await handle.stat()).size;
  } finally {
    await handle.close();
  }
}

/**
 * The lines of a gzipped text file, one at a time. Read or decompression errors (a truncated
 * or damaged file, a file that is not gzip) surface as BackupFileError from `next()`; the
 * gzip checksum is verified when the last line has been read and `next()` returns undefined.
 */
export class GzipLineReader {
  readonly #chunks: AsyncIterator<string>;
  readonly #input;
  #lines: string[] = [];
  #next = 0;
  #rest = '';
  #ended = false;

  constructor(readonly path: string) {
    this.#input = createReadStream(path);
    const gunzip = createGunzip();
    gunzip.setEncoding('utf8');
    pipeline(this.#input, gunzip, () => {});
    this.#chunks = (gunzip as AsyncIterable<string>)[Symbol.asyncIterator]();
  }

  async next(): Promise<string | undefined> {
    while (this.#next >= this.#lines.length && !this.#ended) {
      let chunk: IteratorResult<string>;
      try {
        chunk = await this.#chunks.next();
      } catch (error) {
        throw describeReadError(this.path, error);
      }
      if (chunk.done) {
        this.#ended = true;
        this.#lines = this.#rest === '' ? [] : [this.#rest];
        this.#next = 0;
        this.#rest = '';
        break;
      }
      const parts = (this.#rest + chunk.value).split('\n');
      this.#rest = parts.pop() ?? '';
      this.#lines = parts;
      this.#next = 0;
    }
    return this.#lines[this.#next++];
  }

  close(): void {
    this.#input.destroy();
    void this.#chunks.return?.().catch(() => {});
  }
}

function describeReadError(path: string, error: unknown): BackupFileError {
  const code = (error as NodeJS.ErrnoException).code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'ENOENT') return new BackupFileError(`${path} does not exist.`);
  if (code === 'Z_BUF_ERROR') return new BackupFileError(`${path} is incomplete: the compressed data ends too early (a truncated copy?).`);
  if (code === 'Z_DATA_ERROR') {
    return /header/i.test(message)
      ? new BackupFileError(`${path} is not a Knowledge City backup: it is not gzip-compressed.`)
      : new BackupFileError(`${path} is damaged: its compressed data does not check out (${message}).`);
  }
  return new BackupFileError(`${path} cannot be read: ${message}`);
}
