import { z } from 'zod';
import { MAX_PROFICIENCY, MIN_PROFICIENCY, SOFIA_DISTRICTS } from './vocabulary.ts';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export const paginationQuery = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
});
export type PaginationQuery = z.infer<typeof paginationQuery>;

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int(),
  });
}
export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

export const uuidParam = z.object({ id: z.uuid() });

/**
 * Characters refused in anything a person writes: control characters (C0 and C1; newlines and
 * tabs only in multi-line text), invisible format characters (zero-width spaces and joiners,
 * bidirectional overrides, soft hyphens: `\p{Cf}`), and lone surrogates (broken UTF-16 that
 * would otherwise be stored as U+FFFD without a word). They make look-alikes of real names.
 */
const REFUSED_IN_LINE = /[\p{Cc}\p{Cf}]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;
const REFUSED_IN_TEXT = /(?![\t\n\r])[\p{Cc}\p{Cf}]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

function refusedCharacter(value: string, pattern: RegExp): string | undefined {
  const found = pattern.exec(value);
  if (!found) return undefined;
  const code = found[0].codePointAt(0) ?? 0;
  return `must not contain invisible or control characters (U+${code.toString(16).toUpperCase().padStart(4, '0')} at position ${found.index + 1})`;
}

/** Refuses the characters `pattern` finds (naming the first), then NFKC-normalises and trims. */
function displayText(pattern: RegExp) {
  return z
    .string()
    .superRefine((s, ctx) => {
      const problem = refusedCharacter(s, pattern);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .normalize('NFKC')
    .trim();
}

/**
 * Text from a person, as it will be shown: NFKC-normalised (full-width letters, ligatures and
 * other compatibility forms become the plain ones), trimmed, bounded, and free of the characters
 * above. Newlines and tabs are kept: descriptions have paragraphs.
 */
export function text(max: number) {
  return displayText(REFUSED_IN_TEXT).max(max);
}

/** A name or a title: one line of display text, runs of spaces as one, never empty. */
export function requiredText(max: number) {
  return displayText(REFUSED_IN_LINE)
    .overwrite((s) => s.replace(/\s+/gu, ' '))
    .max(max)
    .min(1, 'must not be empty');
}

export const isoDate = z.iso.date();
export const skillUri = z
  .string()
  .trim()
  .min(1)
  .max(300)
  .regex(/^(https?:\/\/|urn:)\S+$/, 'must be a skill concept URI');
export const proficiency = z.number().int().min(MIN_PROFICIENCY).max(MAX_PROFICIENCY);
export const timestamps = {
  createdAt: z.string(),
  updatedAt: z.string(),
};
export const slug = z
  .string()
  .trim()
  .min(2)
  .max(80)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lowercase letters, digits and single hyphens');

/** The version of the record the edit is based on; a stale one gets 409 instead of overwriting. */
export const versionField = z.number().int().min(1).describe('The version you edited; a stale one gets 409 VERSION_CONFLICT');

/**
 * A district as a write takes it: one of Sofia's districts (`SOFIA_DISTRICTS`), or null or ''
 * to clear it (stored as null). What is read back stays a plain string: older rows may hold other text.
 */
export const districtInput = z
  .enum([...SOFIA_DISTRICTS, ''], { error: `one of Sofia's districts: ${SOFIA_DISTRICTS.join(', ')}` })
  .transform((district) => district || null)
  .nullish()
  .describe("One of Sofia's 24 districts by its English name; null or an empty text clears it");
