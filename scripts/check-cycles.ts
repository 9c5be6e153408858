/**
 * `pnpm lint:cycles`: fails on an import circle anywhere in the TypeScript of the API, the CLI,
 * the packages, the tests and the scripts (type-only imports count), following imports between
 * workspace packages through their `exports`, and on a circle between workspace packages'
 * declared dependencies. The web app's Svelte files are outside it (madge cannot read them).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import madge from 'madge';

const root = fileURLToPath(new URL('..', import.meta.url));

interface Manifest {
  name: string;
  exports?: Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}
const packageDirs = [...['apps', 'packages'].flatMap((group) => readdirSync(join(root, group)).map((name) => join(group, name))), 'tests'];
const manifests = packageDirs
  .filter((dir) => existsSync(join(root, dir, 'package.json')))
  .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')) as Manifest }));

// Workspace imports resolve to the source files their package exports.
const paths: Record<string, string[]> = {};
for (const { dir, manifest } of manifests) {
  for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
    paths[join(manifest.name, subpath)] = [join(dir, target)];
  }
}

const result = await madge(['apps/api/src', 'apps/cli/src', 'packages', 'tests', 'scripts'], {
  baseDir: root,
  fileExtensions: ['ts'],
  excludeRegExp: [/node_modules/],
  tsConfig: { compilerOptions: { baseUrl: root, paths, module: 'esnext', moduleResolution: 'bundler', allowImportingTsExtensions: true } },
});
const fileCircles = result.circular();

// Declared dependencies between workspace packages, dev ones included.
const names = new Set(manifests.map((m) => m.manifest.name));
const needs = new Map(manifests.map(({ manifest }) => [manifest.name, Object.keys({ ...manifest.dependencies, ...manifest.devDependencies }).filter((n) => names.has(n))]));
const packageCircles: string[][] = [];
const state = new Map<string, 'open' | 'done'>();
const walk = (name: string, trail: string[]) => {
  if (state.get(name) === 'done') return;
  if (state.get(name) === 'open') {
    packageCircles.push([...trail.slice(trail.indexOf(name)), name]);
    return;
  }
  state.set(name, 'open');
  for (const next of needs.get(name) ?? []) walk(next, [...trail, name]);
  state.set(name, 'done');
};
for (const name of names) walk(name, []);

for (const circle of fileCircles) process.stderr.write(`import circle: ${circle.join(' → ')}\n`);
for (const circle of packageCircles) process.stderr.write(`package circle: ${circle.join(' → ')}\n`);
const files = Object.keys(result.obj()).length;
if (fileCircles.length + packageCircles.length > 0) process.exit(1);
process.stdout.write(`no import circle in ${files} files, none between ${names.size} workspace packages\n`);
