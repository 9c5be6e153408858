import { createRouter } from '../../lib/router.ts';
import { health } from '../../services/health.service.ts';
import { healthRoutes as routes } from './health.routes.ts';

export const healthRouter = createRouter().openapi(routes.health, async (c) => c.json(await health(c.var.deps), 200));
