import { and, asc, count, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type {
  Organisation,
  OrganisationCreate,
  OrganisationListQuery,
  OrganisationUpdate,
  Page,
} from '@kc/contract';
import type { Db } from '@kc/db';
import { schema } from '@kc/db';
import type { Actor } from '../context.ts';
import { ApiError, notFound, sqlState } from '../lib/errors.ts';
import { pageWindow, toPage } from '../lib/pagination.ts';
import { slugify } from '../lib/slug.ts';
import { requireClusterAdmin, requireOrganisationAdmin, requireUser } from './access.ts';
import { audit } from './audit.ts';
import { escapeLike, isUuid, updateVersioned } from './rows.ts';

const { organisations, opportunities, offerings, memberships } = schema;
type OrganisationRow = typeof organisations.$inferSelect;

export function toOrganisation(row: OrganisationRow): Organisation {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    slug: row.slug,
    sector: row.sector,
    description: row.description,
    website: row.website,
    district: row.district,
    sizeBand: row.sizeBand,
    verified: row.verified,
    isDemo: row.isDemo,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function listOrganisations(db: Db, query: OrganisationListQuery): Promise<Page<Organisation>> {
  const filters: SQL[] = [];
  if (query.kind) filters.push(eq(organisations.kind, query.kind));
  if (query.q) filters.push(ilike(organisations.name, `%${escapeLike(query.q)}%`));
  const where = filters.length ? and(...filters) : undefined;
  const { limit, offset } = pageWindow(query);
  const [rows, totals] = await Promise.all([
    db.select().from(organisations).where(where).orderBy(asc(organisations.name), asc(organisations.id)).limit(limit).offset(offset),
    db.select({ n: count() }).from(organisations).where(where),
  ]);
  return toPage(rows.map(toOrganisation), totals[0]?.n ?? 0, query);
}

/** By id or by slug. */
export async function getOrganisation(db: Db, ref: string): Promise<Organisation> {
  const where = isUuid(ref) ? or(eq(organisations.id, ref), eq(organisations.slug, ref)) : eq(organisations.slug, ref);
  const [row] = await db.select().from(organisations).where(where).limit(1);
  if (!row) throw notFound('Organisation');
  return toOrganisation(row);
}

/** Any signed-in user may register an organisation and becomes its first administrator. */
export async function createOrganisation(db: Db, actor: Actor, input: OrganisationCreate): Promise<Organisation> {
  const user = requireUser(actor);
  const base = input.slug ?? (slugify(input.name) || 'organisation');
  for (let attempt = 1; attempt <= 20; attempt++) {
    const slug = attempt === 1 ? base : `${base}-${attempt}`;
    try {
      return await db.transaction(async (tx) => {
        const [row] = await tx
          .insert(organisations)
          .values({ ...input, slug, description: input.description ?? '' })
          .returning();
        if (!row) throw new Error('insert returned no row');
        await tx.insert(memberships).values({ userId: user.userId, organisationId: row.id, role: 'admin' });
        await audit(tx, actor, 'create', 'organisation', row.id);
        return toOrganisation(row);
      });
    } catch (error) {
      if (sqlState(error) !== '23505') throw error;
      if (input.slug) throw new ApiError('CONFLICT', `The slug "${input.slug}" is taken.`, [{ path: 'body.slug', message: 'already taken' }]);
    }
  }
  throw new ApiError('CONFLICT', 'Could not find a free slug for this name; give one explicitly.');
}

export async function updateOrganisation(db: Db, actor: Actor, id: string, input: OrganisationUpdate): Promise<Organisation> {
  requireOrganisationAdmin(actor, id, 'change it');
  const { version, ...changes } = input;
  try {
    return await db.transaction(async (tx) => {
      const row = await updateVersioned(tx, organisations, id, version, changes, 'Organisation');
      await audit(tx, actor, 'update', 'organisation', id, { fields: Object.keys(changes) });
      return toOrganisation(row as OrganisationRow);
    });
  } catch (error) {
    if (sqlState(error) === '23505') throw new ApiError('CONFLICT', 'That slug is taken.', [{ path: 'body.slug', message: 'already taken' }]);
    throw error;
  }
}

export async function deleteOrganisation(db: Db, actor: Actor, id: string): Promise<void> {
  requireOrganisationAdmin(actor, id, 'delete it');
  await db.transaction(async (tx) => {
    const [dependents] = await tx
      .select({
        opportunities: sql<number>`(select count(*)::int from ${opportunities} where ${opportunities.organisationId} = ${id})`,
        offerings: sql<number>`(select count(*)::int from ${offerings} where ${offerings.providerId} = ${id})`,
      })
      .from(sql`(select 1) as one`);
    if (dependents && (dependents.opportunities > 0 || dependents.offerings > 0)) {
      throw new ApiError(
        'REFERENCED',
        `The organisation still has ${dependents.opportunities} opportunities and ${dependents.offerings} offerings; delete those first.`,
      );
    }
    const deleted = await tx.delete(organisations).where(eq(organisations.id, id)).returning({ id: organisations.id });
    if (deleted.length === 0) throw notFound('Organisation');
    await audit(tx, actor, 'delete', 'organisation', id);
  });
}

/** A cluster administrator confirms (or withdraws) that an organisation is who it says. */
export async function setOrganisationVerified(db: Db, actor: Actor, id: string, verified: boolean): Promise<Organisation> {
  requireClusterAdmin(actor, 'verify organisations');
  const [row] = await db.update(organisations).set({ verified, updatedAt: new Date() }).where(eq(organisations.id, id)).returning();
  if (!row) throw notFound('Organisation');
  await audit(db, actor, verified ? 'verify' : 'unverify', 'organisation', id);
  return toOrganisation(row);
}
