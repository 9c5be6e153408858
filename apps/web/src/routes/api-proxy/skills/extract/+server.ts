import { json } from '@sveltejs/kit';
import { MAX_EXTRACT_TEXT } from '@kc/contract';
import type { RequestHandler } from './$types';
import { createApi } from '$lib/server/api';

/** Same-origin skill extraction for the SkillPicker's "Paste a text". */
export const POST: RequestHandler = async (event) => {
  const body: unknown = await event.request.json().catch(() => null);
  const text = typeof body === 'object' && body !== null && 'text' in body && typeof body.text === 'string' ? body.text : null;
  if (text === null) return json({ error: { code: 'VALIDATION_FAILED', message: 'Send { "text": "…" }.' } }, { status: 400 });
  if (text.length > MAX_EXTRACT_TEXT) {
    return json({ error: { code: 'VALIDATION_FAILED', message: `The text may have at most ${MAX_EXTRACT_TEXT} characters.` } }, { status: 400 });
  }
  const result = await createApi(event).extractSkills(text);
  if (!result.ok) return json({ error: { code: result.problem.code, message: result.problem.message } }, { status: result.problem.status });
  return json({ skills: result.data.skills, reading: result.data.reading });
};
