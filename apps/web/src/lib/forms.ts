import type { SubmitFunction } from '@sveltejs/kit';

interface EnhanceOptions {
  /** Told when a submission starts and ends, to disable the button and say what is happening. */
  pending?: (pending: boolean) => void;
  /** Keep what the form shows after success (the page's data says what is current). */
  reset?: boolean;
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
      for (const input of formElement.querySelectorAll<HTMLInputElement>('input[type="password"]')) input.value = '';
    };
  };
}
