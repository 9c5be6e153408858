import { deletionsOf, type IndexedLabel, type LabelKind, type SkillIndex } from './skill-index.ts';
import { labelKey } from './text.ts';

export type MatchKind = 'exact' | 'prefix' | 'alias' | 'fuzzy';

export interface Suggestion {
  uri: string;
  preferredLabel: string;
  /** The label (preferred, alternative, hidden or alias) that matched the query. */
  matchedLabel: string;
  matchKind: MatchKind;
  /** 0..1; every exact match outranks every prefix match, which outranks every fuzzy match. */
  score: number;
}

export interface SuggestOptions {
  limit?: number;
}

const MAX_QUERY_CHARS = 200;
const MAX_SCANNED = 1500;
const KIND_BONUS: Record<LabelKind, number> = { preferred: 1, alias: 0.8, alternative: 0.6, hidden: 0.2 };

/** Tiers keep the order exact/alias > label prefix > word prefix > fuzzy; within a tier, label kind, closeness and commonness decide. */
const TIER = { exact: 0.9, prefix: 0.7, words: 0.55, fuzzy: 0.3 } as const;
const TIER_SPAN = { exact: 0.1, prefix: 0.15, words: 0.12, fuzzy: 0.2 } as const;

/** Typed phrase → ESCO skills: exact labels and aliases, prefixes, words in any order, typos. */
export function suggest(index: SkillIndex, q: string, options: SuggestOptions = {}): Suggestion[] {
  const limit = Math.max(1, Math.min(options.limit ?? 10, 100));
  const key = labelKey(q.slice(0, MAX_QUERY_CHARS));
  if (!key) return [];
  const best = new Map<number, Suggestion>();
  const offer = (labelId: number, tier: keyof typeof TIER, closeness: number) => {
    const label = index.labels[labelId];
    const skill = label ? index.skills[label.skill] : undefined;
    if (!label || !skill) return;
    const within = 0.45 * closeness + 0.3 * KIND_BONUS[label.kind] + 0.25 * skill.prior;
    const score = round(TIER[tier] + TIER_SPAN[tier] * Math.min(1, within) * 0.999);
    const current = best.get(label.skill);
    if (current && current.score >= score) return;
    const matchKind: MatchKind = tier === 'fuzzy' ? 'fuzzy' : label.kind === 'alias' ? 'alias' : tier === 'exact' ? 'exact' : 'prefix';
    best.set(label.skill, { uri: skill.uri, preferredLabel: skill.preferredLabel, matchedLabel: label.text, matchKind, score });
  };

  for (const id of index.exact.get(key) ?? []) offer(id, 'exact', 1);
  labelPrefix(index, key, (id, label) => offer(id, 'prefix', key.length / label.key.length));
  const words = key.split(' ');
  wordMatches(index, words, (id, coverage) => offer(id, 'words', coverage));

  if (best.size < limit) {
    for (const corrected of corrections(index, words)) {
      const correctedKey = corrected.join(' ');
      for (const id of index.exact.get(correctedKey) ?? []) offer(id, 'fuzzy', 1);
      labelPrefix(index, correctedKey, (id, label) => offer(id, 'fuzzy', (0.8 * correctedKey.length) / label.key.length));
      wordMatches(index, corrected, (id, coverage) => offer(id, 'fuzzy', 0.6 * coverage));
    }
  }
  if (best.size === 0 && words.length > 1) {
    // Some words of the query name no skill ("JavaScript developer"): offer what the others name.
    for (const word of words) {
      if (word.length < 2) continue;
      for (const id of index.exact.get(word) ?? []) offer(id, 'fuzzy', 0.5);
    }
  }
  return [...best.values()]
    .sort((a, b) => b.score - a.score || a.preferredLabel.length - b.preferredLabel.length || a.preferredLabel.localeCompare(b.preferredLabel))
    .slice(0, limit);
}

/** Labels whose whole key starts with `key` (found through their first word). */
function labelPrefix(index: SkillIndex, key: string, visit: (id: number, label: IndexedLabel) => void): void {
  const space = key.indexOf(' ');
  const firstWords = space < 0 ? vocabularyPrefix(index, key) : [key.slice(0, space)];
  let scanned = 0;
  for (const word of firstWords) {
    for (const id of index.firstWordLabels.get(word) ?? []) {
      if (++scanned > MAX_SCANNED) return;
      const label = index.labels[id];
      if (label && label.key !== key && label.key.startsWith(key)) visit(id, label);
    }
  }
}

