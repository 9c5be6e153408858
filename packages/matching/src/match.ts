import type { SkillGraph } from '@kc/taxonomy/skill-graph';
import { creditFor, levelFactor, MATCH_WEIGHTS, type Importance, type Relation } from './weights.ts';

/** A skill asked for: at a level (1–4), essential or optional. */
export interface Requirement {
  uri: string;
  level: number;
  importance: Importance;
}

/** A skill a candidate holds, at a level (1–4). */
export interface HeldSkill {
  uri: string;
  level: number;
}

/** How a skill could answer a requirement, and the credit it would earn. */
interface Answer {
  relation: Relation;
  steps: number;
  credit: number;
}

interface CompiledRequirement extends Requirement {
  weight: number;
  /** Every skill that earns credit for this requirement: the skill itself and its neighbours. */
  answers: ReadonlyMap<string, Answer>;
}

/** A need prepared once against the graph, to score many candidates quickly. */
export interface CompiledNeed {
  readonly requirements: readonly CompiledRequirement[];
  readonly totalWeight: number;
}

export type Outcome = 'matched' | 'partial' | 'missing';

/** How one requirement was answered, and what it gave the score. */
export interface RequirementResult {
  uri: string;
  importance: Importance;
  level: number;
  outcome: Outcome;
  /** The held skill that earned the credit; absent when missing. */
  via?: { uri: string; relation: Relation; steps: number; level: number };
  /** 0–1: how well the held skill answers the one asked for. */
  credit: number;
  /** 0–1: how far the held level reaches the level asked for. */
  levelFactor: number;
  /** Points towards the 0–100 score. */
  points: number;
}

/** A 0–100 score and why: every requirement with how it was answered. */
export interface Match {
  score: number;
  requirements: RequirementResult[];
  matched: RequirementResult[];
  /** Answered through a related skill, with the relation that gave the credit. */
  partial: RequirementResult[];
  missing: RequirementResult[];
  /** Answered, but at a lower level than asked for. */
  shortfalls: RequirementResult[];
}

const RELATION_RANK: Record<Relation, number> = { exact: 0, narrower: 1, broader: 2, related: 3, sibling: 4 };

function better(a: Answer, b: Answer | undefined): boolean {
  if (!b) return true;
  if (a.credit !== b.credit) return a.credit > b.credit;
  return RELATION_RANK[a.relation] < RELATION_RANK[b.relation];
}

function offer(answers: Map<string, Answer>, uri: string, relation: Relation, steps: number): void {
  const answer = { relation, steps, credit: creditFor(relation, steps) };
  if (better(answer, answers.get(uri))) answers.set(uri, answer);
}

/** Walks `next` breadth-first from `start`, `maxSteps` deep, offering each concept reached. */
function walk(answers: Map<string, Answer>, start: string, next: (uri: string) => readonly string[], relation: Relation): void {
  const seen = new Set([start]);
  let frontier = [start];
  for (let steps = 1; steps <= MATCH_WEIGHTS.maxSteps && frontier.length > 0; steps++) {
    const reached: string[] = [];
    for (const uri of frontier) {
      for (const neighbour of next(uri)) {
        if (seen.has(neighbour)) continue;
        seen.add(neighbour);
        reached.push(neighbour);
        offer(answers, neighbour, relation, steps);
      }
    }
    frontier = reached;
  }
}

/**
 * The skills related to `uri`, each with the best credit one earns for the other: as `required`,
 * which held skills answer `uri` (a narrower one nearly fully); as `held`, which required skills
 * `uri` answers (a broader one nearly fully). The credits are the same relation seen from either end.
 */
export function answersFor(uri: string, graph: SkillGraph, as: 'required' | 'held' = 'required'): ReadonlyMap<string, Answer> {
  const answers = new Map<string, Answer>();
  offer(answers, uri, 'exact', 0);
  walk(answers, uri, as === 'required' ? graph.narrower : graph.broader, 'narrower');
  walk(answers, uri, as === 'required' ? graph.broader : graph.narrower, 'broader');
  for (const related of graph.related(uri)) offer(answers, related, 'related', 1);
  for (const parent of graph.broader(uri)) {
    const children = graph.narrower(parent);
    if (children.length > MATCH_WEIGHTS.maxSiblingParentSize) continue;
    for (const sibling of children) if (sibling !== uri) offer(answers, sibling, 'sibling', 1);
  }
  return answers;
}

/**
 * A skill asked for twice counts once, at the higher level and the higher importance; the
 * requirements come essential first, then by URI, so the order of input never matters.
 */
function mergeRequirements(requirements: readonly Requirement[]): (Requirement & { weight: number })[] {
  const byUri = new Map<string, Requirement>();
  for (const r of requirements) {
    const known = byUri.get(r.uri);
    byUri.set(r.uri, {
      uri: r.uri,
      level: Math.max(r.level, known?.level ?? 0),
      importance: known?.importance === 'essential' || r.importance === 'essential' ? 'essential' : 'optional',
    });
  }
  return [...byUri.values()]
    .sort((a, b) => (a.importance === b.importance ? (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0) : a.importance === 'essential' ? -1 : 1))
    .map((r) => ({ ...r, weight: MATCH_WEIGHTS.importance[r.importance] }));
}

/** Prepares a need (see `mergeRequirements` for a skill asked for twice). */
export function compileNeed(requirements: readonly Requirement[], graph: SkillGraph): CompiledNeed {
  const compiled = mergeRequirements(requirements).map((r) => ({ ...r, answers: answersFor(r.uri, graph) }));
  return { requirements: compiled, totalWeight: compiled.reduce((sum, r) => sum + r.weight, 0) };
}

/** A held skill that could answer a requirement. */
interface Candidate {
  uri: string;
  answer: Answer;
  level: number;
  factor: number;
  value: number;
}

