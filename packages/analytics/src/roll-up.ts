import { demandCell, type DemandCell, type DemandContribution } from './demand.ts';
import { LEVELS, zeroLevels } from './levels.ts';
import type { SupplyCell } from './supply.ts';

/** The broader concepts (skills or groups) of each concept: skill_hierarchy, narrower → broader. */
export type BroaderOf = ReadonlyMap<string, readonly string[]>;

export function broaderMap(links: Iterable<{ narrowerUri: string; broaderUri: string }>): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const { narrowerUri, broaderUri } of links) {
    const list = map.get(narrowerUri);
    if (list) list.push(broaderUri);
    else map.set(narrowerUri, [broaderUri]);
  }
  return map;
}

/** The concept itself and everything above it, each once however many paths lead there. */
export function conceptsAtOrAbove(uri: string, broaderOf: BroaderOf): Set<string> {
  const seen = new Set([uri]);
  const queue = [uri];
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    for (const b of broaderOf.get(next) ?? []) {
      if (!seen.has(b)) {
        seen.add(b);
        queue.push(b);
      }
    }
  }
  return seen;
}

/** Folds each skill's value into every concept at or above it, once per concept. */
function rollUpWith<V, A>(values: ReadonlyMap<string, V>, broaderOf: BroaderOf, start: () => A, add: (total: A, value: V) => void): Map<string, A> {
  const totals = new Map<string, A>();
  for (const [uri, value] of values) {
    for (const concept of conceptsAtOrAbove(uri, broaderOf)) {
      let total = totals.get(concept);
      if (total === undefined) totals.set(concept, (total = start()));
      add(total, value);
    }
  }
  return totals;
}

/**
 * A concept's total: the sum over the distinct skills at or under it. A skill under two groups
 * counts fully in each (demand is not divided), so group totals may add up to more than the whole.
 */
export function rollUp(valuesBySkill: ReadonlyMap<string, number>, broaderOf: BroaderOf): Map<string, number> {
  const boxes = rollUpWith(valuesBySkill, broaderOf, () => ({ sum: 0 }), (t, v: number) => (t.sum += v));
  return new Map([...boxes].map(([uri, t]) => [uri, t.sum]));
}

/** Demand cells rolled up: demand and levels summed over skills; positions, postings and organisations counted once each. */
export function rollUpDemand(cells: ReadonlyMap<string, DemandCell>, broaderOf: BroaderOf): Map<string, DemandCell> {
  const parts = rollUpWith(
    cells,
    broaderOf,
    () => ({ byLevel: zeroLevels(), byOpportunity: new Map<string, DemandContribution>() }),
    (t, cell: DemandCell) => {
      for (const l of LEVELS) t.byLevel[l] += cell.byLevel[l];
      for (const [id, c] of cell.byOpportunity) {
        const seen = t.byOpportunity.get(id);
        t.byOpportunity.set(id, seen ? { ...seen, demand: seen.demand + c.demand } : c);
      }
    },
  );
  return new Map([...parts].map(([uri, p]) => [uri, demandCell(p.byLevel, p.byOpportunity)]));
}

/** Distinct students holding any skill at or under each concept: the count the small-count rule reads for a group's supply. */
export function rollUpHolders(cells: ReadonlyMap<string, Pick<SupplyCell, 'holders'>>, broaderOf: BroaderOf): Map<string, number> {
  const sets = rollUpWith(cells, broaderOf, () => new Set<string>(), (t, cell: Pick<SupplyCell, 'holders'>) => {
    for (const p of cell.holders) t.add(p);
  });
  return new Map([...sets].map(([uri, set]) => [uri, set.size]));
}
