import type { IndexedLabel, SkillIndex } from './skill-index.ts';
import { closeWords, vocabularyPrefix } from './suggest.ts';
import { STOP_WORDS, looksEnglish, stem, tokenize, type Token } from './text.ts';

export const MAX_EXTRACT_CHARS = 20_000;

export class TextTooLongError extends Error {
  readonly code = 'TEXT_TOO_LONG';
  constructor(
    readonly length: number,
    readonly max: number = MAX_EXTRACT_CHARS,
  ) {
    super(`Text has ${length} characters; at most ${max} can be analysed at once`);
    this.name = 'TextTooLongError';
  }
}

export interface Span {
  start: number;
  end: number;
}

export interface ExtractedSkill {
  uri: string;
  preferredLabel: string;
  /** 0..1 */
  score: number;
  /** Character offsets into the original text of the words that gave rise to the skill. */
  spans: Span[];
}

export interface ExtractOptions {
  limit?: number;
  /** Skills scoring below this are left out. */
  minScore?: number;
  /** For tuning experiments; defaults to DEFAULT_EXTRACT_TUNING. */
  tuning?: Partial<ExtractTuning>;
}


/** The weights of the extraction score. Tuned on the validation sets only (scripts/bench-extraction.ts). */
export interface ExtractTuning {
  /** Weight of the best label match: IDF-weighted coverage of the label's words × proximity. */
  label: number;
  /** Weight of BM25F over labels and description, relative to the best skill of the segment. */
  bm25: number;
  /** Weight of how common the skill is. */
  prior: number;
  /** Share of occupation usage in the prior; the rest is the reuse level. */
  usageShare: number;
  /** Labels covered less than this (IDF-weighted) do not count. */
  minCoverage: number;
  alternative: number;
  hidden: number;
  /** A one-word alternative/hidden label whose word appears in more labels than this is ambiguous ("design"). */
  ambiguousDf: number;
  ambiguousFactor: number;
  /** Weight of domain coherence with the strongest skills of the text, through shared occupations. */
  coherence: number;
  contextSize: number;
  /** A broader skill inherits this share of a narrower skill's score. */
  broader: number;
  /** Weight of a corrected word relative to an exact one; 0 turns typo tolerance off. */
  typoFactor: number;
  /** How many BM25F-only candidates a segment adds beside the label matches. */
  bm25Candidates: number;
}

export const DEFAULT_EXTRACT_TUNING: Readonly<ExtractTuning> = Object.freeze({
  label: 0.6,
  bm25: 0.3,
  prior: 0.1,
  usageShare: 0.3,
  minCoverage: 0.4,
  alternative: 0.95,
  hidden: 0.85,
  ambiguousDf: 100,
  ambiguousFactor: 0.5,
  coherence: 0.3,
  contextSize: 10,
  broader: 0.4,
  typoFactor: 0.8,
  bm25Candidates: 50,
});


interface Scratch {
  labelAcc: Float64Array;
  skillAcc: Float64Array;
}
const scratchByIndex = new WeakMap<SkillIndex, Scratch>();
function scratchOf(index: SkillIndex): Scratch {
  let scratch = scratchByIndex.get(index);
  if (!scratch) {
    scratch = { labelAcc: new Float64Array(index.labels.length), skillAcc: new Float64Array(index.skills.length) };
    scratchByIndex.set(index, scratch);
  }
  return scratch;
}

interface SegmentHit {
  score: number;
  spans: Span[];
}

