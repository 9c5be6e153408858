export {
  answersFor,
  compileHolder,
  compileNeed,
  fitScore,
  match,
  scoreCandidate,
  scoreNeed,
  type CompiledHolder,
  type CompiledNeed,
  type HeldSkill,
  type Match,
  type Outcome,
  type Requirement,
  type RequirementResult,
} from './match.ts';
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
export {
  EXACT_PATH_OFFERINGS,
  learningPath,
  MAX_PATH_OFFERINGS,
  type LearningPath,
  type LearningPathInput,
  type Offering,
  type PathCover,
  type PathMeasure,
  type PathStep,
  type RequirementStanding,
} from './learning-path.ts';
