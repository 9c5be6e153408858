import { z } from 'zod';
import { MAX_PROFICIENCY, MIN_PROFICIENCY } from './vocabulary.ts';

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

/** Plain text from a person: trimmed, bounded, no control characters but newlines and tabs. */
export function text(max: number) {
  return z
    .string()
    .trim()
    .max(max)
    .refine((s) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(s), 'must not contain control characters');
}
export function requiredText(max: number) {
  return text(max).pipe(z.string().min(1, 'must not be empty'));
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
