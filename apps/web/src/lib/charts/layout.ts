/**
 * The width charts are laid out at until the browser has measured their box. The server cannot
 * measure, so it lays out for a narrow phone (a 390px screen less the page's and a card's
 * padding); a wider screen gets the full width once the page is hydrated.
 */
export const UNMEASURED_WIDTH = 300;

/** The width to lay a chart out at: its measured box, or the phone width before (and without) a measurement. */
export function layoutWidth(measured: number | undefined): number {
  return measured && measured > 0 ? measured : UNMEASURED_WIDTH;
}

/**
 * A character's advance in the interface font, as a share of the font size: generous, so that
 * estimated text fits, and more for capitals. Text is estimated rather than measured so that the
 * server and the first render in the browser lay it out alike.
 */
const CHAR_WIDTH = 0.6;
const CAPITAL_WIDTH = 0.75;

function charWidth(char: string): number {
  return char !== char.toLowerCase() ? CAPITAL_WIDTH : CHAR_WIDTH;
}

export function textWidth(text: string, fontSize: number): number {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width * fontSize;
}

export interface WrappedText {
  lines: string[];
  /** Whether words were dropped to stay within the lines allowed. */
  truncated: boolean;
}

/** The longest start of `text` that fits in `maxWidth` with `suffix` after it. */
function cut(text: string, maxWidth: number, fontSize: number, suffix: string): string {
  let kept = '';
  for (const char of text) {
    if (textWidth(`${kept}${char}${suffix}`, fontSize) > maxWidth) break;
    kept += char;
  }
  return kept;
}

/** Breaks text into at most `maxLines` lines of `maxWidth`, ending with "…" when it does not fit. */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines: number): WrappedText {
  const fits = (line: string) => textWidth(line, fontSize) <= maxWidth;
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = current ? `${current} ${word}` : word;
    if (fits(next)) {
      current = next;
      continue;
    }
    if (current) lines.push(current);
    current = word;
    // A word longer than a line is hyphenated where the line ends.
    while (!fits(current)) {
      const start = cut(current, maxWidth, fontSize, '-') || current.slice(0, 1);
      lines.push(`${start}-`);
      current = current.slice(start.length);
    }
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return { lines, truncated: false };
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${cut(kept[maxLines - 1] ?? '', maxWidth, fontSize, '…').replace(/[\s-]+$/, '')}…`;
  return { lines: kept, truncated: true };
}

/** `"2026-03"` → its month count since year 0, so that months can be compared and stepped through. */
export function monthOrdinal(month: string): number {
  const [year = '0', number = '1'] = month.split('-');
  return Number(year) * 12 + Number(number) - 1;
}
