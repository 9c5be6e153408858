import type { OccupationChoice } from '$lib/occupations';
import type { Api } from './api.ts';

/** What an occupation select offers: the chosen or saved one first, what was looked up, and what fits the title and skills. */
export interface OccupationChoices {
  kept: OccupationChoice[];
  found: OccupationChoice[] | null;
  suggested: OccupationChoice[];
  /** What was looked up, as typed. */
  query: string;
  /** How many occupations the lookup found (some may be in the other parts already). */
  foundCount: number;
  /** Why the lookup gave nothing to choose from, when it did not. */
  lookup: 'ok' | 'too-short' | 'unavailable' | null;
}

/** The shortest text the API looks occupations up by. */
const MIN_QUERY = 2;
const SUGGESTED = 5;
const FOUND = 8;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An occupation from a form's hidden field or an API answer; null when it is not one. */
function asChoice(value: unknown): OccupationChoice | null {
  if (!isRecord(value) || typeof value.uri !== 'string' || value.uri.length === 0 || value.uri.length > 300) return null;
  const names = isRecord(value.names) ? value.names : {};
  const en = typeof names.en === 'string' ? names.en.slice(0, 300) : typeof value.preferredLabel === 'string' ? value.preferredLabel.slice(0, 300) : value.uri;
  const bg = typeof names.bg === 'string' ? names.bg.slice(0, 300) : null;
  return { uri: value.uri, preferredLabel: typeof value.preferredLabel === 'string' ? value.preferredLabel.slice(0, 300) : en, names: { en, bg } };
}

/** The occupations a form showed (JSON in one hidden field), so a round trip keeps their names; anything malformed is dropped. */
export function parseOccupationChoices(data: FormData, name = 'occupationKnown'): OccupationChoice[] {
  const raw = data.get(name);
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 50_000) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? parsed.slice(0, 60).map(asChoice).filter((c): c is OccupationChoice => c !== null) : [];
  } catch {
    return [];
  }
}

const choiceOf = ({ uri, preferredLabel, names }: OccupationChoice): OccupationChoice => ({ uri, preferredLabel, names });

/** Every occupation once, in the order given. */
function distinct(list: OccupationChoice[], taken: Set<string>): OccupationChoice[] {
  const out: OccupationChoice[] = [];
  for (const item of list) {
    if (taken.has(item.uri)) continue;
    taken.add(item.uri);
    out.push(choiceOf(item));
  }
  return out;
}

/**
 * The occupations an opportunity form offers, asked of the API for the title and skills as
 * typed (and for `query` when one was typed). A problem with either leaves that part out: the
 * form still saves.
 */
export async function occupationChoices(
  api: Api,
  input: { title: string; skills: string[]; selected: string; known: OccupationChoice[]; current?: OccupationChoice | null; query?: string },
): Promise<OccupationChoices> {
  const query = (input.query ?? '').trim();
  const text = input.title.trim();
  const skills = input.skills.slice(0, 100);
  const [inferred, looked] = await Promise.all([
    text || skills.length > 0 ? api.inferOccupations({ ...(text ? { text } : {}), ...(skills.length > 0 ? { skills } : {}), limit: SUGGESTED }) : null,
    query.length >= MIN_QUERY ? api.findOccupations(query, FOUND) : null,
  ]);
  const selected = input.known.find((c) => c.uri === input.selected);
  const taken = new Set<string>();
  const kept = distinct([...(input.current ? [input.current] : []), ...(selected ? [selected] : [])], taken);
  const found = looked?.ok ? distinct(looked.data.items, taken) : null;
  const suggested = inferred?.ok ? distinct(inferred.data.items, taken) : [];
  const lookup = query === '' ? null : query.length < MIN_QUERY ? 'too-short' : looked?.ok ? 'ok' : 'unavailable';
  return { kept, found: query ? (found ?? []) : null, suggested, query, foundCount: looked?.ok ? looked.data.items.length : 0, lookup };
}
