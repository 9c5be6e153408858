import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { createApi, SHORTAGE_TABLES, toPageError, type ShortageTable } from '$lib/server/api';
import { readConceptUri, readShortageFilters } from '$lib/shortage-filters';

/** A dashboard table as a spreadsheet file: the API's CSV for the same filters, passed on. */
export const GET: RequestHandler = async (event) => {
  const table = event.params.table as ShortageTable;
  if (!SHORTAGE_TABLES.includes(table)) error(404, { message: 'Not found' });
  const { month, ...slice } = readShortageFilters(event.url);
  const isClusterAdmin = event.locals.user?.isClusterAdmin ?? false;
  const query: Record<string, string> = { ...slice };
  if (table !== 'causes' && isClusterAdmin && event.url.searchParams.get('view') === 'cluster') query.view = 'cluster';
  if ((table === 'top' || table === 'unmet' || table === 'groups') && month) query.month = month;
  if (table === 'top' || table === 'unmet') query.limit = '500';
  if (table === 'trend') {
    const skill = readConceptUri(event.url, 'skill');
    const group = readConceptUri(event.url, 'group');
    if (skill) query.skill = skill;
    else if (group) query.group = group;
  }
  if (table === 'causes' && month) Object.assign(query, { from: month, to: month });
  const result = await createApi(event).shortageCsv(table, query);
  if (!result.ok) toPageError(result.problem);
  // Reading the answer as text drops its byte-order mark; spreadsheets need it to see UTF-8.
  const csv = result.data.startsWith('\uFEFF') ? result.data : `\uFEFF${result.data}`;
  return new Response(csv, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${table === 'top' ? 'shortages' : `shortages-${table}`}-${new Date().toISOString().slice(0, 10)}.csv"`,
      'cache-control': 'private, no-store',
    },
  });
};
