import { fail } from '@sveltejs/kit';
import type { ApiProblem } from './api.ts';

/** A text field from a submitted form; anything else (a file, nothing) is ''. */
export function field(data: FormData, name: string, max = 1000): string {
  const value = data.get(name);
  return typeof value === 'string' ? value.slice(0, max) : '';
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
 * Words an API problem for a form. Validation issues go next to their field: `body.email` to
 * `email`, `body.student.visibility` to `visibility` (the last part of the path names the field).
 * Issues for fields the form does not have are added to the message.
 */
export function describeProblem(problem: ApiProblem, formFields: readonly string[]): FormProblem {
  if (problem.code === 'API_UNREACHABLE' || problem.status >= 500) {
    return { message: 'The Skills Exchange service is not reachable right now. Please try again in a moment.', fields: {} };
  }
  const fields: Record<string, string> = {};
  const unplaced: string[] = [];
  for (const issue of problem.issues) {
    const name = issue.path.split('.').at(-1) ?? '';
    if (formFields.includes(name) && !fields[name]) fields[name] = sentence(issue.message);
    else unplaced.push(`${issue.path.replace(/^body\./, '')}: ${issue.message}`);
  }
  let message = problem.message;
  if (problem.code === 'VALIDATION_FAILED') {
    message = Object.keys(fields).length > 0 ? 'Please correct the fields marked below.' : 'Some of what you entered is not valid.';
  }
  if (unplaced.length > 0) message = `${message} (${unplaced.join('; ')})`;
  return { message, fields };
}

/** A failed action: the status the API gave (5xx become 503), what to say, and what to show again. */
export function failWith<V extends Record<string, unknown>>(problem: ApiProblem, formFields: readonly string[], values: V) {
  const status = problem.status >= 400 && problem.status < 500 ? problem.status : 503;
  return fail(status, { ...describeProblem(problem, formFields), values });
}
