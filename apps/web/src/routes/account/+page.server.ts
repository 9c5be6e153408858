import { fail } from '@sveltejs/kit';
import { AVAILABILITIES, PROFILE_VISIBILITIES, type Availability, type ProfileVisibility } from '@kc/contract/vocabulary';
import type { Actions, PageServerLoad } from './$types';
import { createApi, type ApiProblem } from '$lib/server/api';
import { describeProblem, field, formProblem } from '$lib/server/forms';
import { requireUser } from '$lib/server/session';
import { getLocale, localizeHref } from '$lib/i18n';
import { parsePickedSkills } from '$lib/server/skills';
import { splitSkillIssues } from '$lib/server/opportunity-form';
import type { PickedSkill } from '$lib/skills';
import { profileVisibilityLabels } from '$lib/labels';
import { plural } from '$lib/format';
import { m } from '$lib/paraglide/messages';
import { MAX_TARGET_OCCUPATIONS } from '$lib/occupations';
import { districtChange } from '$lib/districts';

type FormName = 'verification' | 'visibility' | 'create-profile' | 'details' | 'skills' | 'occupations';

/** How many occupations a lookup on this page lists. */
const FOUND_OCCUPATIONS = 8;

/** A failed action, marked with the form it belongs to (the page has several). */
function failed(form: FormName, problem: ApiProblem, fields: readonly string[] = []) {
  const status = problem.status >= 400 && problem.status < 500 ? problem.status : 503;
  return fail(status, { form, conflict: false, ...describeProblem(problem, fields) });
}

/** A visibility from the form; anything else is sent as it is, for the API to name the problem. */
const visibilityOf = (value: string) => value as ProfileVisibility;
const isVisibility = (value: string): value is ProfileVisibility => (PROFILE_VISIBILITIES as readonly string[]).includes(value);
/** Likewise an availability. */
const availabilityOf = (value: string) => (value || AVAILABILITIES[0]) as Availability;

/** The profile's details as the form gives them: empty optional fields clear what was stored. */
function profileDetails(data: FormData) {
  const optional = (name: string, max: number) => field(data, name, max + 1).trim() || null;
  return {
    headline: field(data, 'headline', 201).trim(),
    about: field(data, 'about', 5001).trim(),
    programme: optional('programme', 200),
    institutionName: optional('institutionName', 200),
    studyYear: field(data, 'studyYear', 10).trim(),
    availability: availabilityOf(field(data, 'availability')),
    availableFrom: optional('availableFrom', 10),
    district: optional('district', 120),
  };
}
type ProfileDetails = ReturnType<typeof profileDetails>;

/** The fields of the details form, named as the API names them. */
const DETAIL_FIELDS = ['headline', 'about', 'programme', 'institutionName', 'studyYear', 'availability', 'availableFrom', 'district'] as const;

