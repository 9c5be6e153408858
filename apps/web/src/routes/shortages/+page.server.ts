import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { MIN_ALERT_THRESHOLD } from '@kc/contract';
import { m } from '$lib/paraglide/messages';
import { createApi, orFail } from '$lib/server/api';
import { describeProblem, field, formProblem } from '$lib/server/forms';
import { requireUser } from '$lib/server/session';
import { readEnum } from '$lib/query';
import { readConceptUri, readShortageFilters } from '$lib/shortage-filters';

export const load: PageServerLoad = async (event) => {
  const isClusterAdmin = event.locals.user?.isClusterAdmin ?? false;
  // The unsuppressed figures are the cluster administrators'; anyone else asking sees the public ones.
  const view = isClusterAdmin ? (readEnum(event.url, 'view', ['public', 'cluster'] as const) ?? 'public') : 'public';
  const filters = readShortageFilters(event.url);
  const { month, ...slice } = filters;
  const skill = readConceptUri(event.url, 'skill');
  const group = skill ? undefined : readConceptUri(event.url, 'group');
  const api = createApi(event);
  const [shortages, unmet, groups, causes, slices] = await Promise.all([
    api.shortages({ view, limit: 30, ...filters }),
    api.unmetDemand({ view, limit: 20, ...filters }),
    api.skillGroupShortages({ view, ...filters }),
    // A month chosen is the causes' period too; else the last twelve months.
    api.unfilledCauses({ ...slice, ...(month ? { from: month, to: month } : {}) }),
    api.shortageSlices(),
  ]);
  const top = orFail(shortages);
  // The trend of the skill or group asked for, else of all demand; a month slice does not apply to it.
  const trendResult = await api.shortageTrend({ view, months: 24, ...slice, ...(skill ? { skill } : group ? { group } : {}) });
  const trend = trendResult.ok ? trendResult.data : null;
  // A provider's members see how its offerings meet demand: the one asked for, else the first they belong to.
  const providers = (event.locals.user?.memberships ?? []).map((m) => m.organisation).filter((o) => o.kind === 'university' || o.kind === 'training_provider');
  const provider = providers.find((o) => o.id === event.url.searchParams.get('provider')) ?? providers[0];
  const [alerts, bundles, coverage] = await Promise.all([
    event.locals.user ? api.demandAlerts() : null,
    api.skillBundles({ limit: 10, ...slice }),
    provider ? api.providerCoverage(provider.id) : null,
  ]);
  return {
    signedIn: Boolean(event.locals.user),
    bundles: bundles.ok ? bundles.data : null,
    providers: providers.map((o) => ({ id: o.id, name: o.name })),
    coverage: coverage?.ok ? coverage.data : null,
    alerts: alerts?.ok ? alerts.data : null,
    view,
    isClusterAdmin,
    filters,
    /** The skill or group the trend (and a new alert) is about; null for all demand. */
    concept: trend && trend.scope.kind !== 'all' ? trend.scope : null,
    shortages: top,
    unmet: orFail(unmet),
    groups: orFail(groups),
    causes: orFail(causes),
    slices: orFail(slices),
    trend,
  };
};

export const actions: Actions = {
  /** A demand alert on the skill whose trend the page shows. */
  alert: async (event) => {
    requireUser(event);
    const data = await event.request.formData();
    const conceptUri = field(data, 'conceptUri', 300);
    const raw = field(data, 'threshold', 10).trim();
    const threshold = Number(raw);
    if (!/^\d+$/.test(raw) || threshold < MIN_ALERT_THRESHOLD || threshold > 100_000) {
      return fail(400, { ...formProblem(m.alerts_threshold_invalid(), { threshold: m.alerts_threshold_invalid() }), threshold: raw });
    }
    const result = await createApi(event).createDemandAlert({ conceptUri, threshold });
    if (!result.ok) {
      if (result.problem.status === 409) {
        const tooMany = /most one person/.test(result.problem.message);
        return fail(409, { ...formProblem(tooMany ? m.alerts_too_many() : m.alerts_exists()), threshold: raw });
      }
      const { status } = result.problem;
      return fail(status >= 400 && status < 500 ? status : 503, { ...describeProblem(result.problem, ['threshold']), threshold: raw });
    }
    return { success: m.alerts_created() };
  },
  removeAlert: async (event) => {
    requireUser(event);
    const data = await event.request.formData();
    const result = await createApi(event).deleteDemandAlert(field(data, 'id', 60));
    if (!result.ok && result.problem.status !== 404) return fail(result.problem.status >= 500 ? 503 : result.problem.status, describeProblem(result.problem, []));
    return { success: m.alerts_removed() };
  },
};
