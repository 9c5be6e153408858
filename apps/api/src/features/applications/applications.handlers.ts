import { createRouter } from '../../lib/router.ts';
import { applyTo, listApplicants, updateApplication } from '../../services/applications.service.ts';
import { applicationRoutes as routes } from './applications.routes.ts';

export const applicationsRouter = createRouter()
  .openapi(routes.apply, async (c) =>
    c.json(await applyTo(c.var.deps, c.var.actor, c.req.valid('param').id, c.req.valid('json').message), 201),
  )
  .openapi(routes.applicants, async (c) => c.json(await listApplicants(c.var.deps, c.var.actor, c.req.valid('param').id, c.req.valid('query')), 200))
  .openapi(routes.update, async (c) => {
    const { status, version } = c.req.valid('json');
    return c.json(await updateApplication(c.var.deps, c.var.actor, c.req.valid('param').id, status, version), 200);
  });
