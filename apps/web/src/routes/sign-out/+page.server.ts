import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { createApi } from '$lib/server/api';
import { endSession, setNotice } from '$lib/server/session';
import { localizeHref } from '$lib/i18n';

export const load: PageServerLoad = async ({ locals }) => {
  if (!locals.token) redirect(303, localizeHref('/'));
  return {};
};

export const actions: Actions = {
  default: async (event) => {
    if (event.locals.token) {
      const result = await createApi(event).signOut();
      // The session is forgotten here either way; one the API could not end expires on its own.
      if (!result.ok && result.problem.status !== 401) {
        console.warn(`[web] sign-out: the API answered ${result.problem.status} ${result.problem.code}`);
      }
    }
    endSession(event);
    setNotice(event, 'signed-out');
    redirect(303, localizeHref('/'));
  },
};
