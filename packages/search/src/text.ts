import type { HighlightSegment } from '@kc/contract';

const WORD = /[\p{L}\p{N}]+/gu;

/** Words of a query that take part in a search: a query's cost grows with them, so it is bounded. */
export const MAX_QUERY_WORDS = 10;

/** The words of a query, lower-cased, without punctuation (which full-text syntax would read as operators). */
export function queryWords(q: string, limit = MAX_QUERY_WORDS): string[] {
  return (q.toLowerCase().match(WORD) ?? []).slice(0, limit);
}

/** Edit distance counting a swap of neighbours as one edit, giving up once it exceeds `limit`. */
export function withinDistance(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (before[j - 2] ?? 0) + 1);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return false;
    before = previous;
    previous = current;
  }
  return (previous[b.length] ?? limit + 1) <= limit;
}

/** Typos allowed in a query word, as Meilisearch allows them: none below five letters. */
export function typoBudget(word: string): number {
  return word.length >= 9 ? 2 : word.length >= 5 ? 1 : 0;
}

/** Whether a word of a document answers a word of the query: its start, or a near miss. */
export function wordMatches(documentWord: string, queryWord: string): boolean {
  const word = documentWord.toLowerCase();
  if (word.startsWith(queryWord)) return true;
  const budget = typoBudget(queryWord);
  if (budget === 0) return false;
  return withinDistance(word, queryWord, budget) || withinDistance(word.slice(0, queryWord.length), queryWord, budget);
}

const SNIPPET_LENGTH = 220;

/**
 * The text cut into runs that matched the query and runs that did not. With `snippet`, long
 * text is shortened to a window around the first match. Engines differ in how they mark
 * matches, so results are marked here, the same way for all of them.
 */
export function highlight(text: string, q: string, options: { snippet?: boolean } = {}): HighlightSegment[] {
  const words = queryWords(q);
  let source = text;
  const ranges: [number, number][] = [];
  if (words.length > 0) {
    for (const m of text.matchAll(WORD)) {
      if (words.some((w) => wordMatches(m[0], w))) ranges.push([m.index, m.index + m[0].length]);
    }
  }
  let offset = 0;
  if (options.snippet && text.length > SNIPPET_LENGTH) {
    const first = ranges[0]?.[0] ?? 0;
    offset = Math.max(0, Math.min(first - 60, text.length - SNIPPET_LENGTH));
    const wordStart = offset === 0 ? 0 : text.indexOf(' ', offset) + 1;
    offset = wordStart > 0 && wordStart < first + 1 ? wordStart : offset;
    source = text.slice(offset, offset + SNIPPET_LENGTH);
  }
  const segments: HighlightSegment[] = [];
  const push = (part: string, match: boolean) => {
    if (!part) return;
    const last = segments[segments.length - 1];
    if (last && last.match === match) last.text += part;
    else segments.push({ text: part, match });
  };
  if (offset > 0) push('…', false);
  let at = 0;
  for (const [start, end] of ranges) {
    const s = start - offset;
    const e = end - offset;
    if (e <= 0 || s >= source.length) continue;
    push(source.slice(at, Math.max(at, s)), false);
    push(source.slice(Math.max(at, s), Math.min(e, source.length)), true);
    at = Math.min(e, source.length);
  }
  push(source.slice(at), false);
  if (offset + source.length < text.length) push('…', false);
  return segments;
}
