import { fail } from '@sveltejs/kit';
import type { Actions } from './$types';
import { createApi } from '$lib/server/api';
import { failWith, field, formProblem } from '$lib/server/forms';
import { m } from '$lib/paraglide/messages';

export const actions: Actions = {
  default: async (event) => {
    const data = await event.request.formData();
    const values = { email: field(data, 'email', 300).trim() };
    if (!values.email) return fail(400, { ...formProblem(m.form_correct_fields(), { email: m.forgot_enter_email() }), values });

    const result = await createApi(event).requestPasswordReset(values.email);
    if (!result.ok) return failWith(result.problem, ['email'], values);
    // The same answer whether or not the address has an account.
    return { sent: true as const, values };
  },
};
