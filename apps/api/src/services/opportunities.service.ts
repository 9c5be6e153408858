import { and, asc, count, desc, eq, ilike, sql, type SQL } from 'drizzle-orm';
import type { Opportunity, OpportunityCreate, OpportunityListQuery, OpportunityUpdate, Page } from '@kc/contract';
import type { Db } from '@kc/db';
import { schema } from '@kc/db';
import { draftsVisibleTo } from '@kc/search';
import type { Actor } from '../context.ts';
import { ApiError, notFound } from '../lib/errors.ts';
import { pageWindow, toPage } from '../lib/pagination.ts';
import { requireMember } from './access.ts';
import { audit } from './audit.ts';
import { organisationRefColumns } from './organisation-ref.ts';
import { escapeLike, updateVersioned } from './rows.ts';
import { assertSkillsExist } from './skill-refs.ts';

const { opportunities, opportunitySkills, organisations, skills, applications } = schema;

const visibleTo = (actor: Actor) => draftsVisibleTo(actor, opportunities.status, opportunities.organisationId);

/** An opportunity's skills as one JSON array, in the order the contract lists them. */
const skillsOfOpportunity = sql<Opportunity['skills'] | string>`coalesce((
  select json_agg(json_build_object('uri', os.skill_uri, 'preferredLabel', s.preferred_label, 'level', os.level, 'importance', os.importance)
    order by os.importance, os.level desc, s.preferred_label)
  from ${opportunitySkills} os join ${skills} s on s.uri = os.skill_uri
  where os.opportunity_id = ${opportunities.id}), '[]')`;

/**
 * A page of opportunities with their organisation, skills and the number of all matches, in one
 * statement: the page is chosen (and the matches counted) first, so skills are read for its rows only.
 */
async function loadOpportunities(db: Db, where: SQL | undefined, limit: number, offset: number): Promise<{ items: Opportunity[]; total: number }> {
  const page = db
    .select({ id: opportunities.id, total: sql<number>`count(*) over ()`.as('total') })
    .from(opportunities)
    .where(where)
    .orderBy(desc(opportunities.createdAt), asc(opportunities.id))
    .limit(limit)
    .offset(offset)
    .as('page');
  const rows = await db
    .select({ opportunity: opportunities, organisation: organisationRefColumns, skills: skillsOfOpportunity, total: page.total })
    .from(page)
    .innerJoin(opportunities, eq(opportunities.id, page.id))
    .innerJoin(organisations, eq(organisations.id, opportunities.organisationId))
    .orderBy(desc(opportunities.createdAt), asc(opportunities.id));
  const items = rows.map(({ opportunity: o, organisation, skills: list }) => ({
    id: o.id,
    organisation,
    kind: o.kind,
    title: o.title,
    description: o.description,
    headcount: o.headcount,
    location: o.location,
    workMode: o.workMode,
    startsOn: o.startsOn,
    deadline: o.deadline,
    status: o.status,
    skills: typeof list === 'string' ? (JSON.parse(list) as Opportunity['skills']) : list,
    isDemo: o.isDemo,
    version: o.version,
    createdAt: o.createdAt.toISOString(),
    updatedAt: o.updatedAt.toISOString(),
  }));
  // Past the last page no row carries the count.
  const total = rows[0] ? Number(rows[0].total) : offset > 0 ? ((await db.select({ n: count() }).from(opportunities).where(where))[0]?.n ?? 0) : 0;
  return { items, total };
}

export async function listOpportunities(db: Db, actor: Actor, query: OpportunityListQuery): Promise<Page<Opportunity>> {
  const filters: SQL[] = [visibleTo(actor)];
  if (query.organisationId) filters.push(eq(opportunities.organisationId, query.organisationId));
  if (query.kind) filters.push(eq(opportunities.kind, query.kind));
  if (query.status) filters.push(eq(opportunities.status, query.status));
  if (query.q) filters.push(ilike(opportunities.title, `%${escapeLike(query.q)}%`));
  const where = and(...filters);
  const { limit, offset } = pageWindow(query);
  const { items, total } = await loadOpportunities(db, where, limit, offset);
  return toPage(items, total, query);
}

export async function getOpportunity(db: Db, actor: Actor, id: string): Promise<Opportunity> {
  const {
    items: [item],
  } = await loadOpportunities(db, and(eq(opportunities.id, id), visibleTo(actor)), 1, 0);
  if (!item) throw notFound('Opportunity');
  return item;
}

async function replaceSkills(db: Db, opportunityId: string, list: NonNullable<OpportunityCreate['skills']>): Promise<void> {
  await assertSkillsExist(db, list.map((s) => s.uri));
  await db.delete(opportunitySkills).where(eq(opportunitySkills.opportunityId, opportunityId));
  if (list.length > 0) {
    await db.insert(opportunitySkills).values(list.map((s) => ({ opportunityId, skillUri: s.uri, level: s.level, importance: s.importance })));
  }
}


export async function createOpportunity(db: Db, actor: Actor, input: OpportunityCreate): Promise<Opportunity> {
  requireMember(actor, input.organisationId, 'post opportunities for it');
  const { skills: skillList = [], ...fields } = input;
  const id = await db.transaction(async (tx) => {
    const [row] = await tx.insert(opportunities).values(fields).returning({ id: opportunities.id });
    if (!row) throw new Error('insert returned no row');
    await replaceSkills(tx, row.id, skillList);
    await audit(tx, actor, 'create', 'opportunity', row.id);
    return row.id;
  });
  return getOpportunity(db, actor, id);
}

export async function updateOpportunity(db: Db, actor: Actor, id: string, input: OpportunityUpdate): Promise<Opportunity> {
  const current = await getOpportunity(db, actor, id);
  requireMember(actor, current.organisation.id, 'change it');
  const { version, skills: skillList, ...changes } = input;
  await db.transaction(async (tx) => {
    await updateVersioned(tx, opportunities, id, version, changes, 'Opportunity');
    if (skillList) await replaceSkills(tx, id, skillList);
    await audit(tx, actor, 'update', 'opportunity', id, { fields: Object.keys(input).filter((k) => k !== 'version') });
  });
  return getOpportunity(db, actor, id);
}

export async function deleteOpportunity(db: Db, actor: Actor, id: string): Promise<void> {
  const current = await getOpportunity(db, actor, id);
  requireMember(actor, current.organisation.id, 'delete it');
  await db.transaction(async (tx) => {
    const [usage] = await tx.select({ n: count() }).from(applications).where(eq(applications.opportunityId, id));
    if (usage && usage.n > 0) {
      throw new ApiError('REFERENCED', `The opportunity has ${usage.n} application(s); close it instead of deleting it.`);
    }
    const deleted = await tx.delete(opportunities).where(eq(opportunities.id, id)).returning({ id: opportunities.id });
    if (deleted.length === 0) throw notFound('Opportunity');
    await audit(tx, actor, 'delete', 'opportunity', id);
  });
}
