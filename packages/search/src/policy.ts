import { eq, inArray, ne, or, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { ProfileVisibility } from '@kc/contract';
import { schema } from '@kc/db';

/**
 * Who may see which record, decided once: the API's services filter their reads with these
 * rules, and the search documents hold only what they let anyone see. Pure functions over plain
 * data, and the SQL predicates a query needs. Who is a cluster administrator is decided when the
 * session is resolved; here it is a fact about the viewer.
 */

/** Whoever is looking; the API's actor is one. */
export type Viewer =
  | { kind: 'anonymous' }
  | {
      kind: 'user';
      userId: string;
      isClusterAdmin: boolean;
      memberships: readonly { organisationId: string; verified: boolean }[];
    };

/** Nobody in particular: a search document may be found by anyone, so it shows what anyone may see. */
export const ANYONE: Viewer = { kind: 'anonymous' };

const organisationsOf = (viewer: Viewer) => (viewer.kind === 'user' ? viewer.memberships.map((m) => m.organisationId) : []);

/** Drafts are visible only to members of the organisation that wrote them. */
export function draftsVisibleTo(viewer: Viewer, status: SQLWrapper, organisation: SQLWrapper): SQL {
  const own = organisationsOf(viewer);
  const published = ne(status, 'draft');
  return own.length > 0 ? (or(published, inArray(organisation, own)) as SQL) : published;
}

/**
 * The visibilities of profiles a viewer sees without any tie to the student: public ones, and
 * cluster ones for members of verified organisations and for cluster administrators.
 */
export function profileVisibilitiesFor(viewer: Viewer): ProfileVisibility[] {
  const inCluster = viewer.kind === 'user' && (viewer.isClusterAdmin || viewer.memberships.some((m) => m.verified));
  return inCluster ? ['public', 'cluster'] : ['public'];
}

/**
 * Profiles some viewer finds by their visibility alone (what search holds, to narrow with
 * `profileVisibilitiesFor`): private ones are found by nobody.
 */
export const profileFindable = (visibility: SQLWrapper): SQL => inArray(visibility, ['public', 'cluster'] satisfies ProfileVisibility[]);

/**
 * Which profiles a viewer may see: by visibility as above; their own; and, for organisation
 * members, anyone who applied to one of their organisation's opportunities.
 */
export function profilesVisibleTo(viewer: Viewer, profile: { id: SQLWrapper; userId: SQLWrapper; visibility: SQLWrapper }): SQL {
  const byVisibility = inArray(profile.visibility, profileVisibilitiesFor(viewer));
  if (viewer.kind === 'anonymous') return byVisibility;
  const rules: SQL[] = [byVisibility, eq(profile.userId, viewer.userId)];
  const own = organisationsOf(viewer);
  if (own.length > 0) {
    const { applications, opportunities } = schema;
    rules.push(sql`exists (select 1 from ${applications} a join ${opportunities} o on o.id = a.opportunity_id
      where a.profile_id = ${profile.id} and o.organisation_id in ${own})`);
  }
  return or(...rules) as SQL;
}
