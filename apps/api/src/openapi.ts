import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { ESCO_ATTRIBUTION } from '@kc/contract';
import { getAbsoluteFSPath } from 'swagger-ui-dist';
import type { AppEnv } from './context.ts';

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
  },
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
