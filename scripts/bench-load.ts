/**
 * `pnpm bench:load`: the load of a busy day. Starts the app (`scripts/start.ts`, API and web)
 * as a child process on a fresh database and puts `--connections` (default 100) concurrent
 * connections on each target for `--duration` seconds (default 60, after `--warmup` seconds of
 * the same load that are not measured, default 5), with autocannon:
 *   opportunities  GET /api/v1/opportunities                 (API)
 *   search         GET /api/v1/search/opportunities?q=python (API)
 *   home           GET /                                     (web server, which calls the API)
 * While a target runs, a separate client asks GET /api/health every 200 ms.
 * `--databases pglite,postgres` (PostgreSQL: a fresh database on BENCH_DATABASE_URL, default the
 * local server), `--targets`, `--scale N` (the demo cluster seeded at scale N first),
 * `--ready-timeout S` (how long an app may take to start, import, seed and index; default 900).
 * `--baseline <git-ref>` runs the same on that commit (a temporary git worktree) in the same
 * run, one app at a time. Progress goes to stderr; stdout gets a table and, as its last line,
 * one JSON object with every figure.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import autocannon from 'autocannon';
import type { Result } from 'autocannon';
import postgres from 'postgres';
import type { ProbeReport, ProbeSettings } from './support/health-probe.ts';

const TARGETS = {
  opportunities: { server: 'api', path: '/api/v1/opportunities' },
  search: { server: 'api', path: '/api/v1/search/opportunities?q=python' },
  home: { server: 'web', path: '/' },
} as const;
type TargetName = keyof typeof TARGETS;
const DATABASES = ['pglite', 'postgres'] as const;
type DatabaseKind = (typeof DATABASES)[number];
type TreeId = 'baseline' | 'thisTree';

/** Autocannon's default, stated so the report can say it. */
const REQUEST_TIMEOUT_SECONDS = 10;
const HEALTH_INTERVAL_MS = 200;
const HEALTH_TIMEOUT_MS = 5_000;
const HEALTH_SLOW_MS = 100;
const PAUSE_BETWEEN_TARGETS_MS = 3_000;
const STOP_GRACE_MS = 15_000;
/** Linux reports CPU time in /proc in clock ticks of 1/100 s (USER_HZ) on every common build. */
const CLOCK_TICKS_PER_SECOND = 100;
/** Configuration the app reads that this benchmark sets itself or must not inherit from the shell. */
const APP_SETTINGS = ['DATABASE_URL', 'DATA_DIR', 'PORT', 'API_PORT', 'HOST', 'API_URL', 'ORIGIN', 'WEB_URL', 'MEILI_URL', 'MEILI_MASTER_KEY', 'SEED_DEMO', 'ESCO_AUTO_IMPORT', 'LOG_LEVEL'];

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const progress = (line: string) => process.stderr.write(`${line}\n`);
const out = (line: string) => process.stdout.write(`${line}\n`);
const round1 = (n: number) => Math.round(n * 10) / 10;

class UsageError extends Error {}

interface Settings {
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
  scale: number;
  databases: DatabaseKind[];
  targets: TargetName[];
  baseline: string | undefined;
  readyTimeoutSeconds: number;
  adminUrl: string;
}

function parseSettings(): Settings {
  const { values } = parseArgs({
    options: {
      connections: { type: 'string', default: '100' },
      duration: { type: 'string', default: '60' },
      warmup: { type: 'string', default: '5' },
      scale: { type: 'string', default: '1' },
      databases: { type: 'string', default: DATABASES.join(',') },
      targets: { type: 'string', default: Object.keys(TARGETS).join(',') },
      baseline: { type: 'string' },
      'ready-timeout': { type: 'string', default: '900' },
    },
  });
  const whole = (name: string, value: string, min: number) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new UsageError(`--${name} must be a whole number of at least ${min}`);
    return n;
  };
  const list = <T extends string>(name: string, value: string, allowed: readonly T[]): T[] => {
    const items = [...new Set(value.split(',').map((s) => s.trim()).filter(Boolean))];
    const unknown = items.filter((item) => !(allowed as readonly string[]).includes(item));
    if (unknown.length > 0 || items.length === 0) throw new UsageError(`--${name} takes a comma-separated list of: ${allowed.join(', ')}`);
    return allowed.filter((a) => items.includes(a));
  };
  return {
    connections: whole('connections', values.connections, 1),
    durationSeconds: whole('duration', values.duration, 1),
    warmupSeconds: whole('warmup', values.warmup, 0),
    scale: whole('scale', values.scale, 1),
    databases: list('databases', values.databases, DATABASES),
    targets: list('targets', values.targets, Object.keys(TARGETS) as TargetName[]),
    baseline: values.baseline,
    readyTimeoutSeconds: whole('ready-timeout', values['ready-timeout'], 10),
    adminUrl: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  };
}

