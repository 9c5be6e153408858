import fc from 'fast-check';
import { buildSkillGraph, type SkillGraph } from '@kc/taxonomy/skill-graph';
import type { Requirement } from './match.ts';

// Random graphs: a forest over 12 concepts and a few related links, needs and profiles over them.
export const URIS = Array.from({ length: 12 }, (_, i) => `s${i}`);
export const arbGraph: fc.Arbitrary<SkillGraph> = fc
  .record({
    parents: fc.array(fc.option(fc.nat({ max: 11 }), { nil: undefined }), { minLength: 12, maxLength: 12 }),
    related: fc.array(fc.tuple(fc.constantFrom(...URIS), fc.constantFrom(...URIS)), { maxLength: 6 }),
  })
  .map(({ parents, related }) =>
    buildSkillGraph({
      // A parent with a lower number keeps it a forest.
      hierarchy: parents.flatMap((p, i) => (p !== undefined && p < i ? [{ narrowerUri: `s${i}`, broaderUri: `s${p}` }] : [])),
      related: related.map(([skillUri, relatedSkillUri]) => ({ skillUri, relatedSkillUri })),
    }),
  );
export const arbLevel = fc.integer({ min: 1, max: 4 });
export const arbNeed = fc.uniqueArray(
  fc.record({ uri: fc.constantFrom(...URIS), level: arbLevel, importance: fc.constantFrom<Requirement['importance']>('essential', 'optional') }),
  { selector: (r) => r.uri, minLength: 1, maxLength: 6 },
);
export const arbHeld = fc.uniqueArray(fc.record({ uri: fc.constantFrom(...URIS), level: arbLevel }), { selector: (s) => s.uri, maxLength: 8 });

/** Like `arbGraph`, but a concept may have several broader ones (as in ESCO), so paths can meet. */
export const arbPolyhierarchy: fc.Arbitrary<SkillGraph> = fc
  .record({
    links: fc.array(fc.tuple(fc.nat({ max: 11 }), fc.nat({ max: 11 })), { maxLength: 20 }),
    related: fc.array(fc.tuple(fc.constantFrom(...URIS), fc.constantFrom(...URIS)), { maxLength: 6 }),
  })
  .map(({ links, related }) =>
    buildSkillGraph({
      // The narrower one has the higher number, so the hierarchy has no cycles.
      hierarchy: links.flatMap(([a, b]) => (a < b ? [{ narrowerUri: `s${b}`, broaderUri: `s${a}` }] : [])),
      related: related.map(([skillUri, relatedSkillUri]) => ({ skillUri, relatedSkillUri })),
    }),
  );
