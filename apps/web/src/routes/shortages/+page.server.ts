import type { PageServerLoad } from './$types';
import { createApi, toPageError, type ApiResult } from '$lib/server/api';
import { readEnum } from '$lib/query';
import { readConceptUri, readShortageFilters } from '$lib/shortage-filters';

function orFail<T>(result: ApiResult<T>): T {
  if (!result.ok) toPageError(result.problem);
  return result.data;
}

export const load: PageServerLoad = async (event) => {
  const isClusterAdmin = event.locals.user?.isClusterAdmin ?? false;
  // The unsuppressed figures are the cluster administrators'; anyone else asking sees the public ones.
  const view = isClusterAdmin ? (readEnum(event.url, 'view', ['public', 'cluster'] as const) ?? 'public') : 'public';
  const filters = readShortageFilters(event.url);
  const { month: _month, ...slice } = filters;
  const skill = readConceptUri(event.url, 'skill');
  const api = createApi(event);
  const [shortages, unmet, groups, causes, slices] = await Promise.all([
    api.shortages({ view, limit: 30, ...filters }),
    api.unmetDemand({ view, limit: 20, ...filters }),
    api.skillGroupShortages({ view, ...filters }),
    api.unfilledCauses({ ...slice }),
    api.shortageSlices(),
  ]);
  const top = orFail(shortages);
  // The trend of the skill asked for, else of all demand; a month slice does not apply to it.
  const trendResult = await api.shortageTrend({ view, months: 24, ...slice, ...(skill ? { skill } : {}) });
  const trend = trendResult.ok ? trendResult.data : null;
  return {
    view,
    isClusterAdmin,
    filters,
    skill: trend?.scope.kind === 'skill' ? trend.scope : null,
    shortages: top,
    unmet: orFail(unmet),
    groups: orFail(groups),
    causes: orFail(causes),
    slices: orFail(slices),
    trend,
  };
};
