import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { webDir } from './web-stack.ts';

/** The web app's interface texts in one language, by key. */
export const messageCatalogue = (locale: 'en' | 'bg') =>
  JSON.parse(readFileSync(join(webDir, 'messages', `${locale}.json`), 'utf8')) as Record<string, string>;

/** A message by its key with its parameters filled in; a parameter not given stays `{name}`. */
export function messageText(messages: Record<string, string>, key: string, params: Record<string, string> = {}): string {
  const found = messages[key];
  if (!found) throw new Error(`no text for ${key}`);
  return found.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? `{${name}}`);
}

/**
 * The English interface texts a Bulgarian page must not show: each English message that differs
 * from its Bulgarian one, cut at its parameters, stripped of `edge` punctuation, in pieces longer
 * than a few characters.
 */
export function englishInterfaceTexts(en: Record<string, string>, bg: Record<string, string>, edge: RegExp): string[] {
  return [
    ...new Set(
      Object.keys(en)
        .filter((key) => key !== '$schema' && en[key] !== bg[key])
        .flatMap((key) => (en[key] ?? '').split(/\{\w+\}/))
        .map((piece) => piece.trim().replace(edge, '').trim())
        .filter((piece) => piece.length > 4 && /[A-Za-z]{3}/.test(piece)),
    ),
  ];
}

let englishPieces: string[] | undefined;

/**
 * The English interface texts a page in Bulgarian shows — in its title, its text and the
 * attributes people read (labels, titles, placeholders, alternative texts) — once `dataTexts`
 * (what people entered, ESCO's labels) and the text of elements matching `dataSelector` are left out.
 */
export async function englishShownOn(tab: Page, dataTexts: readonly string[], dataSelector?: string): Promise<string[]> {
  englishPieces ??= englishInterfaceTexts(messageCatalogue('en'), messageCatalogue('bg'), /^[,.;:·()—–„“”]+|[,.;:·()—–„“”]+$/g);
  // Run in the page (as a string: these tests are type-checked without the DOM's types).
  const { text, data } = await tab.evaluate<{ text: string; data: string[] }>(`(() => {
    const names = ['aria-label', 'title', 'placeholder', 'alt'];
    const attributes = [...document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')].flatMap((el) => names.map((n) => el.getAttribute(n) ?? ''));
    const data = ${JSON.stringify(dataSelector ?? null)} ? [...document.querySelectorAll(${JSON.stringify(dataSelector ?? '*')})].map((el) => el.innerText) : [];
    return { text: [document.title, document.body.innerText, ...attributes].join('\\n'), data };
  })()`);
  // Longest first, so a name inside a longer text does not split it before the longer one is removed.
  const readable = [...data, ...dataTexts]
    .filter((piece) => piece.trim().length > 0)
    .sort((x, y) => y.length - x.length)
    .reduce((rest, piece) => rest.split(piece).join(' '), text);
  return englishPieces.filter((english) => readable.includes(english));
}
