import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSkillGraph } from '@kc/taxonomy/skill-graph';
import { answersFor, compileHolder, compileNeed, fitScore, match, scoreCandidate, scoreNeed, type HeldSkill, type Requirement } from './index.ts';
import { arbGraph, arbHeld, arbLevel, arbNeed, arbPolyhierarchy, URIS } from './testing.ts';
import { MATCH_WEIGHTS } from './weights.ts';

// programming ─┬─ java ── java-ee
//              └─ python
// python is related to data-analysis; cooking has no links.
const graph = buildSkillGraph({
  hierarchy: [
    { narrowerUri: 'java', broaderUri: 'programming' },
    { narrowerUri: 'python', broaderUri: 'programming' },
    { narrowerUri: 'java-ee', broaderUri: 'java' },
  ],
  related: [{ skillUri: 'python', relatedSkillUri: 'data-analysis' }],
});

const need = (uri: string, level = 2, importance: Requirement['importance'] = 'essential'): Requirement => ({ uri, level, importance });
const held = (uri: string, level = 2): HeldSkill => ({ uri, level });

describe('match: hand-built cases', () => {
  it('gives 100 for the very skills at the level asked for, and says they matched', () => {
    const result = match([need('java'), need('python', 2, 'optional')], [held('java', 3), held('python', 2)], graph);
    expect(result.score).toBe(100);
    expect(result.matched.map((r) => r.uri)).toEqual(['java', 'python']);
    expect(result.partial).toEqual([]);
    expect(result.missing).toEqual([]);
  });

  it('credits a narrower skill nearly fully and names the relation and the skill that gave it', () => {
    const result = match([need('programming')], [held('java')], graph);
    expect(result.score).toBeCloseTo(100 * MATCH_WEIGHTS.credit.narrower);
    expect(result.partial[0]?.via).toEqual({ uri: 'java', relation: 'narrower', steps: 1, level: 2 });
  });

  it('credits a broader skill, a related skill and a sibling partly, less with every step', () => {
    expect(match([need('java')], [held('programming')], graph).partial[0]?.via?.relation).toBe('broader');
    expect(match([need('java-ee')], [held('programming')], graph).score).toBeCloseTo(100 * MATCH_WEIGHTS.credit.broader * MATCH_WEIGHTS.stepDecay);
    expect(match([need('data-analysis')], [held('python')], graph).partial[0]?.via?.relation).toBe('related');
    expect(match([need('java')], [held('python')], graph).partial[0]?.via?.relation).toBe('sibling');
    expect(match([need('cooking')], [held('java')], graph).missing.map((r) => r.uri)).toEqual(['cooking']);
  });

  it('counts a level below the one asked for in proportion, and lists it as a shortfall', () => {
    const result = match([need('java', 4)], [held('java', 1)], graph);
    expect(result.score).toBe(25);
    expect(result.shortfalls).toEqual([expect.objectContaining({ uri: 'java', level: 4, levelFactor: 0.25, via: expect.objectContaining({ level: 1 }) })]);
  });

  it('weighs an essential skill twice an optional one', () => {
    const result = match([need('java'), need('cooking', 2, 'optional')], [held('java')], graph);
    expect(result.score).toBeCloseTo((100 * 2) / 3);
    expect(result.missing.map((r) => [r.uri, r.importance])).toEqual([['cooking', 'optional']]);
  });

  it('counts a skill asked for twice once, at the higher level and importance', () => {
    const result = match([need('java', 1, 'optional'), need('java', 3, 'essential')], [held('java', 3)], graph);
    expect(result.requirements).toEqual([expect.objectContaining({ uri: 'java', level: 3, importance: 'essential', points: 100 })]);
  });

  it('scores an empty need 0 with nothing to explain', () => {
    expect(match([], [held('java')], graph)).toMatchObject({ score: 0, requirements: [] });
  });
});

