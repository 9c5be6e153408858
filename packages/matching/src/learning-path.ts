import { PATH_OFFERING_LIMIT } from '@kc/contract';
import { scoreCandidate, type CompiledNeed, type HeldSkill, type Outcome, type RequirementResult } from './match.ts';
import { levelFactor } from './weights.ts';

/** A course, training or other offering: what it teaches, at what level, and what it costs. */
export interface Offering {
  id: string;
  hours: number | null;
  costEur: number | null;
  skills: { uri: string; level: number }[];
}

export type PathMeasure = 'hours' | 'money' | 'count';

export interface LearningPathInput {
  /** The target: an opportunity's or an occupation's skills, compiled against the graph. */
  need: CompiledNeed;
  held: readonly HeldSkill[];
  offerings: readonly Offering[];
  minimise: PathMeasure;
}

/** Where a requirement stands: its outcome and its value, credit × level factor (0–1). */
export interface RequirementStanding {
  outcome: Outcome;
  value: number;
}

/** A requirement a step newly answers or answers better. */
export interface PathCover {
  uri: string;
  before: RequirementStanding;
  after: RequirementStanding;
}

export interface PathStep {
  offeringId: string;
  covers: PathCover[];
  cost: { hours: number | null; costEur: number | null };
  /** The fit (0–100, rounded like a score shown) before and after taking this step. */
  fitBefore: number;
  fitAfter: number;
}

export interface LearningPath {
  steps: PathStep[];
  fitBefore: number;
  fitAfter: number;
  /** Requirements short of full value that no offering answers better than what is held. */
  uncovered: string[];
  /** Known hours and prices summed; `unknown` counts the steps that state none. */
  total: { hours: number; costEur: number; count: number; unknown: { hours: number; costEur: number } };
  /** 'exact': the least cost; 'greedy': at most `bound` times the least cost. */
  method: 'exact' | 'greedy';
  /**
   * The cost is at most this many times the least: 1 when exact; when greedy H(m) = 1 + 1/2 + … + 1/m,
   * m the most requirements one offering brings to their best value.
   */
  bound: number;
}

/** More offerings than this are refused: the caller should narrow them (by place, by skill) first. */
export const MAX_PATH_OFFERINGS = PATH_OFFERING_LIMIT;
/** Up to this many offerings that could be part of a cover, every subset is tried: 2^16 = 65,536. */
export const EXACT_PATH_OFFERINGS = 16;

const byId = (a: Offering, b: Offering) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * A value to 12 places, so that two ways to the same value compare equal (0.6 × 2/3 is
 * 0.39999999999999997, 0.4 × 1 is 0.4): no step is taken for a gain of rounding noise.
 */
const settled = (value: number) => Math.round(value * 1e12) / 1e12;

/** The best value an offering alone gives each requirement (credit × level factor of its best skill). */
function valuesOf(offering: Offering, need: CompiledNeed): number[] {
  return need.requirements.map((requirement) => {
    let best = 0;
    for (const skill of offering.skills) {
      const answer = requirement.answers.get(skill.uri);
      if (answer) best = Math.max(best, settled(answer.credit * levelFactor(skill.level, requirement.level)));
    }
    return best;
  });
}

const valueOf = (r: RequirementResult) => settled(r.credit * r.levelFactor);
const fit = (score: number) => Math.round(score);

/**
 * Cost of each offering under the measure. An unknown cost counts as the largest known one
 * among the offerings that could help, so a course that states no price never looks cheap; with
 * none known, every unknown counts 1.
 */
function costsOf(offerings: readonly Offering[], minimise: PathMeasure): number[] {
  if (minimise === 'count') return offerings.map(() => 1);
  const stated = offerings.map((o) => (minimise === 'hours' ? o.hours : o.costEur));
  const known = stated.filter((c): c is number => c !== null);
  const unknown = known.length > 0 ? Math.max(...known) : 1;
  return stated.map((c) => c ?? unknown);
}

const harmonic = (m: number) => Array.from({ length: m }, (_, i) => 1 / (i + 1)).reduce((sum, x) => sum + x, 0);

/**
 * Least-cost set of offerings covering every target, trying every subset of the candidates:
 * each subset's coverage (a bitset over the targets) and cost extend a smaller subset's by one
 * offering, so the work is 2^k times the bitset's words. Ties: the fewer offerings, then the
 * earlier ids (candidates come sorted by id).
 */
