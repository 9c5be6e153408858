import { error, fail } from '@sveltejs/kit';
import type { CurrentUser } from '@kc/contract';
import { m } from '$lib/paraglide/messages';
import type { ApiResult } from './api.ts';
import { describeProblem } from './forms.ts';
import { requireUser } from './session.ts';

/** The console is for cluster administrators: visitors sign in first, anyone else gets a 403 page. */
export function requireClusterAdmin(event: Parameters<typeof requireUser>[0]): CurrentUser {
  const user = requireUser(event);
  if (!user.isClusterAdmin) error(403, { message: m.admin_only(), code: 'FORBIDDEN' });
  return user;
}

/**
 * The answer of one of the console's actions, tied to the row it was about (`about`), so the page
 * shows it there: what was done, or what the API refused and why.
 */
export function adminAnswer<T>(result: ApiResult<T>, about: string, success: string, fields: readonly string[] = []) {
  if (!result.ok) {
    const status = result.problem.status >= 400 && result.problem.status < 500 ? result.problem.status : 503;
    return fail(status, { about, ...describeProblem(result.problem, fields) });
  }
  return { about, success };
}
