import { MEASURE_TOLERANCE, SUPPRESSION_RULE } from './weights.ts';

/** What a public view shows for a cell: its value, "<5", or "suppressed" (one organisation dominates it). */
export type PublicCell = number | `<${number}` | 'suppressed';

export interface SuppressionRule {
  minCount: number;
  /** k of the (n, k) rule, as a share. */
  dominance: number;
  /** n of the (n, k) rule. */
  dominantContributors: number;
}

/** A cell to publish: its value and the count of units behind it (positions, students, closures). */
export interface Cell {
  value: number;
  count: number;
}

/**
 * The small-count rule first (1 to minCount − 1 units → "<5"; 0 is shown, as it reveals no one),
 * then the dominance rule on each organisation's contribution to the value: suppressed when the
 * n largest make up more than k of the total. Exactly minCount units, or exactly k, is shown.
 */
export function suppress(cell: Cell, contributions: Iterable<number>, rule: SuppressionRule = SUPPRESSION_RULE): PublicCell {
  if (cell.count > 0 && cell.count < rule.minCount) return `<${rule.minCount}`;
  const sorted = [...contributions].sort((a, b) => b - a);
  const total = sorted.reduce((sum, c) => sum + c, 0);
  const largest = sorted.slice(0, rule.dominantContributors).reduce((sum, c) => sum + c, 0);
  // As a ratio: the share of the largest does not underflow with the total, however small.
  if (total > 0 && largest / total > rule.dominance + MEASURE_TOLERANCE) return 'suppressed';
  return cell.value;
}

/** A figure computed from published cells (an index from demand and supply) is shown only if all of them are. */
export function showDerived(value: number | null, ...inputs: PublicCell[]): PublicCell | null {
  const hidden = inputs.find((c) => typeof c !== 'number');
  return hidden === undefined ? value : 'suppressed';
}

/**
 * Parts shown beside their total: one hidden part could be recovered by subtraction, so the
 * smallest other non-zero part is hidden with it (the simplest secondary suppression). Two or
 * more hidden parts, or none, are left as they are.
 */
export function protectParts(parts: readonly PublicCell[], values: readonly number[]): PublicCell[] {
  const hidden = parts.filter((p, i) => typeof p !== 'number' && (values[i] ?? 0) > 0).length;
  if (hidden !== 1) return [...parts];
  let smallest = -1;
  parts.forEach((p, i) => {
    const value = values[i] ?? 0;
    if (typeof p === 'number' && value > 0 && (smallest < 0 || value < (values[smallest] ?? 0))) smallest = i;
  });
  return parts.map((p, i) => (i === smallest ? 'suppressed' : p));
}
