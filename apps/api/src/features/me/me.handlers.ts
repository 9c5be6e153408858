import type { OpenAPIHono } from '@hono/zod-openapi';
import { deleteCookie } from 'hono/cookie';
import type { AppEnv } from '../../context.ts';
import { SESSION_COOKIE } from '../../middleware/authenticate.ts';
import { requireUser } from '../../services/access.ts';
import { myApplications } from '../../services/applications.service.ts';
import { deleteAccount } from '../../services/auth/accounts.service.ts';
import { describeUser } from '../../services/auth/sessions.service.ts';
import { exportMyData, profileViews } from '../../services/me.service.ts';
import { meRoutes as routes } from './me.routes.ts';

export function meRouter(app: OpenAPIHono<AppEnv>) {
  return app
    .openapi(routes.me, async (c) => c.json(await describeUser(c.var.deps.database.db, requireUser(c.var.actor)), 200))
    .openapi(routes.exportData, async (c) => {
      const data = await exportMyData(c.var.deps.database.db, requireUser(c.var.actor));
      c.header('content-disposition', `attachment; filename="my-data-${new Date().toISOString().slice(0, 10)}.json"`);
      return c.json(data, 200);
    })
    .openapi(routes.deleteAccount, async (c) => {
      await deleteAccount(c.var.deps, requireUser(c.var.actor), c.req.valid('json').password);
      // The deletion put the profile's removal in the outbox; send it now so the person is not
      // found after this answer. If the engine is down, the outbox keeps it for the retry.
      await c.var.deps.search.sync.drain().catch((error: unknown) => c.var.deps.log.warn('search sync after account deletion failed', { error: String(error) }));
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.body(null, 204);
    })
    .openapi(routes.profileViews, async (c) => c.json({ items: await profileViews(c.var.deps.database.db, requireUser(c.var.actor)) }, 200))
    .openapi(routes.applications, async (c) => c.json({ items: await myApplications(c.var.deps.database.db, c.var.actor) }, 200));
}
