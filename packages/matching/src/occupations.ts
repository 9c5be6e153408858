import type { SkillGraph } from '@kc/taxonomy/skill-graph';
import { answersFor } from './match.ts';
import { OCCUPATION_WEIGHTS, type OccupationTuning } from './weights.ts';
import { occupationWords } from './words.ts';

export interface OccupationLabelSource {
  label: string;
  language: string;
  kind: 'preferred' | 'alternative' | 'hidden';
}

/** An occupation as inference needs it: its labels in every language and the skills it lists. */
export interface OccupationSource {
  uri: string;
  preferredLabel: string;
  labels: readonly OccupationLabelSource[];
  skills: readonly { uri: string; relationType: 'essential' | 'optional' }[];
}

interface IndexedLabel {
  occupation: number;
  label: string;
  words: readonly string[];
  weight: number;
  /** The idf of its words, summed: what a text holding all of them would share with it. */
  wordWeight: number;
}

/** Built once from the taxonomy; read by `inferOccupations`. */
export interface OccupationIndex {
  readonly occupations: readonly { uri: string; preferredLabel: string }[];
  /** word → the labels that hold it. */
  readonly labelsByWord: ReadonlyMap<string, readonly number[]>;
  readonly labels: readonly IndexedLabel[];
  readonly wordIdf: ReadonlyMap<string, number>;
  /** skill → the occupations listing it, with the weight of that listing. */
  readonly occupationsBySkill: ReadonlyMap<string, readonly { occupation: number; weight: number }[]>;
  readonly skillIdf: ReadonlyMap<string, number>;
  /** Per occupation: the length of its weighted skill vector. */
  readonly skillNorms: readonly number[];
  readonly graph: SkillGraph;
  /** The same words and labels as integers in typed arrays, which scoring a text reads instead of the maps. */
  readonly postings: LabelPostings;
  /** Per occupation: the position of its URI in URI order, which breaks ties between equal scores. */
  readonly uriOrder: Uint32Array;
  /** Working space for scoring a text, one slot per label and per occupation; left zeroed after each use. */
  readonly scratch: { shared: Float64Array; touched: Uint32Array; best: Float64Array; bestLabel: Uint32Array; reached: Uint32Array };
}

/** Label words by id: word id → its idf and the labels holding it; label id → its occupation and weights. */
interface LabelPostings {
  readonly wordIds: ReadonlyMap<string, number>;
  readonly wordIdf: Float64Array;
  /** The labels holding word `w` are `labels[start[w]]` up to `labels[start[w + 1]]`, in label order. */
  readonly start: Uint32Array;
  readonly labels: Uint32Array;
  readonly labelOccupation: Uint32Array;
  readonly labelWeight: Float64Array;
  readonly labelWordWeight: Float64Array;
}

function labelPostings(labels: readonly IndexedLabel[], labelsByWord: ReadonlyMap<string, readonly number[]>, wordIdf: ReadonlyMap<string, number>): LabelPostings {
  const wordIds = new Map<string, number>();
  const idf = new Float64Array(labelsByWord.size);
  const start = new Uint32Array(labelsByWord.size + 1);
  const postings = new Uint32Array([...labelsByWord.values()].reduce((sum, list) => sum + list.length, 0));
  let end = 0;
  for (const [word, list] of labelsByWord) {
    const id = wordIds.size;
    wordIds.set(word, id);
    idf[id] = wordIdf.get(word) ?? 0;
    start[id] = end;
    postings.set(list, end);
    end += list.length;
  }
  start[wordIds.size] = end;
  return {
    wordIds,
    wordIdf: idf,
    start,
    labels: postings,
    labelOccupation: Uint32Array.from(labels, (l) => l.occupation),
    labelWeight: Float64Array.from(labels, (l) => l.weight),
    labelWordWeight: Float64Array.from(labels, (l) => l.wordWeight),
  };
}

