import { JOB_AD_WORDS, STOP_WORDS, stem, tokenize, wordsOf } from './text.ts';

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
  /** Which occupations use which skill; gives extraction a sense of domain. Optional. */
  occupationSkills?: readonly OccupationSkillLink[];
}

export interface OccupationSkillLink {
  occupationUri: string;
  skillUri: string;
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
  /** 0..1: log-scaled share of occupations that use the skill. */
  usage: number;
  /** 0..1: transversal 1 … occupation-specific 0.3. */
  reuse: number;
  /** Indexes of broader skills (not groups). */
  broader: readonly number[];
  /** Ids of the occupations that use the skill (see SkillIndex.occupationCount). */
  occupations: readonly number[];
}

export interface IndexedLabel {
  skill: number;
  kind: LabelKind;
  text: string;
  /** labelKey(text): normalised words joined by spaces. */
  key: string;
  /** Distinct content term ids. */
  terms: readonly number[];
  /**
   * The terms outside a parenthesised qualifier ("Go" of "Go (computer programming)"), when the
   * label has one: the qualifier alone never names the skill.
   */
  head?: readonly number[];
  /** The terms the label spells as names ("SQL" and "Server" of "SQL Server"); see extract's name claims. */
  nameTerms?: readonly number[];
  /** The normalised word of each name term: a name matches only as written ("docker", never "docks"). */
  nameForms?: readonly string[];
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
  /** Term stems sorted, for finding morphological relatives by shared prefix. */
  readonly sortedStems: readonly string[];
  /** Per term: how much the word says when it occurs in a label (IDF over labels, generic words damped). */
  readonly termLabelWeight: Float64Array;
  /** Per term: 1 when the word is generic job-ad vocabulary. */
  readonly termGeneric: Uint8Array;
  /** Per label: the sum of its term weights (IndexedLabel.weight, contiguous for fast scans). */
  readonly labelWeight: Float64Array;
  /** Per term: the labels that contain it. */
  readonly labelPostings: readonly Int32Array[];
  /** Per term: BM25F contribution of the term to each skill that contains it. */
  readonly bm25: readonly Bm25Postings[];
  /** labelKey → label ids. */
  readonly exact: ReadonlyMap<string, readonly number[]>;
  /** First word of a label key → label ids, for prefix search. */
  readonly firstWordLabels: ReadonlyMap<string, readonly number[]>;
  /** Distinct normalised words of labels, sorted, for word-prefix search. */
  readonly vocabulary: readonly string[];
  /** Normalised word → label ids containing it. */
  readonly wordLabels: ReadonlyMap<string, readonly number[]>;
  /** One-character deletions of vocabulary words → the words, for typo tolerance. */
  readonly deletions: ReadonlyMap<string, readonly string[]>;
  /** Normalised words that labels only ever spell as names ("docker", "python"): never common words. */
  readonly nameOnlyWords: ReadonlySet<string>;
  /** Number of distinct occupations in SkillIndexInput.occupationSkills. */
  readonly occupationCount: number;
  readonly builtAt: Date;
  readonly buildMs: number;
}

