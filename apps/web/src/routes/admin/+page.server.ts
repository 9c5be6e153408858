import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { localizeHref } from '$lib/i18n';

/** The console opens on its queue: what waits for an administrator comes first. */
export const load: PageServerLoad = async () => redirect(303, localizeHref('/admin/organisations'));
