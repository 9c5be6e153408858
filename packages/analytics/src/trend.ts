import { TREND_RULE } from './weights.ts';

/** Adds `months` to a 'YYYY-MM' month. */
export function addMonths(month: string, months: number): string {
  const [year, index] = month.split('-').map(Number) as [number, number];
  const total = year * 12 + (index - 1) + months;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

export interface ProjectedMonth {
  month: string;
  value: number;
}

export type Projection = { months: ProjectedMonth[]; reason: null } | { months: []; reason: 'too_little_history' | 'hidden_figures' };

/**
 * A short-term projection of a monthly series: the least-squares line through the latest complete
 * months (at most `fittedMonths`), carried `horizon` months on, never below 0. Only with at least
 * `minMonthsForProjection` consecutive complete months, every one of them known (null is a month
 * without a snapshot, or whose figure is not shown): a line through less is not a trend.
 */
export function project(series: readonly { month: string; value: number | null }[], rule: typeof TREND_RULE = TREND_RULE): Projection {
  const fitted = series.slice(-rule.fittedMonths);
  let run = 0;
  for (let i = fitted.length - 1; i >= 0 && fitted[i]?.value !== null; i--) run += 1;
  const usable = fitted.slice(fitted.length - run) as { month: string; value: number }[];
  if (usable.length < rule.minMonthsForProjection) {
    const hidden = series.length >= rule.minMonthsForProjection && fitted.some((p) => p.value === null);
    return { months: [], reason: hidden ? 'hidden_figures' : 'too_little_history' };
  }
  const n = usable.length;
  const meanX = (n - 1) / 2;
  const meanY = usable.reduce((sum, p) => sum + p.value, 0) / n;
  let covariance = 0;
  let variance = 0;
  usable.forEach((p, x) => {
    covariance += (x - meanX) * (p.value - meanY);
    variance += (x - meanX) ** 2;
  });
  const slope = variance > 0 ? covariance / variance : 0;
  const last = usable.at(-1) as { month: string };
  const months = Array.from({ length: rule.horizon }, (_, k) => ({
    month: addMonths(last.month, k + 1),
    value: Math.max(0, meanY + slope * (n - 1 + k + 1 - meanX)),
  }));
  return { months, reason: null };
}
