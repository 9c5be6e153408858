/**
 * A link to the current page with some query parameters changed (`null` or '' removes one).
 * Changing any filter resets pagination unless `page` itself is given.
 */
export function hrefWith(url: URL, changes: Record<string, string | number | null | undefined>): string {
  const params = new URLSearchParams(url.searchParams);
  if (!('page' in changes)) params.delete('page');
  for (const [key, value] of Object.entries(changes)) {
    if (value === null || value === undefined || value === '') params.delete(key);
    else params.set(key, String(value));
  }
  if (params.get('page') === '1') params.delete('page');
  const search = params.toString();
  return `${url.pathname}${search ? `?${search}` : ''}`;
}
