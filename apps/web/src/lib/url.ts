/**
 * The page's query without form-action keys: SvelteKit names the action a form posts to by a
 * query key that begins with '/' (`?/read`), which a page answered after such a post still has
 * in its URL.
 */
export function pageQuery(url: URL): URLSearchParams {
  return new URLSearchParams([...url.searchParams].filter(([key]) => !key.startsWith('/')));
}

/**
 * A link to the current page with some query parameters changed (`null` or '' removes one).
 * Changing any filter resets pagination unless `page` itself is given. Form-action keys are left out.
 */
export function hrefWith(url: URL, changes: Record<string, string | number | null | undefined>): string {
  const params = pageQuery(url);
  if (!('page' in changes)) params.delete('page');
  for (const [key, value] of Object.entries(changes)) {
    if (value === null || value === undefined || value === '') params.delete(key);
    else params.set(key, String(value));
  }
  if (params.get('page') === '1') params.delete('page');
  const search = params.toString();
  return `${url.pathname}${search ? `?${search}` : ''}`;
}

/**
 * The `action` of a form that posts to the page's action `name` and keeps the page's query (its
 * filters and page), so that, posted without JavaScript, the answer shows the same view:
 * `?unread=true&page=2&/read`. (`?/read` alone would replace the query.)
 */
export function formAction(url: URL, name: string): string {
  const search = pageQuery(url).toString();
  return `?${search ? `${search}&` : ''}/${name}`;
}
