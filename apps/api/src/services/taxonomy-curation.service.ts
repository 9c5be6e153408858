import { and, count, eq } from 'drizzle-orm';
import type { Alias, LocalSkillCreate, Skill } from '@kc/contract';
import { schema } from '@kc/db';
import { LOCAL_SKILL_PREFIX } from '@kc/taxonomy';
import type { Actor } from '../actor.ts';
import type { AppDeps } from '../context.ts';
import { ApiError, notFound, sqlState } from '../lib/errors.ts';
import { slugify } from '../lib/slug.ts';
import { requireClusterAdmin } from './access.ts';
import { audit } from './audit.ts';
import { getSkill } from './taxonomy.service.ts';

const { skills, skillHierarchy, skillAliases, opportunitySkills, offeringSkills, profileSkills } = schema;

export { LOCAL_SKILL_PREFIX };

/*
 * Every change here reaches the skill index that suggest and extract use (`skills.changed()`)
 * before the caller is answered, so the next request sees it.
 */

/** A skill ESCO lacks, added by the cluster under the ESCO skill it narrows. */
export async function createLocalSkill(deps: AppDeps, actor: Actor, input: LocalSkillCreate): Promise<Skill> {
  requireClusterAdmin(actor, 'add local skills');
  const db = deps.database.db;
  const [broader] = await db.select({ uri: skills.uri, isLocal: skills.isLocal, type: skills.type }).from(skills).where(eq(skills.uri, input.broaderUri));
  if (!broader || broader.isLocal) {
    throw new ApiError('UNKNOWN_REFERENCE', 'The broader skill must be an ESCO skill.', [{ path: 'body.broaderUri', message: 'not an ESCO skill' }]);
  }
  const uri = `${LOCAL_SKILL_PREFIX}${slugify(input.preferredLabel) || 'skill'}`;
  try {
    await db.transaction(async (tx) => {
      await tx.insert(skills).values({
        uri,
        preferredLabel: input.preferredLabel,
        altLabels: input.altLabels ?? [],
        description: input.description ?? '',
        type: input.type ?? broader.type,
        isLocal: true,
      });
      await tx.insert(skillHierarchy).values({ narrowerUri: uri, narrowerKind: 'skill', broaderUri: broader.uri, broaderKind: 'skill' });
      await audit(tx, actor, 'create', 'skill', uri);
    });
  } catch (error) {
    if (sqlState(error) === '23505') throw new ApiError('CONFLICT', `A local skill named like "${input.preferredLabel}" exists already.`);
    throw error;
  }
  await deps.skills.changed();
  return getSkill(deps, uri);
}

/** Removes a local skill nobody uses; ESCO skills cannot be removed. */
export async function deleteLocalSkill(deps: AppDeps, actor: Actor, uri: string): Promise<void> {
  requireClusterAdmin(actor, 'remove local skills');
  await deps.database.db.transaction(async (tx) => {
    const [row] = await tx.select({ isLocal: skills.isLocal }).from(skills).where(eq(skills.uri, uri));
    if (!row) throw notFound('Skill');
    if (!row.isLocal) throw new ApiError('FORBIDDEN', 'ESCO skills come from the ESCO release and cannot be removed.');
    const uses = await Promise.all(
      [opportunitySkills, offeringSkills, profileSkills].map((table) => tx.select({ n: count() }).from(table).where(eq(table.skillUri, uri))),
    );
    const used = uses.reduce((sum, [r]) => sum + (r?.n ?? 0), 0);
    if (used > 0) throw new ApiError('REFERENCED', `The skill is used ${used} time(s) by opportunities, offerings or profiles.`);
    await tx.delete(skillHierarchy).where(eq(skillHierarchy.narrowerUri, uri));
    await tx.delete(skills).where(eq(skills.uri, uri));
    await audit(tx, actor, 'delete', 'skill', uri);
  });
  await deps.skills.changed();
}

export async function addAlias(deps: AppDeps, actor: Actor, skillUri: string, alias: string): Promise<Alias> {
  requireClusterAdmin(actor, 'add skill aliases');
  const db = deps.database.db;
  const [skill] = await db.select({ uri: skills.uri }).from(skills).where(eq(skills.uri, skillUri));
  if (!skill) throw notFound('Skill');
  try {
    const [row] = await db.insert(skillAliases).values({ skillUri, alias, createdBy: actor.kind === 'user' ? actor.userId : null }).returning();
    if (!row) throw new Error('insert returned no row');
    await audit(db, actor, 'add_alias', 'skill', skillUri, { alias });
    await deps.skills.changed();
    return { id: row.id, skillUri: row.skillUri, alias: row.alias, createdAt: row.createdAt.toISOString() };
  } catch (error) {
    if (sqlState(error) === '23505') throw new ApiError('CONFLICT', `"${alias}" is already an alias of this skill.`);
    throw error;
  }
}

export async function deleteAlias(deps: AppDeps, actor: Actor, id: string): Promise<void> {
  requireClusterAdmin(actor, 'remove skill aliases');
  const db = deps.database.db;
  const deleted = await db.delete(skillAliases).where(and(eq(skillAliases.id, id))).returning({ skillUri: skillAliases.skillUri, alias: skillAliases.alias });
  if (deleted.length === 0) throw notFound('Alias');
  await audit(db, actor, 'remove_alias', 'skill', deleted[0]?.skillUri ?? '', { alias: deleted[0]?.alias });
  await deps.skills.changed();
}
