import { redirect } from '@sveltejs/kit';
import { PROFILE_VISIBILITIES, type ProfileVisibility } from '@kc/contract/vocabulary';
import type { Actions, PageServerLoad } from './$types';
import { createApi } from '$lib/server/api';
import { failWith, field } from '$lib/server/forms';
import { rememberNext, safeNext } from '$lib/server/session';
import { getLocale, localizeHref } from '$lib/i18n';

const FIELDS = ['displayName', 'email', 'visibility'] as const;

export const load: PageServerLoad = async ({ locals, url }) => {
  if (locals.user) redirect(303, safeNext(url.searchParams.get('next'), localizeHref('/account'), url.origin));
  // `?as=student` comes from the landing page's call to students: the box starts ticked.
  return { next: safeNext(url.searchParams.get('next'), '', url.origin), asStudent: url.searchParams.get('as') === 'student' };
};

export const actions: Actions = {
  default: async (event) => {
    const data = await event.request.formData();
    const isStudent = data.get('student') === 'yes';
    const chosen = field(data, 'visibility');
    // Unknown values go to the API as they are, so its answer names the problem.
    const visibility = (PROFILE_VISIBILITIES as readonly string[]).includes(chosen) ? (chosen as ProfileVisibility) : 'private';
    const values = {
      displayName: field(data, 'displayName', 200),
      email: field(data, 'email', 300),
      student: isStudent,
      visibility,
    };
    // Checked before anything is created, so a bad target can never fail the request afterwards.
    const next = safeNext(field(data, 'next'), '', event.url.origin);

    const result = await createApi(event).signUp({
      displayName: values.displayName,
      email: values.email.trim(),
      locale: getLocale(),
      ...(isStudent ? { student: { visibility: (chosen || 'private') as ProfileVisibility } } : {}),
    });
    if (!result.ok) return failWith(result.problem, FIELDS, values);

    rememberNext(event, next);
    return { sent: true as const, email: values.email.trim() };
  },
};
