import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEMAND_WEIGHTS,
  demandBySkill,
  demandBySlice,
  demandWeight,
  rankShortages,
  shortageBySkill,
  shortageIndex,
  supplyBySkill,
  unmetDemand,
  urgencyWeight,
  type DemandOpportunity,
  type HeldSkill,
  type TeachingOffering,
} from './index.ts';

const TODAY = '2026-03-01';

const opportunity = (id: string, over: Partial<DemandOpportunity> = {}): DemandOpportunity => ({
  id,
  organisationId: 'org-a',
  organisationKind: 'company',
  sector: 'software',
  kind: 'job',
  occupationUri: null,
  status: 'open',
  headcount: 1,
  deadline: null,
  skills: [],
  ...over,
});
const holds = (profileId: string, skillUri: string, level: number): HeldSkill => ({ profileId, skillUri, level });
const offering = (id: string, over: Partial<TeachingOffering> = {}): TeachingOffering => ({
  id,
  providerId: 'uni',
  kind: 'course',
  status: 'published',
  seats: null,
  yearlyCapacity: null,
  skills: [],
  ...over,
});

// The worked example of docs/SHORTAGE-MEASURES.md.
// o1: org A, 2 places, deadline in 20 days (×1.5): x essential at level 2 → 2 × 1 × 1.5 = 3;
//     y optional at level 1 → 2 × 0.5 × 1.5 = 1.5.
// o2: org B, 1 place, no deadline (×1): x optional at level 3 → 1 × 0.5 × 1 = 0.5.
// o3 is a draft and o4 is open but past its deadline: neither counts.
// D(x) = 3.5 (3 at level 2, 0.5 at level 3); D(y) = 1.5.
const example = () => [
  opportunity('o1', {
    headcount: 2,
    deadline: '2026-03-21',
    skills: [
      { skillUri: 'x', level: 2, importance: 'essential' },
      { skillUri: 'y', level: 1, importance: 'optional' },
    ],
  }),
  opportunity('o2', { organisationId: 'org-b', sector: 'finance', skills: [{ skillUri: 'x', level: 3, importance: 'optional' }] }),
  opportunity('o3', { status: 'draft', headcount: 9, skills: [{ skillUri: 'x', level: 1, importance: 'essential' }] }),
  opportunity('o4', { organisationId: 'org-c', deadline: '2026-02-28', skills: [{ skillUri: 'x', level: 1, importance: 'essential' }] }),
];
// Students: p1 and p2 hold x at 3, p3 at 1 → held at ≥2: 2, at ≥3: 2.
const students = () => [holds('p1', 'x', 3), holds('p2', 'x', 3), holds('p3', 'x', 1)];

describe('demand', () => {
  it('weighs urgency by days to the deadline, bands inclusive', () => {
    expect(urgencyWeight('2026-03-01', TODAY)).toBe(1.5); // today
    expect(urgencyWeight('2026-03-31', TODAY)).toBe(1.5); // 30 days
    expect(urgencyWeight('2026-04-01', TODAY)).toBe(1.2); // 31 days
    expect(urgencyWeight('2026-05-30', TODAY)).toBe(1.2); // 90 days
    expect(urgencyWeight('2026-05-31', TODAY)).toBe(1); // 91 days
    expect(urgencyWeight(null, TODAY)).toBe(1);
  });

  it('gives nothing for a draft, a closed posting or one past its deadline', () => {
    const need = { skillUri: 'x', level: 1, importance: 'essential' } as const;
    expect(demandWeight(need, opportunity('a', { status: 'draft' }), TODAY)).toBe(0);
    expect(demandWeight(need, opportunity('b', { status: 'closed' }), TODAY)).toBe(0);
    expect(demandWeight(need, opportunity('c', { status: 'filled' }), TODAY)).toBe(0);
    expect(demandWeight(need, opportunity('d', { deadline: '2026-02-28' }), TODAY)).toBe(0);
    expect(demandWeight(need, opportunity('e', { headcount: 3, deadline: '2026-04-15' }), TODAY)).toBeCloseTo(3 * 1 * 1.2);
  });

  it('sums headcount × importance × urgency per skill and level, and counts who is behind it', () => {
    const demand = demandBySkill(example(), TODAY);
    const x = demand.get('x');
    expect(x?.demand).toBeCloseTo(3.5);
    expect(x?.byLevel).toEqual({ 1: 0, 2: 3, 3: 0.5, 4: 0 });
    expect(x).toMatchObject({ positions: 3, opportunities: 2, organisations: 2 });
    expect(Object.fromEntries(x?.byOrganisation ?? [])).toEqual({ 'org-a': 3, 'org-b': 0.5 });
    expect(demand.get('y')).toMatchObject({ demand: 1.5, positions: 2, organisations: 1 });
    expect([...demand.keys()].sort()).toEqual(['x', 'y']);
  });

  it('weighs essential twice optional, as the constants say', () => {
    expect(DEMAND_WEIGHTS.importance.essential / DEMAND_WEIGHTS.importance.optional).toBe(2);
  });

  it('slices by sector, with no sector a slice of its own', () => {
    const slices = demandBySlice([...example(), opportunity('o5', { sector: null, skills: [{ skillUri: 'x', level: 1, importance: 'essential' }] })], TODAY, 'sector');
    expect(slices.get('software')?.get('x')?.demand).toBeCloseTo(3);
    expect(slices.get('finance')?.get('x')?.demand).toBeCloseTo(0.5);
    expect(slices.get(null)?.get('x')?.demand).toBe(1);
    expect(slices.size).toBe(3);
  });
});