export const load: PageServerLoad = async (event) => {
  const user = requireUser(event, localizeHref('/account'));
  const api = createApi(event);
  // Occupations to aim at are looked up with a GET form, so what was typed stays in the address.
  const occupationQuery = (event.url.searchParams.get('occupationQuery') ?? '').trim().slice(0, 100);
  const [profileResult, viewsResult, foundResult] = await Promise.all([
    user.profileId ? api.myStudentProfile(user.profileId) : null,
    user.profileId ? api.profileViews() : null,
    user.profileId && occupationQuery.length >= 2 ? api.findOccupations(occupationQuery, FOUND_OCCUPATIONS) : null,
  ]);
  const unavailable = m.account_part_unavailable();
  return {
    account: {
      displayName: user.displayName,
      email: user.email,
      emailVerified: user.emailVerified,
      isClusterAdmin: user.isClusterAdmin,
      memberships: user.memberships,
    },
    profile: profileResult?.ok
      ? {
          id: profileResult.data.id,
          visibility: profileResult.data.visibility,
          version: profileResult.data.version,
          details: {
            headline: profileResult.data.headline,
            about: profileResult.data.about,
            programme: profileResult.data.programme,
            institutionName: profileResult.data.institutionName,
            studyYear: profileResult.data.studyYear === null ? '' : String(profileResult.data.studyYear),
            availability: profileResult.data.availability,
            availableFrom: profileResult.data.availableFrom,
            district: profileResult.data.district,
          } satisfies ProfileDetails,
          skills: profileResult.data.skills.map(
            (s): PickedSkill => ({ uri: s.uri, preferredLabel: s.preferredLabel, level: s.level, importance: 'essential', source: s.source, evidence: s.evidence }),
          ),
          targetOccupations: profileResult.data.targetOccupations.map(({ uri, preferredLabel, names }) => ({ uri, preferredLabel, names })),
        }
      : null,
    occupationLookup: {
      query: occupationQuery,
      tooShort: occupationQuery.length === 1,
      found: foundResult?.ok ? foundResult.data.items.map(({ uri, preferredLabel, names }) => ({ uri, preferredLabel, names })) : null,
      unavailable: Boolean(foundResult && !foundResult.ok),
    },
    profileProblem: profileResult && !profileResult.ok ? unavailable : null,
    views: viewsResult?.ok ? viewsResult.data.items : [],
    viewsProblem: viewsResult && !viewsResult.ok ? unavailable : null,
  };
};