const FIELD_WEIGHTS = { preferred: 3, alternative: 2, hidden: 1.5, alias: 2, description: 0.5 } as const;
const FIELD_B = { preferred: 0.5, alternative: 0.75, hidden: 0.75, alias: 0.5, description: 0.75 } as const;
const K1 = 1.2;
const MAX_BM25_POSTINGS = 600;
const GENERIC_DAMPING = 0.5;

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
  const words = wordsOf;

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
      usage,
      reuse,
      broader: [],
      occupations: [],
    });
  }
  const occupationIds = new Map<string, number>();
  for (const link of input.occupationSkills ?? []) {
    const skill = skillByUri.get(link.skillUri);
    if (skill === undefined) continue;
    let id = occupationIds.get(link.occupationUri);
    if (id === undefined) occupationIds.set(link.occupationUri, (id = occupationIds.size));
    (skills[skill]?.occupations as number[]).push(id);
  }
  for (const edge of input.broader) {
    const narrower = skillByUri.get(edge.narrowerUri);
    const broader = skillByUri.get(edge.broaderUri);
    if (narrower !== undefined && broader !== undefined) (skills[narrower]?.broader as number[]).push(broader);
  }
  // A local skill narrows an ESCO skill that occupations use: it shares their domain and how common it is.
  for (const skill of skills) {
    if (!skill.isLocal || skill.occupations.length > 0 || skill.broader.length === 0) continue;
    const occupations = new Set<number>();
    for (const b of skill.broader) {
      const broader = skills[b];
      if (!broader) continue;
      for (const o of broader.occupations) occupations.add(o);
      skill.usage = Math.max(skill.usage, broader.usage);
    }
    skill.occupations = [...occupations];
    skill.prior = 0.6 * skill.usage + 0.4 * skill.reuse;
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
  // Per skill and field, the content term ids in order (with repeats), for BM25F.
  const fieldTerms: Partial<Record<Field, number[]>>[] = skills.map(() => ({}));
  // Word → content term id (-1 for stop words), so each word costs one lookup.
  const wordTerm = new Map<string, number>();
  const termOfWord = (word: string): number => {
    let id = wordTerm.get(word);
    if (id === undefined) {
      id = STOP_WORDS.has(word) ? -1 : termOf(cachedStem(word));
      wordTerm.set(word, id);
    }
    return id;
  };
  // How labels spell their words: a word spelt as a name somewhere is a name where a label opens with it.
  const nameWords = new Set<string>();
  const commonWords = new Set<string>();
  const eachLabelText = (visit: (text: string) => void) => {
    for (const source of input.skills) {
      visit(source.preferredLabel);
      for (const label of source.altLabels) visit(label);
      for (const label of source.hiddenLabels) visit(label);
    }
    for (const alias of input.aliases) visit(alias.alias);
  };
  const initials: string[] = [];
  eachLabelText((text) => {
    if (!NAME_CHAR_RE.test(text)) {
      for (const word of words(text)) commonWords.add(word);
      return;
    }
    for (const { word, spelling } of spellingsOf(text)) {
      if (spelling === 'name') nameWords.add(word);
      else if (spelling === 'common') commonWords.add(word);
      else initials.push(word);
    }
  });
  for (const word of initials) if (!nameWords.has(word)) commonWords.add(word);
  const exact = new Map<string, number[]>();
  const wordLabels = new Map<string, number[]>();
  const firstWordLabels = new Map<string, number[]>();
  const addLabel = (skill: number, kind: LabelKind, text: string) => {
    const w = words(text);
    const key = w.join(' ');
    if (!key) return;
    const labelId = labels.length;
    const same = exact.get(key);
    if (same) {
      if (same.some((id) => labels[id]?.skill === skill)) return;
      same.push(labelId);
    } else exact.set(key, [labelId]);
    for (const word of w) {
      const list = wordLabels.get(word);
      if (!list) wordLabels.set(word, [labelId]);
      else if (list[list.length - 1] !== labelId) list.push(labelId);
    }
    const first = w[0] ?? '';
    const firstList = firstWordLabels.get(first);
    if (firstList) firstList.push(labelId);
    else firstWordLabels.set(first, [labelId]);
    const contentIds: number[] = [];
    for (const word of w) {
      const id = termOfWord(word);
      if (id >= 0) contentIds.push(id);
    }
    const label: IndexedLabel = { skill, kind, text, key, terms: [...new Set(contentIds)], weight: 0 };
    if (NAME_CHAR_RE.test(text)) {
      const nameForms = new Map<number, string>();
      for (const { word, spelling } of spellingsOf(text)) {
        if (spelling === 'common' || (spelling === 'initial' && !nameWords.has(word))) continue;
        const id = termOfWord(word);
        if (id >= 0 && !nameForms.has(id)) nameForms.set(id, word);
      }
      if (nameForms.size > 0) {
        label.nameTerms = [...nameForms.keys()];
        label.nameForms = [...nameForms.values()];
      }
    }
    if (text.includes('(')) {
      const head = new Set<number>();
      for (const word of words(text.replace(/\([^)]*\)?/g, ' '))) {
        const id = termOfWord(word);
        if (id >= 0) head.add(id);
      }
      if (head.size > 0 && head.size < label.terms.length) label.head = [...head];
    }
    labels.push(label);
    const fields = fieldTerms[skill];
    if (fields) {
      const list = (fields[kind] ??= []);
      for (const id of contentIds) list.push(id);
    }
  };
  for (const source of input.skills) {
    const skill = skillByUri.get(source.uri);
    if (skill === undefined) continue;
    addLabel(skill, 'preferred', source.preferredLabel);
    for (const label of source.altLabels) addLabel(skill, 'alternative', label);
    for (const label of source.hiddenLabels) addLabel(skill, 'hidden', label);
    if (source.description) {
      const fields = fieldTerms[skill];
      const ids: number[] = [];
      for (const word of words(source.description)) {
        const id = termOfWord(word);
        if (id >= 0) ids.push(id);
      }
      if (fields) fields.description = ids;
    }
  }
  for (const alias of input.aliases) {
    const skill = skillByUri.get(alias.uri);
    if (skill !== undefined) addLabel(skill, 'alias', alias.alias);
  }

  const termCount = termIds.size;
  const n = skills.length;
  const fieldStats = new Map<Field, { total: number; count: number }>();
  const skillDf = new Int32Array(termCount);
  const mark = new Int32Array(termCount).fill(-1);
  fieldTerms.forEach((fields, skill) => {
    for (const [field, ids] of Object.entries(fields) as [Field, number[]][]) {
      const stats = fieldStats.get(field) ?? { total: 0, count: 0 };
      stats.total += ids.length;
      stats.count += 1;
      fieldStats.set(field, stats);
      for (const id of ids) {
        if (mark[id] !== skill) {
          mark[id] = skill;
          skillDf[id] = (skillDf[id] ?? 0) + 1;
        }
      }
    }
  });
  const labelDf = new Int32Array(termCount);
  for (const label of labels) for (const id of label.terms) labelDf[id] = (labelDf[id] ?? 0) + 1;

  const termGeneric = new Uint8Array(termCount);
  for (const [s, id] of termIds) if (JOB_AD_WORDS.has(s)) termGeneric[id] = 1;

  const labelCount = labels.length;
  const termLabelWeight = new Float64Array(termCount);
  for (let id = 0; id < termCount; id++) {
    const df = labelDf[id] ?? 0;
    const idf = Math.log(1 + (labelCount - df + 0.5) / (df + 0.5));
    termLabelWeight[id] = termGeneric[id] ? idf * GENERIC_DAMPING : idf;
  }
  for (const label of labels) {
    let w = 0;
    for (const id of label.terms) w += (termLabelWeight[id] ?? 0) / (termGeneric[id] ? GENERIC_DAMPING : 1);
    label.weight = w;
  }

  const postingSkills: number[][] = Array.from({ length: termCount }, () => []);
  const postingWeights: number[][] = Array.from({ length: termCount }, () => []);
  const avg = new Map([...fieldStats].map(([field, stats]) => [field, stats.total / stats.count]));
  const tilde = new Float64Array(termCount);
  const termIdf = new Float64Array(termCount);
  for (let id = 0; id < termCount; id++) {
    const df = skillDf[id] ?? 0;
    termIdf[id] = Math.log(1 + (n - df + 0.5) / (df + 0.5)) * (termGeneric[id] ? GENERIC_DAMPING : 1);
  }
  fieldTerms.forEach((fields, skill) => {
    const touched: number[] = [];
    for (const [field, ids] of Object.entries(fields) as [Field, number[]][]) {
      if (ids.length === 0) continue;
      const b = FIELD_B[field];
      const unit = FIELD_WEIGHTS[field] / (1 - b + (b * ids.length) / (avg.get(field) ?? 1));
      for (const id of ids) {
        if (tilde[id] === 0) touched.push(id);
        tilde[id] = (tilde[id] ?? 0) + unit;
      }
    }
    for (const id of touched) {
      const t = tilde[id] ?? 0;
      tilde[id] = 0;
      postingSkills[id]?.push(skill);
      postingWeights[id]?.push(((termIdf[id] ?? 0) * t) / (K1 + t));
    }
  });
  // Impact-ordered pruning: a word found in thousands of skills only matters where it weighs most.
  const bm25: Bm25Postings[] = postingSkills.map((list, id) => {
    const weights = postingWeights[id] ?? [];
    if (list.length <= MAX_BM25_POSTINGS) return { skills: Int32Array.from(list), weights: Float32Array.from(weights) };
    const keep = list.map((_, i) => i).sort((a, b) => (weights[b] ?? 0) - (weights[a] ?? 0)).slice(0, MAX_BM25_POSTINGS);
    return { skills: Int32Array.from(keep, (i) => list[i] ?? 0), weights: Float32Array.from(keep, (i) => weights[i] ?? 0) };
  });
  const labelPostingLists: number[][] = Array.from({ length: termCount }, () => []);
  labels.forEach((label, i) => {
    for (const id of label.terms) labelPostingLists[id]?.push(i);
  });
  const labelPostings = labelPostingLists.map((list) => Int32Array.from(list));

  // Lookup structures for suggest.
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
    sortedStems: [...termIds.keys()].filter((t) => /^[a-z]+$/.test(t)).sort(),
    termLabelWeight,
    termGeneric,
    labelPostings,
    labelWeight: Float64Array.from(labels, (label) => label.weight),
    bm25,
    exact,
    firstWordLabels,
    vocabulary,
    wordLabels,
    deletions,
    nameOnlyWords: new Set([...nameWords].filter((word) => !commonWords.has(word))),
    occupationCount: occupationIds.size,
    builtAt: new Date(),
    buildMs: performance.now() - started,
  };
}

