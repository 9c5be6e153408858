import { createRouter } from '../../lib/router.ts';
import { candidatesFor, fitForMe, gapForMe, offeringsForOpportunity, opportunitiesCoveredBy, opportunitiesForMe } from '../../services/matching.service.ts';
import { matchingRoutes as routes } from './matching.routes.ts';

export const matchingRouter = createRouter()
  .openapi(routes.candidates, async (c) => c.json(await candidatesFor(c.var.deps, c.var.actor, c.req.valid('param').id, c.req.valid('query')), 200))
  .openapi(routes.offeringsForOpportunity, async (c) =>
    c.json(await offeringsForOpportunity(c.var.deps, c.var.actor, c.req.valid('param').id, c.req.valid('query')), 200),
  )
  .openapi(routes.opportunitiesForOffering, async (c) =>
    c.json(await opportunitiesCoveredBy(c.var.deps, c.var.actor, c.req.valid('param').id, c.req.valid('query')), 200),
  )
  .openapi(routes.opportunitiesForMe, async (c) => c.json(await opportunitiesForMe(c.var.deps, c.var.actor, c.req.valid('query')), 200))
  .openapi(routes.fitForMe, async (c) => c.json(await fitForMe(c.var.deps, c.var.actor, c.req.valid('query')), 200))
  .openapi(routes.gapForMe, async (c) => c.json(await gapForMe(c.var.deps, c.var.actor, c.req.valid('query')), 200));
