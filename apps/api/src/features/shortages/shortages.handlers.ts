import type { Context } from 'hono';
import type { AppEnv } from '../../context.ts';
import { createRouter } from '../../lib/router.ts';
import { providerCoverage, shortageSlices, shortageTrend, skillBundles, skillGroupShortages, topShortages, unfilledCauses, unmetDemand } from '../../services/shortages.service.ts';
import { bundlesCsv, causesCsv, groupsCsv, shortagesCsv, trendCsv, unmetCsv } from './shortage-csv.ts';
import { shortageRoutes as routes } from './shortages.routes.ts';

/** The answer as JSON, or as a CSV file named after the table and its day. */
function answer<T extends object>(c: Context<AppEnv>, format: 'json' | 'csv', data: T, toCsv: (data: T) => string, name: string) {
  if (format === 'json') return c.json(data, 200);
  return c.body(toCsv(data), 200, {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="${name}.csv"`,
  });
}

export const shortagesRouter = createRouter()
  .openapi(routes.top, async (c) => {
    const q = c.req.valid('query');
    const data = await topShortages(c.var.deps, c.var.actor, q);
    return answer(c, q.format, data, shortagesCsv, `shortages-${data.asOf}`) as never;
  })
  .openapi(routes.unmet, async (c) => {
    const q = c.req.valid('query');
    const data = await unmetDemand(c.var.deps, c.var.actor, q);
    return answer(c, q.format, data, unmetCsv, `unmet-demand-${data.asOf}`) as never;
  })
  .openapi(routes.groups, async (c) => {
    const q = c.req.valid('query');
    const data = await skillGroupShortages(c.var.deps, c.var.actor, q);
    return answer(c, q.format, data, groupsCsv, `shortages-by-group-${data.asOf}`) as never;
  })
  .openapi(routes.trend, async (c) => {
    const q = c.req.valid('query');
    const data = await shortageTrend(c.var.deps, c.var.actor, q);
    return answer(c, q.format, data, trendCsv, `shortage-trend-${data.points.at(-1)?.month ?? ''}`) as never;
  })
  .openapi(routes.causes, async (c) => {
    const q = c.req.valid('query');
    const data = await unfilledCauses(c.var.deps, c.var.actor, q);
    return answer(c, q.format, data, causesCsv, `unfilled-causes-${data.from}-${data.to}`) as never;
  })
  .openapi(routes.bundles, async (c) => {
    const q = c.req.valid('query');
    const data = await skillBundles(c.var.deps, q);
    return answer(c, q.format, data, bundlesCsv, `skill-bundles-${data.asOf}`) as never;
  })
  .openapi(routes.provider, async (c) => c.json(await providerCoverage(c.var.deps, c.req.valid('param').id), 200))
  .openapi(routes.slices, async (c) => c.json(await shortageSlices(c.var.deps), 200));