// ---------------------------------------------------------------- clean-up on every way out

const cleanups: { label: string; run: () => Promise<void> | void }[] = [];
function onCleanup(label: string, run: () => Promise<void> | void): () => Promise<void> {
  const entry = { label, run };
  cleanups.push(entry);
  return async () => {
    const index = cleanups.indexOf(entry);
    if (index < 0) return;
    cleanups.splice(index, 1);
    await run();
  };
}
async function cleanUpAll(): Promise<void> {
  for (let entry = cleanups.pop(); entry; entry = cleanups.pop()) {
    try {
      await entry.run();
    } catch (error) {
      progress(`clean-up failed (${entry.label}): ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    interrupted = true;
    progress(`\n${signal}: stopping and cleaning up…`);
    void cleanUpAll().finally(() => process.exit(130));
  });
}

// ---------------------------------------------------------------- processes

function git(args: string[], cwd = repoRoot): string {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr.trim()}`);
  return result.stdout.trim();
}

/** Runs a command to completion with its output on stderr; throws when it fails. */
async function run(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<void> {
  const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 2, 2] });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (c) => resolve(c));
  });
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} (in ${options.cwd}) exited with ${code}`);
}

function tsxCli(root: string): string {
  const manifest = JSON.parse(readFileSync(join(root, 'node_modules/tsx/package.json'), 'utf8')) as { bin?: string | Record<string, string> };
  const bin = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin?.tsx;
  if (!bin) throw new Error(`no tsx executable in ${root}/node_modules/tsx`);
  return join(root, 'node_modules/tsx', bin);
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('could not find a free port');
  return address.port;
}

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/** CPU seconds used so far by the live processes of a process group; undefined without /proc. */
function groupCpuSeconds(pgid: number): number | undefined {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return undefined;
  }
  let ticks = 0;
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue;
    }
    // The command name may hold spaces and parentheses; the fields after it do not.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(fields[2]) !== pgid) continue;
    ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks / CLOCK_TICKS_PER_SECOND;
}

// ---------------------------------------------------------------- the app under test

interface Tree {
  id: TreeId;
  label: string;
  root: string;
}

interface RunningApp {
  label: string;
  apiUrl: string;
  webUrl: string;
  startupSeconds: number;
  settleSeconds: number;
  /** Lines the app has printed so far. */
  outputLines(): number;
  /** A measurement starts: show the first lines the app prints during it. */
  startRun(): void;
  cpuSeconds(): number | undefined;
  stop(): Promise<void>;
}

/** Where the app keeps its data: a temporary PGlite folder or a fresh PostgreSQL database. */
async function freshData(kind: DatabaseKind, settings: Settings, name: string): Promise<{ env: NodeJS.ProcessEnv; drop: () => Promise<void> }> {
  if (kind === 'pglite') {
    const dataDir = mkdtempSync(join(tmpdir(), 'kc-bench-load-data-'));
    const drop = onCleanup(`remove ${dataDir}`, () => rmSync(dataDir, { recursive: true, force: true }));
    return { env: { DATA_DIR: dataDir }, drop };
  }
  const admin = postgres(settings.adminUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${name}`);
  } catch (error) {
    await admin.end();
    throw error;
  }
  const url = new URL(settings.adminUrl);
  url.pathname = `/${name}`;
  const drop = onCleanup(`drop database ${name}`, async () => {
    try {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
    } finally {
      await admin.end();
    }
  });
  return { env: { DATABASE_URL: url.toString() }, drop };
}

