import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { createApi, type ApiEvent } from '$lib/server/api';
import { requireMembership } from '$lib/server/membership';
import { checkOfferingForm, failOffering, offeringBody, readOfferingForm } from '$lib/server/offering-form';
import { requireUser } from '$lib/server/session';
import { localizeHref } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';

async function offeringFor(event: ApiEvent & { params: { id: string } }) {
  const user = requireUser(event);
  const offering = await createApi(event).offering(event.params.id);
  if (!offering) error(404, { message: m.error_no_offering(), code: 'NOT_FOUND' });
  requireMembership(user, offering.provider.id, offering.provider.name);
  return offering;
}

const text = (value: number | string | null) => (value === null ? '' : String(value));

export const load: PageServerLoad = async (event) => {
  const o = await offeringFor(event);
  return {
    offering: { id: o.id, title: o.title, provider: o.provider, version: o.version },
    values: {
      kind: o.kind,
      title: o.title,
      description: o.description,
      hours: text(o.hours),
      ects: text(o.ects),
      language: o.language,
      format: o.format,
      costEur: text(o.costEur),
      seats: text(o.seats),
      yearlyCapacity: text(o.yearlyCapacity),
      startsOn: o.startsOn ?? '',
      endsOn: o.endsOn ?? '',
      status: o.status,
    },
    skills: o.skills.map((s) => ({ uri: s.uri, preferredLabel: s.preferredLabel, level: s.level, importance: 'essential' as const, source: 'declared' as const })),
  };
};

export const actions: Actions = {
  default: async (event) => {
    const offering = await offeringFor(event);
    const { values, skills, version } = readOfferingForm(await event.request.formData());
    const invalid = checkOfferingForm(values, skills);
    if (invalid) return invalid;
    const result = await createApi(event).updateOffering(offering.id, { ...offeringBody(values, skills, true), version });
    if (!result.ok) return failOffering(result.problem, values, skills);
    redirect(303, localizeHref(`/offerings/${offering.id}`));
  },
};
