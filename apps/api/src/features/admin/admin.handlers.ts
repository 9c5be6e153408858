import { createRouter } from '../../lib/router.ts';
import { listAudit, listCuration, listOrganisationsForReview, listUsers, updateAlias, updateLocalSkill } from '../../services/admin.service.ts';
import { adminRoutes as routes } from './admin.routes.ts';

export const adminRouter = createRouter()
  .openapi(routes.organisations, async (c) => c.json(await listOrganisationsForReview(c.var.deps, c.var.actor, c.req.valid('query')), 200))
  .openapi(routes.curation, async (c) => c.json(await listCuration(c.var.deps, c.var.actor, c.req.valid('query')), 200))
  .openapi(routes.updateLocalSkill, async (c) => {
    await updateLocalSkill(c.var.deps, c.var.actor, c.req.valid('param').uri, c.req.valid('json'));
    return c.body(null, 204);
  })
  .openapi(routes.updateAlias, async (c) => {
    await updateAlias(c.var.deps, c.var.actor, c.req.valid('param').id, c.req.valid('json').alias);
    return c.body(null, 204);
  })
  .openapi(routes.users, async (c) => c.json(await listUsers(c.var.deps, c.var.actor, c.req.valid('query')), 200))
  .openapi(routes.audit, async (c) => c.json(await listAudit(c.var.deps, c.var.actor, c.req.valid('query')), 200));