/** Text → ranked skills, each with the character spans that gave rise to it. */
export function extract(index: SkillIndex, text: string, options: ExtractOptions = {}): ExtractedSkill[] {
  const limit = options.limit ?? 20;
  const tuning: ExtractTuning = options.tuning ? { ...DEFAULT_EXTRACT_TUNING, ...options.tuning } : DEFAULT_EXTRACT_TUNING;
  const minScore = options.minScore ?? 0.25;
  if (text.length > MAX_EXTRACT_CHARS) throw new TextTooLongError(text.length);
  if (!text.trim() || !looksEnglish(text)) return [];

  const tokens = tokenize(text);
  const best = new Map<number, { score: number; count: number; spans: Span[] }>();

  for (const segment of segments(text, tokens)) {
    for (const [skill, hit] of scoreSegment(index, segment, tuning)) {
      const current = best.get(skill);
      if (!current) best.set(skill, { score: hit.score, count: 1, spans: [...hit.spans] });
      else {
        current.score = Math.max(current.score, hit.score);
        current.count += 1;
        current.spans.push(...hit.spans);
      }
    }
  }
  if (tuning.broader > 0) {
    for (const [skill, hit] of [...best]) {
      for (const b of index.skills[skill]?.broader ?? []) {
        const inherited = hit.score * tuning.broader;
        const current = best.get(b);
        if (!current) best.set(b, { score: inherited, count: 1, spans: [...hit.spans] });
        else if (current.score < inherited) current.score = inherited;
      }
    }
  }
  if (tuning.coherence > 0 && index.occupationCount > 0) addCoherence(index, best, tuning);
  const results: ExtractedSkill[] = [];
  for (const [skill, hit] of best) {
    const score = Math.min(1, (hit.score * (1 + 0.05 * Math.log(hit.count))) / maxRawScore(tuning));
    if (score < minScore) continue;
    const indexed = index.skills[skill];
    if (!indexed) continue;
    results.push({ uri: indexed.uri, preferredLabel: indexed.preferredLabel, score: round(score), spans: mergeSpans(hit.spans) });
  }
  results.sort((a, b) => b.score - a.score || a.preferredLabel.localeCompare(b.preferredLabel));
  return results.slice(0, limit);
}

/**
 * Domain coherence: the strongest candidates define a context of occupations; each candidate gains
 * by the share of that context (without its own contribution) among the occupations that use it.
 * Keeps "maintain nets" out of a .NET job ad.
 */
function addCoherence(index: SkillIndex, best: Map<number, { score: number }>, tuning: ExtractTuning): void {
  const top = [...best].sort((a, b) => b[1].score - a[1].score).slice(0, tuning.contextSize);
  const context = new Map<number, number>();
  let total = 0;
  const own = new Map<number, Map<number, number>>();
  for (const [skill, hit] of top) {
    const occupations = index.skills[skill]?.occupations ?? [];
    if (occupations.length === 0) continue;
    const share = hit.score / occupations.length;
    const mine = new Map<number, number>();
    for (const o of occupations) {
      context.set(o, (context.get(o) ?? 0) + share);
      mine.set(o, share);
    }
    own.set(skill, mine);
    total += hit.score;
  }
  if (total <= 0) return;
  for (const [skill, hit] of best) {
    const occupations = index.skills[skill]?.occupations ?? [];
    if (occupations.length === 0) continue;
    const mine = own.get(skill);
    let mass = 0;
    for (const o of occupations) mass += (context.get(o) ?? 0) - (mine?.get(o) ?? 0);
    const selfTotal = mine ? (top.find(([s]) => s === skill)?.[1].score ?? 0) : 0;
    const denominator = total - selfTotal;
    if (denominator > 0) hit.score += tuning.coherence * Math.min(1, mass / denominator);
  }
}

/** The highest raw score a skill can reach in one segment, so that scores land in 0..1. */
function maxRawScore(tuning: ExtractTuning): number {
  return tuning.label + tuning.bm25 + tuning.prior + tuning.coherence;
}

/** Splits the tokens into sentences and list items; skills are found within one segment. */
function segments(text: string, tokens: Token[]): Token[][] {
  const out: Token[][] = [];
  let current: Token[] = [];
  let previousEnd = 0;
  for (const token of tokens) {
    const gap = text.slice(previousEnd, token.start);
    if (current.length > 0 && /[.!?;:•\n\u2022*]/.test(gap.replace(/\.(?=\w)/g, ''))) {
      out.push(current);
      current = [];
    }
    current.push(token);
    previousEnd = token.end;
  }
  if (current.length > 0) out.push(current);
  return out;
}

interface ContentToken {
  term: number;
  token: Token;
  /** Below 1 when the word was corrected (a typo or an unfinished word). */
  factor: number;
}

const correctionCache = new WeakMap<SkillIndex, Map<string, number | undefined>>();

