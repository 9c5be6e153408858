import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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