describe('match: properties', () => {
  it('never lowers a score when the candidate holds one more skill', () => {
    fc.assert(
      fc.property(arbGraph, arbNeed, arbHeld, fc.record({ uri: fc.constantFrom(...URIS), level: arbLevel }), (g, requirements, skills, extra) => {
        const before = match(requirements, skills.filter((s) => s.uri !== extra.uri), g).score;
        const after = match(requirements, [...skills.filter((s) => s.uri !== extra.uri), extra], g).score;
        expect(after).toBeGreaterThanOrEqual(before - 1e-9);
      }),
    );
  });

  it('costs more for a missing essential skill than for a missing optional one', () => {
    fc.assert(
      fc.property(arbGraph, arbNeed, arbLevel, (g, others, level) => {
        // Two skills nothing else in the graph links to, so nothing else can stand in for them.
        const requirements = [...others, need('essential-x', level, 'essential'), need('optional-y', level, 'optional')];
        const everything = requirements.map((r) => held(r.uri, r.level));
        const withoutEssential = match(requirements, everything.filter((s) => s.uri !== 'essential-x'), g).score;
        const withoutOptional = match(requirements, everything.filter((s) => s.uri !== 'optional-y'), g).score;
        expect(withoutEssential).toBeLessThan(withoutOptional);
      }),
    );
  });

  it('does not depend on the order of the requirements or of the held skills', () => {
    fc.assert(
      fc.property(arbGraph, arbNeed, arbHeld, fc.infiniteStream(fc.nat()), (g, requirements, skills, seeds) => {
        const shuffle = <T>(list: readonly T[]) =>
          list
            .map((item) => ({ item, key: seeds.next().value as number }))
            .sort((a, b) => a.key - b.key)
            .map((x) => x.item);
        expect(match(shuffle(requirements), shuffle(skills), g)).toEqual(match(requirements, skills, g));
      }),
    );
  });

  it('scores a skill held exactly above the same skill answered through a relation', () => {
    fc.assert(
      fc.property(arbGraph, fc.constantFrom(...URIS), fc.constantFrom(...URIS), arbLevel, (g, asked, other, level) => {
        fc.pre(asked !== other);
        const requirements = [need(asked, level)];
        const exact = match(requirements, [held(asked, level)], g).score;
        const through = match(requirements, [held(other, level)], g).score;
        expect(exact).toBeGreaterThan(through);
      }),
    );
  });

  it('keeps every score within 0–100 and its points adding up to it', () => {
    fc.assert(
      fc.property(arbGraph, arbNeed, arbHeld, (g, requirements, skills) => {
        const result = match(requirements, skills, g);
        expect(result.score).toBeGreaterThanOrEqual(0);
        expect(result.score).toBeLessThanOrEqual(100 + 1e-9);
        expect(result.requirements.reduce((sum, r) => sum + r.points, 0)).toBeCloseTo(result.score);
      }),
    );
  });
});

describe('scoreNeed: one candidate against many needs', () => {
  // Needs that may ask for a skill twice, to hold the dedup to the same rule as compileNeed.
  const arbNeedWithRepeats = fc.array(
    fc.record({ uri: fc.constantFrom(...URIS), level: arbLevel, importance: fc.constantFrom<Requirement['importance']>('essential', 'optional') }),
    { maxLength: 8 },
  );
  const arbHeldWithRepeats = fc.array(fc.record({ uri: fc.constantFrom(...URIS), level: arbLevel }), { maxLength: 8 });

  it('gives exactly what scoring the compiled need gives, on forests and on polyhierarchies', () => {
    for (const graphs of [arbGraph, arbPolyhierarchy]) {
      fc.assert(
        fc.property(graphs, fc.array(arbNeedWithRepeats, { minLength: 1, maxLength: 4 }), arbHeldWithRepeats, (g, needs, skills) => {
          const holder = compileHolder(skills, g);
          for (const requirements of needs) expect(scoreNeed(holder, requirements)).toEqual(scoreCandidate(compileNeed(requirements, g), skills));
        }),
        { numRuns: 200 },
      );
    }
  });

  it('gives the same score without the explanation (fitScore), to the last bit', () => {
    for (const graphs of [arbGraph, arbPolyhierarchy]) {
      fc.assert(
        fc.property(graphs, arbNeedWithRepeats, arbHeldWithRepeats, (g, requirements, skills) => {
          const compiled = compileNeed(requirements, g);
          expect(fitScore(compiled, skills)).toBe(scoreCandidate(compiled, skills).score);
        }),
        { numRuns: 300 },
      );
    }
  });

  it('rests on answersFor giving the same answer from either end', () => {
    fc.assert(
      fc.property(arbPolyhierarchy, (g) => {
        for (const required of URIS) {
          for (const [heldUri, answer] of answersFor(required, g, 'required')) expect(answersFor(heldUri, g, 'held').get(required)).toEqual(answer);
          for (const [otherUri, answer] of answersFor(required, g, 'held')) expect(answersFor(otherUri, g, 'required').get(required)).toEqual(answer);
        }
      }),
    );
  });

  it('matches the hand-built cases', () => {
    const holder = compileHolder([held('java', 3), held('python')], graph);
    expect(scoreNeed(holder, [need('programming')]).partial[0]?.via).toEqual({ uri: 'java', relation: 'narrower', steps: 1, level: 3 });
    expect(scoreNeed(holder, [need('data-analysis')]).partial[0]?.via?.relation).toBe('related');
    expect(scoreNeed(holder, [need('cooking')]).missing.map((r) => r.uri)).toEqual(['cooking']);
    expect(scoreNeed(holder, [])).toMatchObject({ score: 0, requirements: [] });
  });
});
