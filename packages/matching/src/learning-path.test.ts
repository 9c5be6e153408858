import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSkillGraph } from '@kc/taxonomy/skill-graph';
import { compileNeed, learningPath, MAX_PATH_OFFERINGS, scoreCandidate, type LearningPathInput, type Offering, type HeldSkill, type PathMeasure, type Requirement } from './index.ts';
import { exactCover, greedyCover } from './learning-path.ts';
import { arbGraph, arbHeld, arbLevel, arbNeed, URIS } from './testing.ts';

// programming ── java; welding and cooking have no links.
const graph = buildSkillGraph({ hierarchy: [{ narrowerUri: 'java', broaderUri: 'programming' }], related: [] });
const need = (uri: string, level = 2): Requirement => ({ uri, level, importance: 'essential' });
const offering = (id: string, skills: string[], costEur: number | null, hours: number | null = 10, level = 2): Offering => ({
  id,
  hours,
  costEur,
  skills: skills.map((uri) => ({ uri, level })),
});
const path = (offerings: Offering[], minimise: PathMeasure, requirements = [need('java'), need('welding')], held: HeldSkill[] = []) =>
  learningPath({ need: compileNeed(requirements, graph), held, offerings, minimise });

describe('learningPath: hand-built cases', () => {
  const allRounder = offering('all-rounder', ['java', 'welding'], 100);
  const javaCourse = offering('java-course', ['java'], 30);
  const weldingCourse = offering('welding-course', ['welding'], 40);

  it('takes a cheaper pair over one dear all-rounder when minimising money, but not when minimising count', () => {
    const money = path([allRounder, javaCourse, weldingCourse], 'money');
    expect(money.steps.map((s) => s.offeringId)).toEqual(['java-course', 'welding-course']);
    expect(money).toMatchObject({ fitBefore: 0, fitAfter: 100, method: 'exact', bound: 1, uncovered: [] });
    expect(money.total).toEqual({ hours: 20, costEur: 70, count: 2, unknown: { hours: 0, costEur: 0 } });
    const count = path([allRounder, javaCourse, weldingCourse], 'count');
    expect(count.steps.map((s) => s.offeringId)).toEqual(['all-rounder']);
    expect(count.total.costEur).toBe(100);
  });

  it('explains each step: what it raised, from what to what, and the fit on either side', () => {
    const result = path([javaCourse, weldingCourse], 'money', [need('java'), need('welding'), need('cooking')], [{ uri: 'programming', level: 2 }]);
    expect(result.steps).toEqual([
      {
        offeringId: 'welding-course',
        covers: [{ uri: 'welding', before: { outcome: 'missing', value: 0 }, after: { outcome: 'matched', value: 1 } }],
        cost: { hours: 10, costEur: 40 },
        fitBefore: 20,
        fitAfter: 53,
      },
      {
        offeringId: 'java-course',
        covers: [{ uri: 'java', before: { outcome: 'partial', value: 0.6 }, after: { outcome: 'matched', value: 1 } }],
        cost: { hours: 10, costEur: 30 },
        fitBefore: 53,
        fitAfter: 67,
      },
    ]);
    expect(result.uncovered).toEqual(['cooking']);
  });

  it('takes the step that raises the fit most first', () => {
    const result = path([offering('a-java', ['java'], 10), offering('b-welding', ['welding'], 10)], 'money', [need('java'), need('welding')], [
      { uri: 'programming', level: 2 },
    ]);
    expect(result.steps.map((s) => s.offeringId)).toEqual(['b-welding', 'a-java']);
  });

  it('counts an unknown price as the dearest known one, so it never looks cheap', () => {
    const unpriced = offering('unpriced', ['java'], null);
    const cheap = offering('cheap-java', ['java'], 10);
    const dear = offering('dear-welding', ['welding'], 50);
    expect(path([unpriced, cheap, dear], 'money').steps.map((s) => s.offeringId)).toEqual(['cheap-java', 'dear-welding']);
    // Counted as 50, the unpriced all-rounder still beats 10 + 50.
    const unpricedAll = offering('unpriced-all', ['java', 'welding'], null);
    const result = path([unpricedAll, cheap, dear], 'money');
    expect(result.steps.map((s) => s.offeringId)).toEqual(['unpriced-all']);
    expect(result.total).toMatchObject({ costEur: 0, unknown: { costEur: 1, hours: 0 } });
  });

  it('needs the offering that reaches a requirement’s best value, not one that reaches part of it', () => {
    // Level 1 of java gives a quarter of a level-4 requirement; level 4 gives all of it.
    const requirements = [need('java', 4)];
    const partial = offering('java-basics', ['java'], 5, 10, 1);
    const full = offering('java-advanced', ['java'], 50, 10, 4);
    const result = path([partial, full], 'money', requirements);
    expect(result.steps.map((s) => s.offeringId)).toEqual(['java-advanced']);
    expect(result.fitAfter).toBe(100);
  });

  it('takes nothing when nothing helps, and says which requirements stay open', () => {
    const result = path([offering('cooking', ['cooking'], 10)], 'money', [need('java'), need('welding')], [{ uri: 'java', level: 2 }]);
    expect(result).toMatchObject({ steps: [], fitBefore: 50, fitAfter: 50, uncovered: ['welding'], method: 'exact' });
  });

  it('takes no step whose gain is rounding noise: a sibling at full level is worth the same as a broader skill short of it', () => {
    // 0.6 × 2/3 and 0.4 × 1 differ in floating point by one bit; the fit is 40 either way.
    const answers = new Map([
      ['asked', { relation: 'exact' as const, steps: 0, credit: 1 }],
      ['broader', { relation: 'broader' as const, steps: 1, credit: 0.6 }],
      ['sibling', { relation: 'sibling' as const, steps: 1, credit: 0.4 }],
    ]);
    const result = learningPath({
      need: { requirements: [{ uri: 'asked', level: 3, importance: 'essential', weight: 2, answers }], totalWeight: 2 },
      held: [{ uri: 'broader', level: 2 }],
      offerings: [{ id: 'o0', hours: null, costEur: null, skills: [{ uri: 'sibling', level: 3 }] }],
      minimise: 'hours',
    });
    expect(result).toMatchObject({ steps: [], fitBefore: 40, fitAfter: 40, uncovered: ['asked'] });
  });

  it('goes greedy past the exact limit and states its bound', () => {
    const skills = Array.from({ length: 20 }, (_, i) => `skill-${String(i).padStart(2, '0')}`);
    const result = path(
      skills.map((s) => offering(`course-${s}`, [s], 10)),
      'money',
      skills.map((s) => need(s)),
    );
    expect(result).toMatchObject({ method: 'greedy', bound: 1, fitAfter: 100 });
    expect(result.steps).toHaveLength(20);
  });

  it(`refuses more than ${MAX_PATH_OFFERINGS} offerings, and an id given twice`, () => {
    const many = Array.from({ length: MAX_PATH_OFFERINGS + 1 }, (_, i) => offering(`o${i}`, ['java'], 1));
    expect(() => path(many, 'count')).toThrow(RangeError);
    expect(() => path(many.slice(0, MAX_PATH_OFFERINGS), 'count')).not.toThrow();
    expect(() => path([javaCourse, javaCourse], 'count')).toThrow(RangeError);
  });
});

