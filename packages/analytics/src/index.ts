export { DEMAND_WEIGHTS, MEASURE_TOLERANCE, PRIORITY_WEIGHTS, SUPPLY_WEIGHTS, SUPPRESSION_RULE, TREND_RULE } from './weights.ts';
export { asLevel, daysBetween, LEVELS, zeroLevels, type LevelValues } from './levels.ts';
export {
  countsAsDemand,
  demandBySkill,
  demandBySlice,
  demandCell,
  demandWeight,
  importanceWeight,
  SLICE_DIMENSIONS,
  urgencyWeight,
  type DemandCell,
  type DemandContribution,
  type DemandOpportunity,
  type DemandRequirement,
  type SliceDimension,
} from './demand.ts';
export { supplyBySkill, yearlyPlaces, type HeldSkill, type SupplyCell, type TeachingOffering } from './supply.ts';
export {
  rankShortages,
  rankedDemand,
  shortageBySkill,
  shortageIndex,
  supplyAtDemandedLevels,
  unmetDemand,
  type LevelShortage,
  type SkillShortage,
  type UnmetNeed,
} from './shortage.ts';
export { growth, growthScore, occupationsBySkill, priority, transferability, transferabilityBySkill, type UseCounts } from './priority.ts';
export { broaderMap, conceptsAtOrAbove, rollUp, rollUpDemand, rollUpHolders, type BroaderOf } from './roll-up.ts';
export { protectParts, showDerived, suppress, type Cell, type PublicCell, type SuppressionRule } from './privacy.ts';
export { causeShares, UNFILLED_CAUSES, type CauseShare, type CauseShares, type UnfilledCause, type UnfilledClosure } from './causes.ts';
export { addMonths, project, type ProjectedMonth, type Projection } from './trend.ts';
