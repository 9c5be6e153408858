import type { ExtractedSkillResult, ExtractResponse, ProfileSkill, RequiredSkill, SkillSuggestion } from '@kc/contract';
import type { ProfileSkillSource } from '@kc/contract/vocabulary';
import { errorText } from './errors.ts';
import { m } from './paraglide/messages.js';

/** A skill chosen in a SkillPicker, as the form submits it (JSON in one hidden `skills` field). */
export interface PickedSkill extends Pick<RequiredSkill, 'uri' | 'preferredLabel' | 'level' | 'importance'> {
  /** How it was added: typed and picked ('declared') or accepted from a pasted text ('extracted'). */
  source: ProfileSkillSource;
  /** Kept as it was for a student's skills; the picker never changes it. */
  evidence?: ProfileSkill['evidence'];
}

/** The contract's MAX_EXTRACT_TEXT, repeated so that the browser bundle does not take in the contract's schemas. */
export const MAX_EXTRACT_TEXT = 20_000;

/** A skill as the picker adds it: at the middle level, essential. */
export function pickSkill(skill: { uri: string; preferredLabel: string }, source: ProfileSkillSource): PickedSkill {
  return { uri: skill.uri, preferredLabel: skill.preferredLabel, level: 2, importance: 'essential', source };
}

/** Skills as a form opens with them: the ones saved, as if typed in. */
export function pickedSkills(skills: { uri: string; preferredLabel: string; level: number; importance?: PickedSkill['importance'] }[]): PickedSkill[] {
  return skills.map((s) => ({ uri: s.uri, preferredLabel: s.preferredLabel, level: s.level, importance: s.importance ?? 'essential', source: 'declared' }));
}

/** What the hidden field of a SkillPicker holds. */
export function serialisePicked(picked: PickedSkill[]): string {
  return JSON.stringify(
    picked.map((s) => ({ uri: s.uri, preferredLabel: s.preferredLabel, level: s.level, importance: s.importance, source: s.source, evidence: s.evidence ?? null })),
  );
}

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null;

/** The suggestions in an answer of /api-proxy/skills/suggest; none when it is not one. */
export function suggestionsFrom(ok: boolean, body: unknown): SkillSuggestion[] {
  return ok && isObject(body) && 'items' in body && Array.isArray(body.items) ? (body.items as SkillSuggestion[]) : [];
}

/** An answer of /api-proxy/skills/extract: the skills and how the text was read; null when it is not one. */
export function extractedFrom(ok: boolean, body: unknown): ExtractResponse | null {
  if (!ok || !isObject(body) || !('skills' in body) || !Array.isArray(body.skills)) return null;
  const reading = 'reading' in body && typeof body.reading === 'string' ? body.reading : 'english';
  return { skills: body.skills as ExtractedSkillResult[], reading: reading as ExtractResponse['reading'] };
}

/** The found skills the page shows first (strong and likely), and the less certain rest it keeps behind "Show more". */
export function byConfidence(skills: ExtractedSkillResult[]): { confident: ExtractedSkillResult[]; others: ExtractedSkillResult[] } {
  return { confident: skills.filter((s) => s.confidence !== 'possible'), others: skills.filter((s) => s.confidence === 'possible') };
}

/** The words that say how sure a found skill is, in the page's language. */
export function strengthText(confidence: ExtractedSkillResult['confidence']): string {
  return confidence === 'strong' ? m.skills_strength_strong() : confidence === 'likely' ? m.skills_strength_likely() : m.skills_strength_possible();
}

/** What to tell the visitor when extraction failed; the error's code says what went wrong, its message is the API's, in English. */
export function extractionProblem(status: number, body: unknown): string {
  const code =
    isObject(body) && 'error' in body && isObject(body.error) && 'code' in body.error ? String(body.error.code) : null;
  if (status === 429) return m.skills_extract_too_many();
  if (code === 'VALIDATION_FAILED' || status === 413) return m.skills_extract_too_long();
  return code && status < 500 ? errorText(code) : m.skills_extract_failed();
}

/** A text cut into plain and matched pieces at the spans of the skills found in it; overlapping spans are merged. */
export function textSegments(text: string, skills: ExtractedSkillResult[]): { text: string; mark: boolean }[] {
  const spans = skills
    .flatMap((s) => s.spans)
    .filter((s) => s.start >= 0 && s.end > s.start && s.end <= text.length)
    .sort((a, b) => a.start - b.start);
  const pieces: { text: string; mark: boolean }[] = [];
  let at = 0;
  for (const span of spans) {
    const start = Math.max(span.start, at);
    if (span.end <= start) continue;
    if (start > at) pieces.push({ text: text.slice(at, start), mark: false });
    pieces.push({ text: text.slice(start, span.end), mark: true });
    at = span.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), mark: false });
  return pieces;
}
