/**
 * `pnpm lint:openapi`: lints the OpenAPI document the API serves (`/api/openapi.json`) with
 * Redocly's `recommended` rules and fails on any error or warning. The document is built
 * in-process from the route specs (no database, no server) into a temporary file; Redocly runs
 * offline, with telemetry and the update check off.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { openApiDocument } from '@kc/api';

interface Problem {
  ruleId: string;
  severity: 'error' | 'warn';
  message: string;
  location?: { pointer?: string }[];
}

interface Report {
  totals: { errors: number; warnings: number; ignored: number };
  problems: Problem[];
}

function redoclyBin(): string {
  const manifestPath = createRequire(import.meta.url).resolve('@redocly/cli/package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: string; bin: string | Record<string, string> };
  const bin = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin.redocly;
  if (!bin) throw new Error('@redocly/cli names no redocly binary');
  return join(dirname(manifestPath), bin);
}

const document = openApiDocument();
const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);
const operations = Object.values(document.paths ?? {}).reduce((n, item) => n + Object.keys(item).filter((key) => METHODS.has(key)).length, 0);
const dir = mkdtempSync(join(tmpdir(), 'kc-openapi-'));
let failed = true;
try {
  const file = join(dir, 'openapi.json');
  writeFileSync(file, `${JSON.stringify(document, null, 2)}\n`);
  // From the temporary folder, so no configuration file of this checkout changes the rules.
  const run = spawnSync(process.execPath, [redoclyBin(), 'lint', file, '--extends=recommended', '--format=json', '--max-problems=10000'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
  });
  let report: Report;
  try {
    report = JSON.parse(run.stdout) as Report;
  } catch {
    throw new Error(`redocly lint gave no report (exit ${String(run.status)}):\n${run.stdout}\n${run.stderr}`);
  }
  for (const p of report.problems) console.log(`${p.severity === 'error' ? 'error' : 'warning'}  ${p.ruleId}  ${p.location?.[0]?.pointer ?? ''}  ${p.message}`);
  const { errors, warnings } = report.totals;
  console.log(`OpenAPI document (${operations} operations), Redocly recommended rules: ${errors} errors, ${warnings} warnings.`);
  failed = errors > 0 || warnings > 0 || run.status !== 0;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
