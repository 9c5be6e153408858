import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface WebBuild {
  status: number | null;
  stderr: string;
  /** The built server's entry, to start more servers from the same build. */
  server: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** Names this test run, so its browser test files share one web build (see `webBuild`). */
    testRunId: string;
  }
}

/** Where a run's web build goes, inside apps/web (see apps/web/svelte.config.js). */
export const webBuildDir = (runId: string) => `.e2e/run-${runId}`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The web app's production build for this test run. The first browser test file to ask builds
 * it (half a minute or more of a core); the files after it, or beside it, wait for its outcome
 * and start their servers from the same build. Creating the directory is the lock.
 */
export async function webBuild(webDir: string, runId: string): Promise<WebBuild> {
  const outDir = webBuildDir(runId);
  const dir = join(webDir, outDir);
  const outcomeFile = join(dir, 'outcome.json');
  const server = join(dir, 'build');
  mkdirSync(join(dir, '..'), { recursive: true });
  try {
    mkdirSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const until = Date.now() + 170_000;
    while (!existsSync(outcomeFile)) {
      if (Date.now() > until) throw new Error(`the web build in ${dir} did not finish`);
      await sleep(500);
    }
    return { ...(JSON.parse(readFileSync(outcomeFile, 'utf8')) as Omit<WebBuild, 'server'>), server };
  }
  const result = spawnSync(process.execPath, [join(webDir, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'], {
    cwd: webDir,
    env: { ...process.env, KC_WEB_OUT_DIR: outDir },
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  const outcome = { status: result.status, stderr: result.stderr };
  writeFileSync(`${outcomeFile}.tmp`, JSON.stringify(outcome));
  renameSync(`${outcomeFile}.tmp`, outcomeFile);
  return { ...outcome, server };
}
