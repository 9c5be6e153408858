import { createRouter } from '../../lib/router.ts';
import { extractSkills, suggestSkills } from '../../services/skill-intelligence.service.ts';
import { skillIntelligenceRoutes as routes } from './skill-intelligence.routes.ts';

export const skillIntelligenceRouter = createRouter()
  .openapi(routes.suggest, async (c) => {
    const { q, limit } = c.req.valid('query');
    return c.json({ items: await suggestSkills(c.var.deps, q, limit) }, 200);
  })
  .openapi(routes.extract, async (c) => {
    const { text, limit } = c.req.valid('json');
    return c.json(await extractSkills(c.var.deps, c.var.clientAddress, text, limit), 200);
  });
