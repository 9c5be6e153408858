import { createRouter } from '../../lib/router.ts';
import {
  createOrganisation,
  deleteOrganisation,
  listOrganisations,
  readOrganisation,
  updateOrganisation,
} from '../../services/organisations.service.ts';
import { organisationRoutes as routes } from './organisations.routes.ts';

export const organisationsRouter = createRouter()
  .openapi(routes.list, async (c) => c.json(await listOrganisations(c.var.deps, c.req.valid('query')), 200))
  .openapi(routes.read, async (c) => c.json(await readOrganisation(c.var.deps, c.var.actor, c.req.valid('param').id), 200))
  .openapi(routes.create, async (c) =>
    c.json(await createOrganisation(c.var.deps, c.var.actor, c.req.valid('json')), 201),
  )
  .openapi(routes.update, async (c) => c.json(await updateOrganisation(c.var.deps, c.var.actor, c.req.valid('param').id, c.req.valid('json')), 200))
  .openapi(routes.remove, async (c) => {
    await deleteOrganisation(c.var.deps, c.var.actor, c.req.valid('param').id);
    return c.body(null, 204);
  });