const arbCost = fc.option(fc.integer({ min: 0, max: 100 }), { nil: null });
const arbOfferings = fc.uniqueArray(
  fc.record({
    id: fc.constantFrom(...Array.from({ length: 30 }, (_, i) => `o${i}`)),
    hours: arbCost,
    costEur: arbCost,
    skills: fc.uniqueArray(fc.record({ uri: fc.constantFrom(...URIS), level: arbLevel }), { selector: (s) => s.uri, minLength: 1, maxLength: 3 }),
  }),
  { selector: (o) => o.id, maxLength: 10 },
);
const arbInput: fc.Arbitrary<LearningPathInput> = fc
  .record({ g: arbGraph, requirements: arbNeed, held: arbHeld, offerings: arbOfferings, minimise: fc.constantFrom<PathMeasure>('hours', 'money', 'count') })
  .map(({ g, requirements, held, offerings, minimise }) => ({ need: compileNeed(requirements, g), held, offerings, minimise }));
const valueOf = (r: { credit: number; levelFactor: number }) => Math.round(r.credit * r.levelFactor * 1e12) / 1e12;

describe('learningPath: properties', () => {
  it('never lowers the fit along the way, and ends at the fit with every offering taken', () => {
    fc.assert(
      fc.property(arbInput, (input) => {
        const result = learningPath(input);
        let fit = result.fitBefore;
        for (const step of result.steps) {
          expect(step.fitBefore).toBe(fit);
          expect(step.fitAfter).toBeGreaterThanOrEqual(step.fitBefore);
          fit = step.fitAfter;
        }
        expect(result.fitAfter).toBe(fit);
        const everything = scoreCandidate(input.need, [...input.held, ...input.offerings.flatMap((o) => o.skills)]);
        expect(result.fitAfter).toBe(Math.round(everything.score));
      }),
    );
  });

  it('lists as uncovered exactly the requirements short of full value that no offering raises', () => {
    fc.assert(
      fc.property(arbInput, (input) => {
        const start = scoreCandidate(input.need, input.held);
        const withEach = input.offerings.map((o) => scoreCandidate(input.need, [...input.held, ...o.skills]));
        const expected = start.requirements
          .filter((r, i) => valueOf(r) < 1 && withEach.every((m) => valueOf(m.requirements[i] as typeof r) <= valueOf(r)))
          .map((r) => r.uri);
        expect(learningPath(input).uncovered).toEqual(expected);
      }),
    );
  });

  it('reaches that fit at the least cost of any set of offerings that does, when exact', () => {
    const costUnder = (o: Offering, minimise: PathMeasure, unknown: number) =>
      minimise === 'count' ? 1 : ((minimise === 'hours' ? o.hours : o.costEur) ?? unknown);
    fc.assert(
      fc.property(arbInput, (input) => {
        const result = learningPath(input);
        expect(result.method).toBe('exact');
        const { need, held, offerings, minimise } = input;
        const start = scoreCandidate(need, held);
        // Useful: raises some requirement alone; unknown costs count as the dearest known useful one.
        const useful = offerings.filter((o) =>
          scoreCandidate(need, [...held, ...o.skills]).requirements.some((r, i) => valueOf(r) > valueOf(start.requirements[i] as typeof r)),
        );
        const known = useful.map((o) => (minimise === 'hours' ? o.hours : o.costEur)).filter((c): c is number => c !== null);
        const unknown = known.length > 0 ? Math.max(...known) : 1;
        const best = scoreCandidate(need, [...held, ...offerings.flatMap((o) => o.skills)]).score;
        let least = Infinity;
        for (let mask = 0; mask < 1 << useful.length; mask++) {
          const subset = useful.filter((_, i) => mask & (1 << i));
          if (scoreCandidate(need, [...held, ...subset.flatMap((o) => o.skills)]).score < best) continue;
          least = Math.min(least, subset.reduce((sum, o) => sum + costUnder(o, minimise, unknown), 0));
        }
        const taken = result.steps.map((s) => offerings.find((o) => o.id === s.offeringId) as Offering);
        expect(taken.reduce((sum, o) => sum + costUnder(o, minimise, unknown), 0)).toBe(least);
      }),
    );
  });

  it('does not depend on the order of the offerings', () => {
    fc.assert(
      fc.property(arbInput, fc.infiniteStream(fc.nat()), (input, seeds) => {
        const shuffled = input.offerings
          .map((item) => ({ item, key: seeds.next().value as number }))
          .sort((a, b) => a.key - b.key)
          .map((x) => x.item);
        expect(learningPath({ ...input, offerings: shuffled })).toEqual(learningPath(input));
      }),
    );
  });
});

