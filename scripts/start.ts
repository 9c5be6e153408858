/**
 * `pnpm start`: the API (with the embedded database) and the web app, together.
 * Builds the web app first when its sources are newer than the last build.
 * `--dev` runs the web app under Vite's dev server instead.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataDirBusyError } from '@kc/db';
import { startApi, type RunningApi } from '@kc/api';
import { parseEnv, type Env } from '@kc/runtime';

const root = fileURLToPath(new URL('..', import.meta.url));
const webDir = join(root, 'apps/web');
const vite = join(webDir, 'node_modules/vite/bin/vite.js');
const dev = process.argv.includes('--dev');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function buildWebIfStale(): void {
  const handler = join(webDir, 'build/handler.js');
  const sources = Math.max(newestMtime(join(webDir, 'src')), newestMtime(join(root, 'packages/contract/src')));
  if (existsSync(handler) && statSync(handler).mtimeMs > sources) return;
  process.stderr.write('Building the web app…\n');
  const result = spawnSync(process.execPath, [vite, 'build'], { cwd: webDir, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error('The web app failed to build (see above).');
}

let env: Env;
try {
  env = parseEnv();
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(2);
}

if (!dev) buildWebIfStale();

let api: RunningApi;
try {
  api = await startApi(env);
} catch (error) {
  process.stderr.write(`${error instanceof DataDirBusyError ? error.message : error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
}

const webEnv = { ...process.env, API_URL: api.url, PORT: String(env.PORT), HOST: env.HOST, ORIGIN: process.env.ORIGIN ?? `http://${env.HOST === '0.0.0.0' ? 'localhost' : env.HOST}:${env.PORT}` };
const web: ChildProcess = dev
  ? spawn(process.execPath, [vite, 'dev', '--port', String(env.PORT), '--host', env.HOST, '--strictPort'], { cwd: webDir, env: webEnv, stdio: 'inherit' })
  : spawn(process.execPath, [join(webDir, 'build')], { cwd: webDir, env: webEnv, stdio: 'inherit' });

process.stderr.write(`\nKnowledge City Skills Exchange is starting:\n  web  http://${env.HOST}:${env.PORT}\n  API  ${api.url}/api/health  (reference: ${api.url}/api/docs)\n\n`);

let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  web.kill('SIGTERM');
  await api.stop();
  process.exit(code);
}
web.on('exit', (code) => void stop(code ?? 0));
process.once('SIGINT', () => void stop(0));
process.once('SIGTERM', () => void stop(0));
