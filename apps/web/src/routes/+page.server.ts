import { isHttpError } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { createApi } from '$lib/server/api';

export const load: PageServerLoad = async (event) => {
  const api = createApi(event);
  try {
    const [health, organisations, opportunities] = await Promise.all([
      api.health(),
      api.organisations({ pageSize: 1 }),
      api.opportunities({ status: 'open', pageSize: 3 }),
    ]);
    return {
      live: {
        escoSkills: health.esco.skills,
        escoOccupations: health.esco.occupations,
        escoVersion: health.esco.version,
        degraded: health.status !== 'ok',
        organisations: organisations.total,
        openOpportunities: opportunities.total,
        latest: opportunities.items,
      },
      problem: null,
    };
  } catch (e) {
    // The landing page still makes its pitch when the API is down, and says so.
    if (isHttpError(e) && e.status >= 500) return { live: null, problem: e.body.message };
    throw e;
  }
};
