import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { broaderMap, demandBySkill, rollUp, rollUpDemand, rollUpHolders, shortageIndex, supplyBySkill, type DemandOpportunity } from './index.ts';

// root ─┬─ g1 ─┬─ y
//       │      └─ z (a skill) ── x
//       └─ g2 ──────────────────── x
// x sits under g1 (through z) and under g2: two paths to root.
const broaderOf = broaderMap([
  { narrowerUri: 'x', broaderUri: 'z' },
  { narrowerUri: 'x', broaderUri: 'g2' },
  { narrowerUri: 'z', broaderUri: 'g1' },
  { narrowerUri: 'y', broaderUri: 'g1' },
  { narrowerUri: 'g1', broaderUri: 'root' },
  { narrowerUri: 'g2', broaderUri: 'root' },
]);

const opportunity = (id: string, organisationId: string, headcount: number, skills: string[]): DemandOpportunity => ({
  id,
  organisationId,
  organisationKind: 'company',
  sector: null,
  kind: 'job',
  occupationUri: null,
  status: 'open',
  headcount,
  deadline: null,
  skills: skills.map((skillUri) => ({ skillUri, level: 1, importance: 'essential' })),
});

describe('rollUp', () => {
  it('counts a skill once in each group above it, however many paths, and does not divide it', () => {
    const totals = rollUp(new Map([['x', 3.5], ['y', 1.5]]), broaderOf);
    expect(Object.fromEntries(totals)).toEqual({ x: 3.5, y: 1.5, z: 3.5, g1: 5, g2: 3.5, root: 5 });
  });

  it("adds a broader skill's own value to what lies under it", () => {
    expect(rollUp(new Map([['x', 2], ['z', 1]]), broaderOf).get('z')).toBe(3);
  });

  it('counts each posting and organisation once in a group, while demand adds over its skills', () => {
    // o1 (org A, 2 places) asks for x and y, both under g1 and root; o2 (org B, 3 places) asks for x.
    const groups = rollUpDemand(demandBySkill([opportunity('o1', 'org-a', 2, ['x', 'y']), opportunity('o2', 'org-b', 3, ['x'])], '2026-03-01'), broaderOf);
    // g1: x 2 + 3, y 2 → demand 7; positions 2 + 3 = 5 (o1 once); org A 4, org B 3.
    expect(groups.get('g1')).toMatchObject({ demand: 7, positions: 5, opportunities: 2, organisations: 2 });
    expect(Object.fromEntries(groups.get('g1')?.byOrganisation ?? [])).toEqual({ 'org-a': 4, 'org-b': 3 });
    expect(groups.get('g2')).toMatchObject({ demand: 5, positions: 5 });
    expect(groups.get('g1')?.byLevel[1]).toBe(7);
  });

  it("compares a group's summed demand with its summed supply, and counts its students once", () => {
    const supply = supplyBySkill(
      [
        { profileId: 'p1', skillUri: 'x', level: 2 },
        { profileId: 'p1', skillUri: 'y', level: 2 },
        { profileId: 'p2', skillUri: 'y', level: 1 },
      ],
      [],
    );
    const held = new Map([...supply].map(([uri, cell]) => [uri, cell.held[1]]));
    const g1Supply = rollUp(held, broaderOf).get('g1') ?? 0; // x 1 + y 2 = 3 student-skills
    expect(g1Supply).toBe(3);
    expect(rollUpHolders(supply, broaderOf).get('g1')).toBe(2); // p1 and p2
    expect(shortageIndex(7, g1Supply)).toBeCloseTo(0.4); // (7 − 3) / (7 + 3)
  });

  it('lies between the largest skill under a concept and the sum of all (property)', () => {
    // Random DAGs over 8 concepts: a link always points to a lower number, so there is no cycle.
    const arbLinks = fc.array(fc.tuple(fc.nat({ max: 7 }), fc.nat({ max: 7 })), { maxLength: 16 }).map((pairs) =>
      broaderMap(pairs.filter(([a, b]) => a > b).map(([a, b]) => ({ narrowerUri: `c${a}`, broaderUri: `c${b}` }))),
    );
    const arbValues = fc.array(fc.tuple(fc.nat({ max: 7 }), fc.double({ min: 0, max: 100, noNaN: true })), { maxLength: 8 }).map((pairs) => new Map(pairs.map(([i, v]) => [`c${i}`, v])));
    fc.assert(
      fc.property(arbLinks, arbValues, (links, values) => {
        const all = [...values.values()].reduce((s, v) => s + v, 0);
        for (const [concept, total] of rollUp(values, links)) {
          expect(total).toBeLessThanOrEqual(all + 1e-9);
          expect(total).toBeGreaterThanOrEqual((values.get(concept) ?? 0) - 1e-9);
        }
      }),
    );
  });
});
