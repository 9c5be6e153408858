/**
 * Matching services for callers outside the HTTP app (the matching bench): the same functions the
 * routes call, and the reads `candidatesFor` is made of, to time its steps one by one.
 */
export { candidatesFor, shortlistedSkills, weightsForNeed } from './services/matching.service.ts';
export { getOpportunity } from './services/opportunities.service.ts';
export { findableCandidatesAmong, findableSkillsAmong } from './services/students.service.ts';
export type { ActorMembership, SignedInActor } from './actor.ts';
