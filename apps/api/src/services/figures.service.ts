import { eq, sql } from 'drizzle-orm';
import type { ClusterFigures } from '@kc/contract';
import { schema } from '@kc/db';
import type { AppDeps } from '../context.ts';

const { organisations, opportunities, studentProfiles, offerings } = schema;

/** The landing page's four numbers, read in one statement. */
export async function clusterFigures({ database }: AppDeps): Promise<ClusterFigures> {
  const [figures] = await database.db
    .select({
      organisations: sql<number>`(select count(*)::int from ${organisations})`,
      openOpportunities: sql<number>`(select count(*)::int from ${opportunities} where ${eq(opportunities.status, 'open')})`,
      students: sql<number>`(select count(*)::int from ${studentProfiles})`,
      publishedOfferings: sql<number>`(select count(*)::int from ${offerings} where ${eq(offerings.status, 'published')})`,
    })
    .from(sql`(select 1) as one`);
  return figures ?? { organisations: 0, openOpportunities: 0, students: 0, publishedOfferings: 0 };
}
