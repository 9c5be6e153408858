import { fail } from '@sveltejs/kit';
import { errorText } from '$lib/errors';
import { baseLocale, getLocale } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import type { ApiIssue, ApiProblem } from './api.ts';

/** A text field from a submitted form; anything else (a file, nothing) is ''. */
export function field(data: FormData, name: string, max = 1000): string {
  const value = data.get(name);
  return typeof value === 'string' ? value.slice(0, max) : '';
}

/** What a form shows of something saved: every field as text, nothing as ''. */
export function formValues<K extends string>(saved: Record<K, string | number | null>, names: readonly K[]): Record<K, string> {
  return Object.fromEntries(names.map((name) => [name, saved[name] === null ? '' : String(saved[name])])) as Record<K, string>;
}

/** What a form shows after a failed submission: one message, and messages next to fields. */
export interface FormProblem {
  message: string;
  fields: Record<string, string>;
}

/** A problem the form itself found, before asking the API. */
export function formProblem(message: string, fields: Record<string, string> = {}): FormProblem {
  return { message, fields };
}

const sentence = (text: string) => {
  const trimmed = text.trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
};

/**
 * What to say about one validation issue. The API words issues in English: English visitors
 * read them as they are, others get a general text in their language next to the field.
 */
export function issueText(issue: ApiIssue): string {
  return getLocale() === baseLocale ? sentence(issue.message) : m.form_value_refused();
}

/** Where an issue is, and for English visitors what the API said about it, for a list of issues. */
export function issueSummary(issue: ApiIssue): string {
  const path = issue.path.replace(/^body\./, '');
  return getLocale() === baseLocale ? `${path}: ${issue.message}` : path;
}

/**
 * Words an API problem for a form, by its code in the visitor's language. Validation issues go next to their field: `body.email` to
 * `email`, `body.student.visibility` to `visibility` (the last part of the path names the field).
 * Issues for fields the form does not have are added to the message.
 */
export function describeProblem(problem: ApiProblem, formFields: readonly string[]): FormProblem {
  if (problem.code === 'API_UNREACHABLE' || problem.status >= 500) {
    return { message: errorText('API_UNREACHABLE'), fields: {} };
  }
  const fields: Record<string, string> = {};
  const unplaced: string[] = [];
  for (const issue of problem.issues) {
    const name = issue.path.split('.').at(-1) ?? '';
    if (formFields.includes(name) && !fields[name]) fields[name] = issueText(issue);
    else unplaced.push(issueSummary(issue));
  }
  let message = errorText(problem.code);
  if (problem.code === 'VALIDATION_FAILED' && Object.keys(fields).length > 0) message = m.form_correct_fields();
  if (unplaced.length > 0) message = `${message} (${unplaced.join('; ')})`;
  return { message, fields };
}

/** A failed action: the status the API gave (5xx become 503), what to say, and what to show again. */
export function failWith<V extends Record<string, unknown>>(problem: ApiProblem, formFields: readonly string[], values: V) {
  const status = problem.status >= 400 && problem.status < 500 ? problem.status : 503;
  return fail(status, { ...describeProblem(problem, formFields), values });
}
