import { desc, sql } from 'drizzle-orm';
import { ESCO_ATTRIBUTION, type Health } from '@kc/contract';
import { schemaVersion, schema, type Database } from '@kc/db';

export async function health(database: Database): Promise<Health> {
  const version = await schemaVersion(database);
  const ready = version.applied > 0;
  const [counts] = ready
    ? await database.db
        .select({
          skills: sql<number>`(select count(*)::int from ${schema.skills} where not ${schema.skills.isLocal})`,
          occupations: sql<number>`(select count(*)::int from ${schema.occupations})`,
        })
        .from(sql`(select 1) as one`)
    : [];
  const [latestImport] = ready
    ? await database.db
        .select({ version: schema.taxonomyImports.version, importedAt: schema.taxonomyImports.importedAt })
        .from(schema.taxonomyImports)
        .orderBy(desc(schema.taxonomyImports.id))
        .limit(1)
    : [];
  const skills = counts?.skills ?? 0;
  return {
    status: ready && version.pending === 0 && skills > 0 ? 'ok' : 'degraded',
    database: {
      kind: database.kind,
      schemaVersion: version.latest,
      migrations: version.applied,
      pendingMigrations: version.pending,
    },
    esco: {
      version: latestImport?.version ?? null,
      importedAt: latestImport?.importedAt.toISOString() ?? null,
      skills,
      occupations: counts?.occupations ?? 0,
    },
    attribution: ESCO_ATTRIBUTION,
  };
}
