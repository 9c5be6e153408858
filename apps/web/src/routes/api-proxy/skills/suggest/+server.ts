import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { createApi } from '$lib/server/api';

/** Same-origin skill suggestions for the SkillPicker (the browser never talks to the API). */
export const GET: RequestHandler = async (event) => {
  const q = (event.url.searchParams.get('q') ?? '').trim().slice(0, 100);
  if (!q) return json({ items: [] });
  const result = await createApi(event).suggestSkills(q);
  if (!result.ok) return json({ error: { code: result.problem.code, message: result.problem.message } }, { status: result.problem.status });
  return json({ items: result.data.items }, { headers: { 'cache-control': 'private, max-age=60' } });
};
