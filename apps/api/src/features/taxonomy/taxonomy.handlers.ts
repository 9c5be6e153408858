import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../context.ts';
import { getOccupation, getSkill, listOccupations, listSkills } from '../../services/taxonomy.service.ts';
import { taxonomyRoutes as routes } from './taxonomy.routes.ts';

export function taxonomyRouter(app: OpenAPIHono<AppEnv>) {
  return app
    .openapi(routes.listSkills, async (c) => c.json(await listSkills(c.var.deps.database.db, c.req.valid('query')), 200))
    .openapi(routes.readSkill, async (c) => c.json(await getSkill(c.var.deps.database.db, c.req.valid('param').uri), 200))
    .openapi(routes.listOccupations, async (c) => c.json(await listOccupations(c.var.deps.database.db, c.req.valid('query')), 200))
    .openapi(routes.readOccupation, async (c) => c.json(await getOccupation(c.var.deps.database.db, c.req.valid('param').uri), 200));
}
