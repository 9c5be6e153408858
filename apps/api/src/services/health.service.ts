import { desc, sql } from 'drizzle-orm';
import { ESCO_ATTRIBUTION, type Health } from '@kc/contract';
import { schemaVersion, schema, type Database } from '@kc/db';
import { outboxLag, type SearchEngine } from '@kc/search';

export async function health(database: Database, search: SearchEngine): Promise<Health> {
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
  const outbox = ready ? await outboxLag(database.db) : { pending: 0, failing: 0, oldestSeconds: 0, lastError: null };
  return {
    // Changes failing to reach the search engine make search stale: worth a look.
    status: ready && version.pending === 0 && skills > 0 && outbox.failing === 0 ? 'ok' : 'degraded',
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
    search: { engine: search.name, outbox },
    attribution: ESCO_ATTRIBUTION,
  };
}
