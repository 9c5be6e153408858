import type { OpenAPIHono } from '@hono/zod-openapi';
import { extract, suggest } from '@kc/taxonomy';
import type { AppEnv } from '../../context.ts';
import { consumeRateLimit } from '../../lib/rate-limit.ts';
import { skillIntelligenceRoutes as routes } from './skill-intelligence.routes.ts';

const EXTRACT_LIMIT = { limit: 120, windowSeconds: 60 };

export function skillIntelligenceRouter(app: OpenAPIHono<AppEnv>) {
  return app
    .openapi(routes.suggest, async (c) => {
      const { q, limit } = c.req.valid('query');
      return c.json({ items: suggest(await c.var.deps.skills.index(), q, { limit }) }, 200);
    })
    .openapi(routes.extract, async (c) => {
      await consumeRateLimit(c.var.deps.database.db, `extract:addr:${c.var.clientAddress}`, EXTRACT_LIMIT, 'extraction requests');
      const { text, limit } = c.req.valid('json');
      const skills = extract(await c.var.deps.skills.index(), text, { limit });
      return c.json({ skills: skills.map(({ uri, preferredLabel, score, spans }) => ({ uri, preferredLabel, score, spans })) }, 200);
    });
}