interface HealthShape {
  search?: { outbox?: { pending?: unknown } };
}

function parseHealth(body: string): HealthShape | undefined {
  try {
    return JSON.parse(body) as HealthShape;
  } catch {
    return undefined;
  }
}

async function fetchStatus(url: string): Promise<{ status: number; body: string } | undefined> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
    return { status: response.status, body: await response.text() };
  } catch {
    return undefined;
  }
}

async function startApp(tree: Tree, kind: DatabaseKind, settings: Settings, instance: number): Promise<RunningApp> {
  const label = `${kind} · ${tree.label}`;
  const data = await freshData(kind, settings, `kc_bench_load_${process.pid}_${instance}`);
  try {
    const [port, apiPort] = [await freePort(), await freePort()];
    const env: NodeJS.ProcessEnv = { ...process.env };
    for (const key of APP_SETTINGS) delete env[key];
    Object.assign(env, data.env, {
      PORT: String(port),
      API_PORT: String(apiPort),
      HOST: '127.0.0.1',
      SEED_DEMO: 'true',
      ESCO_AUTO_IMPORT: 'true',
      LOG_LEVEL: 'warn',
    });
    const started = performance.now();
    if (settings.scale > 1) {
      progress(`[${label}] importing ESCO and seeding the demo cluster at scale ${settings.scale} with the tree's CLI…`);
      await run('pnpm', ['--silent', 'kc', 'esco', 'import'], { cwd: tree.root, env });
      await run('pnpm', ['--silent', 'kc', 'seed', '--scale', String(settings.scale), '--reset'], { cwd: tree.root, env });
    }
    progress(`[${label}] starting the app (web :${port}, API :${apiPort})…`);
    const child = spawn(process.execPath, [tsxCli(tree.root), join(tree.root, 'scripts/start.ts')], {
      cwd: tree.root,
      env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const pgid = child.pid;
    if (pgid === undefined) throw new Error(`[${label}] the app did not start`);
    const stopChild = onCleanup(`stop the app (${label})`, () => stopProcessGroup(child, pgid));
    const output = collectOutput(child, label);
    const stop = async () => {
      // In-flight requests fail noisily while the app shuts down; that is not part of any measurement.
      output.mute();
      progress(`[${label}] stopping the app`);
      await stopChild();
      await data.drop();
    };
    try {
      const apiUrl = `http://127.0.0.1:${apiPort}`;
      const webUrl = `http://127.0.0.1:${port}`;
      await waitUntilReady(child, apiUrl, webUrl, label, settings.readyTimeoutSeconds, output.tail);
      const startupSeconds = round1((performance.now() - started) / 1000);
      const settleStarted = performance.now();
      await waitUntilIdle(pgid, label);
      const settleSeconds = round1((performance.now() - settleStarted) / 1000);
      progress(`[${label}] ready after ${startupSeconds} s, idle ${settleSeconds} s later`);
      return { label, apiUrl, webUrl, startupSeconds, settleSeconds, outputLines: () => output.count(), startRun: output.startRun, cpuSeconds: () => groupCpuSeconds(pgid), stop };
    } catch (error) {
      await stop();
      throw error;
    }
  } catch (error) {
    await data.drop();
    throw error;
  }
}

/** SIGTERM to the app (it stops its web server and closes the database), SIGKILL to all that is left. */
async function stopProcessGroup(child: ChildProcess, pgid: number): Promise<void> {
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  child.kill('SIGTERM');
  const inTime = await Promise.race([exited.then(() => true), sleep(STOP_GRACE_MS).then(() => false)]);
  if (!inTime) progress(`the app (process group ${pgid}) did not stop within ${STOP_GRACE_MS / 1000} s; killing it`);
  for (let i = 0; i < 20 && inTime && groupAlive(pgid); i++) await sleep(250);
  if (groupAlive(pgid)) {
    try {
      process.kill(-pgid, 'SIGKILL');
    } catch {
      // Gone in the meantime.
    }
  }
  await exited;
}

/** Shows the app's output on stderr: all of it until it is ready, then the first lines of each run. */
function collectOutput(child: ChildProcess, label: string) {
  const SHOWN_PER_RUN = 20;
  const tail: string[] = [];
  let lines = 0;
  let budget = Infinity;
  let suppressed = 0;
  let muted = false;
  const onLine = (line: string) => {
    if (muted) return;
    lines++;
    tail.push(line);
    if (tail.length > 40) tail.shift();
    if (budget > 0) {
      budget--;
      progress(`  [${label}] ${line}`);
    } else suppressed++;
  };
  for (const stream of [child.stdout, child.stderr]) if (stream) createInterface({ input: stream }).on('line', onLine);
  return {
    tail: () => tail.join('\n'),
    count: () => lines,
    startRun: () => {
      if (suppressed > 0) progress(`  [${label}] … ${suppressed} more line(s) of app output not shown`);
      suppressed = 0;
      budget = SHOWN_PER_RUN;
    },
    mute: () => {
      muted = true;
      if (suppressed > 0) progress(`  [${label}] … ${suppressed} more line(s) of app output not shown; the last ones:\n${tail.slice(-5).map((l) => `  [${label}] ${l}`).join('\n')}`);
    },
  };
}

async function waitUntilReady(child: ChildProcess, apiUrl: string, webUrl: string, label: string, timeoutSeconds: number, tail: () => string): Promise<void> {
  const deadline = performance.now() + timeoutSeconds * 1000;
  let lastReport = performance.now();
  let state = 'the API does not answer yet';
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`[${label}] the app exited (${child.exitCode ?? child.signalCode}) before it was ready; its last output:\n${tail()}`);
    }
    const health = await fetchStatus(`${apiUrl}/api/health`);
    if (health?.status === 200) {
      const pending = parseHealth(health.body)?.search?.outbox?.pending;
      if (pending === 0) {
        const web = await fetchStatus(`${webUrl}/`);
        if (web?.status === 200) return;
        state = web ? `the web page answers ${web.status}` : 'the web server does not answer yet';
      } else {
        state = typeof pending === 'number' ? `${pending} search change(s) still in the outbox` : '/api/health does not report search.outbox.pending';
      }
    } else if (health) {
      state = `/api/health answers ${health.status}`;
    }
    if (performance.now() > deadline) throw new Error(`[${label}] not ready after ${timeoutSeconds} s: ${state}`);
    if (performance.now() - lastReport > 10_000) {
      progress(`[${label}] waiting: ${state}`);
      lastReport = performance.now();
    }
    await sleep(500);
  }
}

