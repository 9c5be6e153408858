import { MAX_PROFICIENCY, MIN_PROFICIENCY } from '@kc/contract/vocabulary';
import type { PickedSkill } from '$lib/skills';

const MAX_PICKED = 120;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The skills a SkillPicker submitted (one `skills` field holding JSON). Anything malformed is
 * dropped rather than failing the whole form; duplicates keep their first occurrence.
 */
export function parsePickedSkills(data: FormData, name = 'skills'): PickedSkill[] {
  const raw = data.get(name);
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 200_000) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  const seen = new Set<string>();
  const skills: PickedSkill[] = [];
  for (const item of parsed.slice(0, MAX_PICKED)) {
    if (!isRecord(item) || typeof item.uri !== 'string' || item.uri.length === 0 || item.uri.length > 300) continue;
    if (seen.has(item.uri)) continue;
    seen.add(item.uri);
    const level = Number(item.level);
    skills.push({
      uri: item.uri,
      preferredLabel: typeof item.preferredLabel === 'string' ? item.preferredLabel.slice(0, 300) : item.uri,
      level: Number.isInteger(level) && level >= MIN_PROFICIENCY && level <= MAX_PROFICIENCY ? level : 2,
      importance: item.importance === 'optional' ? 'optional' : 'essential',
      source: item.source === 'extracted' ? 'extracted' : item.source === 'offering' ? 'offering' : 'declared',
      evidence: typeof item.evidence === 'string' ? item.evidence.slice(0, 1000) : null,
    });
  }
  return skills;
}
