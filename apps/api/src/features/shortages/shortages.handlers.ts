import { createRouter } from '../../lib/router.ts';
import { topShortages } from '../../services/shortages.service.ts';
import { shortageRoutes as routes } from './shortages.routes.ts';

export const shortagesRouter = createRouter().openapi(routes.top, async (c) => c.json(await topShortages(c.var.deps, c.var.actor, c.req.valid('query')), 200));
