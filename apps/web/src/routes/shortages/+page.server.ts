import type { PageServerLoad } from './$types';
import { createApi, toPageError } from '$lib/server/api';
import { readEnum } from '$lib/query';

export const load: PageServerLoad = async (event) => {
  const isClusterAdmin = event.locals.user?.isClusterAdmin ?? false;
  // The unsuppressed figures are the cluster administrators'; anyone else asking sees the public ones.
  const view = isClusterAdmin ? (readEnum(event.url, 'view', ['public', 'cluster'] as const) ?? 'public') : 'public';
  const result = await createApi(event).shortages({ view, limit: 30 });
  if (!result.ok) toPageError(result.problem);
  return { shortages: result.data, isClusterAdmin };
};
