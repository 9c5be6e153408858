import { isHttpError } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { errorText } from '$lib/errors';
import { createApi, type Api } from '$lib/server/api';

/** The landing page's figures are the same for every visitor: they are read at most this often. */
const LANDING_FRESH_MS = 5_000;

async function readLanding(api: Api) {
  const [health, figures, opportunities] = await Promise.all([api.health(), api.figures(), api.opportunities({ status: 'open', pageSize: 3 })]);
  return {
    escoSkills: health.esco.skills,
    escoOccupations: health.esco.occupations,
    escoVersion: health.esco.version,
    degraded: health.status !== 'ok',
    ...figures,
    latest: opportunities.items,
  };
}
type Landing = Awaited<ReturnType<typeof readLanding>>;

let landing: { value: Landing; at: number } | undefined;
let reading: Promise<Landing> | undefined;

export const load: PageServerLoad = async (event) => {
  try {
    if (!landing || Date.now() - landing.at > LANDING_FRESH_MS) {
      // One request reads them for everyone; once there are figures nobody waits for newer ones.
      reading ??= readLanding(createApi(event))
        .then((value) => {
          landing = { value, at: Date.now() };
          return value;
        })
        .finally(() => (reading = undefined));
      if (landing) reading.catch(() => undefined);
      else await reading;
    }
    return { live: landing?.value ?? null, problem: null };
  } catch (e) {
    // The landing page still makes its pitch when the API is down, and says so.
    // Worded here, in this visitor's language: the failed read may have been another visitor's.
    if (isHttpError(e) && e.status >= 500) return { live: null, problem: errorText(e.body.code ?? 'INTERNAL') };
    throw e;
  }
};
