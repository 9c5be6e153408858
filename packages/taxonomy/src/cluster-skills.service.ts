import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '@kc/db';
import { auditLog, skillAliases, skillHierarchy, skills } from '@kc/db/schema';
import { CLUSTER_ALIASES, CLUSTER_SKILLS, type ClusterAlias, type ClusterSkill } from './cluster-skills.ts';

const LOCK_KEY = 'kc:cluster-skills';
/** The audit action that marks a starter skill as installed; with any other audit entry of the URI it is never installed again. */
export const CLUSTER_SKILL_INSTALL_ACTION = 'install';

export interface ClusterSkillsReport {
  /** URIs added by this run. */
  installed: string[];
  /** Starter skills that exist already (installed earlier or added by an administrator). */
  present: number;
  /** Starter skills the installation had and an administrator removed, or whose URI an administrator used: left alone. */
  withheld: number;
  /** Starter skills whose broader ESCO skill is not in the database (ESCO not imported yet). */
  waiting: number;
  /** Starter aliases of ESCO skills ("unit tests") added by this run; like skills, each at most once. */
  aliases: string[];
}

/**
 * Adds the starter cluster skills a database lacks, with their broader link and aliases, and the
 * starter aliases of ESCO skills, in one transaction; run on every start after the ESCO import.
 * It never changes an existing skill or alias and never brings back one that was installed before
 * or that an administrator touched: the audit log remembers what it installed, and every create,
 * edit and delete of a skill or alias.
 */
export async function installClusterSkills(
  db: Db,
  starter: readonly ClusterSkill[] = CLUSTER_SKILLS,
  starterAliases: readonly ClusterAlias[] = CLUSTER_ALIASES,
): Promise<ClusterSkillsReport> {
  const report: ClusterSkillsReport = { installed: [], present: 0, withheld: 0, waiting: 0, aliases: [] };
  if (starter.length === 0 && starterAliases.length === 0) return report;
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${LOCK_KEY}))`);
    if (starter.length > 0) await installSkills(tx as unknown as Db, starter, report);
    if (starterAliases.length > 0) await installAliases(tx as unknown as Db, starterAliases, report);
    return report;
  });
}

async function installSkills(tx: Db, starter: readonly ClusterSkill[], report: ClusterSkillsReport): Promise<void> {
  const uris = starter.map((skill) => skill.uri);
  const broaderUris = [...new Set(starter.map((skill) => skill.broaderUri))];
  const existingRows = await tx.select({ uri: skills.uri }).from(skills).where(inArray(skills.uri, uris));
  const broaderRows = await tx
    .select({ uri: skills.uri })
    .from(skills)
    .where(and(inArray(skills.uri, broaderUris), eq(skills.isLocal, false)));
  const auditedRows = await tx
    .selectDistinct({ uri: auditLog.entityId })
    .from(auditLog)
    .where(and(eq(auditLog.entityType, 'skill'), inArray(auditLog.entityId, uris)));
  const existing = new Set(existingRows.map((row) => row.uri));
  const escoBroader = new Set(broaderRows.map((row) => row.uri));
  const audited = new Set(auditedRows.map((row) => row.uri));
  const missing: ClusterSkill[] = [];
  for (const skill of starter) {
    if (existing.has(skill.uri)) report.present += 1;
    else if (audited.has(skill.uri)) report.withheld += 1;
    else if (!escoBroader.has(skill.broaderUri)) report.waiting += 1;
    else missing.push(skill);
  }
  if (missing.length === 0) return;

  await tx.insert(skills).values(
    missing.map((skill) => ({
      uri: skill.uri,
      preferredLabel: skill.preferredLabel,
      altLabels: [...skill.altLabels],
      description: skill.description,
      type: skill.type,
      isLocal: true,
    })),
  );
  await tx
    .insert(skillHierarchy)
    .values(missing.map((skill) => ({ narrowerUri: skill.uri, narrowerKind: 'skill', broaderUri: skill.broaderUri, broaderKind: 'skill' })))
    // The link has no foreign key: one may outlive a skill removed by hand.
    .onConflictDoNothing();
  const aliases = missing.flatMap((skill) => skill.aliases.map((alias) => ({ skillUri: skill.uri, alias })));
  if (aliases.length > 0) await tx.insert(skillAliases).values(aliases);
  await tx.insert(auditLog).values(
    missing.map((skill) => ({
      action: CLUSTER_SKILL_INSTALL_ACTION,
      entityType: 'skill',
      entityId: skill.uri,
      details: { source: 'cluster-skills', aliases: [...skill.aliases] },
    })),
  );
  report.installed = missing.map((skill) => skill.uri);
}

/** An alias is left alone once its skill has it, or once the audit log names it for that skill (installed, removed or renamed). */
async function installAliases(tx: Db, starter: readonly ClusterAlias[], report: ClusterSkillsReport): Promise<void> {
  const uris = [...new Set(starter.map((a) => a.skillUri))];
  const skillRows = await tx.select({ uri: skills.uri }).from(skills).where(inArray(skills.uri, uris));
  const aliasRows = await tx.select({ uri: skillAliases.skillUri, alias: skillAliases.alias }).from(skillAliases).where(inArray(skillAliases.skillUri, uris));
  const auditRows = await tx
    .select({ uri: auditLog.entityId, alias: sql<string | null>`${auditLog.details}->>'alias'`, from: sql<string | null>`${auditLog.details}->>'from'` })
    .from(auditLog)
    .where(and(eq(auditLog.entityType, 'skill'), inArray(auditLog.entityId, uris)));
  const known = new Set(skillRows.map((row) => row.uri));
  const key = (uri: string, alias: string) => `${uri}\n${alias.toLowerCase()}`;
  const seen = new Set([
    ...aliasRows.map((row) => key(row.uri, row.alias)),
    ...auditRows.flatMap((row) => [row.alias, row.from].filter((a): a is string => typeof a === 'string').map((a) => key(row.uri, a))),
  ]);
  const missing = starter.filter((a) => known.has(a.skillUri) && !seen.has(key(a.skillUri, a.alias)));
  if (missing.length === 0) return;
  await tx.insert(skillAliases).values(missing.map((a) => ({ skillUri: a.skillUri, alias: a.alias })));
  await tx.insert(auditLog).values(
    missing.map((a) => ({ action: CLUSTER_SKILL_INSTALL_ACTION, entityType: 'skill', entityId: a.skillUri, details: { source: 'cluster-skills', alias: a.alias } })),
  );
  report.aliases = missing.map((a) => a.alias);
}