/** `tuning` gives the label and listing weights, which are fixed when the index is built. */
export function buildOccupationIndex(sources: readonly OccupationSource[], graph: SkillGraph, tuning: OccupationTuning = OCCUPATION_WEIGHTS): OccupationIndex {
  const labels: IndexedLabel[] = [];
  const labelsByWord = new Map<string, number[]>();
  const occupationsBySkill = new Map<string, { occupation: number; weight: number }[]>();
  sources.forEach((source, occupation) => {
    const seen = new Set<string>();
    for (const { label, kind } of source.labels) {
      const words = [...new Set(occupationWords(label))];
      const key = words.join(' ');
      if (words.length === 0 || seen.has(key)) continue;
      seen.add(key);
      const id = labels.push({ occupation, label, words, weight: tuning.labelKind[kind], wordWeight: 0 }) - 1;
      for (const word of words) {
        const list = labelsByWord.get(word);
        if (list) list.push(id);
        else labelsByWord.set(word, [id]);
      }
    }
    for (const skill of source.skills) {
      const entry = { occupation, weight: tuning.listing[skill.relationType] };
      const list = occupationsBySkill.get(skill.uri);
      if (list) list.push(entry);
      else occupationsBySkill.set(skill.uri, [entry]);
    }
  });
  const wordIdf = new Map<string, number>();
  for (const [word, list] of labelsByWord) wordIdf.set(word, Math.log(1 + (labels.length - list.length + 0.5) / (list.length + 0.5)));
  for (const label of labels) label.wordWeight = label.words.reduce((sum, w) => sum + (wordIdf.get(w) ?? 0), 0);
  const skillIdf = new Map<string, number>();
  for (const [skill, list] of occupationsBySkill) skillIdf.set(skill, Math.log(1 + sources.length / list.length));
  const squares = new Array<number>(sources.length).fill(0);
  for (const [skill, list] of occupationsBySkill) {
    const idf = skillIdf.get(skill) ?? 0;
    for (const { occupation, weight } of list) squares[occupation] = (squares[occupation] ?? 0) + (weight * idf) ** 2;
  }
  return {
    occupations: sources.map(({ uri, preferredLabel }) => ({ uri, preferredLabel })),
    labelsByWord,
    labels,
    wordIdf,
    occupationsBySkill,
    skillIdf,
    skillNorms: squares.map(Math.sqrt),
    graph,
    postings: labelPostings(labels, labelsByWord, wordIdf),
    uriOrder: uriOrderOf(sources.map((s) => s.uri)),
    scratch: {
      shared: new Float64Array(labels.length),
      touched: new Uint32Array(labels.length),
      best: new Float64Array(sources.length),
      bestLabel: new Uint32Array(sources.length),
      reached: new Uint32Array(sources.length),
    },
  };
}

function uriOrderOf(uris: readonly string[]): Uint32Array {
  const order = new Uint32Array(uris.length);
  const uri = (i: number) => uris[i] ?? '';
  [...uris.keys()].sort((a, b) => (uri(a) < uri(b) ? -1 : uri(a) > uri(b) ? 1 : a - b)).forEach((occupation, position) => (order[occupation] = position));
  return order;
}

/** Why an occupation was inferred: the labels and the skills that matched. */
export interface OccupationReason {
  /** The label whose words matched the text, if the text gave credit. */
  label?: string;
  /** Skills given that the occupation lists, or lists through a related skill. */
  skills: { uri: string; via: string; relation: string }[];
}

export interface InferredOccupation {
  uri: string;
  label: string;
  /** 0–1. */
  score: number;
  reason: OccupationReason;
}

export interface OccupationQuery {
  /** A job title as posted, or a longer text. */
  text?: string;
  /** Skill URIs. */
  skills?: readonly string[];
}

/**
 * The text's words against every label: each label earns the weight of the words it shares with
 * the text (idf), scaled by how much of the label they cover and of the text they use, so the
 * label that says the title best wins; an occupation counts by its best label.
 *
 * Leaves its answer in the index's scratch: `best[o]` and `bestLabel[o]` for each occupation
 * `reached[0…count)`; returns that count. The caller reads them and zeroes `best` again.
 */