export function exactCover(covers: readonly number[][], costs: readonly number[], targets: number): number[] {
  const k = covers.length;
  const words = Math.ceil(targets / 32);
  const full = new Uint32Array(words);
  for (let t = 0; t < targets; t++) full[t >> 5] = (full[t >> 5] ?? 0) | (1 << (t & 31));
  const coverage = new Uint32Array((1 << k) * words);
  const cost = new Float64Array(1 << k);
  const size = new Uint8Array(1 << k);
  let best = -1;
  for (let mask = 1; mask < 1 << k; mask++) {
    const lowest = 31 - Math.clz32(mask & -mask);
    const rest = mask & (mask - 1);
    cost[mask] = (cost[rest] ?? 0) + (costs[lowest] ?? 0);
    size[mask] = (size[rest] ?? 0) + 1;
    let complete = true;
    for (let w = 0; w < words; w++) coverage[mask * words + w] = coverage[rest * words + w] ?? 0;
    for (const t of covers[lowest] ?? []) coverage[mask * words + (t >> 5)] = (coverage[mask * words + (t >> 5)] ?? 0) | (1 << (t & 31));
    for (let w = 0; w < words && complete; w++) complete = coverage[mask * words + w] === full[w];
    if (!complete) continue;
    const [c, s, bc, bs] = [cost[mask] ?? 0, size[mask] ?? 0, cost[best] ?? 0, size[best] ?? 0];
    if (best < 0 || c < bc || (c === bc && (s < bs || (s === bs && earlierIds(mask, best))))) best = mask;
  }
  const chosen: number[] = [];
  for (let i = 0; i < k; i++) if (best > 0 && best & (1 << i)) chosen.push(i);
  return chosen;
}

/** Whether the subset `a` lists earlier ids than `b` (same size): its lowest differing member is in `a`. */
function earlierIds(a: number, b: number): boolean {
  const differ = a ^ b;
  return (a & differ & -differ) !== 0;
}

/**
 * Greedy weighted set cover: each time the offering with the least cost per newly covered target
 * (ties by id), then any offering the later ones made redundant is dropped, dearest first.
 * Returns the chosen indices in ascending order, as `exactCover` does.
 */
export function greedyCover(covers: readonly number[][], costs: readonly number[], targets: number): number[] {
  const covered = new Array<boolean>(targets).fill(false);
  const chosen: number[] = [];
  let left = targets;
  while (left > 0) {
    let pick = -1;
    let pickRatio = Infinity;
    for (let i = 0; i < covers.length; i++) {
      const fresh = (covers[i] ?? []).filter((t) => !covered[t]).length;
      if (fresh === 0) continue;
      const ratio = (costs[i] ?? 0) / fresh;
      if (ratio < pickRatio) [pick, pickRatio] = [i, ratio];
    }
    if (pick < 0) break;
    chosen.push(pick);
    for (const t of covers[pick] ?? []) if (!covered[t]) [covered[t], left] = [true, left - 1];
  }
  const counts = new Array<number>(targets).fill(0);
  for (const i of chosen) for (const t of covers[i] ?? []) counts[t] = (counts[t] ?? 0) + 1;
  const dearestFirst = [...chosen].sort((a, b) => (costs[b] ?? 0) - (costs[a] ?? 0) || b - a);
  const kept = new Set(chosen);
  for (const i of dearestFirst) {
    if ((covers[i] ?? []).every((t) => (counts[t] ?? 0) > 1)) {
      kept.delete(i);
      for (const t of covers[i] ?? []) counts[t] = (counts[t] ?? 0) - 1;
    }
  }
  return chosen.filter((i) => kept.has(i)).sort((a, b) => a - b);
}

/**
 * The offerings that take a learner from what they hold to the best fit the offerings can reach
 * at all, at the least cost, in the order that raises the fit most first.
 *
 * A requirement's value under a set of offerings is the best of what is held and what each
 * offering gives it alone (levels only rise, and a requirement is answered by its single best
 * skill). So the fit with every offering is reached exactly when each requirement reaches its
 * best value, that is, when the set holds at least one offering giving that best value: set
 * cover over (requirement → offerings that reach its best). An offering giving only a partial
 * value below another's is never needed for the cover, though it may raise the fit on the way.
 */