/** Waits (at most a minute) until the app's processes are nearly idle: the skill index builds in the background after start. */
async function waitUntilIdle(pgid: number, label: string): Promise<void> {
  const deadline = performance.now() + 60_000;
  let previous = groupCpuSeconds(pgid);
  let quietSeconds = 0;
  while (previous !== undefined && quietSeconds < 2 && performance.now() < deadline) {
    await sleep(1_000);
    const now = groupCpuSeconds(pgid);
    if (now === undefined) return;
    quietSeconds = now - previous < 0.05 ? quietSeconds + 1 : 0;
    previous = now;
  }
  if (performance.now() >= deadline) progress(`[${label}] still busy after a minute; loading anyway`);
}

// ---------------------------------------------------------------- measuring

interface HealthFigures {
  probes: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  over100Ms: number;
  failed: number;
}

interface RunFigures {
  database: DatabaseKind;
  tree: TreeId;
  target: TargetName;
  url: string;
  durationSeconds: number;
  requestsPerSecond: number;
  latencyMs: { mean: number; p50: number; p90: number; p99: number; max: number };
  requests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodes: Record<string, number>;
  health: HealthFigures;
  appOutputLines: number;
  /** CPU time the app's own processes (not a PostgreSQL server's) used during the run; null without /proc. Steadier than req/s on a shared machine. */
  appCpuSeconds: number | null;
}

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? 0;
}