function scoreText(index: OccupationIndex, text: string, tuning: OccupationTuning): number {
  const words = [...new Set(occupationWords(text))];
  if (words.length === 0) return 0;
  const postings = index.postings;
  const { shared, touched, best, bestLabel, reached } = index.scratch;
  let textWeight = 0;
  let count = 0;
  // What each label shares with the text, summed over the postings of the text's words.
  for (const word of words) {
    const id = postings.wordIds.get(word);
    textWeight += id === undefined ? tuning.unknownWordIdf : (postings.wordIdf[id] ?? 0);
    if (id === undefined) continue;
    const idf = postings.wordIdf[id] ?? 0;
    const end = postings.start[id + 1] ?? 0;
    for (let p = postings.start[id] ?? 0; p < end; p++) {
      const label = postings.labels[p] ?? 0;
      if (shared[label] === 0) touched[count++] = label;
      shared[label] = (shared[label] ?? 0) + idf;
    }
  }
  const plainCoverage = tuning.labelCoverage === 1;
  const squareRootUse = tuning.textUse === 0.5;
  let occupations = 0;
  for (let i = 0; i < count; i++) {
    const label = touched[i] ?? 0;
    const weight = shared[label] ?? 0;
    shared[label] = 0;
    const labelWordWeight = postings.labelWordWeight[label] ?? 0;
    if (labelWordWeight <= 0) continue;
    const coverage = weight / labelWordWeight;
    const use = weight / textWeight;
    const score = (postings.labelWeight[label] ?? 0) * (plainCoverage ? coverage : coverage ** tuning.labelCoverage) * (squareRootUse ? Math.sqrt(use) : use ** tuning.textUse);
    if (!(score > 0)) continue;
    const o = postings.labelOccupation[label] ?? 0;
    if (best[o] === 0) reached[occupations++] = o;
    if (score > (best[o] ?? 0)) {
      best[o] = score;
      bestLabel[o] = label;
    }
  }
  return occupations;
}

interface SkillHit {
  score: number;
  skills: { uri: string; via: string; relation: string }[];
}

/**
 * The skills against every occupation's listing: each skill given credits the occupations that
 * list it (or, for less, a skill it relates to), weighted by how few occupations list that skill,
 * over the length of the occupation's own skill vector (a cosine, so long listings do not win by size).
 */
function scoreSkills(index: OccupationIndex, skills: readonly string[], tuning: OccupationTuning): Map<number, SkillHit> {
  const hits = new Map<number, SkillHit>();
  // Sorted, so the sums (and the reasons' order) do not depend on the order skills were given in.
  const given = [...new Set(skills)].sort();
  if (given.length === 0) return hits;
  for (const uri of given) {
    // The best credit this skill earns per occupation.
    const best = new Map<number, { value: number; via: string; relation: string }>();
    for (const [listed, answer] of answersFor(uri, index.graph, 'held')) {
      const idf = index.skillIdf.get(listed) ?? 0;
      for (const { occupation, weight } of index.occupationsBySkill.get(listed) ?? []) {
        const value = answer.credit * weight * idf;
        const known = best.get(occupation);
        if (!known || value > known.value) best.set(occupation, { value, via: listed, relation: answer.relation });
      }
    }
    for (const [occupation, { value, via, relation }] of best) {
      const hit = hits.get(occupation) ?? { score: 0, skills: [] };
      hit.score += value;
      hit.skills.push({ uri, via, relation });
      hits.set(occupation, hit);
    }
  }
  const queryNorm = Math.sqrt(given.length);
  for (const [occupation, hit] of hits) hit.score /= (index.skillNorms[occupation] || 1) ** tuning.skillNormPower * queryNorm;
  return hits;
}