describe('supply', () => {
  it('counts students at the level or above, once each at their highest claim, whatever their visibility', () => {
    const supply = supplyBySkill([...students(), holds('p3', 'x', 2)], []);
    expect(supply.get('x')?.held).toEqual({ 1: 3, 2: 3, 3: 2, 4: 0 });
    expect(supply.get('x')?.holders.size).toBe(3);
  });

  it('counts yearly places of published offerings at the level they teach or below, discounted by half', () => {
    // A programme of 40 a year to level 2, a bootcamp of 12 seats to level 3, a course without stated
    // places (teaches, adds no places), a draft (ignored).
    const supply = supplyBySkill(
      [],
      [
        offering('programme', { kind: 'degree_programme', yearlyCapacity: 40, seats: 25, skills: [{ skillUri: 'x', level: 2 }] }),
        offering('bootcamp', { kind: 'bootcamp', seats: 12, skills: [{ skillUri: 'x', level: 3 }] }),
        offering('course', { skills: [{ skillUri: 'x', level: 4 }] }),
        offering('draft', { status: 'draft', seats: 100, skills: [{ skillUri: 'x', level: 4 }] }),
      ],
    );
    const x = supply.get('x');
    expect(x?.taught).toEqual({ 1: 52, 2: 52, 3: 12, 4: 0 });
    expect(x?.total).toEqual({ 1: 26, 2: 26, 3: 6, 4: 0 });
    expect(x?.teachingOfferings).toBe(3);
  });
});

