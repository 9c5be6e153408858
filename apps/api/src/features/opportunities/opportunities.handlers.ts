import { createRouter } from '../../lib/router.ts';
import { createOpportunity, deleteOpportunity, readOpportunity, listOpportunities, updateOpportunity } from '../../services/opportunities.service.ts';
import { opportunityRoutes as routes } from './opportunities.routes.ts';

export const opportunitiesRouter = createRouter()
  .openapi(routes.list, async (c) => c.json(await listOpportunities(c.var.deps, c.var.actor, c.req.valid('query')), 200))
  .openapi(routes.read, async (c) => c.json(await readOpportunity(c.var.deps, c.var.actor, c.req.valid('param').id), 200))
  .openapi(routes.create, async (c) => c.json(await createOpportunity(c.var.deps, c.var.actor, c.req.valid('json')), 201))
  .openapi(routes.update, async (c) =>
    c.json(await updateOpportunity(c.var.deps, c.var.actor, c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(routes.remove, async (c) => {
    await deleteOpportunity(c.var.deps, c.var.actor, c.req.valid('param').id);
    return c.body(null, 204);
  });
