import type { ProficiencyLevel } from '@kc/contract/vocabulary';
import type { DemandCell } from './demand.ts';
import { LEVELS, zeroLevels, type LevelValues } from './levels.ts';
import type { SupplyCell } from './supply.ts';

/**
 * (D − S) / (D + S), in [−1, 1]: 0 is balance, 1 demand with no supply, −1 supply with no demand,
 * 1/3 demand twice the supply. Null when both are 0: nothing to compare, not "balanced".
 */
export function shortageIndex(demand: number, supply: number): number | null {
  const sum = demand + supply;
  return sum > 0 ? (demand - supply) / sum : null;
}

/**
 * The supply a unit of demand meets: supply at each level asked for, averaged with the demand at
 * that level as weight. With no demand, everyone who holds the skill at all (level 1 or above).
 */
export function supplyAtDemandedLevels(demandByLevel: LevelValues, supplyByLevel: LevelValues): number {
  let demand = 0;
  let weighted = 0;
  for (const l of LEVELS) {
    demand += demandByLevel[l];
    weighted += demandByLevel[l] * supplyByLevel[l];
  }
  return demand > 0 ? weighted / demand : supplyByLevel[1];
}

export interface LevelShortage {
  demand: number;
  /** Students plus discounted yearly places. */
  supply: number;
  /** Students only: what is missing today, before this year's courses end. */
  heldSupply: number;
  index: number | null;
  heldIndex: number | null;
}

export interface SkillShortage extends LevelShortage {
  skillUri: string;
  /** The students behind `heldSupply`: holders at the lowest level asked for (any level without demand). */
  students: number;
  /** Demand asked at exactly level L against supply at L or above. */
  byLevel: Record<ProficiencyLevel, LevelShortage>;
}

const compare = (demand: number, supply: number, heldSupply: number): LevelShortage => ({
  demand,
  supply,
  heldSupply,
  index: shortageIndex(demand, supply),
  heldIndex: shortageIndex(demand, heldSupply),
});

/** Demand against supply for every skill in either; supply may be cluster-wide while demand is one slice. */
export function shortageBySkill(demand: ReadonlyMap<string, DemandCell>, supply: ReadonlyMap<string, SupplyCell>): Map<string, SkillShortage> {
  const result = new Map<string, SkillShortage>();
  for (const uri of new Set([...demand.keys(), ...supply.keys()])) {
    const d = demand.get(uri)?.byLevel ?? zeroLevels();
    const s = supply.get(uri);
    const total = s?.total ?? zeroLevels();
    const held = s?.held ?? zeroLevels();
    const lowestAsked = LEVELS.find((l) => d[l] > 0) ?? 1;
    const byLevel = Object.fromEntries(LEVELS.map((l) => [l, compare(d[l], total[l], held[l])])) as Record<ProficiencyLevel, LevelShortage>;
    const overall = compare(demand.get(uri)?.demand ?? 0, supplyAtDemandedLevels(d, total), supplyAtDemandedLevels(d, held));
    result.set(uri, { skillUri: uri, ...overall, students: held[lowestAsked], byLevel });
  }
  return result;
}

/** Top shortages first: highest index, then most demand (a 1 on one posting ranks below a 1 on ten), then by URI. */
/**
 * Demand as the rankings compare it: to a millionth. Demand is a sum of multiples of 0.05, so two
 * sums of the same weights added in another order (the process's, SQL's, a parallel plan's) tie
 * as they should rather than by a rounding error.
 */
export const rankedDemand = (demand: number): number => Math.round(demand * 1e6);

export function rankShortages(shortages: Iterable<SkillShortage>): SkillShortage[] {
  return [...shortages]
    .filter((s) => s.index !== null)
    .sort((a, b) => (b.index ?? 0) - (a.index ?? 0) || rankedDemand(b.demand) - rankedDemand(a.demand) || (a.skillUri < b.skillUri ? -1 : a.skillUri > b.skillUri ? 1 : 0));
}

/** A skill in demand that no published offering teaches, with who and how many are behind it. */
export interface UnmetNeed {
  skillUri: string;
  demand: number;
  positions: number;
  organisations: number;
}

/** Unmet demand, most demand first. */
export function unmetDemand(demand: ReadonlyMap<string, DemandCell>, supply: ReadonlyMap<string, SupplyCell>): UnmetNeed[] {
  return [...demand]
    .filter(([uri, cell]) => cell.demand > 0 && (supply.get(uri)?.teachingOfferings ?? 0) === 0)
    .map(([uri, cell]) => ({ skillUri: uri, demand: cell.demand, positions: cell.positions, organisations: cell.organisations }))
    .sort((a, b) => rankedDemand(b.demand) - rankedDemand(a.demand) || (a.skillUri < b.skillUri ? -1 : a.skillUri > b.skillUri ? 1 : 0));
}
