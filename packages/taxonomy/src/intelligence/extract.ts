import type { IndexedLabel, SkillIndex } from './skill-index.ts';
import { closeWords, vocabularyPrefix } from './suggest.ts';
import { STOP_WORDS, isOtherScript, stem, textReading, tokenize, type Token } from './text.ts';

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
  /** How sure the reading is, from the score (see CONFIDENCE_CUTS): "strong" and "likely" are confident. */
  confidence: Confidence;
  /**
   * Near-duplicates found in the same words and folded into this one, best first (at most
   * MAX_VARIANTS): its broader or narrower skills, its siblings, and skills whose label holds its
   * label ("write English" under "English").
   */
  variants: ExtractedVariant[];
}

export type Confidence = 'strong' | 'likely' | 'possible';

/**
 * Score cuts of the confidence levels, chosen on the validation sets (scripts/bench-extraction.ts):
 * 0.55 is the single cut with the best F1 on both sets; at 0.75 about two thirds of the results
 * are gold even though the gold cannot name the cluster's own skills.
 */
export const CONFIDENCE_CUTS = Object.freeze({ strong: 0.75, likely: 0.55 });

export function confidenceOf(score: number): Confidence {
  return score >= CONFIDENCE_CUTS.strong ? 'strong' : score >= CONFIDENCE_CUTS.likely ? 'likely' : 'possible';
}

export const MAX_VARIANTS = 10;

export interface ExtractedVariant {
  uri: string;
  preferredLabel: string;
  score: number;
}

export interface ExtractOptions {
  limit?: number;
  /** Skills scoring below this are left out. */
  minScore?: number;
  /** For tuning experiments; defaults to DEFAULT_EXTRACT_TUNING. */
  tuning?: Partial<ExtractTuning>;
  /** Fold near-duplicates into the best of them (default); false lists every skill on its own. */
  fold?: boolean;
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
  const reading = text.trim() ? textReading(text) : 'none';
  if (reading === 'none') return [];

  const tokens = tokenize(text);
  const best = new Map<number, { score: number; count: number; spans: Span[] }>();
  // Inside Bulgarian (or other non-Latin) prose only names count: a skill must match a label, not just share words.
  const labelsOnly = reading === 'latin-names';

  for (const segment of segments(text, tokens)) {
    for (const [skill, hit] of scoreSegment(index, text, segment, tuning, labelsOnly)) {
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
    const rounded = round(score);
    results.push({ uri: indexed.uri, preferredLabel: indexed.preferredLabel, score: rounded, confidence: confidenceOf(rounded), spans: mergeSpans(hit.spans), variants: [] });
  }
  results.sort((a, b) => b.score - a.score || a.preferredLabel.localeCompare(b.preferredLabel));
  return (options.fold === false ? results : foldVariants(index, results)).slice(0, limit);
}

/**
 * Near-duplicates come back as one result, the best, holding the others as variants: a skill
 * found in the same words as a better one and related to it, as its broader or narrower skill, a
 * sibling under the same broader skill, or a label that holds the other's label as written ("use
 * maritime English" and "English"). Five kinds of English in one sentence are one result.
 */
function foldVariants(index: SkillIndex, ranked: ExtractedSkill[]): ExtractedSkill[] {
  const kept: { result: ExtractedSkill; skill: number; key: string }[] = [];
  for (const result of ranked) {
    const skill = index.skillByUri.get(result.uri) ?? -1;
    // Case kept: "English" is in "use maritime English", "React" is not in "react to events".
    const key = ` ${(result.preferredLabel.normalize('NFKC').match(/[\p{L}\p{N}]+(?:[+#]+)?/gu) ?? []).join(' ')} `;
    const home = kept.find((k) => related(index, k.skill, skill, k.key, key) && overlaps(k.result.spans, result.spans));
    if (!home) kept.push({ result, skill, key });
    else if (home.result.variants.length < MAX_VARIANTS) home.result.variants.push({ uri: result.uri, preferredLabel: result.preferredLabel, score: result.score });
  }
  return kept.map((k) => k.result);
}

function related(index: SkillIndex, a: number, b: number, aKey: string, bKey: string): boolean {
  const aBroader = index.skills[a]?.broader ?? [];
  const bBroader = index.skills[b]?.broader ?? [];
  if (aBroader.includes(b) || bBroader.includes(a) || aBroader.some((s) => bBroader.includes(s))) return true;
  return aKey.includes(bKey) || bKey.includes(aKey);
}

/** Whether two lists of spans, each sorted and merged (mergeSpans), share a character. */
function overlaps(a: readonly Span[], b: readonly Span[]): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as Span;
    const y = b[j] as Span;
    if (x.start < y.end && y.start < x.end) return true;
    if (x.end <= y.end) i += 1;
    else j += 1;
  }
  return false;
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

