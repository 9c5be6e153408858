import type { IndexedLabel, LabelKind, SkillIndex } from './skill-index.ts';
import { STOP_WORDS, looksEnglish, tokenize, type Token } from './text.ts';

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
}

const KIND_WEIGHT: Record<LabelKind, number> = { preferred: 1, alias: 1, alternative: 0.95, hidden: 0.85 };

export const EXTRACT_WEIGHTS = {
  label: 0.6,
  bm25: 0.3,
  prior: 0.1,
  minCoverage: 0.5,
  bm25Candidates: 50,
};

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
  const minScore = options.minScore ?? 0.2;
  if (text.length > MAX_EXTRACT_CHARS) throw new TextTooLongError(text.length);
  if (!text.trim() || !looksEnglish(text)) return [];

  const tokens = tokenize(text);
  const best = new Map<number, { score: number; count: number; spans: Span[] }>();
  for (const segment of segments(text, tokens)) {
    for (const [skill, hit] of scoreSegment(index, segment)) {
      const current = best.get(skill);
      if (!current) best.set(skill, { score: hit.score, count: 1, spans: [...hit.spans] });
      else {
        current.score = Math.max(current.score, hit.score);
        current.count += 1;
        current.spans.push(...hit.spans);
      }
    }
  }
  const results: ExtractedSkill[] = [];
  for (const [skill, hit] of best) {
    const score = Math.min(1, hit.score * (1 + 0.05 * Math.log(hit.count)));
    if (score < minScore) continue;
    const indexed = index.skills[skill];
    if (!indexed) continue;
    results.push({ uri: indexed.uri, preferredLabel: indexed.preferredLabel, score: round(score), spans: mergeSpans(hit.spans) });
  }
  results.sort((a, b) => b.score - a.score || a.preferredLabel.localeCompare(b.preferredLabel));
  return results.slice(0, limit);
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
}

function scoreSegment(index: SkillIndex, segment: Token[]): Map<number, SegmentHit> {
  const content: ContentToken[] = [];
  for (const token of segment) {
    if (STOP_WORDS.has(token.stem)) continue;
    const term = index.terms.get(token.stem);
    content.push({ term: term ?? -1, token });
  }
  const positions = new Map<number, number[]>();
  content.forEach((c, i) => {
    if (c.term < 0) return;
    const list = positions.get(c.term);
    if (list) list.push(i);
    else positions.set(c.term, [i]);
  });
  const hits = new Map<number, SegmentHit>();
  if (positions.size === 0) return hits;

  const { labelAcc, skillAcc } = scratchOf(index);
  const touchedLabels: number[] = [];
  const touchedSkills: number[] = [];
  for (const term of positions.keys()) {
    const w = index.termLabelWeight[term] ?? 0;
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
        skillAcc[s] = (skillAcc[s] ?? 0) + (bm.weights[i] ?? 0);
      }
    }
  }

  const labelScore = new Map<number, { score: number; spans: Span[] }>();
  for (const l of touchedLabels) {
    const acc = labelAcc[l] ?? 0;
    labelAcc[l] = 0;
    const label = index.labels[l];
    if (!label || label.weight <= 0) continue;
    const coverage = acc / label.weight;
    if (coverage < EXTRACT_WEIGHTS.minCoverage) continue;
    const match = matchLabel(label, positions, content);
    const score = coverage * coverage * match.proximity * KIND_WEIGHT[label.kind];
    const current = labelScore.get(label.skill);
    if (!current || score > current.score) labelScore.set(label.skill, { score, spans: match.spans });
  }

  let maxBm = 0;
  for (const s of touchedSkills) maxBm = Math.max(maxBm, skillAcc[s] ?? 0);
  const bmCandidates = touchedSkills
    .map((s) => ({ s, v: skillAcc[s] ?? 0 }))
    .sort((a, b) => b.v - a.v)
    .slice(0, EXTRACT_WEIGHTS.bm25Candidates);
  const bmNorm = new Map<number, number>();
  for (const s of touchedSkills) {
    bmNorm.set(s, maxBm > 0 ? (skillAcc[s] ?? 0) / maxBm : 0);
    skillAcc[s] = 0;
  }

  const candidates = new Set<number>([...labelScore.keys(), ...bmCandidates.map((c) => c.s)]);
  for (const s of candidates) {
    const skill = index.skills[s];
    if (!skill) continue;
    const ls = labelScore.get(s);
    const score =
      EXTRACT_WEIGHTS.label * (ls?.score ?? 0) + EXTRACT_WEIGHTS.bm25 * (bmNorm.get(s) ?? 0) + EXTRACT_WEIGHTS.prior * skill.prior;
    hits.set(s, { score, spans: ls?.spans ?? [] });
  }
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