describe('shortage', () => {
  it('gives the worked example: demand 3.5, supply 2, index 3/11', () => {
    // Supply met at the levels asked: (3 × 2 at level 2 + 0.5 × 2 at level 3) / 3.5 = 2.
    // Index (3.5 − 2) / (3.5 + 2) = 1.5 / 5.5 = 0.2727…
    const x = shortageBySkill(demandBySkill(example(), TODAY), supplyBySkill(students(), [])).get('x');
    expect(x?.demand).toBeCloseTo(3.5);
    expect(x?.supply).toBeCloseTo(2);
    expect(x?.index).toBeCloseTo(3 / 11);
    expect(x?.heldIndex).toBeCloseTo(3 / 11);
    expect(x?.students).toBe(2);
    // At level 2: 3 against 2 → 0.2; at level 3: 0.5 against 2 → −0.6; nothing asked at 1 or 4.
    expect(x?.byLevel[2].index).toBeCloseTo(0.2);
    expect(x?.byLevel[3].index).toBeCloseTo(-0.6);
    expect(x?.byLevel[1].index).toBeCloseTo(-1);
    expect(x?.byLevel[4].index).toBeNull();
  });

  it('adds training at half a place each, and keeps the students-only index beside it', () => {
    // Programme 40/yr to level 2 → +20 at ≥2; bootcamp 12 seats to level 3 → +6 at ≥2 and ≥3.
    // Supply at 2: 2 + 26 = 28, at 3: 2 + 6 = 8; met: (3 × 28 + 0.5 × 8) / 3.5 = 88 / 3.5 = 176/7.
    // Index (7/2 − 176/7) / (7/2 + 176/7) = (49 − 352) / (49 + 352) = −303/401.
    const offerings = [
      offering('programme', { kind: 'degree_programme', yearlyCapacity: 40, skills: [{ skillUri: 'x', level: 2 }] }),
      offering('bootcamp', { kind: 'bootcamp', seats: 12, skills: [{ skillUri: 'x', level: 3 }] }),
    ];
    const x = shortageBySkill(demandBySkill(example(), TODAY), supplyBySkill(students(), offerings)).get('x');
    expect(x?.supply).toBeCloseTo(176 / 7);
    expect(x?.index).toBeCloseTo(-303 / 401);
    expect(x?.heldIndex).toBeCloseTo(3 / 11);
  });

  it('gives 1 with no supply, −1 with no demand, and unknown with neither', () => {
    expect(shortageIndex(1.5, 0)).toBe(1);
    expect(shortageIndex(0, 4)).toBe(-1);
    expect(shortageIndex(0, 0)).toBeNull();
    const shortages = shortageBySkill(demandBySkill(example(), TODAY), supplyBySkill([...students(), holds('p1', 'z', 2)], []));
    expect(shortages.get('y')).toMatchObject({ demand: 1.5, supply: 0, index: 1, students: 0 });
    // No demand: everyone holding z at all is its supply.
    expect(shortages.get('z')).toMatchObject({ demand: 0, supply: 1, index: -1, students: 1 });
  });

  it('ranks by index, then demand, then URI, leaving out the unknown', () => {
    const ranked = rankShortages(
      shortageBySkill(
        demandBySkill([...example(), opportunity('o6', { headcount: 4, skills: [{ skillUri: 'w', level: 1, importance: 'essential' }] })], TODAY),
        supplyBySkill(students(), []),
      ).values(),
    );
    expect(ranked.map((s) => s.skillUri)).toEqual(['w', 'y', 'x']);
  });

  it('lists demand no published offering teaches, with its positions and organisations', () => {
    const offerings = [offering('course', { skills: [{ skillUri: 'x', level: 1 }] }), offering('draft', { status: 'draft', skills: [{ skillUri: 'y', level: 1 }] })];
    expect(unmetDemand(demandBySkill(example(), TODAY), supplyBySkill(students(), offerings))).toEqual([{ skillUri: 'y', demand: 1.5, positions: 2, organisations: 1 }]);
  });
});

describe('shortage index: properties', () => {
  const amount = fc.double({ min: 0, max: 1e6, noNaN: true });

  it('stays within [−1, 1], and is unknown exactly when there is neither demand nor supply', () => {
    fc.assert(
      fc.property(amount, amount, (d, s) => {
        const index = shortageIndex(d, s);
        if (d + s === 0) expect(index).toBeNull();
        else {
          expect(index).not.toBeNull();
          expect(index ?? 0).toBeGreaterThanOrEqual(-1);
          expect(index ?? 0).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it('never falls when demand grows, never rises when supply grows', () => {
    fc.assert(
      fc.property(amount, amount, amount, (d, s, more) => {
        fc.pre(d + s > 0);
        const index = shortageIndex(d, s) ?? 0;
        expect(shortageIndex(d + more, s) ?? 0).toBeGreaterThanOrEqual(index - 1e-12);
        expect(shortageIndex(d, s + more) ?? 0).toBeLessThanOrEqual(index + 1e-12);
      }),
    );
  });

  it('is the same for the same ratio: 200 against 100 is as short as 2 against 1', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 1e3, noNaN: true }), fc.double({ min: 0, max: 1e3, noNaN: true }), fc.double({ min: 0.001, max: 1e3, noNaN: true }), (d, s, scale) => {
        expect(shortageIndex(d * scale, s * scale) ?? 0).toBeCloseTo(shortageIndex(d, s) ?? 0, 9);
      }),
    );
  });
});
