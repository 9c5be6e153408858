import { ACCESS_LEVELS, type AccessLevel } from '@kc/contract';
import type { TestApi } from '@kc/api/testing';

/** A JSON Schema fragment as the OpenAPI document states it (inline; the API uses no $ref). */
export interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  maxItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
}

export interface ApiRoute {
  /** `METHOD /path/{param}`, the key every table in these tests uses. */
  key: string;
  method: string;
  path: string;
  access: AccessLevel | undefined;
  accessNote: string | undefined;
  pathParams: string[];
  queryParams: { name: string; schema: JsonSchema }[];
  body: JsonSchema | undefined;
}

interface OpenApiOperation {
  'x-access'?: AccessLevel;
  'x-access-note'?: string;
  parameters?: { name: string; in: string; schema?: JsonSchema }[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
}

export const ACCESS_LEVEL_NAMES = Object.keys(ACCESS_LEVELS) as AccessLevel[];
const HTTP_METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

export const routeKey = (method: string, path: string) => `${method.toUpperCase()} ${path}`;

/** Every operation in the API's own OpenAPI document, sorted by path then method. */
export async function fetchRoutes(api: TestApi): Promise<ApiRoute[]> {
  const res = await api.request('GET', '/api/openapi.json');
  if (res.status !== 200) throw new Error(`GET /api/openapi.json answered ${res.status}`);
  const routes: ApiRoute[] = [];
  for (const [path, operations] of Object.entries<Record<string, OpenApiOperation>>(res.body.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      if (!HTTP_METHODS.has(method)) continue;
      const parameters = operation.parameters ?? [];
      routes.push({
        key: routeKey(method, path),
        method: method.toUpperCase(),
        path,
        access: operation['x-access'],
        accessNote: operation['x-access-note'],
        pathParams: [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string),
        queryParams: parameters.filter((p) => p.in === 'query').map((p) => ({ name: p.name, schema: p.schema ?? {} })),
        body: operation.requestBody?.content?.['application/json']?.schema,
      });
    }
  }
  const byCodePoint = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return routes.sort((a, b) => byCodePoint(a.path, b.path) || byCodePoint(a.method, b.method));
}

/** Routes whose x-access is missing or not one of ACCESS_LEVELS, as readable lines. */
export function unclassifiedRoutes(routes: ApiRoute[]): string[] {
  return routes.filter((r) => !r.access || !ACCESS_LEVEL_NAMES.includes(r.access)).map((r) => `${r.key}: x-access=${String(r.access)}`);
}

/** One line per route for the access snapshot and the release-notes table. */
export const accessLine = (r: ApiRoute) => `${r.key}  ${r.access ?? 'MISSING'}${r.accessNote ? `  (${r.accessNote})` : ''}`;

export function accessTableMarkdown(routes: ApiRoute[]): string {
  const rows = routes.map((r) => `| \`${r.method}\` | \`${r.path}\` | ${r.access ?? '**missing**'} | ${r.accessNote ?? ''} |`);
  return ['| Method | Path | x-access | Note |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

export const isUnsafe = (method: string) => !['GET', 'HEAD', 'OPTIONS'].includes(method);
