import { createRouter } from '../../lib/router.ts';
import { acceptInvitation, invite, listInvitations, listMembers, removeMember, updateMemberRole } from '../../services/memberships.service.ts';
import { setOrganisationVerified } from '../../services/organisations.service.ts';
import { membershipRoutes as routes } from './memberships.routes.ts';

export const membershipsRouter = createRouter()
  .openapi(routes.members, async (c) => c.json({ items: await listMembers(c.var.deps, c.var.actor, c.req.valid('param').id) }, 200))
  .openapi(routes.removeMember, async (c) => {
    const { id, userId } = c.req.valid('param');
    await removeMember(c.var.deps, c.var.actor, id, userId);
    return c.body(null, 204);
  })
  .openapi(routes.updateMemberRole, async (c) => {
    const { id, userId } = c.req.valid('param');
    return c.json(await updateMemberRole(c.var.deps, c.var.actor, id, userId, c.req.valid('json').role), 200);
  })
  .openapi(routes.invite, async (c) => c.json(await invite(c.var.deps, c.var.actor, c.req.valid('param').id, c.req.valid('json')), 201))
  .openapi(routes.invitations, async (c) => c.json({ items: await listInvitations(c.var.deps, c.var.actor, c.req.valid('param').id) }, 200))
  .openapi(routes.accept, async (c) => c.json(await acceptInvitation(c.var.deps, c.var.actor, c.req.valid('json').token), 200))
  .openapi(routes.verify, async (c) => {
    return c.json(await setOrganisationVerified(c.var.deps, c.var.actor, c.req.valid('param').id, c.req.valid('json')), 200);
  });
