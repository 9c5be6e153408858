import { and, asc, desc, eq, ilike, inArray, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { OrganisationRef, Page, PaginationQuery } from '@kc/contract';
import type { Db } from '@kc/db';
import { schema } from '@kc/db';
import { draftsVisibleTo } from '@kc/search';
import type { Actor } from '../actor.ts';
import type { AppDeps } from '../context.ts';
import { notFound } from '../lib/errors.ts';
import { pageWindow, toPage } from '../lib/pagination.ts';
import { requireMember } from './access.ts';
import { audit } from './audit.ts';
import { organisationRefColumns } from './organisation-ref.ts';
import { escapeLike, readPage, updateVersioned } from './rows.ts';
import { replaceSkills, skillsOf, type SkillSet } from './skill-sets.repository.ts';

type ResourceTable = PgTable & Record<'id' | 'kind' | 'title' | 'status' | 'version' | 'createdAt', PgColumn>;

/**
 * What sets apart a record an organisation publishes with skills (an opportunity, an offering;
 * next an event or a technology offer). Its members write it and see its drafts; everyone
 * else sees it once it is no longer a draft.
 */
export interface ResourceWithSkills<Row, Item, Skill extends { uri: string }, Input extends { uri: string }> {
  /** As messages name it ("Opportunity"). */
  label: string;
  /** As the audit log names it ("opportunity"). */
  entity: string;
  table: ResourceTable;
  /** The organisation the record belongs to. */
  owner: PgColumn;
  skills: SkillSet<Skill, Input>;
  /** What only members may do, as "Only members of the organisation can …" ends. */
  creating: string;
  /** Further values the item shows, read with the row (an occupation's names). */
  columns?: Record<string, SQL>;
  toItem(row: Row, owner: OrganisationRef, skills: Skill[], columns: Record<string, unknown>): Item;
  /** Refuses references the input makes that do not exist (422); runs inside the writing transaction. */
  assertReferences?(tx: Db, input: Record<string, unknown>): Promise<void>;
  /** Refuses to delete a record others depend on (409); runs inside the deleting transaction. */
  assertDeletable?(tx: Db, id: string): Promise<void>;
}

export interface ResourceListQuery extends PaginationQuery {
  kind?: string;
  status?: string;
  /** Title contains. */
  q?: string;
}

/** The extra columns as one JSON object, so the select keeps one shape for every resource. */
function columnsOf(columns: Record<string, SQL> = {}): SQL<Record<string, unknown>> {
  const entries = Object.entries(columns);
  if (entries.length === 0) return sql<Record<string, unknown>>`'{}'::json`.mapWith(() => ({}));
  return sql`json_build_object(${sql.join(entries.map(([name, value]) => sql`${name}::text, ${value}`), sql`, `)})`.mapWith(
    (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value) as Record<string, unknown>,
  );
}

/** List, read, create, update and delete a resource with skills, with drafts, versions and the audit log. */
export function resourceWithSkills<Row, Item, Skill extends { uri: string }, Input extends { uri: string }>(
  spec: ResourceWithSkills<Row, Item, Skill, Input>,
) {
  const { table, owner, label, entity } = spec;
  const order = [desc(table.createdAt), asc(table.id)];
  const visibleTo = (actor: Actor) => draftsVisibleTo(actor, table.status, owner);

  /** A page of records with their organisation, skills and the number of all matches. */
  async function load(db: Db, where: SQL | undefined, window: { limit: number; offset: number }) {
    const { rows, total } = await readPage(db, table, where, order, window, (page) =>
      db
        .select({ row: table, owner: organisationRefColumns, skills: skillsOf(spec.skills, table.id), columns: columnsOf(spec.columns), total: page.total })
        .from(page)
        .innerJoin(table, eq(table.id, page.id))
        .innerJoin(schema.organisations, eq(schema.organisations.id, owner))
        .orderBy(...order),
    );
    const items = rows.map((r) => ({ item: spec.toItem(r.row as Row, r.owner, r.skills, r.columns), ownerId: r.owner.id }));
    return { items, total };
  }

  async function find(db: Db, actor: Actor, id: string): Promise<{ item: Item; ownerId: string }> {
    const {
      items: [found],
    } = await load(db, and(eq(table.id, id), visibleTo(actor)), { limit: 1, offset: 0 });
    if (!found) throw notFound(label);
    return found;
  }

  const get = async (deps: AppDeps, actor: Actor, id: string): Promise<Item> => (await find(deps.database.db, actor, id)).item;

  return {
    /** The records the caller may see, filtered, newest first; `ownerId` narrows them to one organisation. */
    async list(deps: AppDeps, actor: Actor, query: ResourceListQuery, ownerId: string | undefined): Promise<Page<Item>> {
      const filters: SQL[] = [visibleTo(actor)];
      if (ownerId) filters.push(eq(owner, ownerId));
      if (query.kind) filters.push(eq(table.kind, query.kind));
      if (query.status) filters.push(eq(table.status, query.status));
      if (query.q) filters.push(ilike(table.title, `%${escapeLike(query.q)}%`));
      const { items, total } = await load(deps.database.db, and(...filters), pageWindow(query));
      return toPage(items.map((i) => i.item), total, query);
    },

    get,

    /** The records among `ids` the caller may see, in one of `statuses`; in no particular order. */
    async many(deps: AppDeps, actor: Actor, ids: readonly string[], statuses: readonly string[]): Promise<Item[]> {
      if (ids.length === 0) return [];
      const where = and(inArray(table.id, [...ids]), inArray(table.status, [...statuses]), visibleTo(actor));
      const { items } = await load(deps.database.db, where, { limit: ids.length, offset: 0 });
      return items.map((i) => i.item);
    },

    async create(deps: AppDeps, actor: Actor, ownerId: string, input: { skills?: Input[] }): Promise<Item> {
      requireMember(actor, ownerId, spec.creating);
      const { skills: list = [], ...fields } = input;
      const id = await deps.database.db.transaction(async (tx) => {
        await spec.assertReferences?.(tx, fields);
        const [row] = (await tx.insert(table).values(fields as never).returning({ id: table.id })) as { id: string }[];
        if (!row) throw new Error('insert returned no row');
        await replaceSkills(tx, spec.skills, row.id, list);
        await audit(tx, actor, 'create', entity, row.id);
        return row.id;
      });
      return get(deps, actor, id);
    },

    async update(deps: AppDeps, actor: Actor, id: string, input: { version?: number; skills?: Input[] }): Promise<Item> {
      const db = deps.database.db;
      const { ownerId } = await find(db, actor, id);
      requireMember(actor, ownerId, 'change it');
      const { version, skills: list, ...changes } = input;
      await db.transaction(async (tx) => {
        await spec.assertReferences?.(tx, changes);
        await updateVersioned(tx, table, id, version, changes, label);
        if (list) await replaceSkills(tx, spec.skills, id, list);
        await audit(tx, actor, 'update', entity, id, { fields: Object.keys(input).filter((k) => k !== 'version') });
      });
      return get(deps, actor, id);
    },

    async remove(deps: AppDeps, actor: Actor, id: string): Promise<void> {
      const db = deps.database.db;
      const { ownerId } = await find(db, actor, id);
      requireMember(actor, ownerId, 'delete it');
      await db.transaction(async (tx) => {
        await spec.assertDeletable?.(tx, id);
        const deleted = (await tx.delete(table).where(eq(table.id, id)).returning({ id: table.id })) as { id: string }[];
        if (deleted.length === 0) throw notFound(label);
        await audit(tx, actor, 'delete', entity, id);
      });
    },
  };
}
