import { and, eq, inArray } from 'drizzle-orm';
import type { InferredOccupation, OccupationInference } from '@kc/contract';
import { schema } from '@kc/db';
import { inferOccupations } from '@kc/matching';
import type { AppDeps } from '../context.ts';
import { assertSkillsExist, skillLabels } from './skill-refs.ts';

const { occupationLabels } = schema;

/** Below this an inferred occupation is a guess too weak to put on a posting by default. */
const SUGGESTION_MIN_SCORE = 0.2;

/** Occupations ranked for a title, a text or skills, each with the labels and skills that matched. */
export async function inferOccupationsFor(deps: AppDeps, input: OccupationInference): Promise<InferredOccupation[]> {
  const db = deps.database.db;
  const skills = [...new Set(input.skills ?? [])];
  await assertSkillsExist(db, input.skills ?? [], (index) => `body.skills.${index}`);
  const found = inferOccupations(await deps.skills.occupations(), { text: input.text, skills }, input.limit);
  if (found.length === 0) return [];
  const uris = found.map((o) => o.uri);
  const [bulgarian, labels] = await Promise.all([
    db
      .select({ uri: occupationLabels.occupationUri, label: occupationLabels.label })
      .from(occupationLabels)
      .where(and(inArray(occupationLabels.occupationUri, uris), eq(occupationLabels.language, 'bg'), eq(occupationLabels.kind, 'preferred')))
      .orderBy(occupationLabels.label),
    skillLabels(db, skills),
  ]);
  const bgName = new Map<string, string>();
  for (const row of bulgarian) if (!bgName.has(row.uri)) bgName.set(row.uri, row.label);
  return found.map((o) => ({
    uri: o.uri,
    preferredLabel: o.label,
    names: { en: o.label, bg: bgName.get(o.uri) ?? null },
    score: Math.round(o.score * 1000) / 1000,
    reasons: {
      label: o.reason.label ?? null,
      skills: o.reason.skills.map((s) => ({ uri: s.uri, preferredLabel: labels.get(s.uri) ?? s.uri, via: s.via, relation: s.relation })),
    },
  }));
}

/** The occupation a new posting is most likely for, from its title and skills; none when the best is a weak guess. */
export async function suggestedOccupation(deps: AppDeps, title: string, skillUris: readonly string[]): Promise<string | null> {
  const [best] = inferOccupations(await deps.skills.occupations(), { text: title, skills: skillUris }, 1);
  return best && best.score >= SUGGESTION_MIN_SCORE ? best.uri : null;
}
