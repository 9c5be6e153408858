import type { ExtractResponse, SkillSuggestion } from '@kc/contract';
import { extract, suggest, textReading } from '@kc/taxonomy';
import type { AppDeps } from '../context.ts';
import { consumeRateLimit } from '../lib/rate-limit.ts';

/** Extraction reads a whole text: a client gets this many a minute. */
const EXTRACT_LIMIT = { limit: 120, windowSeconds: 60 };

/** Skills whose labels or aliases start like `q`, typos allowed. */
export async function suggestSkills(deps: AppDeps, q: string, limit?: number): Promise<SkillSuggestion[]> {
  return suggest(await deps.skills.index(), q, { limit });
}

/** The skills a text mentions, with where, and how the text was read; `client` is the caller's address, for the limit. */
export async function extractSkills(deps: AppDeps, client: string, text: string, limit?: number): Promise<ExtractResponse> {
  await consumeRateLimit(deps.database.db, `extract:addr:${client}`, EXTRACT_LIMIT, 'extraction requests');
  const skills = extract(await deps.skills.index(), text, { limit });
  return {
    skills: skills.map(({ uri, preferredLabel, score, confidence, spans, variants }) => ({ uri, preferredLabel, score, confidence, spans, variants })),
    reading: text.trim() ? textReading(text) : 'none',
  };
}
