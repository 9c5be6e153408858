import { and, asc, count, eq, ilike, inArray, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import type {
  Organisation,
  OrganisationCreate,
  OrganisationListQuery,
  OrganisationUpdate,
  Page,
} from '@kc/contract';
import type { Db } from '@kc/db';
import { schema } from '@kc/db';
import { lookAlikeKey } from '@kc/contract';
import type { AppDeps } from '../context.ts';
import type { Actor } from '../actor.ts';
import { ApiError, notFound, sqlState } from '../lib/errors.ts';
import { pageWindow, toPage } from '../lib/pagination.ts';
import { slugify } from '../lib/slug.ts';
import { holdsClusterAdminRights, isClusterAdmin, isMemberOf, requireClusterAdmin, requireOrganisationAdmin, requireUser } from './access.ts';
import { audit } from './audit.ts';
import { verificationRefusedMail } from './mail-texts.ts';
import { escapeLike, isUuid, updateVersioned } from './rows.ts';

const { organisations, opportunities, offerings, memberships, users } = schema;
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

/**
 * One organisation as `actor` may see it: its members and the cluster administrators are also
 * told why its verification was refused, while that stands; nobody else learns of it.
 */
function toOrganisationFor(actor: Actor, row: OrganisationRow): Organisation {
  const organisation = toOrganisation(row);
  if (!isMemberOf(actor, row.id) && !isClusterAdmin(actor)) return organisation;
  const refused = !row.verified && row.verificationRefusal !== null;
  return {
    ...organisation,
    verificationRefusal: refused ? { reason: row.verificationRefusal ?? '', decidedAt: (row.verificationDecidedAt ?? row.updatedAt).toISOString() } : null,
  };
}

export async function listOrganisations(deps: AppDeps, query: OrganisationListQuery): Promise<Page<Organisation>> {
  const db = deps.database.db;
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

async function organisationRow(deps: AppDeps, ref: string): Promise<OrganisationRow> {
  const where = isUuid(ref) ? or(eq(organisations.id, ref), eq(organisations.slug, ref)) : eq(organisations.slug, ref);
  const [row] = await deps.database.db.select().from(organisations).where(where).limit(1);
  if (!row) throw notFound('Organisation');
  return row;
}

/** By id or by slug. */
export async function getOrganisation(deps: AppDeps, ref: string): Promise<Organisation> {
  return toOrganisation(await organisationRow(deps, ref));
}

/** By id or by slug, as `actor` may see it (with a standing refusal for its members and the cluster administrators). */
export async function readOrganisation(deps: AppDeps, actor: Actor, ref: string): Promise<Organisation> {
  return toOrganisationFor(actor, await organisationRow(deps, ref));
}

/**
 * Refuses (409) a name that would pass for another organisation's: the same look-alike key
 * (case, spacing, accents, letters of other scripts that look Latin). Serialised per key, so
 * two look-alikes registered at once cannot both pass.
 */
async function assertNameIsOwn(tx: Db, name: string, self?: string): Promise<string> {
  const key = lookAlikeKey(name);
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`organisation-name:${key}`}))`);
  // Rows written without a key (by the seed, a restore, an older process) are compared too.
  await fillLookAlikeKeys(tx);
  const [other] = await tx
    .select({ name: organisations.name })
    .from(organisations)
    .where(and(eq(organisations.nameKey, key), self ? ne(organisations.id, self) : undefined))
    .limit(1);
  if (other) {
    throw new ApiError('CONFLICT', `"${other.name}" is already registered, and "${name}" would pass for it. If you work there, ask its administrators to invite you.`, [
      { path: 'body.name', message: 'too like the name of another organisation' },
    ]);
  }
  return key;
}

/**
 * Gives organisations from before look-alike keys existed their key (on start, before the API's
 * dependencies exist, and inside the name check's transaction; a no-op once done).
 */
export async function fillLookAlikeKeys(db: Db): Promise<number> {
  const rows = await db.select({ id: organisations.id, name: organisations.name }).from(organisations).where(isNull(organisations.nameKey));
  for (const row of rows) await db.update(organisations).set({ nameKey: lookAlikeKey(row.name) }).where(eq(organisations.id, row.id));
  return rows.length;
}

/** Any signed-in user may register an organisation and becomes its first administrator. */
export async function createOrganisation(deps: AppDeps, actor: Actor, input: OrganisationCreate): Promise<Organisation> {
  const user = requireUser(actor);
  const base = input.slug ?? (slugify(input.name) || 'organisation');
  for (let attempt = 1; attempt <= 20; attempt++) {
    const slug = attempt === 1 ? base : `${base}-${attempt}`;
    try {
      return await deps.database.db.transaction(async (tx) => {
        const nameKey = await assertNameIsOwn(tx, input.name);
        const [row] = await tx
          .insert(organisations)
          .values({ ...input, nameKey, slug, description: input.description ?? '' })
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

/** What a verification vouches for: who the organisation says it is, and where it says it lives. */
const IDENTITY_FIELDS = ['name', 'kind', 'slug', 'website'] as const;

/**
 * Changes an organisation. Changing its name, kind, slug or website withdraws a verification, since the
 * cluster administrators vouched for the old identity; its members and the administrators are told.
 */
/** `ref`: the organisation's id or slug. */
export async function updateOrganisation(deps: AppDeps, actor: Actor, ref: string, input: OrganisationUpdate): Promise<Organisation> {
  const { id } = await getOrganisation(deps, ref);
  requireOrganisationAdmin(actor, id, 'change it');
  const { version, ...changes } = input;
  try {
    const { row, unverified } = await deps.database.db.transaction(async (tx) => {
      // Locked, so a verification given meanwhile cannot slip in between the check and the change.
      const [before] = await tx.select().from(organisations).where(eq(organisations.id, id)).for('update');
      if (!before) throw notFound('Organisation');
      const changed = IDENTITY_FIELDS.filter((field) => changes[field] !== undefined && changes[field] !== before[field]);
      const nameKey = changes.name !== undefined ? await assertNameIsOwn(tx, changes.name, id) : undefined;
      const withdraw = before.verified && changed.length > 0;
      const reconsider = before.verificationRefusal !== null && Object.entries(changes).some(([field, value]) => value !== undefined && value !== before[field as keyof typeof before]);
      const row = (await updateVersioned(
        tx,
        organisations,
        id,
        version,
        // A refused organisation that changes its profile asks to be looked at again.
        { ...changes, ...(nameKey ? { nameKey } : {}), ...(withdraw ? { verified: false } : {}), ...(reconsider ? { verificationRefusal: null } : {}) },
        'Organisation',
      )) as OrganisationRow;
      await audit(tx, actor, 'update', 'organisation', id, { fields: Object.keys(changes), ...(withdraw ? { verificationWithdrawn: changed } : {}) });
      return { row, unverified: withdraw ? { before, changed } : null };
    });
    if (unverified) await tellVerificationWithdrawn(deps, row, unverified.before, unverified.changed);
    return toOrganisationFor(actor, row);
  } catch (error) {
    if (sqlState(error) === '23505') throw new ApiError('CONFLICT', 'That slug is taken.', [{ path: 'body.slug', message: 'already taken' }]);
    throw error;
  }
}

async function tellVerificationWithdrawn(deps: AppDeps, row: OrganisationRow, before: OrganisationRow, changed: readonly (typeof IDENTITY_FIELDS)[number][]) {
  const db = deps.database.db;
  const members = await db
    .select({ email: users.email, displayName: users.displayName })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.organisationId, row.id));
  const listed = deps.auth.clusterAdminEmails;
  const candidates = listed.length > 0 ? await db.select().from(users).where(inArray(sql`lower(${users.email})`, listed)) : [];
  const administrators = candidates.filter((u) => holdsClusterAdminRights({ email: u.email, emailVerified: u.emailVerifiedAt !== null }, listed));
  const what = changed.map((field) => `${field}: "${String(before[field])}" → "${String(row[field])}"`).join('\n');
  const page = `${deps.auth.webUrl}/organisations/${row.slug}`;
  for (const member of members) {
    await deps.mailer.send({
      to: member.email,
      subject: `${row.name} needs to be verified again`,
      text: `Hello ${member.displayName},\n\n${row.name} changed who it says it is:\n${what}\n\nA cluster administrator verified the organisation as it was, so it is shown as not verified until they confirm the change:\n${page}`,
    });
  }
  for (const admin of administrators) {
    await deps.mailer.send({
      to: admin.email,
      subject: `Verify again: ${row.name}`,
      text: `Hello ${admin.displayName},\n\na verified organisation changed its identity:\n${what}\n\nIt is no longer shown as verified. Check it and verify it again if it is who it says:\n${page}`,
    });
  }
}

/** `ref`: the organisation's id or slug. */
export async function deleteOrganisation(deps: AppDeps, actor: Actor, ref: string): Promise<void> {
  const { id } = await getOrganisation(deps, ref);
  requireOrganisationAdmin(actor, id, 'delete it');
  await deps.database.db.transaction(async (tx) => {
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

/**
 * A cluster administrator confirms (or withdraws) that an organisation is who it says, or refuses
 * to with a reason its administrators are sent. With the version they looked at, a change made
 * since (a rename) makes it 409 instead.
 */
export async function setOrganisationVerified(
  deps: AppDeps,
  actor: Actor,
  id: string,
  decision: { verified: boolean; version?: number | undefined; reason?: string | undefined },
): Promise<Organisation> {
  requireClusterAdmin(actor, 'verify organisations');
  const { verified, version, reason } = decision;
  const row = await deps.database.db.transaction(async (tx) => {
    const changes = { verified, verificationRefusal: verified ? null : (reason ?? null), verificationDecidedAt: new Date() };
    const updated = (await updateVersioned(tx, organisations, id, version, changes, 'Organisation')) as OrganisationRow;
    await audit(tx, actor, verified ? 'verify' : reason ? 'refuse_verification' : 'unverify', 'organisation', id, { version: updated.version, ...(reason ? { reason } : {}) });
    return updated;
  });
  if (reason) await tellVerificationRefused(deps, row, reason);
  return toOrganisationFor(actor, row);
}

async function tellVerificationRefused(deps: AppDeps, row: OrganisationRow, reason: string): Promise<void> {
  const admins = await deps.database.db
    .select({ email: users.email, displayName: users.displayName, locale: users.locale })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organisationId, row.id), eq(memberships.role, 'admin')));
  for (const admin of admins) {
    try {
      await deps.mailer.send(verificationRefusedMail(admin, row, reason, deps.auth.webUrl));
    } catch (error) {
      deps.log.warn('refusal e-mail not sent', { organisation: row.id, error: String(error) });
    }
  }
}
