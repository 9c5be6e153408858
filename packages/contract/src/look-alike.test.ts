import { describe, expect, it } from 'vitest';
import { lookAlikeKey } from './look-alike.ts';

describe('look-alike names', () => {
  const original = 'Iskar Digital Studio';
  it.each([
    ['case and spacing', 'ISKAR  digital studio'],
    ['punctuation', 'Iskar-Digital Studio.'],
    ['full-width letters', 'Ｉｓｋａｒ Digital Studio'],
    ['Cyrillic look-alike letters', 'Іѕkаr Digіtаl Studіо'],
    ['accents', 'Iskár Digitàl Studio'],
    ['l for I, 0 for o', 'lskar Digital Studi0'],
    ['1 for i', 'Iskar D1gital Studio'],
    ['dotless i, slashed o', 'Iskar Digıtal Studiø'],
    ['Armenian o', 'Iskar Digital Studi\u0585'],
  ])('%s pass for the original', (_why, lookAlike) => {
    expect(lookAlikeKey(lookAlike)).toBe(lookAlikeKey(original));
  });

  it('tells different names apart', () => {
    expect(lookAlikeKey('Iskar Digital Studios')).not.toBe(lookAlikeKey(original));
    expect(lookAlikeKey('Искър Диджитал Студио')).not.toBe(lookAlikeKey(original));
    expect(lookAlikeKey('Sofia University')).not.toBe(lookAlikeKey('Sofia Universe'));
  });

  it('reads "rn" as "m"', () => {
    expect(lookAlikeKey('Modern Cloud')).toBe(lookAlikeKey('Modem Cloud'));
  });
});
