export { answersFor, compileNeed, match, scoreCandidate, type CompiledNeed, type HeldSkill, type Match, type Outcome, type Requirement, type RequirementResult } from './match.ts';
export { creditFor, levelFactor, MATCH_WEIGHTS, type Importance, type Relation } from './weights.ts';
