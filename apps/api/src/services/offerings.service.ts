import type { Offering, OfferingCreate, OfferingStatus, OfferingListQuery, OfferingUpdate, Page } from '@kc/contract';
import { schema } from '@kc/db';
import type { Actor } from '../actor.ts';
import type { AppDeps } from '../context.ts';
import { resourceWithSkills } from './resource-with-skills.ts';
import { isoDates, type OnlyFieldsOf } from './rows.ts';
import { OFFERING_SKILLS } from './skill-sets.repository.ts';

const { offerings } = schema;

const rowIsContract: OnlyFieldsOf<Offering, Omit<typeof offerings.$inferSelect, 'providerId'>> = true;
void rowIsContract;

const resource = resourceWithSkills({
  label: 'Offering',
  entity: 'offering',
  table: offerings,
  owner: offerings.providerId,
  skills: OFFERING_SKILLS,
  creating: 'publish offerings for it',
  toItem: ({ providerId: _, ...row }: typeof offerings.$inferSelect, provider, skills): Offering => ({ ...row, ...isoDates(row), provider, skills }),
});

export const listOfferings = (deps: AppDeps, actor: Actor, query: OfferingListQuery): Promise<Page<Offering>> => resource.list(deps, actor, query, query.providerId);
export const offeringsAmong = (deps: AppDeps, actor: Actor, ids: readonly string[], statuses: readonly OfferingStatus[]): Promise<Offering[]> =>
  resource.many(deps, actor, ids, statuses);
export const getOffering = (deps: AppDeps, actor: Actor, id: string): Promise<Offering> => resource.get(deps, actor, id);
export const createOffering = (deps: AppDeps, actor: Actor, input: OfferingCreate): Promise<Offering> => resource.create(deps, actor, input.providerId, input);
export const updateOffering = (deps: AppDeps, actor: Actor, id: string, input: OfferingUpdate): Promise<Offering> => resource.update(deps, actor, id, input);
export const deleteOffering = (deps: AppDeps, actor: Actor, id: string): Promise<void> => resource.remove(deps, actor, id);
