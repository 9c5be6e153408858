import { describe, expect, it } from 'vitest';
import { causeShares, suppress, UNFILLED_CAUSES, type UnfilledClosure } from './index.ts';

const closed = (opportunityId: string, organisationId: string, cause: UnfilledClosure['cause']): UnfilledClosure => ({ opportunityId, organisationId, cause });

describe('causeShares', () => {
  it('shares each cause among the closures that gave one, and reports the others apart', () => {
    // Five gave a cause: pay 3 (A, A, B), no skilled candidates 1 (C), other 1 (A); one gave none.
    const result = causeShares([
      closed('o1', 'A', 'pay_or_conditions'),
      closed('o2', 'A', 'pay_or_conditions'),
      closed('o3', 'B', 'pay_or_conditions'),
      closed('o4', 'C', 'no_skilled_candidates'),
      closed('o5', 'A', 'other'),
      closed('o6', 'B', null),
    ]);
    expect(result).toMatchObject({ stated: 5, notStated: 1 });
    expect(result.causes.map((c) => [c.cause, c.count, c.share])).toEqual([
      ['no_skilled_candidates', 1, 0.2],
      ['pay_or_conditions', 3, 0.6],
      ['insufficient_experience', 0, 0],
      ['slow_hiring', 0, 0],
      ['other', 1, 0.2],
    ]);
    // Pay: 3 closures, too few to publish; org A's 2 of 3 would also be under the 70% line.
    const pay = result.causes.find((c) => c.cause === 'pay_or_conditions');
    expect(Object.fromEntries(pay?.byOrganisation ?? [])).toEqual({ A: 2, B: 1 });
    expect(suppress({ value: pay?.share ?? 0, count: pay?.count ?? 0 }, pay?.byOrganisation.values() ?? [])).toBe('<5');
  });

  it('counts one answer per opportunity, and has no shares when no one gave a cause', () => {
    const result = causeShares([closed('o1', 'A', 'slow_hiring'), closed('o1', 'A', 'other'), closed('o2', 'B', null)]);
    expect(result.stated).toBe(1);
    expect(result.causes.find((c) => c.cause === 'slow_hiring')?.share).toBe(1);
    expect(causeShares([closed('o1', 'A', null)]).causes.every((c) => c.share === null)).toBe(true);
    expect(causeShares([]).causes.map((c) => c.cause)).toEqual([...UNFILLED_CAUSES]);
  });
});
