import { error } from '@sveltejs/kit';
import { PATH_COSTS } from '@kc/contract';
import type { PageServerLoad } from './$types';
import { createApi, toPageError } from '$lib/server/api';
import { requireUser } from '$lib/server/session';
import { readEnum, readSearch, readUuid } from '$lib/query';
import { m } from '$lib/paraglide/messages';

const OCCUPATION_URI = /^https?:\/\/\S{1,300}$/;

export const load: PageServerLoad = async (event) => {
  const { url } = event;
  const user = requireUser(event);
  const api = createApi(event);
  const opportunity = readUuid(url, 'opportunity');
  const rawOccupation = url.searchParams.get('occupation') ?? '';
  const occupation = !opportunity && OCCUPATION_URI.test(rawOccupation) ? rawOccupation : undefined;
  const choice = {
    opportunity,
    occupation,
    minimise: readEnum(url, 'minimise', PATH_COSTS) ?? 'hours',
    q: readSearch(url),
  };
  const [suggestions, answer, profile] = await Promise.all([
    // Suggestions that cannot be had leave the rest of the page standing.
    choice.q ? api.suggestOccupations(choice.q).catch(() => 'unavailable' as const) : null,
    opportunity || occupation ? api.gap({ opportunity, occupation, minimise: choice.minimise }) : null,
    // The occupations the student aims at, offered as choices; without them the page still works.
    user.profileId ? api.myStudentProfile(user.profileId) : null,
  ]);
  let gap = null;
  let unknownOccupation = Boolean(rawOccupation && !opportunity && !occupation);
  if (answer) {
    if (answer.ok) gap = answer.data;
    else if (answer.problem.status === 422 || (occupation && answer.problem.status === 400)) unknownOccupation = true;
    else if (answer.problem.status === 404) error(404, { message: m.error_no_opportunity(), code: 'NOT_FOUND' });
    else toPageError(answer.problem);
  }
  const targets = profile?.ok ? profile.data.targetOccupations.map(({ uri, preferredLabel, names }) => ({ uri, preferredLabel, names })) : [];
  return {
    choice,
    suggestions: suggestions === 'unavailable' ? null : (suggestions?.items ?? null),
    suggestionsUnavailable: suggestions === 'unavailable',
    gap, unknownOccupation, hasProfile: Boolean(user.profileId), targets };
};