export function learningPath(input: LearningPathInput): LearningPath {
  const { need, held, minimise } = input;
  if (input.offerings.length > MAX_PATH_OFFERINGS) throw new RangeError(`At most ${MAX_PATH_OFFERINGS} offerings, not ${input.offerings.length}`);
  const offerings = [...input.offerings].sort(byId);
  for (let i = 1; i < offerings.length; i++) {
    if (offerings[i]?.id === offerings[i - 1]?.id) throw new RangeError(`Offering ${offerings[i]?.id} is listed twice`);
  }

  const start = scoreCandidate(need, held);
  const heldValues = start.requirements.map(valueOf);
  const values = offerings.map((o) => valuesOf(o, need));
  const bestValues = heldValues.map((h, r) => Math.max(h, ...values.map((v) => v[r] ?? 0)));
  const targets = bestValues.flatMap((best, r) => (best > (heldValues[r] ?? 0) ? [r] : []));
  const uncovered = start.requirements.filter((result, r) => valueOf(result) < 1 && !targets.includes(r)).map((result) => result.uri);

  // Candidates: offerings that bring some requirement to its best value; the cover picks among them.
  const candidates = offerings
    .map((offering, o) => ({ offering, values: values[o] ?? [], covers: targets.flatMap((r, t) => ((values[o]?.[r] ?? 0) >= (bestValues[r] ?? 0) ? [t] : [])) }))
    .filter((c) => c.covers.length > 0);
  const useful = offerings.filter((_, o) => targets.some((r) => (values[o]?.[r] ?? 0) > (heldValues[r] ?? 0)));
  const costs = costsOf(useful, minimise);
  const costById = new Map(useful.map((o, i) => [o.id, costs[i] ?? 0]));
  const candidateCosts = candidates.map((c) => costById.get(c.offering.id) ?? 0);
  const covers = candidates.map((c) => c.covers);

  const exact = candidates.length <= EXACT_PATH_OFFERINGS;
  const chosen = (exact ? exactCover(covers, candidateCosts, targets.length) : greedyCover(covers, candidateCosts, targets.length)).map(
    (i) => candidates[i] as (typeof candidates)[number],
  );
  const bound = exact ? 1 : harmonic(Math.max(0, ...covers.map((c) => c.length)));

  // The order: each time the chosen offering that raises the weighted value most, ties by id
  // (the chosen come sorted by id); the scorer then explains each step on the growing held set.
  const steps: PathStep[] = [];
  const reached = [...heldValues];
  let growing: HeldSkill[] = [...held];
  let current = start;
  const remaining = [...chosen];
  const gain = (row: readonly number[]) => need.requirements.reduce((sum, r, i) => sum + r.weight * Math.max(0, (row[i] ?? 0) - (reached[i] ?? 0)), 0);
  while (remaining.length > 0) {
    let pick = 0;
    for (let i = 1; i < remaining.length; i++) if (gain(remaining[i]?.values ?? []) > gain(remaining[pick]?.values ?? [])) pick = i;
    const [{ offering, values: row }] = remaining.splice(pick, 1) as [(typeof chosen)[number]];
    row.forEach((v, i) => (reached[i] = Math.max(reached[i] ?? 0, v)));
    growing = [...growing, ...offering.skills];
    const before = current;
    current = scoreCandidate(need, growing);
    const stepCovers = current.requirements.flatMap((after, r): PathCover[] => {
      const was = before.requirements[r] as RequirementResult;
      return valueOf(after) > valueOf(was)
        ? [{ uri: after.uri, before: { outcome: was.outcome, value: valueOf(was) }, after: { outcome: after.outcome, value: valueOf(after) } }]
        : [];
    });
    steps.push({
      offeringId: offering.id,
      covers: stepCovers,
      cost: { hours: offering.hours, costEur: offering.costEur },
      fitBefore: fit(before.score),
      fitAfter: fit(current.score),
    });
  }

  const taken = chosen.map((c) => c.offering);
  return {
    steps,
    fitBefore: fit(start.score),
    fitAfter: fit(current.score),
    uncovered,
    total: {
      hours: taken.reduce((sum, o) => sum + (o.hours ?? 0), 0),
      costEur: taken.reduce((sum, o) => sum + (o.costEur ?? 0), 0),
      count: taken.length,
      unknown: { hours: taken.filter((o) => o.hours === null).length, costEur: taken.filter((o) => o.costEur === null).length },
    },
    method: exact ? 'exact' : 'greedy',
    bound,
  };
}