/** The higher value wins; then the closer relation; then the URI, so the order of input never matters. */
function beats(a: Candidate, b: Candidate): boolean {
  if (a.value !== b.value) return a.value > b.value;
  if (a.answer.credit !== b.answer.credit) return a.answer.credit > b.answer.credit;
  if (a.answer.relation !== b.answer.relation) return RELATION_RANK[a.answer.relation] < RELATION_RANK[b.answer.relation];
  return a.uri < b.uri;
}

/** The requirement's result from the best held skill, if any answers it. */
function resultFor(requirement: Requirement & { weight: number }, best: Candidate | undefined, totalWeight: number): RequirementResult {
  const base = { uri: requirement.uri, importance: requirement.importance, level: requirement.level };
  if (!best) return { ...base, outcome: 'missing', credit: 0, levelFactor: 0, points: 0 };
  return {
    ...base,
    outcome: best.answer.relation === 'exact' ? 'matched' : 'partial',
    via: { uri: best.uri, relation: best.answer.relation, steps: best.answer.steps, level: best.level },
    credit: best.answer.credit,
    levelFactor: best.factor,
    points: totalWeight === 0 ? 0 : (100 * requirement.weight * best.value) / totalWeight,
  };
}

function summarise(results: RequirementResult[]): Match {
  const score = results.reduce((sum, r) => sum + r.points, 0);
  return {
    score: Math.min(100, Math.max(0, score)),
    requirements: results,
    matched: results.filter((r) => r.outcome === 'matched'),
    partial: results.filter((r) => r.outcome === 'partial'),
    missing: results.filter((r) => r.outcome === 'missing'),
    shortfalls: results.filter((r) => r.outcome !== 'missing' && r.levelFactor < 1),
  };
}

function heldLevels(held: readonly HeldSkill[]): Map<string, number> {
  const levels = new Map<string, number>();
  for (const skill of held) levels.set(skill.uri, Math.max(skill.level, levels.get(skill.uri) ?? 0));
  return levels;
}

/** Scores what a candidate holds against a prepared need, with the explanation. */
export function scoreCandidate(need: CompiledNeed, held: readonly HeldSkill[]): Match {
  const levels = heldLevels(held);
  const results = need.requirements.map((requirement) => {
    let best: Candidate | undefined;
    for (const [uri, level] of levels) {
      const answer = requirement.answers.get(uri);
      if (!answer) continue;
      const factor = levelFactor(level, requirement.level);
      const candidate = { uri, answer, level, factor, value: answer.credit * factor };
      if (!best || beats(candidate, best)) best = candidate;
    }
    return resultFor(requirement, best, need.totalWeight);
  });
  return summarise(results);
}

/**
 * The score `scoreCandidate` gives, to the last bit, without the explanation: for ranking many
 * candidates and explaining only the few shown. The same sums in the same order; a held skill
 * listed twice counts at its best, as there.
 */
export function fitScore(need: CompiledNeed, held: readonly HeldSkill[]): number {
  let score = 0;
  for (const requirement of need.requirements) {
    let best = -1;
    for (const skill of held) {
      const answer = requirement.answers.get(skill.uri);
      if (!answer) continue;
      const value = answer.credit * levelFactor(Math.max(skill.level, 0), requirement.level);
      if (value > best) best = value;
    }
    if (best >= 0 && need.totalWeight !== 0) score += (100 * requirement.weight * best) / need.totalWeight;
  }
  return Math.min(100, Math.max(0, score));
}

/** A held skill, at its level, and how it answers one required skill. */
interface HeldAnswer {
  uri: string;
  level: number;
  answer: Answer;
}

/** What a candidate holds prepared once against the graph, to score it against many needs quickly. */
export interface CompiledHolder {
  /** Each skill the held ones answer, with every held skill that answers it. */
  readonly answering: ReadonlyMap<string, readonly HeldAnswer[]>;
}

/**
 * Prepares what a candidate holds: one walk of the graph from each held skill. `answersFor` seen
 * from the held end gives the same relations, steps and credits as from the required end (the
 * hierarchy is walked the other way, related links and siblings are symmetric), so `scoreNeed`
 * returns exactly what `scoreCandidate(compileNeed(…))` does; a test holds the two to it.
 */
export function compileHolder(held: readonly HeldSkill[], graph: SkillGraph): CompiledHolder {
  const answering = new Map<string, HeldAnswer[]>();
  for (const [uri, level] of heldLevels(held)) {
    for (const [requiredUri, answer] of answersFor(uri, graph, 'held')) {
      const list = answering.get(requiredUri);
      if (list) list.push({ uri, level, answer });
      else answering.set(requiredUri, [{ uri, level, answer }]);
    }
  }
  return { answering };
}

/** Scores a prepared candidate against one need: the same result as `scoreCandidate(compileNeed(requirements, graph), held)`. */
export function scoreNeed(holder: CompiledHolder, requirements: readonly Requirement[]): Match {
  const merged = mergeRequirements(requirements);
  const totalWeight = merged.reduce((sum, r) => sum + r.weight, 0);
  const results = merged.map((requirement) => {
    let best: Candidate | undefined;
    for (const { uri, level, answer } of holder.answering.get(requirement.uri) ?? []) {
      const factor = levelFactor(level, requirement.level);
      const candidate = { uri, answer, level, factor, value: answer.credit * factor };
      if (!best || beats(candidate, best)) best = candidate;
    }
    return resultFor(requirement, best, totalWeight);
  });
  return summarise(results);
}

/** One need against one candidate; to score many, compile the need once. */
export function match(requirements: readonly Requirement[], held: readonly HeldSkill[], graph: SkillGraph): Match {
  return scoreCandidate(compileNeed(requirements, graph), held);
}