/**
 * The best `limit` of the occupations offered, best first, in the order a full sort would give
 * (higher score, then lower URI), kept in order as they come so the rest are never sorted.
 */
class TopOccupations {
  readonly occupations: number[] = [];
  readonly scores: number[] = [];
  constructor(
    private readonly limit: number,
    private readonly uriOrder: Uint32Array,
  ) {}

  /** Keeps the occupation if it ranks among the best so far; only positive scores rank. */
  offer(occupation: number, score: number): void {
    if (!(score > 0)) return;
    const { occupations, scores } = this;
    let i = occupations.length;
    if (i >= this.limit) {
      if (i === 0 || !this.ahead(occupation, score, i - 1)) return;
      i -= 1;
    }
    for (; i > 0 && this.ahead(occupation, score, i - 1); i--) {
      occupations[i] = occupations[i - 1] ?? 0;
      scores[i] = scores[i - 1] ?? 0;
    }
    occupations[i] = occupation;
    scores[i] = score;
  }

  /** Whether the occupation ranks before the one kept at `position`. */
  private ahead(occupation: number, score: number, position: number): boolean {
    const other = this.scores[position] ?? 0;
    return score > other || (score === other && (this.uriOrder[occupation] ?? 0) < (this.uriOrder[this.occupations[position] ?? 0] ?? 0));
  }
}

/** The skills' part of an occupation's score: its skill score against the best one, times the skills' share. */
function skillPart(skills: ReadonlyMap<number, SkillHit>, occupation: number, textShare: number, topSkill: number): number {
  const hit = topSkill > 0 ? skills.get(occupation) : undefined;
  return hit ? ((1 - textShare) * hit.score) / topSkill : 0;
}

/** Ranked occupations for a title or text, a set of skills, or both, each with its reason. */
export function inferOccupations(index: OccupationIndex, query: OccupationQuery, limit = 20, tuning: OccupationTuning = OCCUPATION_WEIGHTS): InferredOccupation[] {
  // The text's scores stay in the index's scratch (`textScore[o]`, for `reached[0…textCount)`) until the end.
  const { best: textScore, bestLabel, reached } = index.scratch;
  const textCount = query.text ? scoreText(index, query.text, tuning) : 0;
  const skills = query.skills?.length ? scoreSkills(index, query.skills, tuning) : new Map<number, SkillHit>();
  const both = textCount > 0 && skills.size > 0;
  const textShare = both ? tuning.textShare : textCount > 0 ? 1 : 0;
  let topSkill = 0;
  for (const hit of skills.values()) topSkill = Math.max(topSkill, hit.score);
  // Scores as plain numbers, each offered to the top list; reasons only for the few kept.
  const top = new TopOccupations(Math.max(0, Math.floor(limit)), index.uriOrder);
  for (let i = 0; i < textCount; i++) {
    const o = reached[i] ?? 0;
    top.offer(o, textShare * (textScore[o] ?? 0) + skillPart(skills, o, textShare, topSkill));
  }
  if (topSkill > 0) for (const o of skills.keys()) if (textScore[o] === 0) top.offer(o, skillPart(skills, o, textShare, topSkill));
  const ranked: InferredOccupation[] = [];
  for (let i = 0; i < top.occupations.length; i++) {
    const o = top.occupations[i] ?? 0;
    const uri = index.occupations[o]?.uri ?? '';
    const skillReasons = skills.get(o)?.skills ?? [];
    // Two literals rather than a spread: a reason is built for every answer.
    const reason: OccupationReason = textScore[o] !== 0 ? { label: index.labels[bestLabel[o] ?? 0]?.label ?? '', skills: skillReasons } : { skills: skillReasons };
    ranked.push({ uri, label: index.occupations[o]?.preferredLabel ?? uri, score: Math.round((top.scores[i] ?? 0) * 1000) / 1000, reason });
  }
  for (let i = 0; i < textCount; i++) textScore[reached[i] ?? 0] = 0;
  return ranked;
}
