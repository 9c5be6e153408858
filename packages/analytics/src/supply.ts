import type { OfferingKind, OfferingStatus } from '@kc/contract/vocabulary';
import { asLevel, LEVELS, zeroLevels, type LevelValues } from './levels.ts';
import { SUPPLY_WEIGHTS } from './weights.ts';

/** A row of profile_skills. Every student profile counts, whatever its visibility. */
export interface HeldSkill {
  profileId: string;
  skillUri: string;
  level: number;
}

/** An offering with its yearly places and the skills it teaches (offering_skills: the level a participant reaches). */
export interface TeachingOffering {
  id: string;
  providerId: string;
  kind: OfferingKind;
  status: OfferingStatus;
  seats: number | null;
  yearlyCapacity: number | null;
  skills: readonly { skillUri: string; level: number }[];
}

/** The supply of one skill, each figure at the level or above. */
export interface SupplyCell {
  /** Students holding the skill at level L or above. */
  held: LevelValues;
  /** Yearly places on published offerings teaching it to level L or above. */
  taught: LevelValues;
  /** held + taughtDiscount × taught. */
  total: LevelValues;
  /** The students holding it at any level. */
  holders: ReadonlySet<string>;
  /** Published offerings teaching it at any level, places stated or not. */
  teachingOfferings: number;
}

/** A year's places: the stated yearly capacity (degree programmes), else the seats of one run, else none known. */
export function yearlyPlaces(offering: Pick<TeachingOffering, 'seats' | 'yearlyCapacity'>): number {
  return offering.yearlyCapacity ?? offering.seats ?? 0;
}

/** The supply of every skill some student holds or some published offering teaches. */
export function supplyBySkill(held: Iterable<HeldSkill>, offerings: Iterable<TeachingOffering>): Map<string, SupplyCell> {
  // A student counts once per skill, at the highest level claimed.
  const holders = new Map<string, Map<string, number>>();
  for (const h of held) {
    const level = asLevel(h.level);
    let bySkill = holders.get(h.skillUri);
    if (!bySkill) holders.set(h.skillUri, (bySkill = new Map()));
    bySkill.set(h.profileId, Math.max(bySkill.get(h.profileId) ?? 0, level));
  }
  const teaching = new Map<string, { taught: LevelValues; offerings: number }>();
  for (const offering of offerings) {
    if (offering.status !== 'published') continue;
    const places = yearlyPlaces(offering);
    const bestLevel = new Map<string, number>();
    for (const s of offering.skills) bestLevel.set(s.skillUri, Math.max(bestLevel.get(s.skillUri) ?? 0, asLevel(s.level)));
    for (const [uri, level] of bestLevel) {
      let t = teaching.get(uri);
      if (!t) teaching.set(uri, (t = { taught: zeroLevels(), offerings: 0 }));
      t.offerings += 1;
      for (const l of LEVELS) if (l <= level) t.taught[l] += places;
    }
  }
  const cells = new Map<string, SupplyCell>();
  for (const uri of new Set([...holders.keys(), ...teaching.keys()])) {
    const levels = holders.get(uri) ?? new Map<string, number>();
    const heldAt = zeroLevels();
    for (const level of levels.values()) for (const l of LEVELS) if (l <= level) heldAt[l] += 1;
    const taught = teaching.get(uri)?.taught ?? zeroLevels();
    const total = zeroLevels();
    for (const l of LEVELS) total[l] = heldAt[l] + SUPPLY_WEIGHTS.taughtDiscount * taught[l];
    cells.set(uri, { held: heldAt, taught, total, holders: new Set(levels.keys()), teachingOfferings: teaching.get(uri)?.offerings ?? 0 });
  }
  return cells;
}
