import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../context.ts';
import { health } from '../../services/health.service.ts';
import { healthRoutes as routes } from './health.routes.ts';

export function healthRouter(app: OpenAPIHono<AppEnv>) {
  return app.openapi(routes.health, async (c) => c.json(await health(c.var.deps.database, c.var.deps.search.engine, c.var.deps.healthMaxAgeMs), 200));
}
