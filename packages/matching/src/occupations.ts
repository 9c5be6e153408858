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
  /** Working space for scoring a text, one slot per label and per occupation; left zeroed after each use. */
  readonly scratch: { shared: Float64Array; touched: Uint32Array; best: Float64Array; bestLabel: Uint32Array; reached: Uint32Array };
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
    scratch: {
      shared: new Float64Array(labels.length),
      touched: new Uint32Array(labels.length),
      best: new Float64Array(sources.length),
      bestLabel: new Uint32Array(sources.length),
      reached: new Uint32Array(sources.length),
    },
  };
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

interface TextHit {
  score: number;
  label: string;
}

/**
 * The text's words against every label: each label earns the weight of the words it shares with
 * the text (idf), scaled by how much of the label they cover and of the text they use, so the
 * label that says the title best wins; an occupation counts by its best label.
 */
function scoreText(index: OccupationIndex, text: string, tuning: OccupationTuning): Map<number, TextHit> {
  const words = [...new Set(occupationWords(text))];
  const hits = new Map<number, TextHit>();
  if (words.length === 0) return hits;
  const textWeight = words.reduce((sum, w) => sum + (index.wordIdf.get(w) ?? tuning.unknownWordIdf), 0);
  // What each label shares with the text, summed in scratch arrays the index keeps (no allocation per title).
  const { shared, touched, best, bestLabel, reached } = index.scratch;
  let count = 0;
  let occupations = 0;
  for (const word of words) {
    const idf = index.wordIdf.get(word) ?? 0;
    for (const id of index.labelsByWord.get(word) ?? []) {
      if (shared[id] === 0) touched[count++] = id;
      shared[id] = (shared[id] ?? 0) + idf;
    }
  }
  for (let i = 0; i < count; i++) {
    const id = touched[i] ?? 0;
    const weight = shared[id] ?? 0;
    shared[id] = 0;
    const label = index.labels[id];
    if (!label || label.wordWeight <= 0) continue;
    const coverage = weight / label.wordWeight;
    const use = weight / textWeight;
    const score = label.weight * (tuning.labelCoverage === 1 ? coverage : coverage ** tuning.labelCoverage) * (tuning.textUse === 0.5 ? Math.sqrt(use) : use ** tuning.textUse);
    if (!(score > 0)) continue;
    const o = label.occupation;
    if (best[o] === 0) reached[occupations++] = o;
    if (score > (best[o] ?? 0)) {
      best[o] = score;
      bestLabel[o] = id;
    }
  }
  for (let i = 0; i < occupations; i++) {
    const o = reached[i] ?? 0;
    hits.set(o, { score: best[o] ?? 0, label: index.labels[bestLabel[o] ?? 0]?.label ?? '' });
    best[o] = 0;
  }
  return hits;
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

/** Ranked occupations for a title or text, a set of skills, or both, each with its reason. */
export function inferOccupations(index: OccupationIndex, query: OccupationQuery, limit = 20, tuning: OccupationTuning = OCCUPATION_WEIGHTS): InferredOccupation[] {
  const text = query.text ? scoreText(index, query.text, tuning) : new Map<number, TextHit>();
  const skills = query.skills?.length ? scoreSkills(index, query.skills, tuning) : new Map<number, SkillHit>();
  const both = text.size > 0 && skills.size > 0;
  const textShare = both ? tuning.textShare : text.size > 0 ? 1 : 0;
  let topSkill = 0;
  for (const hit of skills.values()) topSkill = Math.max(topSkill, hit.score);
  // Scores first, as plain numbers; reasons only for the few that are returned.
  const scores = new Map<number, number>();
  for (const [occupation, hit] of text) scores.set(occupation, textShare * hit.score);
  if (topSkill > 0) for (const [occupation, hit] of skills) scores.set(occupation, (scores.get(occupation) ?? 0) + ((1 - textShare) * hit.score) / topSkill);
  // Only the best `limit` are ordered: the limit-th best score, found on a typed copy, is the bar.
  const values = Float64Array.from(scores.values()).sort();
  const bar = values.length > limit ? (values[values.length - limit] ?? 0) : 0;
  const ranked: { occupation: number; score: number; uri: string }[] = [];
  for (const [occupation, score] of scores) {
    const uri = index.occupations[occupation]?.uri;
    if (uri !== undefined && score > 0 && score >= bar) ranked.push({ occupation, score, uri });
  }
  ranked.sort((a, b) => b.score - a.score || (a.uri < b.uri ? -1 : 1));
  return ranked.slice(0, limit).map(({ occupation, score, uri }) => {
    const t = text.get(occupation);
    return {
      uri,
      label: index.occupations[occupation]?.preferredLabel ?? uri,
      score: Math.round(score * 1000) / 1000,
      reason: { ...(t ? { label: t.label } : {}), skills: skills.get(occupation)?.skills ?? [] },
    };
  });
}
