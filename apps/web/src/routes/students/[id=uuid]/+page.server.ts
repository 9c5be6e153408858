import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { createApi } from '$lib/server/api';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async (event) => {
  const student = await createApi(event).student(event.params.id);
  if (!student) error(404, { message: m.student_not_found(), code: 'NOT_FOUND' });
  return { student };
};