/** Labels containing every query word, the last one possibly unfinished, in any order. */
function wordMatches(index: SkillIndex, words: string[], visit: (id: number, coverage: number) => void): void {
  const last = words.at(-1);
  if (!last) return;
  const complete = words.slice(0, -1);
  const queryLength = words.join(' ').length;
  const lastWords = vocabularyPrefix(index, last);
  const closeness = (label: IndexedLabel, whole: boolean) => 0.5 * Math.min(1, queryLength / label.key.length) + (whole ? 0.5 : 0);
  if (complete.length === 0) {
    let scanned = 0;
    for (const word of lastWords) {
      for (const id of index.wordLabels.get(word) ?? []) {
        if (++scanned > MAX_SCANNED) return;
        const label = index.labels[id];
        if (label) visit(id, closeness(label, word === last));
      }
    }
    return;
  }
  const rarest = complete.map((word) => index.wordLabels.get(word) ?? []).sort((a, b) => a.length - b.length)[0];
  if (!rarest || rarest.length === 0) return;
  const padded = complete.map((word) => ` ${word} `);
  const lastPadded = lastWords.map((word) => ` ${word} `);
  let scanned = 0;
  for (const id of rarest) {
    if (++scanned > MAX_SCANNED) return;
    const label = index.labels[id];
    if (!label) continue;
    const key = ` ${label.key} `;
    if (!padded.every((word) => key.includes(word))) continue;
    const hit = lastPadded.find((word) => key.includes(word));
    if (hit) visit(id, closeness(label, hit === ` ${last} `));
  }
}

/** Label words starting with `prefix`, alphabetically (at most 200; 20 for one or two letters). */
export function vocabularyPrefix(index: SkillIndex, prefix: string): string[] {
  const vocabulary = index.vocabulary;
  let lo = 0;
  let hi = vocabulary.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((vocabulary[mid] ?? '') < prefix) lo = mid + 1;
    else hi = mid;
  }
  const out: string[] = [];
  const cap = prefix.length <= 2 ? 20 : 200;
  for (let i = lo; i < vocabulary.length && out.length < cap; i++) {
    const word = vocabulary[i] ?? '';
    if (!word.startsWith(prefix)) break;
    out.push(word);
  }
  return out;
}

/** The query with unknown words replaced by the closest label words (one edit; two for long words). */
function corrections(index: SkillIndex, words: string[]): string[][] {
  const options = words.map((word) => {
    if (index.wordLabels.has(word) || word.length < 4) return [word];
    const found = closeWords(index, word);
    return found.length > 0 ? found.slice(0, 3) : [word];
  });
  let out: string[][] = [[]];
  for (const choice of options) out = out.flatMap((prefix) => choice.map((word) => [...prefix, word])).slice(0, 6);
  return out.filter((candidate) => candidate.join(' ') !== words.join(' '));
}

/** Label words within one edit of `word` (two for words of 8+ letters), closest and most used first. */
export function closeWords(index: SkillIndex, word: string): string[] {
  const found = new Map<string, number>();
  const maxDistance = word.length >= 8 ? 2 : 1;
  const consider = (candidate: string) => {
    if (found.has(candidate)) return;
    // Typos rarely hit the first letter of a short word; "docker" is not "locker".
    if (word.length < 8 && candidate[0] !== word[0]) return;
    const distance = editDistance(word, candidate, maxDistance);
    if (distance <= maxDistance) found.set(candidate, distance);
  };
  for (const candidate of index.deletions.get(word) ?? []) consider(candidate);
  const deleted = deletionsOf(word);
  for (const variant of deleted) {
    if (index.wordLabels.has(variant)) consider(variant);
    for (const candidate of index.deletions.get(variant) ?? []) consider(candidate);
  }
  if (found.size === 0 && maxDistance === 2) {
    // Two edits in a long word: compare with the label words that share its first two letters.
    const vocabulary = index.vocabulary;
    const head = word.slice(0, 2);
    let lo = 0;
    let hi = vocabulary.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((vocabulary[mid] ?? '') < head) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < vocabulary.length && i < lo + 5000; i++) {
      const candidate = vocabulary[i] ?? '';
      if (!candidate.startsWith(head)) break;
      if (Math.abs(candidate.length - word.length) <= 2) consider(candidate);
    }
  }
  return [...found]
    .sort((a, b) => a[1] - b[1] || (index.wordLabels.get(b[0])?.length ?? 0) - (index.wordLabels.get(a[0])?.length ?? 0))
    .map(([candidate]) => candidate);
}

/** Optimal string alignment distance (Damerau–Levenshtein with adjacent transpositions), capped. */
export function editDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (prevPrev[j - 2] ?? 0) + 1);
      row.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > cap) return cap + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length] ?? cap + 1;
}

function round(value: number): number {
  return Math.round(value * 10000) / 10000;
}
