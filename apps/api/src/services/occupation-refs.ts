import { eq, inArray, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { OccupationRef } from '@kc/contract';
import type { Db } from '@kc/db';
import { schema } from '@kc/db';
import { ApiError } from '../lib/errors.ts';

const { occupations, occupationLabels, profileTargetOccupations } = schema;

const parse = <T>(value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value) as T;

interface StoredRef {
  uri: string;
  preferredLabel: string;
  bg: string | null;
}
const toRef = ({ bg, ...ref }: StoredRef): OccupationRef => ({ ...ref, names: { en: ref.preferredLabel, bg } });

const refObject = sql`json_build_object('uri', o.uri, 'preferredLabel', o.preferred_label, 'bg', (
  select l.label from ${occupationLabels} l
  where l.occupation_uri = o.uri and l.language = 'bg' and l.kind = 'preferred' order by l.label limit 1))`;

/** The occupation a record names by `uri` (a column of the query), as JSON for `readOccupationRef`: one subquery. */
export const occupationRefOf = (uri: SQLWrapper): SQL => sql`(select ${refObject} from ${occupations} o where o.uri = ${uri})`;

export function readOccupationRef(value: unknown): OccupationRef | null {
  const ref = parse<StoredRef | null>(value ?? null);
  return ref ? toRef(ref) : null;
}

/** The occupations a student aims at, by English name. */
export function targetOccupationsOf(profileId: SQLWrapper): SQL<OccupationRef[]> {
  return sql`coalesce((
    select json_agg(${refObject} order by o.preferred_label)
    from ${profileTargetOccupations} t join ${occupations} o on o.uri = t.occupation_uri
    where t.profile_id = ${profileId}), '[]')`.mapWith((value: unknown) => parse<StoredRef[]>(value).map(toRef));
}

/** Rejects occupation URIs that are not in the taxonomy, naming each one. */
export async function assertOccupationsExist(db: Db, uris: readonly string[], pathOf: (index: number) => string): Promise<void> {
  if (uris.length === 0) return;
  const found = await db.select({ uri: occupations.uri }).from(occupations).where(inArray(occupations.uri, [...uris]));
  const known = new Set(found.map((r) => r.uri));
  const issues = uris.flatMap((uri, index) => (known.has(uri) ? [] : [{ path: pathOf(index), message: `unknown occupation URI: ${uri}` }]));
  if (issues.length > 0) throw new ApiError('UNKNOWN_REFERENCE', `${issues.length} occupation URI(s) are not in the taxonomy.`, issues);
}

/** Makes `uris` the occupations the student aims at. */
export async function replaceTargetOccupations(db: Db, profileId: string, uris: readonly string[]): Promise<void> {
  await assertOccupationsExist(db, uris, (index) => `body.targetOccupations.${index}`);
  await db.delete(profileTargetOccupations).where(eq(profileTargetOccupations.profileId, profileId));
  if (uris.length > 0) await db.insert(profileTargetOccupations).values(uris.map((occupationUri) => ({ profileId, occupationUri })));
}
