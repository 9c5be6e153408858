import { JOB_AD_WORDS, STOP_WORDS, labelKey, normalise, stem, tokenize } from './text.ts';

/** One skill as the index needs it: plain data, from the database or from the ESCO archive. */
export interface SkillSource {
  uri: string;
  preferredLabel: string;
  altLabels: readonly string[];
  hiddenLabels: readonly string[];
  description: string;
  type: string | null;
  reuseLevel: string | null;
  isLocal: boolean;
}

export interface BroaderEdge {
  narrowerUri: string;
  broaderUri: string;
}

/** A cluster's own word for a skill ("k8s"). */
export interface SkillAlias {
  uri: string;
  alias: string;
}

export interface SkillIndexInput {
  skills: readonly SkillSource[];
  broader: readonly BroaderEdge[];
  /** How many occupations use each skill (essential or optional). */
  occupationCounts: ReadonlyMap<string, number>;
  aliases: readonly SkillAlias[];
}

export type LabelKind = 'preferred' | 'alternative' | 'hidden' | 'alias';

export interface IndexedSkill {
  uri: string;
  preferredLabel: string;
  type: string | null;
  reuseLevel: string | null;
  isLocal: boolean;
  occupationCount: number;
  /** 0..1: how common the skill is (occupation usage and reuse level). */
  prior: number;
  /** Indexes of broader skills (not groups). */
  broader: readonly number[];
}

export interface IndexedLabel {
  skill: number;
  kind: LabelKind;
  text: string;
  /** labelKey(text): normalised words joined by spaces. */
  key: string;
  /** Stemmed words in order, stop words included (for phrase matching). */
  stems: readonly string[];
  /** Distinct content term ids. */
  terms: Int32Array;
  /** Sum of the label weights of `terms`. */
  weight: number;
}

export interface Bm25Postings {
  skills: Int32Array;
  weights: Float32Array;
}

/** An immutable, in-memory index of the taxonomy for suggest and extract. */
export interface SkillIndex {
  readonly skills: readonly IndexedSkill[];
  readonly skillByUri: ReadonlyMap<string, number>;
  readonly labels: readonly IndexedLabel[];
  /** Stem → term id, content words only. */
  readonly terms: ReadonlyMap<string, number>;
  /** Per term: how much the word says when it occurs in a label (IDF over labels, generic words damped). */
  readonly termLabelWeight: Float64Array;
  /** Per term: 1 when the word is generic job-ad vocabulary. */
  readonly termGeneric: Uint8Array;
  /** Per term: the labels that contain it. */
  readonly labelPostings: readonly Int32Array[];
  /** Per term: BM25F contribution of the term to each skill that contains it. */
  readonly bm25: readonly Bm25Postings[];
  /** labelKey → label ids. */
  readonly exact: ReadonlyMap<string, readonly number[]>;
  /** Label ids sorted by key, for prefix search. */
  readonly sortedLabels: Int32Array;
  /** Distinct normalised words of labels, sorted, for word-prefix search. */
  readonly vocabulary: readonly string[];
  /** Normalised word → label ids containing it. */
  readonly wordLabels: ReadonlyMap<string, readonly number[]>;
  /** One-character deletions of vocabulary words → the words, for typo tolerance. */
  readonly deletions: ReadonlyMap<string, readonly string[]>;
  readonly builtAt: Date;
  readonly buildMs: number;
}

const FIELD_WEIGHTS = { preferred: 3, alternative: 2, hidden: 1.5, alias: 2, description: 0.5 } as const;
const FIELD_B = { preferred: 0.5, alternative: 0.75, hidden: 0.75, alias: 0.5, description: 0.75 } as const;
const K1 = 1.2;
const GENERIC_DAMPING = 0.35;

const REUSE_PRIOR: Record<string, number> = {
  transversal: 1,
  'cross-sector': 0.75,
  'sector-specific': 0.5,
  'occupation-specific': 0.3,
};

type Field = keyof typeof FIELD_WEIGHTS;

