import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zodToOpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { ESCO_ATTRIBUTION, RESPONSE_COMPONENTS } from '@kc/contract';
import { getAbsoluteFSPath } from 'swagger-ui-dist';
import type { AppEnv } from './context.ts';

// The contract's response shapes become named components (`$ref`s), so the document and the
// clients generated from it name them; the routes keep using the contract's schemas unchanged.
for (const [refId, schema] of Object.entries(RESPONSE_COMPONENTS)) {
  zodToOpenAPIRegistry.add(schema, { ...zodToOpenAPIRegistry.get(schema), _internal: { ...zodToOpenAPIRegistry.get(schema)?._internal, refId } });
}

export const openApiConfig = {
  openapi: '3.1.0',
  info: {
    title: 'Knowledge City Skills Exchange API',
    version: '1.0.0',
    description:
      'Organisations, opportunities, offerings and student profiles, all described with ESCO skills. ' +
      'Every error has the shape `{ "error": { "code", "message", "requestId", "issues"? } }`. ' +
      'Sign in at `/api/v1/auth/sign-in`; send the token as a Bearer header, or use the cookie and the X-CSRF-Token header for writes. ' +
      'Each operation states who may call it in `x-access`. ' +
      ESCO_ATTRIBUTION,
    // The code has no licence yet; what the API serves is ESCO data, whose terms these are.
    license: {
      name: 'ESCO data: reuse with attribution under Commission Decision 2011/833/EU',
      url: 'https://eur-lex.europa.eu/eli/dec/2011/833/oj',
    },
  },
  // The paths are absolute (`/api/v1/…`) and this document is served by the API itself, so the
  // server is wherever the document was read from, whatever host, port or proxy is in front.
  servers: [{ url: '/', description: 'The server this document is served from' }],
  security: [{ bearer: [] }, { cookie: [] }, {}] as Record<string, string[]>[],
};

const ASSETS = { 'swagger-ui.css': 'text/css', 'swagger-ui-bundle.js': 'text/javascript' } as const;

const PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>API reference · Knowledge City Skills Exchange</title>
  <link rel="stylesheet" href="/api/docs/assets/swagger-ui.css">
</head>
<body>
  <div id="reference"></div>
  <script src="/api/docs/assets/swagger-ui-bundle.js"></script>
  <script src="/api/docs/assets/init.js"></script>
</body>
</html>`;

const INIT = `window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#reference', deepLinking: true });`;

/** A browsable reference page served entirely from this server (no CDN). */
export function apiReference(app: OpenAPIHono<AppEnv>) {
  const root = getAbsoluteFSPath();
  const cache = new Map<string, string>();
  app.get('/api/docs', (c) => c.html(PAGE));
  app.get('/api/docs/assets/init.js', (c) => c.body(INIT, 200, { 'content-type': 'text/javascript' }));
  app.get('/api/docs/assets/:file', (c) => {
    const file = c.req.param('file');
    if (!(file in ASSETS)) return c.notFound();
    let body = cache.get(file);
    if (body === undefined) {
      body = readFileSync(join(root, file), 'utf8');
      cache.set(file, body);
    }
    return c.body(body, 200, { 'content-type': ASSETS[file as keyof typeof ASSETS], 'cache-control': 'public, max-age=86400' });
  });
}
