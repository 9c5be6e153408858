import { UNFILLED_CAUSES, type UnfilledCause } from '@kc/contract/vocabulary';

export { UNFILLED_CAUSES, type UnfilledCause };

/** An opportunity closed unfilled (status 'closed', not 'filled'), with the cause its organisation gave, if any. */
export interface UnfilledClosure {
  opportunityId: string;
  organisationId: string;
  cause: UnfilledCause | null;
}

export interface CauseShare {
  cause: UnfilledCause;
  count: number;
  /** count / closures that gave a cause; null when none did. */
  share: number | null;
  /** Closures per organisation: what the dominance rule reads. */
  byOrganisation: ReadonlyMap<string, number>;
}

export interface CauseShares {
  /** Closures that gave a cause: the denominator of every share. */
  stated: number;
  /** Closures that gave none: reported beside the shares, never in them. */
  notStated: number;
  causes: CauseShare[];
}

/** The share of each cause among the closures that gave one, one answer per opportunity (the first if repeated). */
export function causeShares(closures: Iterable<UnfilledClosure>): CauseShares {
  const byOpportunity = new Map<string, UnfilledClosure>();
  for (const c of closures) if (!byOpportunity.has(c.opportunityId)) byOpportunity.set(c.opportunityId, c);
  const counts = new Map<UnfilledCause, Map<string, number>>(UNFILLED_CAUSES.map((cause) => [cause, new Map()]));
  let stated = 0;
  let notStated = 0;
  for (const c of byOpportunity.values()) {
    if (c.cause === null) {
      notStated += 1;
      continue;
    }
    stated += 1;
    const byOrganisation = counts.get(c.cause);
    byOrganisation?.set(c.organisationId, (byOrganisation.get(c.organisationId) ?? 0) + 1);
  }
  const causes = UNFILLED_CAUSES.map((cause) => {
    const byOrganisation = counts.get(cause) ?? new Map<string, number>();
    const count = [...byOrganisation.values()].reduce((sum, n) => sum + n, 0);
    return { cause, count, share: stated > 0 ? count / stated : null, byOrganisation };
  });
  return { stated, notStated, causes };
}
