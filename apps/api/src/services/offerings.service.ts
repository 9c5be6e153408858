import type { Offering, OfferingCreate, OfferingListQuery, OfferingUpdate, Page } from '@kc/contract';
import type { Db } from '@kc/db';
import { schema } from '@kc/db';
import type { Actor } from '../actor.ts';
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

export const listOfferings = (db: Db, actor: Actor, query: OfferingListQuery): Promise<Page<Offering>> => resource.list(db, actor, query, query.providerId);
export const getOffering = (db: Db, actor: Actor, id: string): Promise<Offering> => resource.get(db, actor, id);
export const createOffering = (db: Db, actor: Actor, input: OfferingCreate): Promise<Offering> => resource.create(db, actor, input.providerId, input);
export const updateOffering = (db: Db, actor: Actor, id: string, input: OfferingUpdate): Promise<Offering> => resource.update(db, actor, id, input);
export const deleteOffering = (db: Db, actor: Actor, id: string): Promise<void> => resource.remove(db, actor, id);
