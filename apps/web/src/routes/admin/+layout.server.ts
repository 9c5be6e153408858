import type { LayoutServerLoad } from './$types';
import { requireClusterAdmin } from '$lib/server/admin';

export const load: LayoutServerLoad = async (event) => {
  requireClusterAdmin(event);
  return {};
};