/**
 * Splits the tokens into sentences and list items; skills are found within one segment. A word in
 * another script (Cyrillic) ends a segment too and is left out: "опит с React и Node.js" holds two names.
 */
function segments(text: string, tokens: Token[]): Token[][] {
  const out: Token[][] = [];
  let current: Token[] = [];
  let previousEnd = 0;
  for (const token of tokens) {
    if (isOtherScript(token.norm)) {
      if (current.length > 0) out.push(current);
      current = [];
      previousEnd = token.end;
      continue;
    }
    // With the token's first character, so that the dot of "Node.js" or "e.g." ends nothing.
    const gap = text.slice(previousEnd, token.start + 1);
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
  /** The skills whose name the token spells (see nameClaims); the word serves no other skill's label. */
  claim?: NameClaim;
}

interface NameClaim {
  /** The label key of the name ("node js"). */
  name: string;
  skills: ReadonlySet<number>;
}

/** Whether a word is written as a name: "JavaScript", "AWS", "iOS", "k8s", "C++", or "React" inside a sentence. */
function writtenAsName(word: string, opensSentence: boolean): boolean {
  if (/\p{N}/u.test(word) && /\p{L}/u.test(word)) return true;
  if (/[+#]/.test(word)) return true;
  const upper = word.match(/\p{Lu}/gu)?.length ?? 0;
  if (upper === 0) return false;
  if (upper > 1 || !/^\p{Lu}/u.test(word)) return true;
  return !opensSentence;
}

/** A label spelt as a name: with a capital letter, a digit or a symbol ("Docker", "Node.js", "k8s", "C#"). */
function spelledAsName(label: string): boolean {
  return /[\p{Lu}\p{N}+#]/u.test(label);
}

const MAX_NAME_WORDS = 4;

/** A list item or a list of names: a few words, or words without a function word among them ("javascript reactjs java"). */
function isList(segment: Token[]): boolean {
  return segment.length <= MAX_NAME_WORDS || !segment.some((t) => STOP_WORDS.has(t.norm));
}

/**
 * The names in a segment: a run of adjacent tokens, at least one written as a name, that is a
 * whole label spelt as a name ("React", "Node.js", "Google Cloud Platform"), or that is one of the
 * cluster's aliases ("k8s", "unit tests"). Each token of such a run belongs to the skills with
 * that label, so that "React" is never the verb of "react to physical changes or hazards" and
 * "Docker" not the "dock" of "dock operations". Longest runs win.
 */
function nameClaims(index: SkillIndex, text: string, segment: Token[]): (NameClaim | undefined)[] {
  const claims: (NameClaim | undefined)[] = new Array<NameClaim | undefined>(segment.length);
  const list = isList(segment);
  let i = 0;
  while (i < segment.length) {
    let taken = 1;
    // Runs of adjacent words ("Node.js", "Google Cloud Platform") that could open a label.
    const keys: string[] = [];
    if (index.firstWordLabels.has(segment[i]?.norm ?? '')) {
      let key = segment[i]?.norm ?? '';
      keys.push(key);
      for (let k = i + 1; k < i + MAX_NAME_WORDS && k < segment.length; k++) {
        const previous = segment[k - 1];
        const token = segment[k];
        if (!previous || !token || !/^[\s./-]{0,2}$/.test(text.slice(previous.end, token.start))) break;
        key += ` ${token.norm}`;
        keys.push(key);
      }
    }
    for (let length = keys.length; length >= 1; length--) {
      const run = segment.slice(i, i + length);
      const labels = index.exact.get(keys[length - 1] ?? '');
      if (!labels) continue;
      // The cluster's own words for a skill (aliases) are names whatever their case.
      const alias = labels.some((id) => index.labels[id]?.kind === 'alias');
      if (!alias) {
        if (!list && !run.some((t, k) => index.nameOnlyWords.has(t.norm) || writtenAsName(text.slice(t.start, t.end), i + k === 0))) continue;
        if (!labels.some((id) => spelledAsName(index.labels[id]?.text ?? ''))) continue;
      }
      const skills = new Set<number>();
      for (const id of labels) {
        const label = index.labels[id];
        if (label) skills.add(label.skill);
      }
      const claim = { name: keys[length - 1] ?? '', skills };
      for (let k = i; k < i + length; k++) claims[k] = claim;
      taken = length;
      break;
    }
    i += taken;
  }
  return claims;
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

function scoreSegment(index: SkillIndex, text: string, segment: Token[], tuning: ExtractTuning, labelsOnly = false): Map<number, SegmentHit> {
  const content: ContentToken[] = [];
  const claims = nameClaims(index, text, segment);
  segment.forEach((token, i) => {
    if (STOP_WORDS.has(token.norm) || (token.norm === 'well' && segment[i - 1]?.norm === 'as')) return;
    const claim = claims[i];
    const term = index.terms.get(token.stem);
    if (term !== undefined || tuning.typoFactor <= 0) content.push({ term: term ?? -1, token, factor: 1, claim });
    else {
      const fixed = correctedTerm(index, token.norm);
      content.push({ term: fixed ?? -1, token, factor: tuning.typoFactor, claim });
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
  // Whether the word at a position can be a label's name word: written like it ("docks" are not
  // Docker) and, unless the word is never anything but a name, written as a name ("React", not
  // the "react" of a sentence). A corrected word may stand for any.
  const list = isList(segment);
  const nameAt = content.map((c) => list || c.factor < 1 || writtenAsName(text.slice(c.token.start, c.token.end), c.token === segment[0]));
  const servesName = (p: number, name: string): boolean => {
    const c = content[p];
    if (!c) return false;
    if (c.factor < 1) return true;
    return sameName(c.token.norm, name) && (nameAt[p] === true || index.nameOnlyWords.has(name));
  };
  const usable = (label: IndexedLabel, term: number): number[] => {
    const all = positions.get(term) ?? [];
    const k = label.nameTerms?.indexOf(term) ?? -1;
    // A word used as a word is not where a name stands ("react to …" is not at "React").
    if (k < 0) return all.filter((p) => !content[p]?.claim || content[p]?.claim?.skills.has(label.skill));
    const name = label.nameForms?.[k] ?? '';
    return all.filter((p) => servesName(p, name));
  };
  // A term all of whose occurrences are names serves the skills they name, and the longer names
  // that hold the name ("SQL Server" holds "SQL"), but no label that uses it as a word.
  const claimedTerm = new Map<number, Set<number>>();
  const claimedNames = new Map<number, string[]>();
  if (claims.some(Boolean)) {
    for (const [term, list] of positions) {
      if (!list.every((p) => content[p]?.claim)) continue;
      const owners = new Set<number>();
      const names: string[] = [];
      for (const p of list) {
        const claim = content[p]?.claim;
        if (!claim) continue;
        for (const skill of claim.skills) owners.add(skill);
        names.push(claim.name);
      }
      claimedTerm.set(term, owners);
      claimedNames.set(term, names);
    }
  }

  const { labelAcc, skillAcc } = scratchOf(index);
  const touchedLabels: number[] = [];
  const touchedSkills: number[] = [];
  for (const term of positions.keys()) {
    const f = factors.get(term) ?? 1;
    const w = (index.termLabelWeight[term] ?? 0) * f;
    const owners = claimedTerm.get(term);
    const postings = index.labelPostings[term];
    if (postings) {
      for (let i = 0; i < postings.length; i++) {
        const l = postings[i] as number;
        const label = index.labels[l];
        if (!label) continue;
        if (label.nameTerms?.includes(term) && usable(label, term).length === 0) continue;
        if (owners && !owners.has(label.skill) && !(label.nameTerms?.includes(term) && claimedNames.get(term)?.some((name) => ` ${label.key} `.includes(` ${name} `)))) {
          continue;
        }
        if (labelAcc[l] === 0) touchedLabels.push(l);
        labelAcc[l] = (labelAcc[l] ?? 0) + w;
      }
    }
    if (!owners) addBm25(index, term, f, skillAcc, touchedSkills);
  }

  const labelScore = new Map<number, { score: number; spans: Span[] }>();
  const wholeSpans = new Map<number, Span[]>();
  for (const l of touchedLabels) {
    const acc = labelAcc[l] ?? 0;
    labelAcc[l] = 0;
    const weight = index.labelWeight[l] ?? 0;
    if (weight <= 0 || acc < tuning.minCoverage * weight) continue;
    const coverage = acc / weight;
    const label = index.labels[l];
    if (!label) continue;
    if (label.head && !label.head.some((term) => positions.has(term))) continue;
    const kindWeight = label.kind === 'alternative' ? tuning.alternative : label.kind === 'hidden' ? tuning.hidden : 1;
    const ambiguous =
      label.kind !== 'preferred' && label.kind !== 'alias' && label.terms.length === 1 && (index.labelPostings[label.terms[0] ?? 0]?.length ?? 0) > tuning.ambiguousDf
        ? tuning.ambiguousFactor
        : 1;
    const bound = coverage * kindWeight * ambiguous;
    const best = labelScore.get(label.skill);
    const whole = coverage >= 0.999;
    if (best && best.score >= bound && !whole) continue;
    const match = matchLabel(label, usable, content);
    // Every whole label of the skill shows where it is: "Kubernetes (k8s)".
    if (whole) wholeSpans.set(label.skill, [...(wholeSpans.get(label.skill) ?? []), ...match.spans]);
    const score = bound * match.proximity;
    if (!best || score > best.score) labelScore.set(label.skill, { score, spans: match.spans });
  }

  // The words of names weigh, in BM25 too, only for the skills that a label matched with them.
  for (const [term, owners] of claimedTerm) {
    for (const s of labelScore.keys()) owners.add(s);
    addBm25(index, term, factors.get(term) ?? 1, skillAcc, touchedSkills, owners);
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
  if (!labelsOnly) for (const s of strong.slice(0, tuning.bm25Candidates)) candidates.add(s);
  for (const s of candidates) {
    const skill = index.skills[s];
    if (!skill) continue;
    const ls = labelScore.get(s);
    const bmNorm = maxBm > 0 ? (skillAcc[s] ?? 0) / maxBm : 0;
    const prior = tuning.usageShare * skill.usage + (1 - tuning.usageShare) * skill.reuse;
    const score = tuning.label * (ls?.score ?? 0) + tuning.bm25 * bmNorm + tuning.prior * prior;
    hits.set(s, { score, spans: [...(ls?.spans ?? []), ...(wholeSpans.get(s) ?? [])] });
  }
  for (const s of touchedSkills) skillAcc[s] = 0;
  return hits;
}

/** Whether a word is a name: as it is, in the plural, or short of its last letter ("Postgre"). */
function sameName(word: string, name: string): boolean {
  return word === name || word === `${name}s` || (name.length >= 5 && word === name.slice(0, -1));
}

function addBm25(index: SkillIndex, term: number, factor: number, skillAcc: Float64Array, touched: number[], only?: ReadonlySet<number>): void {
  const bm = index.bm25[term];
  if (!bm) return;
  for (let i = 0; i < bm.skills.length; i++) {
    const s = bm.skills[i] as number;
    if (only && !only.has(s)) continue;
    if (skillAcc[s] === 0) touched.push(s);
    skillAcc[s] = (skillAcc[s] ?? 0) + (bm.weights[i] ?? 0) * factor;
  }
}

/** The tightest window of the segment that holds each matched label term once, and how tight it is. */
function matchLabel(
  label: IndexedLabel,
  positionsOf: (label: IndexedLabel, term: number) => number[],
  content: ContentToken[],
): { proximity: number; spans: Span[] } {
  const lists: number[][] = [];
  for (const term of label.terms) {
    const list = positionsOf(label, term);
    if (list.length > 0) lists.push(list);
  }
  if (lists.length === 0) return { proximity: 0, spans: [] };
  if (lists.length === 1) {
    // One word: every place it stands.
    const spans: Span[] = [];
    for (const p of lists[0] ?? []) {
      const c = content[p];
      if (c) spans.push({ start: c.token.start, end: c.token.end });
    }
    return { proximity: 1, spans };
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
