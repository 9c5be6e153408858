import type { Reroute } from '@sveltejs/kit';
import { delocalizePath } from '$lib/i18n';

/** `/bg/search` is the `/search` route in Bulgarian. */
export const reroute: Reroute = ({ url }) => delocalizePath(url.pathname);
