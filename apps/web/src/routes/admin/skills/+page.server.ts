import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { adminAnswer } from '$lib/server/admin';
import { createApi, toPageError } from '$lib/server/api';
import { field, formProblem } from '$lib/server/forms';
import { readSearch } from '$lib/query';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async (event) => {
  const q = readSearch(event.url);
  const result = await createApi(event).curation(q ? { q } : {});
  if (!result.ok) toPageError(result.problem);
  return { curation: result.data, q };
};

const NEW_SKILL = 'new-skill';
const NEW_ALIAS = 'new-alias';

export const actions: Actions = {
  createSkill: async (event) => {
    const data = await event.request.formData();
    const preferredLabel = field(data, 'preferredLabel', 200).trim();
    const broaderUri = field(data, 'broaderUri', 300);
    if (!broaderUri) return fail(400, { about: NEW_SKILL, ...formProblem(m.admin_choose_broader(), { broaderUri: m.admin_choose_broader() }) });
    const description = field(data, 'description', 5000).trim();
    const result = await createApi(event).createLocalSkill({ preferredLabel, broaderUri, ...(description ? { description } : {}) });
    return adminAnswer(result, NEW_SKILL, m.admin_skill_created({ skill: preferredLabel }), ['preferredLabel', 'broaderUri', 'description']);
  },
  updateSkill: async (event) => {
    const data = await event.request.formData();
    const uri = field(data, 'uri', 300);
    const preferredLabel = field(data, 'preferredLabel', 200).trim();
    const result = await createApi(event).updateLocalSkill(uri, { preferredLabel, description: field(data, 'description', 5000).trim() });
    return adminAnswer(result, uri, m.admin_skill_saved({ skill: preferredLabel }), ['preferredLabel', 'description']);
  },
  deleteSkill: async (event) => {
    const data = await event.request.formData();
    const uri = field(data, 'uri', 300);
    return adminAnswer(await createApi(event).deleteLocalSkill(uri), uri, m.admin_skill_removed({ skill: field(data, 'label', 200) }));
  },
  addAlias: async (event) => {
    const data = await event.request.formData();
    const skillUri = field(data, 'skillUri', 300);
    const alias = field(data, 'alias', 100).trim();
    if (!skillUri) return fail(400, { about: NEW_ALIAS, ...formProblem(m.admin_choose_skill(), { skillUri: m.admin_choose_skill() }) });
    return adminAnswer(await createApi(event).addAlias(skillUri, alias), NEW_ALIAS, m.admin_alias_added({ alias }), ['alias']);
  },
  updateAlias: async (event) => {
    const data = await event.request.formData();
    const id = field(data, 'id', 100);
    const alias = field(data, 'alias', 100).trim();
    return adminAnswer(await createApi(event).updateAlias(id, alias), id, m.admin_alias_saved({ alias }), ['alias']);
  },
  deleteAlias: async (event) => {
    const data = await event.request.formData();
    const id = field(data, 'id', 100);
    return adminAnswer(await createApi(event).deleteAlias(id), id, m.admin_alias_removed({ alias: field(data, 'alias', 100) }));
  },
};
