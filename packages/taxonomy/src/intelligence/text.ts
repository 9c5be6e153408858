/**
 * Tokenising, normalising and stemming shared by the skill index, suggest and extract.
 * Offsets always point into the original string so that spans can be shown to users.
 */

export interface Token {
  /** Lower-cased, diacritics removed. */
  norm: string;
  stem: string;
  start: number;
  end: number;
}

const TOKEN_RE = /[\p{L}\p{N}]+(?:[+#]+)?/gu;
const DIACRITICS_RE = /\p{M}+/gu;

export function normalise(text: string): string {
  if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(DIACRITICS_RE, '').toLowerCase();
}

/** Splits text into word tokens; NFKD can change lengths, so each token is normalised alone. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN_RE)) {
    const start = match.index;
    const norm = normalise(match[0]);
    tokens.push({ norm, stem: stem(norm), start, end: start + match[0].length });
  }
  return tokens;
}

/** The normalised words of a text, without offsets (a fast path for indexing). */
export function wordsOf(text: string): string[] {
  const norm = normalise(text);
  if (!/^[\x00-\x7f]*$/.test(norm)) return norm.match(TOKEN_RE) ?? [];
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= norm.length; i++) {
    const c = i < norm.length ? norm.charCodeAt(i) : 32;
    const word = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (word) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0) {
      let end = i;
      while (end < norm.length && (norm.charCodeAt(end) === 43 || norm.charCodeAt(end) === 35)) end += 1;
      out.push(norm.slice(start, end));
      i = end - 1 < i ? i : end - 1;
      start = -1;
    }
  }
  return out;
}

/** The label form used for exact and prefix lookups: normalised words joined by single spaces. */
export function labelKey(text: string): string {
  return wordsOf(text).join(' ');
}

const VOWEL_RE = /[aeiouy]/;

const DERIVATIONAL: [string, string][] = [
  ['izations', 'ize'],
  ['ization', 'ize'],
  ['isations', 'ize'],
  ['isation', 'ize'],
  ['ational', 'ate'],
  ['ations', 'ate'],
  ['ation', 'ate'],
  ['ators', 'ate'],
  ['ator', 'ate'],
  ['ative', 'ate'],
  ['ments', ''],
  ['ment', ''],
  ['nesses', ''],
  ['ness', ''],
  ['ically', 'ic'],
  ['ical', 'ic'],
  ['fully', ''],
  ['ful', ''],
  ['ities', ''],
  ['ity', ''],
  ['ises', 'ize'],
  ['ise', 'ize'],
  ['ised', 'ize'],
  ['ising', 'ize'],
  ['ers', ''],
  ['er', ''],
  ['ly', ''],
];

/**
 * A light English stemmer: inflections, then a few derivational suffixes, then a final "e",
 * so that manage / managing / management / manager meet in one stem. Short words,
 * numbers and words with symbols (c++, c#) are left as they are.
 */
export function stem(word: string): string {
  if (word.length <= 3 || !/^[a-z]+$/.test(word)) return word;
  let w = word;
  if (w.endsWith("'s")) w = w.slice(0, -2);
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (/(?:ch|sh|x|z)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is|ys)$/.test(w) && w.length > 3) w = w.slice(0, -1);

  if (w.endsWith('ing') && w.length > 5 && VOWEL_RE.test(w.slice(0, -3))) w = undouble(w.slice(0, -3));
  else if (w.endsWith('ied') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('ed') && w.length > 4 && VOWEL_RE.test(w.slice(0, -2))) w = undouble(w.slice(0, -2));

  for (const [suffix, replacement] of DERIVATIONAL) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
      const base = w.slice(0, -suffix.length);
      if (VOWEL_RE.test(base)) {
        w = base + replacement;
        break;
      }
    }
  }
  if (w.endsWith('y') && w.length > 4) w = `${w.slice(0, -1)}i`;
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}

function undouble(w: string): string {
  const last = w.at(-1);
  if (w.length > 3 && last !== undefined && last === w.at(-2) && !'lsz'.includes(last)) return w.slice(0, -1);
  return w;
}

/** Function words: they never carry a skill. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below between both but by ' +
    'can could did do does doing down during each etc few for from further had has have having he her here hers him his how i if in into is it its ' +
    'itself just me more most my no nor not of off on once only or other our ours out over own same she should so some such than that the their ' +
    'theirs them then there these they this those through to too under until up us very was we were what when where which while who whom why will ' +
    'with would you your yours yourself via per within across among including include includes e g eg ie i.e etc. plus must may might shall ' +
    'like well one two three four five five six ten new'
  ).split(' '),
);

/**
 * Words that job ads use everywhere around skills ("strong experience with", "ability to").
 * They still count in labels that consist of them ("work in teams"), but weigh little.
 */
export const JOB_AD_WORDS: ReadonlySet<string> = new Set(
  (
    'experience experienced years year ability able strong solid excellent good great proven demonstrated knowledge understanding skill skills ' +
    'required requirement requirements preferred plus candidate candidates role position job responsibilities responsible opportunity ' +
    'familiarity familiar proficiency proficient working work related relevant equivalent degree minimum least level including etc ideal ideally ' +
    'looking seeking join company organization organisation using use used high highly various variety based environment ' +
    'successful background capability capable hands deep expertise expert advanced basic practical'
  )
    .split(' ')
    .map(stem),
);

const EN_MARKERS = new Set('the and of to in for with is are on be as that this our you we will or an by from at'.split(' '));
const FOREIGN_MARKERS = new Set(
  (
    'der die das und ist mit für nicht ein eine den dem des zu von auf wir sie ihr ' +
    'le la les et est des une un du pour avec dans sur nous vous qui que pas ' +
    'el los las y es con por para una del en que se su como ' +
    'il di che per con una sono della nel ' +
    'het een van en voor zijn met op wij ' +
    'os um uma do da em com não são'
  ).split(' '),
);

/** Whether a word is written in another script than Latin (Cyrillic, Greek, …); digits are neither. */
export function isOtherScript(word: string): boolean {
  return /\p{L}/u.test(word) && !/\p{Script=Latin}/u.test(word);
}

/**
 * How extraction reads a text: as English; as a text mostly in another script (Bulgarian in
 * Cyrillic) whose Latin-script words, if any, are read as names of technologies and nothing else;
 * or not at all (no words, or another language in Latin script, whose words cannot be told from names).
 */
export type TextReading = 'english' | 'latin-names' | 'none';

export function textReading(text: string): TextReading {
  let latin = 0;
  let other = 0;
  for (const match of text.matchAll(TOKEN_RE)) {
    if (isOtherScript(match[0])) other += 1;
    else if (/\p{L}/u.test(match[0])) latin += 1;
  }
  if (other > latin) return 'latin-names';
  if (latin === 0) return 'none';
  if (looksEnglish(text)) return 'english';
  return other > 0 ? 'latin-names' : 'none';
}

/**
 * Whether a text is plausibly English. Bullet lists of tool names have no function words at all,
 * so only a clear majority of non-Latin letters or of another language's function words says no.
 */
export function looksEnglish(text: string): boolean {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return false;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (latin / letters < 0.6) return false;
  let english = 0;
  let foreign = 0;
  for (const match of text.matchAll(TOKEN_RE)) {
    const word = match[0].toLowerCase();
    if (EN_MARKERS.has(word)) english += 1;
    else if (FOREIGN_MARKERS.has(word)) foreign += 1;
  }
  return !(foreign >= 3 && foreign > 2 * english);
}
