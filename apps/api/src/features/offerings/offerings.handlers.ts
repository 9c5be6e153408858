import { createRouter } from '../../lib/router.ts';
import { createOffering, deleteOffering, getOffering, listOfferings, updateOffering } from '../../services/offerings.service.ts';
import { offeringRoutes as routes } from './offerings.routes.ts';

export const offeringsRouter = createRouter()
  .openapi(routes.list, async (c) => c.json(await listOfferings(c.var.deps, c.var.actor, c.req.valid('query')), 200))
  .openapi(routes.read, async (c) => c.json(await getOffering(c.var.deps, c.var.actor, c.req.valid('param').id), 200))
  .openapi(routes.create, async (c) => c.json(await createOffering(c.var.deps, c.var.actor, c.req.valid('json')), 201))
  .openapi(routes.update, async (c) =>
    c.json(await updateOffering(c.var.deps, c.var.actor, c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(routes.remove, async (c) => {
    await deleteOffering(c.var.deps, c.var.actor, c.req.valid('param').id);
    return c.body(null, 204);
  });
