import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/**
 * PGlite must be opened by one process at a time: two writers would corrupt the folder.
 * A lock file holds the owner's pid; a lock whose process is gone is taken over.
 */
export interface DataDirLock {
  path: string;
  release(): void;
}

export interface LockOwner {
  pid: number;
  startedAt: string;
  [key: string]: unknown;
}

export class DataDirBusyError extends Error {
  constructor(
    readonly dataDir: string,
    readonly owner: LockOwner,
  ) {
    const what = typeof owner.apiUrl === 'string' ? `the app (pid ${owner.pid}, API at ${owner.apiUrl})` : `process ${owner.pid}`;
    super(
      `The embedded database in ${dataDir} is in use by ${what}. ` +
        'Only one process can open it at a time: stop that process first, or point DATABASE_URL at a PostgreSQL server.',
    );
    this.name = 'DataDirBusyError';
  }
}

export function lockPath(dataDir: string): string {
  return join(dataDir, 'kc.lock');
}

export function readLockOwner(dataDir: string): LockOwner | undefined {
  try {
    const owner = JSON.parse(readFileSync(lockPath(dataDir), 'utf8')) as LockOwner;
    return typeof owner.pid === 'number' && isAlive(owner.pid) ? owner : undefined;
  } catch {
    return undefined;
  }
}

export function acquireDataDirLock(dataDir: string, extra: Record<string, unknown>): DataDirLock {
  const path = lockPath(dataDir);
  const owner: LockOwner = { ...extra, pid: process.pid, startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, JSON.stringify(owner));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        rmSync(path, { force: true });
        process.off('exit', release);
      };
      process.on('exit', release);
      return { path, release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const current = readLockOwner(dataDir);
      if (current && current.pid !== process.pid) throw new DataDirBusyError(dataDir, current);
      rmSync(path, { force: true }); // stale: its process is gone
    }
  }
  throw new Error(`Could not lock ${dataDir}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
