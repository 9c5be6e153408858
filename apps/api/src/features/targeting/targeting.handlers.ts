import { createRouter } from '../../lib/router.ts';
import { createDemandAlert, deleteDemandAlert, listDemandAlerts } from '../../services/demand-alerts.service.ts';
import { listNeedResponses, respondToNeed, withdrawNeedResponse } from '../../services/need-responses.service.ts';
import { targetingRoutes as routes } from './targeting.routes.ts';

export const targetingRouter = createRouter()
  .openapi(routes.respond, async (c) => c.json(await respondToNeed(c.var.deps, c.var.actor, c.req.valid('param').id, c.req.valid('json')), 201))
  .openapi(routes.responses, async (c) => c.json(await listNeedResponses(c.var.deps, c.var.actor, c.req.valid('param').id), 200))
  .openapi(routes.withdraw, async (c) => {
    const { id, responseId } = c.req.valid('param');
    await withdrawNeedResponse(c.var.deps, c.var.actor, id, responseId);
    return c.body(null, 204);
  })
  .openapi(routes.alerts, async (c) => c.json(await listDemandAlerts(c.var.deps, c.var.actor), 200))
  .openapi(routes.createAlert, async (c) => c.json(await createDemandAlert(c.var.deps, c.var.actor, c.req.valid('json')), 201))
  .openapi(routes.deleteAlert, async (c) => {
    await deleteDemandAlert(c.var.deps, c.var.actor, c.req.valid('param').id);
    return c.body(null, 204);
  });
