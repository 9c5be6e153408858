import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const webDir = fileURLToPath(new URL('../apps/web', import.meta.url));

/**
 * Every interface text of the web app is a message in `apps/web/messages/`, in English and in
 * Bulgarian: a key without its Bulgarian text fails here, so every new page is built in both.
 */
type Catalogue = Record<string, string>;

function catalogue(locale: string): Catalogue {
  const raw = JSON.parse(readFileSync(join(webDir, 'messages', `${locale}.json`), 'utf8')) as Record<string, unknown>;
  const { $schema: _schema, ...messages } = raw;
  for (const [key, value] of Object.entries(messages)) {
    if (typeof value !== 'string') throw new Error(`${locale}.json: ${key} is not a plain text`);
  }
  return messages as Catalogue;
}

const en = catalogue('en');
const bg = catalogue('bg');
const parameters = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  it('Bulgarian has a text for every English key, and no keys of its own', () => {
    expect(Object.keys(en).length).toBeGreaterThan(100);
    expect(Object.keys(en).filter((key) => !(key in bg))).toEqual([]);
    expect(Object.keys(bg).filter((key) => !(key in en))).toEqual([]);
  });

  it('no text is empty', () => {
    for (const [locale, messages] of [['en', en], ['bg', bg]] as const) {
      expect(Object.entries(messages).filter(([, text]) => text.trim() === '').map(([key]) => `${locale}:${key}`)).toEqual([]);
    }
  });

  it('both languages use the same parameters in each message', () => {
    const differing = Object.keys(en).filter((key) => parameters(en[key] ?? '').join() !== parameters(bg[key] ?? '').join());
    expect(differing).toEqual([]);
  });

  it('Bulgarian texts are Bulgarian: Cyrillic wherever the English has words, unless the text is a name', () => {
    // Texts the same in both languages are names (a language's own name, codes); the rest must differ.
    const untranslated = Object.keys(en).filter((key) => {
      const text = bg[key] ?? '';
      const words = text.replace(/\{\w+\}/g, '').replace(/\b(ESCO|ECTS|EUR|API|API_URL|API_PORT|JSON|JavaScript|python|bg|en)\b/g, '');
      return /[A-Za-z]{3,}/.test(words) && !/[А-Яа-я]/.test(words) && text !== en[key];
    });
    expect(untranslated).toEqual([]);
  });
});

function svelteFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'paraglide' ? [] : svelteFiles(path);
    return entry.name.endsWith('.svelte') ? [path] : [];
  });
}

/** Removes `{…}` expressions and blocks, however deeply nested. */
function withoutExpressions(markup: string): string {
  let out = '';
  let depth = 0;
  for (const char of markup) {
    if (char === '{') depth++;
    else if (char === '}') depth = Math.max(0, depth - 1);
    else if (depth === 0) out += char;
  }
  return out;
}

/** Attributes a person reads or hears; their values must come from messages. */
const READ_ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'alt', 'label', 'legend', 'hint', 'submitLabel', 'content'];

/**
 * English left in a component's markup: text between tags, and readable attributes with a
 * written value. A heuristic (words of two or more Latin letters), not a parser; it misses
 * English built in scripts, which the browser test finds on the pages.
 */
function bareEnglish(source: string): string[] {
  const markup = source
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '');
  const plain = withoutExpressions(markup);
  const found: string[] = [];
  for (const tag of plain.match(/<[^>]+>/g) ?? []) {
    for (const name of READ_ATTRIBUTES) {
      const value = new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
      if (value && /[A-Za-z]{2,}/.test(value)) found.push(`${name}="${value}"`);
    }
  }
  const text = plain.replace(/<[^>]+>/g, ' ').replace(/&\w+;/g, ' ');
  for (const run of text.split(/\s{2,}|\n/)) {
    if (/[A-Za-z]{2,}/.test(run)) found.push(run.trim());
  }
  return found;
}

describe('web components', () => {
  it('hold no bare English: every text node and readable attribute is a message', () => {
    const files = svelteFiles(join(webDir, 'src'));
    expect(files.length).toBeGreaterThan(30);
    const offenders = files.flatMap((file) => bareEnglish(readFileSync(file, 'utf8')).map((text) => `${relative(webDir, file)}: ${text}`));
    expect(offenders).toEqual([]);
  });

  it('the heuristic finds English where there is some', () => {
    expect(bareEnglish('<p>Hello there</p>')).toEqual(['Hello there']);
    expect(bareEnglish('<input placeholder="e.g. data" />')).toEqual(['placeholder="e.g. data"']);
    expect(bareEnglish('<p>{m.hello()}</p><a href="/x" aria-label={m.y()}>{#if a}{b}{/if}</a>')).toEqual([]);
  });
});
