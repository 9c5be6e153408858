import { and, desc, eq, inArray, or, type SQL } from 'drizzle-orm';
import type { NeedResponse, NeedResponseCreate, NeedResponses } from '@kc/contract';
import { schema } from '@kc/db';
import type { Actor } from '../actor.ts';
import type { AppDeps } from '../context.ts';
import { ApiError, sqlState } from '../lib/errors.ts';
import { isClusterAdmin, isMemberOf, requireMember, requireUser } from './access.ts';
import { audit } from './audit.ts';
import { getOffering } from './offerings.service.ts';
import { getOpportunity } from './opportunities.service.ts';
import { organisationRefColumns } from './organisation-ref.ts';

const { needResponses, offerings, organisations } = schema;

/**
 * "Respond to a need": a provider puts one of its published offerings forward for an open
 * posting. The posting's organisation sees every response on its opportunity; a provider sees
 * its own; nobody else sees any.
 */
export async function respondToNeed(deps: AppDeps, actor: Actor, opportunityId: string, input: NeedResponseCreate): Promise<NeedResponse> {
  const user = requireUser(actor);
  const opportunity = await getOpportunity(deps, actor, opportunityId);
  const offering = await getOffering(deps, actor, input.offeringId).catch((error: unknown) => {
    if (error instanceof ApiError && error.code === 'NOT_FOUND') {
      throw new ApiError('UNKNOWN_REFERENCE', 'That offering does not exist.', [{ path: 'body.offeringId', message: 'Give one of your published offerings.' }]);
    }
    throw error;
  });
  requireMember(actor, offering.provider.id, 'put its offerings forward');
  if (offering.status !== 'published') {
    throw new ApiError('CONFLICT', 'Only a published offering can be put forward.', [{ path: 'body.offeringId', message: 'Publish the offering first.' }]);
  }
  if (opportunity.status !== 'open') throw new ApiError('CONFLICT', 'The opportunity is not open: it no longer takes responses.');
  if (offering.provider.id === opportunity.organisation.id) throw new ApiError('CONFLICT', 'An organisation does not respond to its own need.');
  try {
    const id = await deps.database.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(needResponses)
        .values({ opportunityId, offeringId: offering.id, providerId: offering.provider.id, respondedBy: user.userId, message: input.message ?? '' })
        .returning({ id: needResponses.id });
      if (!row) throw new Error('insert returned no row');
      await audit(tx, actor, 'respond', 'opportunity', opportunityId, { offeringId: offering.id });
      return row.id;
    });
    const [created] = await load(deps, eq(needResponses.id, id));
    if (!created) throw new Error('response vanished');
    return created;
  } catch (error) {
    if (sqlState(error) === '23505') throw new ApiError('CONFLICT', 'This offering is already put forward for this opportunity.');
    throw error;
  }
}

async function load(deps: AppDeps, where: SQL | undefined): Promise<NeedResponse[]> {
  const rows = await deps.database.db
    .select({ response: needResponses, offering: { id: offerings.id, title: offerings.title, kind: offerings.kind }, provider: organisationRefColumns })
    .from(needResponses)
    .innerJoin(offerings, eq(offerings.id, needResponses.offeringId))
    .innerJoin(organisations, eq(organisations.id, needResponses.providerId))
    .where(where)
    .orderBy(desc(needResponses.createdAt), desc(needResponses.id));
  return rows.map(({ response, offering, provider }) => ({
    id: response.id,
    opportunityId: response.opportunityId,
    offering,
    provider,
    message: response.message,
    createdAt: response.createdAt.toISOString(),
  }));
}

/** The responses to an opportunity the caller may read: all of them for its organisation (and cluster administrators), a provider's own otherwise. */
export async function listNeedResponses(deps: AppDeps, actor: Actor, opportunityId: string): Promise<NeedResponses> {
  const user = requireUser(actor);
  const opportunity = await getOpportunity(deps, actor, opportunityId);
  const everything = isMemberOf(actor, opportunity.organisation.id) || isClusterAdmin(actor);
  const own = user.memberships.map((m) => m.organisationId);
  if (!everything && own.length === 0) return { items: [] };
  const mine = own.length > 0 ? inArray(needResponses.providerId, own) : undefined;
  const where = and(eq(needResponses.opportunityId, opportunityId), everything ? undefined : or(mine));
  return { items: await load(deps, where) };
}

/** A provider's members take its response back. */
export async function withdrawNeedResponse(deps: AppDeps, actor: Actor, opportunityId: string, responseId: string): Promise<void> {
  requireUser(actor);
  const [row] = await deps.database.db
    .select({ providerId: needResponses.providerId })
    .from(needResponses)
    .where(and(eq(needResponses.id, responseId), eq(needResponses.opportunityId, opportunityId)));
  // Someone else's response is as absent as one that does not exist.
  if (!row || !isMemberOf(actor, row.providerId)) throw new ApiError('NOT_FOUND', 'That response was not found.');
  await deps.database.db.transaction(async (tx) => {
    await tx.delete(needResponses).where(eq(needResponses.id, responseId));
    await audit(tx, actor, 'withdraw response', 'opportunity', opportunityId, { responseId });
  });
}