/** The term an unknown word most likely means: a label word one edit away ("javascrpt"), or the one it begins ("postgre"). */
function correctedTerm(index: SkillIndex, word: string): number | undefined {
  if (word.length < 5 || !/^[a-z]+$/.test(word)) return undefined;
  let cache = correctionCache.get(index);
  if (!cache) correctionCache.set(index, (cache = new Map()));
  if (cache.has(word)) return cache.get(word);
  let fixed = closeWords(index, word)[0];
  if (fixed === undefined) {
    const completions = vocabularyPrefix(index, word);
    if (completions.length > 0 && completions.length <= 3) fixed = completions[0];
  }
  const term = fixed === undefined ? undefined : index.terms.get(stem(fixed));
  if (cache.size < 100_000) cache.set(word, term);
  return term;
}

function scoreSegment(index: SkillIndex, segment: Token[], tuning: ExtractTuning): Map<number, SegmentHit> {
  const content: ContentToken[] = [];
  segment.forEach((token, i) => {
    if (STOP_WORDS.has(token.norm) || (token.norm === 'well' && segment[i - 1]?.norm === 'as')) return;
    const term = index.terms.get(token.stem);
    if (term !== undefined || tuning.typoFactor <= 0) content.push({ term: term ?? -1, token, factor: 1 });
    else {
      const fixed = correctedTerm(index, token.norm);
      content.push({ term: fixed ?? -1, token, factor: tuning.typoFactor });
    }
  });
  const positions = new Map<number, number[]>();
  const factors = new Map<number, number>();
  content.forEach((c, i) => {
    if (c.term < 0) return;
    const list = positions.get(c.term);
    if (list) list.push(i);
    else positions.set(c.term, [i]);
    if (c.factor < 1 || factors.has(c.term)) factors.set(c.term, Math.max(factors.get(c.term) ?? 0, c.factor));
  });
  const hits = new Map<number, SegmentHit>();
  if (positions.size === 0) return hits;

  const { labelAcc, skillAcc } = scratchOf(index);
  const touchedLabels: number[] = [];
  const touchedSkills: number[] = [];
  for (const term of positions.keys()) {
    const f = factors.get(term) ?? 1;
    const w = (index.termLabelWeight[term] ?? 0) * f;
    const postings = index.labelPostings[term];
    if (postings) {
      for (let i = 0; i < postings.length; i++) {
        const l = postings[i] as number;
        if (labelAcc[l] === 0) touchedLabels.push(l);
        labelAcc[l] = (labelAcc[l] ?? 0) + w;
      }
    }
    const bm = index.bm25[term];
    if (bm) {
      for (let i = 0; i < bm.skills.length; i++) {
        const s = bm.skills[i] as number;
        if (skillAcc[s] === 0) touchedSkills.push(s);
        skillAcc[s] = (skillAcc[s] ?? 0) + (bm.weights[i] ?? 0) * f;
      }
    }
  }

  const labelScore = new Map<number, { score: number; spans: Span[] }>();
  for (const l of touchedLabels) {
    const acc = labelAcc[l] ?? 0;
    labelAcc[l] = 0;
    const weight = index.labelWeight[l] ?? 0;
    if (weight <= 0 || acc < tuning.minCoverage * weight) continue;
    const coverage = acc / weight;
    const label = index.labels[l];
    if (!label) continue;
    const kindWeight = label.kind === 'alternative' ? tuning.alternative : label.kind === 'hidden' ? tuning.hidden : 1;
    const ambiguous =
      label.kind !== 'preferred' && label.kind !== 'alias' && label.terms.length === 1 && (index.labelPostings[label.terms[0] ?? 0]?.length ?? 0) > tuning.ambiguousDf
        ? tuning.ambiguousFactor
        : 1;
    const bound = coverage * kindWeight * ambiguous;
    const best = labelScore.get(label.skill);
    if (best && best.score >= bound) continue;
    const match = matchLabel(label, positions, content);
    const score = bound * match.proximity;
    const current = labelScore.get(label.skill);
    if (!current || score > current.score) labelScore.set(label.skill, { score, spans: match.spans });
  }

  let maxBm = 0;
  for (const s of touchedSkills) maxBm = Math.max(maxBm, skillAcc[s] ?? 0);
  let floor = maxBm * 0.2;
  if (touchedSkills.length > tuning.bm25Candidates) {
    const values = new Float64Array(touchedSkills.length);
    for (let i = 0; i < touchedSkills.length; i++) values[i] = skillAcc[touchedSkills[i] ?? 0] ?? 0;
    values.sort();
    floor = Math.max(floor, values[values.length - tuning.bm25Candidates] ?? 0);
  }
  const strong: number[] = [];
  for (const s of touchedSkills) if ((skillAcc[s] ?? 0) >= floor) strong.push(s);
  strong.sort((a, b) => (skillAcc[b] ?? 0) - (skillAcc[a] ?? 0));
  const candidates = new Set<number>(labelScore.keys());
  for (const s of strong.slice(0, tuning.bm25Candidates)) candidates.add(s);
  for (const s of candidates) {
    const skill = index.skills[s];
    if (!skill) continue;
    const ls = labelScore.get(s);
    const bmNorm = maxBm > 0 ? (skillAcc[s] ?? 0) / maxBm : 0;
    const prior = tuning.usageShare * skill.usage + (1 - tuning.usageShare) * skill.reuse;
    const score = tuning.label * (ls?.score ?? 0) + tuning.bm25 * bmNorm + tuning.prior * prior;
    hits.set(s, { score, spans: ls?.spans ?? [] });
  }
  for (const s of touchedSkills) skillAcc[s] = 0;
  return hits;
}

