import { error, fail, redirect } from '@sveltejs/kit';
import { APPLICATION_STATUSES, APPLICATION_TRANSITIONS, type ApplicationStatus } from '@kc/contract/vocabulary';
import type { RequestEvent } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { createApi, toPageError } from '$lib/server/api';
import { requireUser } from '$lib/server/session';
import { isMember } from '$lib/server/membership';
import { formProblem } from '$lib/server/forms';
import { applicationStatusLabels } from '$lib/labels';
import { plural } from '$lib/format';
import { PAGE_SIZE, readEnum, readPage } from '$lib/query';
import { hrefWith } from '$lib/url';
import { m } from '$lib/paraglide/messages';

/** The most applications one request moves: each is its own versioned update. */
const MOVE_AT_MOST = 100;

/** What the organisation may move an application to; the applicant alone withdraws. */
const organisationMoves = (status: ApplicationStatus) => APPLICATION_TRANSITIONS[status].organisation;
const isStatus = (value: string): value is ApplicationStatus => (APPLICATION_STATUSES as readonly string[]).includes(value);

/** The opportunity, for its organisation's members only: anyone else is refused before anything is read or moved. */
async function ownOpportunity(event: RequestEvent) {
  requireUser(event);
  const opportunity = await createApi(event).opportunity(event.params.id ?? '');
  if (!opportunity) error(404, { message: m.error_no_opportunity(), code: 'NOT_FOUND' });
  if (!isMember(event.locals.user, opportunity.organisation.id)) {
    error(403, { message: m.applicants_forbidden({ organisation: opportunity.organisation.name }), code: 'FORBIDDEN' });
  }
  return opportunity;
}

/** The pipeline in its order, the outcomes after it. */
const PIPELINE: readonly ApplicationStatus[] = ['applied', 'shortlisted', 'accepted', 'rejected', 'withdrawn'];
/** Applications each stage shows when the whole pipeline is on the page; the rest are a click away. */
const STAGE_PREVIEW = 10;

export const load: PageServerLoad = async (event) => {
  const opportunity = await ownOpportunity(event);
  const api = createApi(event);
  const focus = readEnum(event.url, 'stage', APPLICATION_STATUSES) ?? null;
  const page = focus ? readPage(event.url) : 1;
  const shown = focus ? [focus] : PIPELINE;
  // One short query per stage shown, side by side: each stage is a page of its own.
  const results = await Promise.all(
    shown.map((status) => api.applicants(opportunity.id, { status, page, pageSize: focus ? PAGE_SIZE : STAGE_PREVIEW })),
  );
  const stages = results.map((result, i) => {
    if (!result.ok) toPageError(result.problem);
    return {
      status: shown[i] as ApplicationStatus,
      total: result.data.total,
      items: result.data.items.map((a) => ({
        id: a.id,
        version: a.version,
        applicant: a.applicant,
        status: a.status,
        message: a.message,
        createdAt: a.createdAt,
        history: a.history,
        moves: organisationMoves(a.status),
      })),
    };
  });
  const [focused] = stages;
  // A page emptied by moves (or typed past the end) gives way to the stage's last page.
  if (focus && focused && focused.items.length === 0 && focused.total > 0) {
    redirect(303, hrefWith(event.url, { page: Math.ceil(focused.total / PAGE_SIZE) }));
  }
  const first = results[0];
  const counts = first?.ok ? first.data.counts : Object.fromEntries(PIPELINE.map((s) => [s, 0]));
  return {
    opportunity: { id: opportunity.id, title: opportunity.title, organisation: opportunity.organisation },
    pipeline: PIPELINE.map((status) => ({ status, count: counts[status] ?? 0 })),
    total: PIPELINE.reduce((sum, status) => sum + (counts[status] ?? 0), 0),
    stages,
    focus,
    page,
    pageSize: focus ? PAGE_SIZE : STAGE_PREVIEW,
  };
};

/** `id:version` pairs as the form sends them; anything else is left out. */
function picked(values: FormDataEntryValue[]): { id: string; version: number }[] {
  return values
    .filter((v): v is string => typeof v === 'string')
    .map((v) => v.split(':'))
    .filter((parts) => parts.length === 2 && /^[0-9a-f-]{36}$/i.test(parts[0] ?? '') && /^\d{1,9}$/.test(parts[1] ?? ''))
    .map(([id, version]) => ({ id: id ?? '', version: Number(version) }));
}

export const actions: Actions = {
  /**
   * Moves one application (`one` = id:version:status) or the selected ones (`selected` = id:version,
   * to `status`). Each is moved on its own: one refused leaves the others moved, and is named.
   */
  move: async (event) => {
    await ownOpportunity(event);
    const data = await event.request.formData();
    const one = typeof data.get('one') === 'string' ? String(data.get('one')).split(':') : null;
    const status = one ? (one[2] ?? '') : String(data.get('status') ?? '');
    const chosen = one ? picked([one.slice(0, 2).join(':')]) : picked(data.getAll('selected'));
    if (!isStatus(status) || status === 'applied' || status === 'withdrawn') return fail(400, formProblem(m.applicants_choose_move()));
    if (chosen.length === 0) return fail(400, formProblem(m.applicants_choose_some()));
    if (chosen.length > MOVE_AT_MOST) return fail(400, formProblem(m.applicants_too_many({ max: String(MOVE_AT_MOST) })));
    const api = createApi(event);
    let moved = 0;
    let changedMeanwhile = 0;
    let notAllowed = 0;
    // One after another: each is a short transaction, and the order keeps the audit log readable.
    for (const { id, version } of chosen) {
      const result = await api.updateApplication(id, { status, version });
      if (result.ok) moved += 1;
      else if (result.problem.code === 'VERSION_CONFLICT') changedMeanwhile += 1;
      else if (result.problem.status === 409 || result.problem.status === 403) notAllowed += 1;
      else if (result.problem.status >= 500 || result.problem.code === 'API_UNREACHABLE') return fail(503, formProblem(m.applicants_unavailable({ moved: String(moved) })));
      else notAllowed += 1;
    }
    const label = applicationStatusLabels[status]();
    const success = moved > 0 ? plural(moved, (p, o) => m.applicants_moved_one({ ...p, status: label }, o), (p, o) => m.applicants_moved_other({ ...p, status: label }, o)) : undefined;
    const refusals = [
      changedMeanwhile > 0 ? plural(changedMeanwhile, m.applicants_changed_meanwhile_one, m.applicants_changed_meanwhile_other) : null,
      notAllowed > 0 ? plural(notAllowed, m.applicants_not_allowed_one, m.applicants_not_allowed_other) : null,
    ].filter((text): text is string => text !== null);
    if (moved === 0) return fail(409, formProblem(refusals.join(' ')));
    return { success, message: refusals.length > 0 ? refusals.join(' ') : undefined };
  },
};
