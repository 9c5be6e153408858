import type { OpportunityKind, OpportunityStatus, OrganisationKind, SkillRelationType } from '@kc/contract/vocabulary';
import { asLevel, daysBetween, zeroLevels, type LevelValues } from './levels.ts';
import { DEMAND_WEIGHTS } from './weights.ts';

/** A row of opportunity_skills. */
export interface DemandRequirement {
  skillUri: string;
  level: number;
  importance: SkillRelationType;
}

/** An opportunity with what the measures read of it and of its organisation. */
export interface DemandOpportunity {
  id: string;
  organisationId: string;
  organisationKind: OrganisationKind;
  sector: string | null;
  kind: OpportunityKind;
  occupationUri: string | null;
  status: OpportunityStatus;
  headcount: number;
  /** `YYYY-MM-DD`, or null for no deadline. */
  deadline: string | null;
  /** One requirement per skill, as the table's key guarantees. */
  skills: readonly DemandRequirement[];
}

/** What one opportunity adds to a cell. */
export interface DemandContribution {
  organisationId: string;
  headcount: number;
  demand: number;
}

/** The demand for a skill (or, rolled up, for a group) in one slice. */
export interface DemandCell {
  /** Σ headcount × importance weight × urgency weight. */
  demand: number;
  /** The same sum split by the level asked for. */
  byLevel: LevelValues;
  /** Distinct open positions behind the cell (Σ headcount, unweighted): the count the small-count rule reads. */
  positions: number;
  opportunities: number;
  organisations: number;
  /** Each organisation's share of `demand`: what the dominance rule reads. */
  byOrganisation: ReadonlyMap<string, number>;
  byOpportunity: ReadonlyMap<string, DemandContribution>;
}

/** Open and still taking applications on `today` (a deadline today still counts). */
export function countsAsDemand(opportunity: DemandOpportunity, today: string): boolean {
  return opportunity.status === 'open' && (opportunity.deadline === null || daysBetween(today, opportunity.deadline) >= 0);
}

export function importanceWeight(importance: SkillRelationType): number {
  return DEMAND_WEIGHTS.importance[importance];
}

/** Sooner deadlines weigh more; assumes the deadline is not past (see `countsAsDemand`). */
export function urgencyWeight(deadline: string | null, today: string): number {
  if (deadline === null) return DEMAND_WEIGHTS.laterOrNoDeadline;
  const days = daysBetween(today, deadline);
  return DEMAND_WEIGHTS.urgency.find((band) => days <= band.withinDays)?.weight ?? DEMAND_WEIGHTS.laterOrNoDeadline;
}

/** What one requirement of one opportunity adds to its skill's demand; 0 if the opportunity does not count. */
export function demandWeight(requirement: DemandRequirement, opportunity: DemandOpportunity, today: string): number {
  if (!countsAsDemand(opportunity, today)) return 0;
  return opportunity.headcount * importanceWeight(requirement.importance) * urgencyWeight(opportunity.deadline, today);
}

/** Builds a cell from its parts; the counts follow from the contributions. */
export function demandCell(byLevel: LevelValues, byOpportunity: ReadonlyMap<string, DemandContribution>): DemandCell {
  const byOrganisation = new Map<string, number>();
  let demand = 0;
  let positions = 0;
  for (const c of byOpportunity.values()) {
    demand += c.demand;
    positions += c.headcount;
    byOrganisation.set(c.organisationId, (byOrganisation.get(c.organisationId) ?? 0) + c.demand);
  }
  return { demand, byLevel, positions, opportunities: byOpportunity.size, organisations: byOrganisation.size, byOrganisation, byOpportunity };
}

/** The demand for each skill asked for by an opportunity that counts on `today`. */
export function demandBySkill(opportunities: Iterable<DemandOpportunity>, today: string): Map<string, DemandCell> {
  const parts = new Map<string, { byLevel: LevelValues; byOpportunity: Map<string, DemandContribution> }>();
  for (const opportunity of opportunities) {
    if (!countsAsDemand(opportunity, today)) continue;
    const urgency = urgencyWeight(opportunity.deadline, today);
    for (const requirement of opportunity.skills) {
      const weight = opportunity.headcount * importanceWeight(requirement.importance) * urgency;
      let part = parts.get(requirement.skillUri);
      if (!part) parts.set(requirement.skillUri, (part = { byLevel: zeroLevels(), byOpportunity: new Map() }));
      part.byLevel[asLevel(requirement.level)] += weight;
      part.byOpportunity.set(opportunity.id, { organisationId: opportunity.organisationId, headcount: opportunity.headcount, demand: weight });
    }
  }
  return new Map([...parts].map(([uri, p]) => [uri, demandCell(p.byLevel, p.byOpportunity)]));
}

/** The dimensions demand is sliced by (month is the snapshot a figure comes from, not a field). */
export const SLICE_DIMENSIONS = {
  sector: (o: DemandOpportunity) => o.sector,
  organisationKind: (o: DemandOpportunity) => o.organisationKind,
  occupation: (o: DemandOpportunity) => o.occupationUri,
  kind: (o: DemandOpportunity) => o.kind,
} as const;
export type SliceDimension = keyof typeof SLICE_DIMENSIONS;

/** Demand by skill within each value of a dimension; null is a slice of its own ("no sector", "no occupation"). */
export function demandBySlice(opportunities: Iterable<DemandOpportunity>, today: string, dimension: SliceDimension): Map<string | null, Map<string, DemandCell>> {
  const keyOf = SLICE_DIMENSIONS[dimension];
  const groups = new Map<string | null, DemandOpportunity[]>();
  for (const o of opportunities) {
    const key = keyOf(o);
    const group = groups.get(key);
    if (group) group.push(o);
    else groups.set(key, [o]);
  }
  const slices = new Map<string | null, Map<string, DemandCell>>();
  for (const [key, group] of groups) {
    const cells = demandBySkill(group, today);
    if (cells.size > 0) slices.set(key, cells);
  }
  return slices;
}
