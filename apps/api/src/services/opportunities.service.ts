import { count, eq } from 'drizzle-orm';
import type { Opportunity, OpportunityCreate, OpportunityStatus, OpportunityListQuery, OpportunityUpdate, Page } from '@kc/contract';
import { schema } from '@kc/db';
import type { Actor } from '../actor.ts';
import type { AppDeps } from '../context.ts';
import { ApiError } from '../lib/errors.ts';
import { resourceWithSkills } from './resource-with-skills.ts';
import { suggestedOccupation } from './occupation-inference.service.ts';
import { assertOccupationsExist, occupationRefOf, readOccupationRef } from './occupation-refs.ts';
import { requireMember } from './access.ts';
import { isoDates, type OnlyFieldsOf } from './rows.ts';
import { OPPORTUNITY_SKILLS } from './skill-sets.repository.ts';

const { opportunities, applications } = schema;

const rowIsContract: OnlyFieldsOf<Opportunity, Omit<typeof opportunities.$inferSelect, 'organisationId' | 'occupationUri'>> = true;
void rowIsContract;

const CREATING = 'post opportunities for it';

const resource = resourceWithSkills({
  label: 'Opportunity',
  entity: 'opportunity',
  table: opportunities,
  owner: opportunities.organisationId,
  skills: OPPORTUNITY_SKILLS,
  creating: CREATING,
  columns: { occupation: occupationRefOf(opportunities.occupationUri) },
  toItem: ({ organisationId: _, occupationUri: __, ...row }: typeof opportunities.$inferSelect, organisation, skills, columns): Opportunity => ({
    ...row,
    ...isoDates(row),
    organisation,
    occupation: readOccupationRef(columns.occupation),
    skills,
  }),
  async assertReferences(tx, input) {
    if (typeof input.occupationUri === 'string') await assertOccupationsExist(tx, [input.occupationUri], () => 'body.occupationUri');
  },
  async assertDeletable(tx, id) {
    const [usage] = await tx.select({ n: count() }).from(applications).where(eq(applications.opportunityId, id));
    if (usage && usage.n > 0) {
      throw new ApiError('REFERENCED', `The opportunity has ${usage.n} application(s); close it instead of deleting it.`);
    }
  },
});

export const listOpportunities = (deps: AppDeps, actor: Actor, query: OpportunityListQuery): Promise<Page<Opportunity>> =>
  resource.list(deps, actor, query, query.organisationId);
export const opportunitiesAmong = (deps: AppDeps, actor: Actor, ids: readonly string[], statuses: readonly OpportunityStatus[]): Promise<Opportunity[]> =>
  resource.many(deps, actor, ids, statuses);
export const getOpportunity = (deps: AppDeps, actor: Actor, id: string): Promise<Opportunity> => resource.get(deps, actor, id);
/** Left out on creation, the occupation is the one the title and skills suggest best; it stays the organisation's to change. */
export async function createOpportunity(deps: AppDeps, actor: Actor, input: OpportunityCreate): Promise<Opportunity> {
  requireMember(actor, input.organisationId, CREATING);
  const occupationUri = input.occupationUri === undefined ? await suggestedOccupation(deps, input.title, (input.skills ?? []).map((s) => s.uri)) : input.occupationUri;
  const withOccupation: OpportunityCreate = { ...input, occupationUri };
  return resource.create(deps, actor, input.organisationId, withOccupation);
}

export const updateOpportunity = (deps: AppDeps, actor: Actor, id: string, input: OpportunityUpdate): Promise<Opportunity> =>
  resource.update(deps, actor, id, input);
export const deleteOpportunity = (deps: AppDeps, actor: Actor, id: string): Promise<void> => resource.remove(deps, actor, id);
