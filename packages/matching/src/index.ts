export { answersFor, compileNeed, match, scoreCandidate, type CompiledNeed, type HeldSkill, type Match, type Outcome, type Requirement, type RequirementResult } from './match.ts';
export { creditFor, levelFactor, MATCH_WEIGHTS, OCCUPATION_WEIGHTS, type Importance, type OccupationTuning, type Relation } from './weights.ts';
export {
  buildOccupationIndex,
  inferOccupations,
  type InferredOccupation,
  type OccupationIndex,
  type OccupationLabelSource,
  type OccupationQuery,
  type OccupationReason,
  type OccupationSource,
} from './occupations.ts';
export { occupationWords, stemBulgarian } from './words.ts';
export { occupationIndexFromArchive, occupationSourcesFromArchive } from './occupations.archive.ts';
