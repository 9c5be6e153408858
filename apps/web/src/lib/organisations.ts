import type { OrganisationKind } from '@kc/contract';

/** The kinds of organisation that publish trainings and programmes. */
export const PROVIDER_KINDS: readonly OrganisationKind[] = ['university', 'training_provider'];

export const isProvider = (kind: OrganisationKind) => PROVIDER_KINDS.includes(kind);
