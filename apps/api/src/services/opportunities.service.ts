import { count, eq } from 'drizzle-orm';
import type { Opportunity, OpportunityCreate, OpportunityStatus, OpportunityListQuery, OpportunityUpdate, Page, UnfilledCause } from '@kc/contract';
import { schema } from '@kc/db';
import type { Actor } from '../actor.ts';
import type { AppDeps } from '../context.ts';
import { ApiError } from '../lib/errors.ts';
import { resourceWithSkills } from './resource-with-skills.ts';
import { suggestedOccupation } from './occupation-inference.service.ts';
import { assertOccupationsExist, occupationRefOf, readOccupationRef } from './occupation-refs.ts';
import { isMemberOf, requireMember } from './access.ts';
import { isoDates, type OnlyFieldsOf } from './rows.ts';
import { OPPORTUNITY_SKILLS } from './skill-sets.repository.ts';

const { opportunities, applications } = schema;

const rowIsContract: OnlyFieldsOf<Opportunity, Omit<typeof opportunities.$inferSelect, 'organisationId' | 'occupationUri' | 'closedAt'>> = true;
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
  // The unfilled cause is private: `withUnfilledCause` adds it for the organisation's members.
  toItem: ({ organisationId: _, occupationUri: __, unfilledCause: ___, closedAt: ____, ...row }: typeof opportunities.$inferSelect, organisation, skills, columns): Opportunity => ({
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

/** The opportunity with why it closed unfilled, for its organisation's members; as anyone sees it otherwise. */
async function withUnfilledCause(deps: AppDeps, actor: Actor, opportunity: Opportunity): Promise<Opportunity> {
  if (!isMemberOf(actor, opportunity.organisation.id)) return opportunity;
  const [row] = await deps.database.db.select({ cause: opportunities.unfilledCause }).from(opportunities).where(eq(opportunities.id, opportunity.id));
  return { ...opportunity, unfilledCause: row?.cause ?? null };
}

/** One opportunity as `actor` may read it. */
export const readOpportunity = async (deps: AppDeps, actor: Actor, id: string): Promise<Opportunity> =>
  withUnfilledCause(deps, actor, await getOpportunity(deps, actor, id));

/** A cause is for an opportunity closed unfilled, and goes when it is no longer closed. */
function causeFor<T extends { status?: OpportunityStatus | undefined; unfilledCause?: UnfilledCause | null | undefined }>(input: T, status: OpportunityStatus): T {
  if (status === 'closed') return input;
  if (input.unfilledCause) {
    throw new ApiError('VALIDATION_FAILED', 'Only an opportunity closed unfilled has a reason why.', [
      { path: 'body.unfilledCause', message: 'Give a reason only when the status is closed; leave it out otherwise.' },
    ]);
  }
  return { ...input, unfilledCause: null };
}
/** Today in Sofia, as an ISO date: the day an apply-by date is compared with. */
export const todayInSofia = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Sofia' }).format(new Date());

/** An open opportunity takes applications until its apply-by date, so it may not be opened with that date gone. */
function assertDeadlineAhead(status: OpportunityStatus | undefined, deadline: string | null | undefined) {
  if (status === 'open' && deadline && deadline < todayInSofia()) {
    throw new ApiError('VALIDATION_FAILED', 'An open opportunity needs an apply-by date from today on.', [
      { path: 'body.deadline', message: 'The apply-by date has passed: choose today or a later day, or save the opportunity as a draft or closed.' },
    ]);
  }
}

const ended = (status: OpportunityStatus | undefined) => status === 'closed' || status === 'filled';
/** When it ends, the moment it did (kept while it stays ended); cleared when it is open or a draft again. */
const closedAtFor = (next: OpportunityStatus, previous: OpportunityStatus | undefined): { closedAt?: Date | null } =>
  ended(next) ? (ended(previous) ? {} : { closedAt: new Date() }) : { closedAt: null };

/** Left out on creation, the occupation is the one the title and skills suggest best; it stays the organisation's to change. */
export async function createOpportunity(deps: AppDeps, actor: Actor, input: OpportunityCreate): Promise<Opportunity> {
  requireMember(actor, input.organisationId, CREATING);
  assertDeadlineAhead(input.status, input.deadline);
  const occupationUri = input.occupationUri === undefined ? await suggestedOccupation(deps, input.title, (input.skills ?? []).map((s) => s.uri)) : input.occupationUri;
  const withOccupation: OpportunityCreate = { ...causeFor({ ...input, occupationUri }, input.status ?? 'draft'), ...closedAtFor(input.status ?? 'draft', undefined) };
  return withUnfilledCause(deps, actor, await resource.create(deps, actor, input.organisationId, withOccupation));
}

/** Opening it, or moving its apply-by date, is checked against the date; other edits of an open opportunity past its date are not refused. */
export async function updateOpportunity(deps: AppDeps, actor: Actor, id: string, input: OpportunityUpdate): Promise<Opportunity> {
  let checked = input;
  if (input.status !== undefined || input.deadline !== undefined || input.unfilledCause !== undefined) {
    const current = await getOpportunity(deps, actor, id);
    // Anyone else is refused by the update itself, before any check of what they sent.
    if (isMemberOf(actor, current.organisation.id)) {
      assertDeadlineAhead(input.status ?? current.status, input.deadline === undefined ? current.deadline : input.deadline);
      checked = { ...causeFor(input, input.status ?? current.status), ...(input.status ? closedAtFor(input.status, current.status) : {}) };
    }
  }
  return withUnfilledCause(deps, actor, await resource.update(deps, actor, id, checked));
}
export const deleteOpportunity = (deps: AppDeps, actor: Actor, id: string): Promise<void> => resource.remove(deps, actor, id);
