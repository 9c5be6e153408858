import type { SubmitFunction } from '@sveltejs/kit';
import { invalidateAll } from '$app/navigation';
import type { PickedSkill } from './skills.ts';

interface EnhanceOptions {
  /** Told when a submission starts and ends, to disable the button and say what is happening. */
  pending?: (pending: boolean) => void;
  /** Keep what the form shows after success (the page's data says what is current). */
  reset?: boolean;
  /** Reload the page's data after a refusal too: for forms refused because someone else changed what they show. */
  refreshOnFailure?: boolean;
}

/**
 * `use:enhance` for our forms: marks the form busy and never leaves a password in a field after
 * a failed attempt. (FormMessage moves the focus to the problem.)
 */
export function enhanceForm(options: EnhanceOptions = {}): SubmitFunction {
  return ({ formElement }) => {
    options.pending?.(true);
    return async ({ result, update }) => {
      try {
        await update({ reset: options.reset ?? true });
      } finally {
        options.pending?.(false);
      }
      if (result.type !== 'failure') return;
      if (options.refreshOnFailure) await invalidateAll();
      for (const input of formElement.querySelectorAll<HTMLInputElement>('input[type="password"]')) input.value = '';
    };
  };
}

/** What a form for something with skills (an opportunity, an offering) is given by its page. */
export interface SkillFormProps<Values> {
  values: Values;
  skills: PickedSkill[];
  /** Set when editing: the version the form was opened at. */
  version?: number;
  message?: string;
  fields?: Record<string, string>;
  itemErrors?: Record<number, string>;
  conflict?: boolean;
  /** Where "Reload" goes after a version conflict. */
  reloadHref: string;
  cancelHref: string;
  submitLabel: string;
}

/** A field's id (the form's prefix and its name), name, value and error, as the field components take them. */
export function fieldsOf<Values extends Record<string, string>>(prefix: string, values: Values, errors: Record<string, string>) {
  return (name: keyof Values & string) => ({ id: `${prefix}-${name}`, name, value: values[name], error: errors[name] });
}
