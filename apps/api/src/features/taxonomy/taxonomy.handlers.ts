import { createRouter } from '../../lib/router.ts';
import { inferOccupationsFor } from '../../services/occupation-inference.service.ts';
import { addAlias, createLocalSkill, deleteAlias, deleteLocalSkill } from '../../services/taxonomy-curation.service.ts';
import { getOccupation, getSkill, listOccupations, listSkills, suggestOccupations } from '../../services/taxonomy.service.ts';
import { taxonomyRoutes as routes } from './taxonomy.routes.ts';

export const taxonomyRouter = createRouter()
  .openapi(routes.listSkills, async (c) => c.json(await listSkills(c.var.deps, c.req.valid('query')), 200))
  .openapi(routes.readSkill, async (c) => c.json(await getSkill(c.var.deps, c.req.valid('param').uri), 200))
  .openapi(routes.listOccupations, async (c) => c.json(await listOccupations(c.var.deps, c.req.valid('query')), 200))
  .openapi(routes.suggestOccupations, async (c) => c.json({ items: await suggestOccupations(c.var.deps, c.req.valid('query')) }, 200))
  .openapi(routes.inferOccupations, async (c) => c.json({ items: await inferOccupationsFor(c.var.deps, c.req.valid('json')) }, 200))
  .openapi(routes.readOccupation, async (c) => c.json(await getOccupation(c.var.deps, c.req.valid('param').uri), 200))
  .openapi(routes.createLocalSkill, async (c) => c.json(await createLocalSkill(c.var.deps, c.var.actor, c.req.valid('json')), 201))
  .openapi(routes.deleteLocalSkill, async (c) => {
    await deleteLocalSkill(c.var.deps, c.var.actor, c.req.valid('param').uri);
    return c.body(null, 204);
  })
  .openapi(routes.addAlias, async (c) => c.json(await addAlias(c.var.deps, c.var.actor, c.req.valid('param').uri, c.req.valid('json').alias), 201))
  .openapi(routes.deleteAlias, async (c) => {
    await deleteAlias(c.var.deps, c.var.actor, c.req.valid('param').id);
    return c.body(null, 204);
  });
