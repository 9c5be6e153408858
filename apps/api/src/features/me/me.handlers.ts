import { deleteCookie } from 'hono/cookie';
import { createRouter } from '../../lib/router.ts';
import { SESSION_COOKIE } from '../../middleware/authenticate.ts';
import { requireUser } from '../../services/access.ts';
import { myApplications } from '../../services/applications.service.ts';
import { deleteAccount } from '../../services/auth/accounts.service.ts';
import { describeUser } from '../../services/auth/sessions.service.ts';
import { listInbox, markRead } from '../../services/inbox.service.ts';
import { exportMyData, profileViews } from '../../services/me.service.ts';
import { meRoutes as routes } from './me.routes.ts';

export const meRouter = createRouter()
  .openapi(routes.me, async (c) => c.json(await describeUser(c.var.deps, requireUser(c.var.actor)), 200))
  .openapi(routes.exportData, async (c) => {
    const data = await exportMyData(c.var.deps, requireUser(c.var.actor));
    c.header('content-disposition', `attachment; filename="my-data-${new Date().toISOString().slice(0, 10)}.json"`);
    return c.json(data, 200);
  })
  .openapi(routes.deleteAccount, async (c) => {
    await deleteAccount(c.var.deps, requireUser(c.var.actor), c.req.valid('json').password);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.body(null, 204);
  })
  .openapi(routes.profileViews, async (c) => c.json({ items: await profileViews(c.var.deps, requireUser(c.var.actor)) }, 200))
  .openapi(routes.applications, async (c) => c.json({ items: await myApplications(c.var.deps, c.var.actor, c.req.valid('query')) }, 200))
  .openapi(routes.notifications, async (c) => c.json(await listInbox(c.var.deps, c.var.actor, c.req.valid('query')), 200))
  .openapi(routes.markNotificationsRead, async (c) => c.json(await markRead(c.var.deps, c.var.actor, c.req.valid('json')), 200));
