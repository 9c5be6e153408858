import { createRouter } from '../../lib/router.ts';
import { clusterFigures } from '../../services/figures.service.ts';
import { figuresRoutes as routes } from './figures.routes.ts';

export const figuresRouter = createRouter().openapi(routes.clusterFigures, async (c) => c.json(await clusterFigures(c.var.deps), 200));
