import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { MEMBERSHIP_ROLES, type MembershipRole } from '@kc/contract/vocabulary';
import type { Actions, PageServerLoad } from './$types';
import { localizeHref } from '$lib/i18n';
import { membershipRoleLabels } from '$lib/labels';
import { m } from '$lib/paraglide/messages';
import { createApi, toPageError, type ApiProblem } from '$lib/server/api';
import { describeProblem, field, formProblem } from '$lib/server/forms';
import { ORGANISATION_FIELDS, organisationBody, organisationFormValues, readOrganisationForm } from '$lib/server/organisation-form';
import { requireUser, setNotice } from '$lib/server/session';

type FormName = 'profile' | 'members' | 'invite';

const isRole = (value: string): value is MembershipRole => (MEMBERSHIP_ROLES as readonly string[]).includes(value);

/** The organisation and the visitor's role in it, for its members only: anyone else is refused before anything is read or changed. */
async function ownOrganisation(event: RequestEvent) {
  const user = requireUser(event);
  const organisation = await createApi(event).organisation(event.params.slug ?? '');
  if (!organisation) error(404, { message: m.error_no_organisation({ slug: event.params.slug ?? '' }), code: 'NOT_FOUND' });
  const membership = user.memberships.find((mine) => mine.organisation.id === organisation.id);
  if (!membership) error(403, { message: m.error_members_only({ organisation: organisation.name }), code: 'FORBIDDEN' });
  return { user, organisation, isAdmin: membership.role === 'admin' };
}

/** A refused form of this page, told apart from its other forms by `form`. */
function refused(form: FormName, problem: ApiProblem, fields: readonly string[], values: Record<string, string> = {}) {
  const status = problem.status >= 400 && problem.status < 500 ? problem.status : 503;
  return fail(status, { form, conflict: problem.code === 'VERSION_CONFLICT', ...describeProblem(problem, fields), values });
}

export const load: PageServerLoad = async (event) => {
  const { user, organisation, isAdmin } = await ownOrganisation(event);
  const api = createApi(event);
  const [members, invitations] = await Promise.all([api.members(organisation.id), isAdmin ? api.invitations(organisation.id) : null]);
  if (!members.ok) toPageError(members.problem);
  if (invitations && !invitations.ok) toPageError(invitations.problem);
  const now = Date.now();
  return {
    organisation,
    isAdmin,
    me: user.id,
    values: organisationFormValues(organisation),
    members: members.data.items,
    // Accepted and expired invitations are history: only those still waiting are shown.
    invitations: invitations?.ok ? invitations.data.items.filter((i) => !i.acceptedAt && Date.parse(i.expiresAt) > now) : [],
  };
};

export const actions: Actions = {
  profile: async (event) => {
    const { organisation } = await ownOrganisation(event);
    const data = await event.request.formData();
    const values = readOrganisationForm(data);
    const checked = organisationBody(values);
    if (!checked.body) return fail(400, { form: 'profile' as const, conflict: false, ...formProblem(m.form_correct_fields()), ...checked.refused?.data });
    const version = Number(field(data, 'version', 12));
    const result = await createApi(event).updateOrganisation(organisation.id, { ...checked.body, version });
    if (!result.ok) {
      if (result.problem.code === 'VERSION_CONFLICT') return fail(409, { form: 'profile' as const, conflict: true, ...formProblem(m.manage_profile_conflict()), values });
      return refused('profile', result.problem, ORGANISATION_FIELDS, values);
    }
    const unverified = organisation.verified && !result.data.verified;
    return { form: 'profile' as const, success: unverified ? m.manage_profile_saved_unverified() : m.manage_profile_saved() };
  },

  invite: async (event) => {
    const { organisation } = await ownOrganisation(event);
    const data = await event.request.formData();
    const values = { email: field(data, 'email', 254).trim(), role: field(data, 'role', 20) };
    if (!isRole(values.role)) return fail(400, { form: 'invite' as const, conflict: false, ...formProblem(m.form_correct_fields(), { role: m.form_value_refused() }), values });
    const result = await createApi(event).invite(organisation.id, { email: values.email, role: values.role });
    if (!result.ok) return refused('invite', result.problem, ['email', 'role'], values);
    return { form: 'invite' as const, success: m.manage_invitation_sent({ email: result.data.email }) };
  },

  role: async (event) => {
    const { organisation } = await ownOrganisation(event);
    const data = await event.request.formData();
    const userId = field(data, 'userId', 40);
    const role = field(data, 'role', 20);
    if (!isRole(role)) return fail(400, { form: 'members' as const, conflict: false, ...formProblem(m.form_value_refused()), values: {} });
    const api = createApi(event);
    const result = await api.updateMemberRole(organisation.id, userId, { role });
    if (!result.ok) return refused('members', result.problem, []);
    return { form: 'members' as const, success: m.manage_role_changed({ name: result.data.displayName, role: membershipRoleLabels[role]() }) };
  },

  remove: async (event) => {
    const { organisation } = await ownOrganisation(event);
    const userId = field(await event.request.formData(), 'userId', 40);
    const api = createApi(event);
    const members = await api.members(organisation.id);
    const name = members.ok ? members.data.items.find((member) => member.userId === userId)?.displayName : undefined;
    const result = await api.removeMember(organisation.id, userId);
    if (!result.ok) return refused('members', result.problem, []);
    return { form: 'members' as const, success: m.manage_member_removed({ name: name ?? m.manage_someone() }) };
  },

  leave: async (event) => {
    const { user, organisation } = await ownOrganisation(event);
    const result = await createApi(event).removeMember(organisation.id, user.id);
    if (!result.ok) return refused('members', result.problem, []);
    setNotice(event, 'organisation-left');
    redirect(303, localizeHref('/account'));
  },
};