const LABEL_WORD_RE = /[\p{L}\p{N}]+(?:[+#]+)?/gu;
const NAME_CHAR_RE = /[\p{Lu}\p{N}+#]/u;

/**
 * How a label spells each of its words: as a name ("PostgreSQL", "AWS", "k8s", "C#", "Server" of
 * "SQL Server", a one-word label "Docker"), as a common word, or capitalised as the first word of
 * a longer label, which is a name only if labels spell it as one elsewhere ("Docker Compose",
 * but not "Agile development").
 */
export function spellingsOf(text: string): { word: string; spelling: 'name' | 'common' | 'initial' }[] {
  const matches = [...text.matchAll(LABEL_WORD_RE)].map((m) => m[0]);
  const out: { word: string; spelling: 'name' | 'common' | 'initial' }[] = [];
  matches.forEach((written, k) => {
    const upper = written.match(/\p{Lu}/gu)?.length ?? 0;
    let spelling: 'name' | 'common' | 'initial';
    if (/[\p{N}+#]/u.test(written) || upper > 1 || (upper === 1 && !/^\p{Lu}/u.test(written))) spelling = 'name';
    else if (upper === 0) spelling = 'common';
    else spelling = matches.length === 1 || k > 0 ? 'name' : 'initial';
    for (const word of wordsOf(written)) out.push({ word, spelling });
  });
  return out;
}

export function deletionsOf(word: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < word.length; i++) out.add(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** Re-exported so callers can tokenise consistently with the index. */
export { tokenize };
