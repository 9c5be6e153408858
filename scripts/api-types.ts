/**
 * `pnpm api:types`: writes the web app's API types (`packages/api-client/src/schema.ts`) from the
 * OpenAPI document the API serves, built in-process from the route specs. With `--check` it
 * writes nothing and fails when the file is not what the routes say now, so a changed route
 * cannot reach the web app unnoticed (`pnpm lint` runs the check).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { openApiDocument } from '@kc/api';

const target = fileURLToPath(new URL('../packages/api-client/src/schema.ts', import.meta.url));
const header = [
  '/**',
  ' * The API as its OpenAPI document describes it: written by `pnpm api:types`, not by hand.',
  ' * `pnpm lint` fails when it differs from what the routes say.',
  ' */',
  '',
].join('\n');

// The document is plain data; openapi-typescript wants its own (structurally equal) type.
const ast = await openapiTS(openApiDocument() as unknown as Parameters<typeof openapiTS>[0], { alphabetize: true, rootTypes: true, rootTypesNoSchemaPrefix: true });
const contents = `${header}${astToString(ast)}`;

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // A missing file is out of date too.
  }
  if (current !== contents) {
    console.error('packages/api-client/src/schema.ts is out of date with the API routes: run `pnpm api:types` and commit it.');
    process.exit(1);
  }
  console.log('API types are up to date with the routes.');
} else {
  writeFileSync(target, contents);
  console.log(`Wrote ${target}`);
}
