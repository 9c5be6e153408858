import { describe, expect, it } from 'vitest';
import { goldSentences, precisionRecall, rPrecisionAtK } from './extraction-eval.ts';

describe('rPrecisionAtK', () => {
  it('counts a folded result once when it or one of its variants is gold', () => {
    const gold = new Set(['a', 'b']);
    expect(rPrecisionAtK(['a', 'x', 'b'], gold, 2)).toBe(0.5);
    expect(rPrecisionAtK([['x', 'a', 'b'], 'y'], gold, 2)).toBe(0.5);
    expect(rPrecisionAtK([['x', 'a'], ['b']], gold, 2)).toBe(1);
  });
});

describe('precisionRecall', () => {
  it('measures what is shown: right results among them, and gold skills they hold', () => {
    const sentences = goldSentences('sentence,span,sub_span,label\nS1,,,A\nS1,,,B\nS2,,,C\n', (label) => label.toLowerCase());
    const shown: Record<string, (string | string[])[]> = { S1: [['x', 'a'], 'y'], S2: ['c'] };
    expect(precisionRecall(sentences, (s) => shown[s] ?? [])).toEqual({ precision: (100 * 2) / 3, recall: (100 * 2) / 3, shown: 1.5 });
  });
});
