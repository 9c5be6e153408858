/** Reading list filters from a page URL: anything malformed is ignored rather than sent on. */

export const PAGE_SIZE = 20;
const MAX_SEARCH_LENGTH = 100;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function readPage(url: URL): number {
  const raw = url.searchParams.get('page');
  if (!raw || !/^\d{1,5}$/.test(raw)) return 1;
  const page = Number(raw);
  return page >= 1 && page <= 10_000 ? page : 1;
}

export function readSearch(url: URL, name = 'q'): string {
  return (url.searchParams.get(name) ?? '')
    .replace(/[\u0000-\u001F\u007F]/g, ' ')
    .trim()
    .slice(0, MAX_SEARCH_LENGTH);
}

export function readEnum<const T extends readonly string[]>(url: URL, name: string, values: T): T[number] | undefined {
  const raw = url.searchParams.get(name);
  return raw !== null && (values as readonly string[]).includes(raw) ? (raw as T[number]) : undefined;
}

export function readUuid(url: URL, name: string): string | undefined {
  const raw = url.searchParams.get(name);
  return raw && UUID.test(raw) ? raw.toLowerCase() : undefined;
}
