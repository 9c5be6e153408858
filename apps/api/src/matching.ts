/** Matching services for callers outside the HTTP app (the matching bench): the same functions the routes call. */
export { candidatesFor } from './services/matching.service.ts';
export type { ActorMembership, SignedInActor } from './actor.ts';