export function buildSkillIndex(input: SkillIndexInput): SkillIndex {
  const started = performance.now();
  const stemCache = new Map<string, string>();
  const cachedStem = (word: string): string => {
    let s = stemCache.get(word);
    if (s === undefined) {
      s = stem(word);
      stemCache.set(word, s);
    }
    return s;
  };
  const words = (text: string): string[] => normalise(text).match(/[\p{L}\p{N}]+(?:[+#]+)?/gu) ?? [];

  const skillByUri = new Map<string, number>();
  const skills: IndexedSkill[] = [];
  const maxOccupations = Math.max(1, ...input.occupationCounts.values());
  for (const source of input.skills) {
    if (skillByUri.has(source.uri)) continue;
    const occupationCount = input.occupationCounts.get(source.uri) ?? 0;
    const usage = Math.log1p(occupationCount) / Math.log1p(maxOccupations);
    const reuse = source.reuseLevel ? (REUSE_PRIOR[source.reuseLevel] ?? 0.5) : 0.5;
    skillByUri.set(source.uri, skills.length);
    skills.push({
      uri: source.uri,
      preferredLabel: source.preferredLabel,
      type: source.type,
      reuseLevel: source.reuseLevel,
      isLocal: source.isLocal,
      occupationCount,
      prior: 0.6 * usage + 0.4 * reuse,
      broader: [],
    });
  }
  for (const edge of input.broader) {
    const narrower = skillByUri.get(edge.narrowerUri);
    const broader = skillByUri.get(edge.broaderUri);
    if (narrower !== undefined && broader !== undefined) (skills[narrower]?.broader as number[]).push(broader);
  }

  // Labels.
  const termIds = new Map<string, number>();
  const termOf = (s: string): number => {
    let id = termIds.get(s);
    if (id === undefined) {
      id = termIds.size;
      termIds.set(s, id);
    }
    return id;
  };
  const labels: IndexedLabel[] = [];
  const rawLabelTerms: number[][] = [];
  const seenLabel = new Set<string>();
  const addLabel = (skill: number, kind: LabelKind, text: string) => {
    const key = labelKey(text);
    if (!key || seenLabel.has(`${skill}\u0000${key}`)) return;
    seenLabel.add(`${skill}\u0000${key}`);
    const stems = words(text).map(cachedStem);
    const content = [...new Set(stems.filter((s) => !STOP_WORDS.has(s)))].map(termOf);
    labels.push({ skill, kind, text, key, stems, terms: Int32Array.from(content), weight: 0 });
    rawLabelTerms.push(content);
  };
  input.skills.forEach((source) => {
    const skill = skillByUri.get(source.uri);
    if (skill === undefined) return;
    addLabel(skill, 'preferred', source.preferredLabel);
    for (const label of source.altLabels) addLabel(skill, 'alternative', label);
    for (const label of source.hiddenLabels) addLabel(skill, 'hidden', label);
  });
  for (const alias of input.aliases) {
    const skill = skillByUri.get(alias.uri);
    if (skill !== undefined) addLabel(skill, 'alias', alias.alias);
  }

  // BM25F over skills: each skill is one document with label fields and its description.
  const fieldTerms: Map<number, number>[][] = skills.map(() => []);
  const fieldLength = new Map<Field, { total: number; count: number }>();
  const docs: { field: Field; tf: Map<number, number>; length: number }[][] = skills.map(() => []);
  const addField = (skill: number, field: Field, stems: string[]) => {
    const tf = new Map<number, number>();
    let length = 0;
    for (const s of stems) {
      if (STOP_WORDS.has(s)) continue;
      length += 1;
      const id = termOf(s);
      tf.set(id, (tf.get(id) ?? 0) + 1);
    }
    if (length === 0) return;
    docs[skill]?.push({ field, tf, length });
    const stats = fieldLength.get(field) ?? { total: 0, count: 0 };
    stats.total += length;
    stats.count += 1;
    fieldLength.set(field, stats);
  };
  const byKind = new Map<number, Map<LabelKind, string[]>>();
  for (const label of labels) {
    let kinds = byKind.get(label.skill);
    if (!kinds) byKind.set(label.skill, (kinds = new Map()));
    const list = kinds.get(label.kind) ?? [];
    list.push(...label.stems);
    kinds.set(label.kind, list);
  }
  for (const [skill, kinds] of byKind) for (const [kind, stems] of kinds) addField(skill, kind, stems);
  input.skills.forEach((source) => {
    const skill = skillByUri.get(source.uri);
    if (skill !== undefined && source.description) addField(skill, 'description', words(source.description).map(cachedStem));
  });
  void fieldTerms;

  const termCount = termIds.size;
  const skillDf = new Int32Array(termCount);
  const labelDf = new Int32Array(termCount);
  for (const fields of docs) {
    const seen = new Set<number>();
    for (const f of fields) for (const id of f.tf.keys()) seen.add(id);
    for (const id of seen) skillDf[id] = (skillDf[id] ?? 0) + 1;
  }
  for (const terms of rawLabelTerms) for (const id of terms) labelDf[id] = (labelDf[id] ?? 0) + 1;

  const termGeneric = new Uint8Array(termCount);
  for (const [s, id] of termIds) if (JOB_AD_WORDS.has(s)) termGeneric[id] = 1;

  const n = skills.length;
  const labelCount = labels.length;
  const termLabelWeight = new Float64Array(termCount);
  for (let id = 0; id < termCount; id++) {
    const df = labelDf[id] ?? 0;
    const idf = Math.log(1 + (labelCount - df + 0.5) / (df + 0.5));
    termLabelWeight[id] = termGeneric[id] ? idf * GENERIC_DAMPING : idf;
  }
  for (const label of labels) {
    let w = 0;
    for (const id of label.terms) w += termLabelWeight[id] ?? 0;
    label.weight = w;
  }

  const postingSkills: number[][] = Array.from({ length: termCount }, () => []);
  const postingWeights: number[][] = Array.from({ length: termCount }, () => []);
  const avg = new Map([...fieldLength].map(([field, s]) => [field, s.total / s.count]));
  docs.forEach((fields, skill) => {
    const tilde = new Map<number, number>();
    for (const f of fields) {
      const b = FIELD_B[f.field];
      const norm = 1 - b + (b * f.length) / (avg.get(f.field) ?? 1);
      for (const [id, tf] of f.tf) tilde.set(id, (tilde.get(id) ?? 0) + (FIELD_WEIGHTS[f.field] * tf) / norm);
    }
    for (const [id, t] of tilde) {
      const df = skillDf[id] ?? 0;
      const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5)) * (termGeneric[id] ? GENERIC_DAMPING : 1);
      postingSkills[id]?.push(skill);
      postingWeights[id]?.push((idf * t) / (K1 + t));
    }
  });
  const bm25: Bm25Postings[] = postingSkills.map((list, id) => ({
    skills: Int32Array.from(list),
    weights: Float32Array.from(postingWeights[id] ?? []),
  }));

  const labelPostingLists: number[][] = Array.from({ length: termCount }, () => []);
  labels.forEach((label, i) => {
    for (const id of label.terms) labelPostingLists[id]?.push(i);
  });
  const labelPostings = labelPostingLists.map((list) => Int32Array.from(list));

  // Lookup structures for suggest.
  const exact = new Map<string, number[]>();
  const wordLabels = new Map<string, number[]>();
  labels.forEach((label, i) => {
    const list = exact.get(label.key);
    if (list) list.push(i);
    else exact.set(label.key, [i]);
    for (const word of new Set(label.key.split(' '))) {
      const wl = wordLabels.get(word);
      if (wl) wl.push(i);
      else wordLabels.set(word, [i]);
    }
  });
  const order = labels.map((_, i) => i);
  order.sort((a, b) => {
    const ka = labels[a]?.key ?? '';
    const kb = labels[b]?.key ?? '';
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
  const vocabulary = [...wordLabels.keys()].sort();
  const deletions = new Map<string, string[]>();
  for (const word of vocabulary) {
    if (word.length < 4) continue;
    for (const variant of deletionsOf(word)) {
      const list = deletions.get(variant);
      if (list) {
        if (list.at(-1) !== word) list.push(word);
      } else deletions.set(variant, [word]);
    }
  }

  return {
    skills,
    skillByUri,
    labels,
    terms: termIds,
    termLabelWeight,
    termGeneric,
    labelPostings,
    bm25,
    exact,
    sortedLabels: Int32Array.from(order),
    vocabulary,
    wordLabels,
    deletions,
    builtAt: new Date(),
    buildMs: performance.now() - started,
  };
}

export function deletionsOf(word: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < word.length; i++) out.add(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** Re-exported so callers can tokenise consistently with the index. */
export { tokenize };