/** The tightest window of the segment that holds each matched label term once, and how tight it is. */
function matchLabel(
  label: IndexedLabel,
  positions: Map<number, number[]>,
  content: ContentToken[],
): { proximity: number; spans: Span[] } {
  const lists: number[][] = [];
  for (const term of label.terms) {
    const list = positions.get(term);
    if (list) lists.push(list);
  }
  if (lists.length === 0) return { proximity: 0, spans: [] };
  if (lists.length === 1) {
    const c = content[lists[0]?.[0] ?? 0];
    return { proximity: 1, spans: c ? [{ start: c.token.start, end: c.token.end }] : [] };
  }
  const events: { pos: number; list: number }[] = [];
  lists.forEach((list, i) => {
    for (const pos of list) events.push({ pos, list: i });
  });
  events.sort((a, b) => a.pos - b.pos);
  const counts = new Array<number>(lists.length).fill(0);
  let covered = 0;
  let left = 0;
  let bestStart = 0;
  let bestEnd = Number.POSITIVE_INFINITY;
  for (let right = 0; right < events.length; right++) {
    const r = events[right];
    if (!r) continue;
    if ((counts[r.list] ?? 0) === 0) covered += 1;
    counts[r.list] = (counts[r.list] ?? 0) + 1;
    while (covered === lists.length) {
      const l = events[left];
      if (!l) break;
      if (r.pos - l.pos < bestEnd - bestStart) {
        bestStart = l.pos;
        bestEnd = r.pos;
      }
      counts[l.list] = (counts[l.list] ?? 0) - 1;
      if (counts[l.list] === 0) covered -= 1;
      left += 1;
    }
  }
  const window = bestEnd - bestStart + 1;
  const proximity = Math.sqrt(lists.length / window);
  const spans: Span[] = [];
  for (let p = bestStart; p <= bestEnd; p++) {
    const c = content[p];
    if (c && label.terms.includes(c.term)) spans.push({ start: c.token.start, end: c.token.end });
  }
  return { proximity, spans };
}

function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [];
  for (const span of sorted) {
    const last = out.at(-1);
    if (last && span.start <= last.end + 1) last.end = Math.max(last.end, span.end);
    else out.push({ ...span });
  }
  return out;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** One line of the extraction CLI protocol: `{"id","text"}` in. */
export interface ExtractionRequest {
  /** Echoed back as given: any JSON value. */
  id: unknown;
  text: string;
}

/** One line of the extraction CLI protocol: skills best first, at most 20. */
export interface ExtractionResponse {
  id: unknown;
  skills: { uri: string; label: string; score: number }[];
}

/** Answers one CLI request; throws TextTooLongError beyond MAX_EXTRACT_CHARS. */
export function answerExtractionRequest(index: SkillIndex, request: ExtractionRequest): ExtractionResponse {
  const skills = extract(index, request.text, { limit: 20 });
  return { id: request.id, skills: skills.map((skill) => ({ uri: skill.uri, label: skill.preferredLabel, score: skill.score })) };
}
