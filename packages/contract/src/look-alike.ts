/**
 * Letters of other scripts that look like Latin ones, after lower-casing: enough to tell
 * "Іѕkаr" (Cyrillic) from "Iskar" at a glance is not possible. Cyrillic words that merely
 * transliterate a Latin name ("Искър") stay different, as they look different.
 */
const CONFUSABLE: Record<string, string> = {
  а: 'a', в: 'b', ь: 'b', е: 'e', ё: 'e', є: 'e', к: 'k', м: 'm', н: 'h', һ: 'h', о: 'o', р: 'p', с: 'c', т: 't',
  у: 'y', х: 'x', і: 'l', ї: 'l', ӏ: 'l', ј: 'j', ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w', ɡ: 'g',
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'l', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', γ: 'y',
  // Armenian, and Latin letters with strokes that NFD does not take apart.
  օ: 'o', ս: 'u', ո: 'n', ց: 'g', հ: 'h', ı: 'l', ł: 'l', ø: 'o', đ: 'd', ħ: 'h', ŧ: 't', ƀ: 'b',
  // Latin and digits that pass for each other in most typefaces.
  i: 'l', '1': 'l', '|': 'l', '0': 'o',
};

/**
 * What a name looks like, for telling look-alikes apart: compatibility forms folded (NFKC),
 * lower case, accents dropped, confusable letters mapped to one, "rn" read as "m" and "vv" as
 * "w", and everything but letters and digits removed. Two names with the same key would pass
 * for each other.
 */
export function lookAlikeKey(name: string): string {
  const folded = name
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
  const mapped = [...folded].map((c) => CONFUSABLE[c] ?? c).join('');
  return mapped
    .replace(/[^\p{L}\p{N}]/gu, '')
    .replace(/rn/g, 'm')
    .replace(/vv/g, 'w');
}
