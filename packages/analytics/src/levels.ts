import { MAX_PROFICIENCY, MIN_PROFICIENCY, type ProficiencyLevel } from '@kc/contract/vocabulary';

/** The proficiency levels, lowest first. */
export const LEVELS: readonly ProficiencyLevel[] = [1, 2, 3, 4];

/** One figure per proficiency level. */
export type LevelValues = Record<ProficiencyLevel, number>;

export const zeroLevels = (): LevelValues => ({ 1: 0, 2: 0, 3: 0, 4: 0 });

/** A level from a row; the tables allow only 1–4, so anything else is a bug in the caller's data. */
export function asLevel(level: number): ProficiencyLevel {
  if (!Number.isInteger(level) || level < MIN_PROFICIENCY || level > MAX_PROFICIENCY) {
    throw new RangeError(`A proficiency level is an integer from ${MIN_PROFICIENCY} to ${MAX_PROFICIENCY}, not ${level}`);
  }
  return level as ProficiencyLevel;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whole days from one calendar date (`YYYY-MM-DD`) to another, as SQL's `date - date`. */
export function daysBetween(from: string, to: string): number {
  return (utcDay(to) - utcDay(from)) / 86_400_000;
}

function utcDay(date: string): number {
  const parts = ISO_DATE.exec(date);
  if (!parts) throw new RangeError(`Expected a date as YYYY-MM-DD, not "${date}"`);
  return Date.UTC(Number(parts[1]), Number(parts[2]) - 1, Number(parts[3]));
}