export const actions: Actions = {
  resendVerification: async (event) => {
    requireUser(event, localizeHref('/account'));
    const result = await createApi(event).resendVerification();
    if (!result.ok) return failed('verification', result.problem);
    return { form: 'verification' as const, success: m.account_verification_sent() };
  },

  visibility: async (event) => {
    const user = requireUser(event, localizeHref('/account'));
    const data = await event.request.formData();
    const visibility = field(data, 'visibility');
    if (!user.profileId) {
      return fail(409, { form: 'visibility' as const, conflict: false, ...formProblem(m.account_no_profile_yet()) });
    }
    if (!visibility) {
      return fail(400, {
        form: 'visibility' as const,
        conflict: false,
        ...formProblem(m.form_correct_fields(), { visibility: m.account_choose_visibility() }),
      });
    }
    const result = await createApi(event).updateStudentProfile(user.profileId, {
      visibility: visibilityOf(visibility),
      version: Number(field(data, 'version')),
    });
    if (!result.ok) {
      if (result.problem.code === 'VERSION_CONFLICT') {
        return fail(409, {
          form: 'visibility' as const,
          conflict: true,
          ...formProblem(m.account_visibility_conflict()),
        });
      }
      return failed('visibility', result.problem, ['visibility']);
    }
    return {
      form: 'visibility' as const,
      success: m.account_visibility_saved({
        visibility: isVisibility(result.data.visibility)
          ? profileVisibilityLabels[result.data.visibility]().toLocaleLowerCase(getLocale())
          : result.data.visibility,
      }),
    };
  },

  details: async (event) => {
    const user = requireUser(event, localizeHref('/account'));
    const data = await event.request.formData();
    const details = profileDetails(data);
    const refused = (status: number, answer: ReturnType<typeof formProblem>, conflict = false) =>
      fail(status, { form: 'details' as const, conflict, details, ...answer });
    if (!user.profileId) return refused(409, formProblem(m.account_no_profile_yet()));
    const studyYear = details.studyYear === '' ? null : Number(details.studyYear);
    if (studyYear !== null && !(Number.isInteger(studyYear) && studyYear >= 1 && studyYear <= 10)) {
      return refused(400, formProblem(m.form_correct_fields(), { studyYear: m.account_study_year_invalid() }));
    }
    // A district kept from before the list of districts is left as it is stored.
    const { district, ...rest } = details;
    const result = await createApi(event).updateStudentProfile(user.profileId, { ...rest, ...districtChange(district), studyYear, version: Number(field(data, 'version')) });
    if (!result.ok) {
      if (result.problem.code === 'VERSION_CONFLICT') return refused(409, formProblem(m.account_details_conflict()), true);
      const status = result.problem.status >= 400 && result.problem.status < 500 ? result.problem.status : 503;
      return refused(status, describeProblem(result.problem, DETAIL_FIELDS));
    }
    return { form: 'details' as const, success: m.account_details_saved() };
  },

  skills: async (event) => {
    const user = requireUser(event, localizeHref('/account'));
    const data = await event.request.formData();
    const skills = parsePickedSkills(data);
    if (!user.profileId) {
      return fail(409, { form: 'skills' as const, conflict: false, skills, itemErrors: {} as Record<number, string>, ...formProblem(m.account_no_profile_yet()) });
    }
    const result = await createApi(event).updateStudentProfile(user.profileId, {
      skills: skills.map((s) => ({ uri: s.uri, level: s.level, source: s.source, evidence: s.evidence ?? null })),
      version: Number(field(data, 'version')),
    });
    if (!result.ok) {
      if (result.problem.code === 'VERSION_CONFLICT') {
        return fail(409, {
          form: 'skills' as const,
          conflict: true,
          skills,
          itemErrors: {} as Record<number, string>,
          ...formProblem(m.account_skills_conflict()),
        });
      }
      const { problem, itemErrors } = splitSkillIssues(result.problem);
      const status = problem.status >= 400 && problem.status < 500 ? problem.status : 503;
      return fail(status, { form: 'skills' as const, conflict: false, skills, itemErrors, ...describeProblem(problem, ['skills']) });
    }
    return { form: 'skills' as const, success: plural(result.data.skills.length, m.account_skills_saved_one, m.account_skills_saved_other) };
  },

  /** Adds (`add`) or removes (`remove`) one occupation the student aims at, from the list the page showed (`targets`). */
  occupations: async (event) => {
    const user = requireUser(event, localizeHref('/account'));
    const data = await event.request.formData();
    // The URIs the page showed, separated by spaces (URIs hold none).
    const shown = field(data, 'targets', 5000)
      .split(/\s+/)
      .filter((uri) => uri.length > 0 && uri.length <= 300)
      .slice(0, MAX_TARGET_OCCUPATIONS * 2);
    const add = field(data, 'add', 300).trim();
    const remove = field(data, 'remove', 300).trim();
    if (!user.profileId) return fail(409, { form: 'occupations' as const, conflict: false, ...formProblem(m.account_no_profile_yet()) });
    let targets = [...new Set(shown)].filter((uri) => uri !== remove);
    if (add && !targets.includes(add)) {
      if (targets.length >= MAX_TARGET_OCCUPATIONS) {
        return fail(400, { form: 'occupations' as const, conflict: false, ...formProblem(m.account_occupations_full({ max: String(MAX_TARGET_OCCUPATIONS) })) });
      }
      targets = [...targets, add];
    }
    const result = await createApi(event).updateStudentProfile(user.profileId, { targetOccupations: targets, version: Number(field(data, 'version')) });
    if (!result.ok) {
      if (result.problem.code === 'VERSION_CONFLICT') {
        return fail(409, { form: 'occupations' as const, conflict: true, ...formProblem(m.account_occupations_conflict()) });
      }
      return failed('occupations', result.problem, ['targetOccupations']);
    }
    return {
      form: 'occupations' as const,
      success: plural(result.data.targetOccupations.length, m.account_occupations_saved_one, m.account_occupations_saved_other),
    };
  },

  createProfile: async (event) => {
    const user = requireUser(event, localizeHref('/account'));
    const data = await event.request.formData();
    const visibility = field(data, 'visibility') || 'private';
    const result = await createApi(event).createStudentProfile({ visibility: visibilityOf(visibility) });
    if (!result.ok) return failed('create-profile', result.problem, ['visibility']);
    // This request's user predates the profile; the page loaded after this action must see it.
    event.locals.user = { ...user, profileId: result.data.id };
    return { form: 'create-profile' as const, success: m.account_profile_created() };
  },
};