describe('exactCover and greedyCover', () => {
  const costOf = (chosen: number[], costs: number[]) => chosen.reduce((sum, i) => sum + (costs[i] ?? 0), 0);
  const covers = (chosen: number[], sets: number[][], targets: number) => new Set(chosen.flatMap((i) => sets[i] ?? [])).size === targets;
  const arbInstance = fc.integer({ min: 1, max: 8 }).chain((targets) =>
    fc
      .array(fc.record({ set: fc.uniqueArray(fc.nat({ max: targets - 1 }), { minLength: 1, maxLength: targets }), cost: fc.integer({ min: 0, max: 20 }) }), {
        minLength: 1,
        maxLength: 10,
      })
      .map((sets) => ({ targets, sets: [...sets.map((s) => s.set), Array.from({ length: targets }, (_, t) => t)], costs: [...sets.map((s) => s.cost), 100] })),
  );
  const harmonic = (m: number) => Array.from({ length: m }, (_, i) => 1 / (i + 1)).reduce((a, b) => a + b, 0);

  it('agree where greedy is known to be optimal: disjoint sets, or one set covering all at the lowest cost', () => {
    expect(greedyCover([[0, 1], [2], [3, 4]], [5, 1, 7], 5)).toEqual(exactCover([[0, 1], [2], [3, 4]], [5, 1, 7], 5));
    expect(greedyCover([[0], [0, 1, 2], [1, 2]], [1, 1, 1], 3)).toEqual(exactCover([[0], [0, 1, 2], [1, 2]], [1, 1, 1], 3));
  });

  it('greedy covers everything within H(m) of the least cost', () => {
    fc.assert(
      fc.property(arbInstance, ({ targets, sets, costs }) => {
        const exact = exactCover(sets, costs, targets);
        const greedy = greedyCover(sets, costs, targets);
        expect(covers(exact, sets, targets)).toBe(true);
        expect(covers(greedy, sets, targets)).toBe(true);
        const m = Math.max(...sets.map((s) => s.length));
        expect(costOf(greedy, costs)).toBeGreaterThanOrEqual(costOf(exact, costs));
        expect(costOf(greedy, costs)).toBeLessThanOrEqual(harmonic(m) * costOf(exact, costs) + 1e-9);
      }),
      { numRuns: 300 },
    );
  });
});
