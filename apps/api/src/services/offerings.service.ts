import { and, asc, count, desc, eq, ilike, inArray, type SQL } from 'drizzle-orm';
import type { Offering, OfferingCreate, OfferingListQuery, OfferingUpdate, Page } from '@kc/contract';
import type { Db } from '@kc/db';
import { schema } from '@kc/db';
import { draftsVisibleTo } from '@kc/search';
import type { Actor } from '../context.ts';
import { notFound } from '../lib/errors.ts';
import { groupBy } from '../lib/group-by.ts';
import { pageWindow, toPage } from '../lib/pagination.ts';
import { requireMember } from './access.ts';
import { audit } from './audit.ts';
import { organisationRefColumns } from './organisation-ref.ts';
import { escapeLike, updateVersioned } from './rows.ts';
import { assertSkillsExist } from './skill-refs.ts';

const { offerings, offeringSkills, organisations, skills } = schema;

const visibleTo = (actor: Actor) => draftsVisibleTo(actor, offerings.status, offerings.providerId);

async function loadOfferings(db: Db, where: SQL | undefined, limit: number, offset: number): Promise<Offering[]> {
  const rows = await db
    .select({ offering: offerings, provider: organisationRefColumns })
    .from(offerings)
    .innerJoin(organisations, eq(organisations.id, offerings.providerId))
    .where(where)
    .orderBy(desc(offerings.createdAt), asc(offerings.id))
    .limit(limit)
    .offset(offset);
  if (rows.length === 0) return [];
  const skillRows = await db
    .select({
      offeringId: offeringSkills.offeringId,
      uri: offeringSkills.skillUri,
      preferredLabel: skills.preferredLabel,
      level: offeringSkills.level,
    })
    .from(offeringSkills)
    .innerJoin(skills, eq(skills.uri, offeringSkills.skillUri))
    .where(inArray(offeringSkills.offeringId, rows.map((r) => r.offering.id)))
    .orderBy(desc(offeringSkills.level), asc(skills.preferredLabel));
  const byOffering = groupBy(skillRows, 'offeringId');
  return rows.map(({ offering: o, provider }) => ({
    id: o.id,
    provider,
    kind: o.kind,
    title: o.title,
    description: o.description,
    hours: o.hours,
    ects: o.ects,
    language: o.language,
    format: o.format,
    costEur: o.costEur,
    seats: o.seats,
    yearlyCapacity: o.yearlyCapacity,
    startsOn: o.startsOn,
    endsOn: o.endsOn,
    status: o.status,
    skills: byOffering.get(o.id) ?? [],
    isDemo: o.isDemo,
    version: o.version,
    createdAt: o.createdAt.toISOString(),
    updatedAt: o.updatedAt.toISOString(),
  }));
}

export async function listOfferings(db: Db, actor: Actor, query: OfferingListQuery): Promise<Page<Offering>> {
  const filters: SQL[] = [visibleTo(actor)];
  if (query.providerId) filters.push(eq(offerings.providerId, query.providerId));
  if (query.kind) filters.push(eq(offerings.kind, query.kind));
  if (query.status) filters.push(eq(offerings.status, query.status));
  if (query.q) filters.push(ilike(offerings.title, `%${escapeLike(query.q)}%`));
  const where = and(...filters);
  const { limit, offset } = pageWindow(query);
  const [items, totals] = await Promise.all([
    loadOfferings(db, where, limit, offset),
    db.select({ n: count() }).from(offerings).where(where),
  ]);
  return toPage(items, totals[0]?.n ?? 0, query);
}

export async function getOffering(db: Db, actor: Actor, id: string): Promise<Offering> {
  const [item] = await loadOfferings(db, and(eq(offerings.id, id), visibleTo(actor)), 1, 0);
  if (!item) throw notFound('Offering');
  return item;
}

async function replaceSkills(db: Db, offeringId: string, list: NonNullable<OfferingCreate['skills']>): Promise<void> {
  await assertSkillsExist(db, list.map((s) => s.uri));
  await db.delete(offeringSkills).where(eq(offeringSkills.offeringId, offeringId));
  if (list.length > 0) {
    await db.insert(offeringSkills).values(list.map((s) => ({ offeringId, skillUri: s.uri, level: s.level })));
  }
}


export async function createOffering(db: Db, actor: Actor, input: OfferingCreate): Promise<Offering> {
  requireMember(actor, input.providerId, 'publish offerings for it');
  const { skills: skillList = [], ...fields } = input;
  const id = await db.transaction(async (tx) => {
    const [row] = await tx.insert(offerings).values(fields).returning({ id: offerings.id });
    if (!row) throw new Error('insert returned no row');
    await replaceSkills(tx, row.id, skillList);
    await audit(tx, actor, 'create', 'offering', row.id);
    return row.id;
  });
  return getOffering(db, actor, id);
}

export async function updateOffering(db: Db, actor: Actor, id: string, input: OfferingUpdate): Promise<Offering> {
  const current = await getOffering(db, actor, id);
  requireMember(actor, current.provider.id, 'change it');
  const { version, skills: skillList, ...changes } = input;
  await db.transaction(async (tx) => {
    await updateVersioned(tx, offerings, id, version, changes, 'Offering');
    if (skillList) await replaceSkills(tx, id, skillList);
    await audit(tx, actor, 'update', 'offering', id, { fields: Object.keys(input).filter((k) => k !== 'version') });
  });
  return getOffering(db, actor, id);
}

export async function deleteOffering(db: Db, actor: Actor, id: string): Promise<void> {
  const current = await getOffering(db, actor, id);
  requireMember(actor, current.provider.id, 'delete it');
  await db.transaction(async (tx) => {
    const deleted = await tx.delete(offerings).where(eq(offerings.id, id)).returning({ id: offerings.id });
    if (deleted.length === 0) throw notFound('Offering');
    await audit(tx, actor, 'delete', 'offering', id);
  });
}