async function startHealthProbe(url: string): Promise<{ stop: () => Promise<HealthFigures> }> {
  const settings: ProbeSettings = { url, intervalMs: HEALTH_INTERVAL_MS, timeoutMs: HEALTH_TIMEOUT_MS };
  // Node 20 does not hand tsx's loader hooks to worker threads: the worker registers them itself.
  const probeModule = new URL('./support/health-probe.ts', import.meta.url).href;
  const boot = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(probeModule)}); })`;
  const worker = new Worker(boot, { eval: true, workerData: settings });
  const messages: unknown[] = [];
  const waiting: ((message: unknown) => void)[] = [];
  let failure: Error | undefined;
  worker.on('message', (message: unknown) => {
    const next = waiting.shift();
    if (next) next(message);
    else messages.push(message);
  });
  worker.once('error', (error) => {
    failure = error;
  });
  const nextMessage = () =>
    new Promise<unknown>((resolve, reject) => {
      if (failure) return reject(failure);
      if (messages.length > 0) return resolve(messages.shift());
      waiting.push(resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`the health probe exited (${code})`)));
    });
  await nextMessage();
  return {
    stop: async () => {
      worker.postMessage('stop');
      const report = (await nextMessage()) as ProbeReport;
      await worker.terminate();
      const sorted = [...report.latenciesMs].sort((a, b) => a - b);
      return {
        probes: sorted.length,
        p50Ms: round1(percentile(sorted, 50)),
        p99Ms: round1(percentile(sorted, 99)),
        maxMs: round1(sorted.at(-1) ?? 0),
        over100Ms: sorted.filter((ms) => ms > HEALTH_SLOW_MS).length,
        failed: report.failed,
      };
    },
  };
}

async function measure(app: RunningApp, database: DatabaseKind, tree: TreeId, target: TargetName, settings: Settings): Promise<RunFigures> {
  const { server, path } = TARGETS[target];
  const url = `${server === 'api' ? app.apiUrl : app.webUrl}${path}`;
  const load = (durationSeconds: number) =>
    new Promise<Result>((resolve, reject) => {
      const options = {
        url,
        connections: settings.connections,
        duration: durationSeconds,
        timeout: REQUEST_TIMEOUT_SECONDS,
        headers: { accept: server === 'web' ? 'text/html' : 'application/json' },
      };
      let finished = false;
      let stopLoad: (() => Promise<void>) | undefined;
      const instance = autocannon(options, (error: unknown, done: Result) => {
        finished = true;
        void stopLoad?.();
        if (error) reject(error instanceof Error ? error : new Error(String(error)));
        else resolve(done);
      });
      // On an interrupt the load stops before the app does, rather than at the end of the duration.
      if (!finished) stopLoad = onCleanup(`stop the load on ${url}`, () => instance.stop());
    });
  if (settings.warmupSeconds > 0) {
    // Not measured: the first requests of a fresh process also pay for compiling its code.
    progress(`[${app.label}] ${target}: warming up for ${settings.warmupSeconds} s`);
    await load(settings.warmupSeconds);
  }
  progress(`[${app.label}] ${target}: ${settings.connections} connections for ${settings.durationSeconds} s on ${url}`);
  app.startRun();
  const linesBefore = app.outputLines();
  const cpuBefore = app.cpuSeconds();
  const probe = await startHealthProbe(`${app.apiUrl}/api/health`);
  let result: Result;
  try {
    result = await load(settings.durationSeconds);
  } catch (error) {
    await probe.stop();
    throw error;
  }
  const cpuAfter = app.cpuSeconds();
  const health = await probe.stop();
  const statusCodes: Record<string, number> = {};
  for (const [code, stat] of Object.entries(result.statusCodeStats ?? {})) statusCodes[code] = stat.count ?? 0;
  const figures: RunFigures = {
    database,
    tree,
    target,
    url,
    durationSeconds: result.duration,
    requestsPerSecond: round1(result.requests.average),
    latencyMs: { mean: round1(result.latency.average), p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    statusCodes,
    health,
    appOutputLines: app.outputLines() - linesBefore,
    // Negative when the app's processes ended meanwhile (an interrupt): then it says nothing.
    appCpuSeconds: cpuBefore === undefined || cpuAfter === undefined || cpuAfter < cpuBefore ? null : round1(cpuAfter - cpuBefore),
  };
  progress(
    `[${app.label}] ${target}: ${figures.requestsPerSecond} req/s, p50 ${figures.latencyMs.p50} ms, p99 ${figures.latencyMs.p99} ms, ` +
      `max ${figures.latencyMs.max} ms; ${figures.requests} requests, ${figures.non2xx} non-2xx, ${figures.errors} errors (${figures.timeouts} timeouts); ` +
      `health p99 ${health.p99Ms} ms, max ${health.maxMs} ms, ${health.over100Ms}/${health.probes} over ${HEALTH_SLOW_MS} ms, ${health.failed} failed` +
      (figures.appCpuSeconds === null ? '' : `; the app used ${figures.appCpuSeconds} CPU s`),
  );
  return figures;
}

// ---------------------------------------------------------------- the report

function table(runs: RunFigures[], settings: Settings, trees: Tree[]): string[] {
  const group = ['req/s', 'p50', 'p99', 'max', 'failed', 'health p99/max'];
  const widths = [8, 7, 7, 7, 8, 16];
  const cells = (r: RunFigures | undefined) =>
    r
      ? [
          r.requestsPerSecond.toFixed(0),
          r.latencyMs.p50.toFixed(0),
          r.latencyMs.p99.toFixed(0),
          r.latencyMs.max.toFixed(0),
          String(r.errors + r.non2xx),
          `${r.health.p99Ms.toFixed(0)}/${r.health.maxMs.toFixed(0)}`,
        ]
      : group.map(() => '—');
  const row = (values: string[]) => values.map((v, i) => v.padStart(widths[i] ?? 8)).join('');
  const groupWidth = widths.reduce((a, b) => a + b, 0);
  const compare = trees.length > 1;
  const lines = [
    `${''.padEnd(24)}${trees.map((t) => `  │${t.label.padStart(groupWidth)}`).join('')}${compare ? '  │ Δ req/s' : ''}`,
    `${'database'.padEnd(10)}${'target'.padEnd(14)}${trees.map(() => `  │${row(group)}`).join('')}${compare ? '  │' : ''}`,
  ];
  for (const database of settings.databases) {
    for (const target of settings.targets) {
      const byTree = trees.map((t) => runs.find((r) => r.database === database && r.target === target && r.tree === t.id));
      let delta = '';
      const [before, after] = byTree;
      if (compare) delta = before && after && before.requestsPerSecond > 0 ? `${(((after.requestsPerSecond - before.requestsPerSecond) / before.requestsPerSecond) * 100).toFixed(0)} %` : '—';
      lines.push(`${database.padEnd(10)}${target.padEnd(14)}${byTree.map((r) => `  │${row(cells(r))}`).join('')}${compare ? `  │ ${delta.padStart(7)}` : ''}`);
    }
  }
  lines.push(
    '',
    `${settings.connections} connections, ${settings.durationSeconds} s per target after ${settings.warmupSeconds} s of warm-up, demo data at scale ${settings.scale}. Latencies in ms.`,
    `failed = errors (connection errors and ${REQUEST_TIMEOUT_SECONDS} s timeouts) + non-2xx responses; health = GET /api/health from a separate client every ${HEALTH_INTERVAL_MS} ms during the run.`,
  );
  for (const r of runs) {
    const notes: string[] = [];
    if (r.timeouts > 0) notes.push(`${r.timeouts} timeouts`);
    if (r.errors - r.timeouts > 0) notes.push(`${r.errors - r.timeouts} connection errors`);
    if (r.non2xx > 0) notes.push(`non-2xx: ${Object.entries(r.statusCodes).filter(([code]) => !code.startsWith('2')).map(([code, n]) => `${n}× ${code}`).join(', ')}`);
    if (r.health.over100Ms > 0) notes.push(`${r.health.over100Ms} of ${r.health.probes} health probes over ${HEALTH_SLOW_MS} ms`);
    if (r.health.failed > 0) notes.push(`${r.health.failed} health probes failed`);
    if (r.appOutputLines > 0) notes.push(`the app printed ${r.appOutputLines} line(s) of warnings or errors`);
    if (notes.length > 0) lines.push(`  ${r.database} · ${r.target} · ${trees.find((t) => t.id === r.tree)?.label ?? r.tree}: ${notes.join('; ')}`);
  }
  return lines;
}

// ---------------------------------------------------------------- main

async function prepareBaseline(ref: string): Promise<{ tree: Tree; commit: string }> {
  const commit = git(['rev-parse', '--verify', `${ref}^{commit}`]);
  const dir = mkdtempSync(join(tmpdir(), 'kc-bench-load-baseline-'));
  onCleanup(`remove the worktree ${dir}`, () => {
    spawnSync('git', ['worktree', 'remove', '--force', dir], { cwd: repoRoot, stdio: 'ignore' });
    rmSync(dir, { recursive: true, force: true });
    spawnSync('git', ['worktree', 'prune'], { cwd: repoRoot, stdio: 'ignore' });
  });
  progress(`baseline ${ref} (${commit.slice(0, 12)}): git worktree in ${dir}, installing its dependencies…`);
  git(['worktree', 'add', '--detach', dir, commit]);
  await run('pnpm', ['install', '--frozen-lockfile', '--prefer-offline'], { cwd: dir });
  return { tree: { id: 'baseline', label: `baseline ${ref}`, root: dir }, commit };
}

async function main(): Promise<number> {
  let settings: Settings;
  try {
    settings = parseSettings();
  } catch (error) {
    progress(error instanceof Error ? error.message : String(error));
    return 2;
  }
  const began = performance.now();
  const head = git(['rev-parse', 'HEAD']);
  const uncommittedChanges = git(['status', '--porcelain']).length > 0;
  const trees: Tree[] = [];
  const treeInfo: Record<string, unknown> = { thisTree: { commit: head, uncommittedChanges } };
  if (settings.baseline) {
    const baseline = await prepareBaseline(settings.baseline);
    trees.push(baseline.tree);
    treeInfo.baseline = { ref: settings.baseline, commit: baseline.commit };
  }
  trees.push({ id: 'thisTree', label: 'this tree', root: repoRoot });

  const runs: RunFigures[] = [];
  const instances: { database: DatabaseKind; tree: TreeId; startupSeconds: number; settleSeconds: number }[] = [];
  const failures: { database: DatabaseKind; tree: TreeId; message: string }[] = [];
  let instance = 0;
  for (const database of settings.databases) {
    for (const tree of trees) {
      if (interrupted) return 130;
      let app: RunningApp | undefined;
      try {
        app = await startApp(tree, database, settings, instance++);
        instances.push({ database, tree: tree.id, startupSeconds: app.startupSeconds, settleSeconds: app.settleSeconds });
        for (const [i, target] of settings.targets.entries()) {
          if (i > 0) await sleep(PAUSE_BETWEEN_TARGETS_MS);
          if (interrupted) break;
          runs.push(await measure(app, database, tree.id, target, settings));
        }
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        progress(`[${database} · ${tree.label}] could not be measured: ${message}`);
        failures.push({ database, tree: tree.id, message });
      } finally {
        await app?.stop();
      }
    }
  }
  await cleanUpAll();
  if (interrupted) return 130;
  const totalSeconds = round1((performance.now() - began) / 1000);
  progress(`done in ${totalSeconds} s`);

  for (const line of table(runs, settings, trees)) out(line);
  out(
    JSON.stringify({
      settings: {
        connections: settings.connections,
        durationSeconds: settings.durationSeconds,
        scale: settings.scale,
        databases: settings.databases,
        targets: settings.targets,
        requestTimeoutSeconds: REQUEST_TIMEOUT_SECONDS,
        healthIntervalMs: HEALTH_INTERVAL_MS,
        healthTimeoutMs: HEALTH_TIMEOUT_MS,
        healthSlowMs: HEALTH_SLOW_MS,
        cpus: availableParallelism(),
      },
      trees: treeInfo,
      runs,
      instances,
      failures,
      totalSeconds,
    }),
  );
  return failures.length > 0 ? 1 : 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  progress(`bench:load could not run: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  await cleanUpAll();
  process.exitCode = 1;
}
