import { stem, STOP_WORDS, wordsOf } from '@kc/taxonomy/text';

const CYRILLIC_RE = /\p{Script=Cyrillic}/u;

/** Bulgarian function words: they never name an occupation. */
const BULGARIAN_STOP_WORDS = new Set('и в на за с от по до при към със във или а но че как като без през над под пред'.split(' '));

/**
 * Bulgarian endings, longest first: definite articles, plurals, adjective and gender forms, so
 * that „програмист“, „програмиста“ and „програмисти“ meet, and „инженер“ and „инженерка“. Applied
 * to words already normalised (lower case, no diacritics, so „й“ is „и“).
 */
const BULGARIAN_ENDINGS = ['ищата', 'овете', 'ската', 'ският', 'ските', 'ското', 'ията', 'ове', 'ища', 'ите', 'ата', 'ото', 'ият', 'ски', 'ска', 'ско', 'ка', 'ът', 'ят', 'та', 'то', 'те', 'ия', 'и', 'а', 'я', 'о', 'е', 'у'];

export function stemBulgarian(word: string): string {
  if (word.length <= 4) return word;
  for (const ending of BULGARIAN_ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= 3) return word.slice(0, -ending.length);
  }
  return word;
}

/** The words of a title or label that can name an occupation, stemmed in their language. */
export function occupationWords(text: string): string[] {
  const words: string[] = [];
  for (const word of wordsOf(text)) {
    if (STOP_WORDS.has(word) || BULGARIAN_STOP_WORDS.has(word) || /^\d+$/.test(word)) continue;
    words.push(CYRILLIC_RE.test(word) ? stemBulgarian(word) : stem(word));
  }
  return words;
}
