import { sql, type SQL } from 'drizzle-orm';
import { SEARCH_COLLECTIONS, SEARCH_SPECS, filterableFields } from '@kc/contract';
import { rowsOf, type Db } from '@kc/db';
import { MAX_FACET_VALUES, type AnyIndexedDocument, type FacetCount, type SearchCollection, type SearchEngine, type SearchQuery, type SearchResult } from './port.ts';
import { queryWords, typoBudget, withinDistance } from './text.ts';

/**
 * The default engine: documents live in the application's own database (`search_documents`),
 * found by weighted full text, by trigram similarity when words are misspelt, and filtered
 * through GIN indexes on `field=value` keywords and skill paths. Needs no extra process.
 */
export function createPostgresEngine(db: Db): SearchEngine {
  // Applied when querying: a query word with synonyms matches any of them.
  let synonyms = new Map<string, string[]>();
  return {
    name: 'postgres',
    async prepare(settings) {
      synonyms = new Map(Object.entries(settings.synonyms));
    },
    async index(collection, documents) {
      // The last version of a document given twice wins, as in any engine.
      const unique = [...new Map(documents.map((d) => [d.id, d])).values()];
      for (let i = 0; i < unique.length; i += WRITE_BATCH) await upsert(db, collection, unique.slice(i, i + WRITE_BATCH));
    },
    async delete(collection, ids) {
      if (ids.length === 0) return;
      await db.execute(sql`delete from search_documents where collection = ${collection} and id = any(${textArray(ids)}::text[])`);
    },
    async replaceAll(collection, batches) {
      const [started] = rowsOf<{ at: string }>(await db.execute(sql`select clock_timestamp()::text as at`));
      let written = 0;
      for await (const batch of batches) {
        await this.index(collection, batch);
        written += batch.length;
      }
      await db.execute(sql`delete from search_documents where collection = ${collection} and indexed_at < ${started?.at}::timestamptz`);
      return written;
    },
    search: (collection, query) => search(db, collection, query, synonyms),
    async stats() {
      const rows = rowsOf<{ collection: SearchCollection; n: number }>(
        await db.execute(sql`select collection, count(*)::int as n from search_documents group by collection`),
      );
      const counts = Object.fromEntries(SEARCH_COLLECTIONS.map((c) => [c, 0])) as Record<SearchCollection, number>;
      for (const row of rows) counts[row.collection] = row.n;
      return counts;
    },
  };
}

const WRITE_BATCH = 500;
/** Trigram similarity low enough to find a word with one or two typos (a swap of letters scores about 0.25). */
const CANDIDATE_SIMILARITY = 0.2;
const MAX_MISSPELLINGS = 8;

/** A text[] parameter both drivers bind the same way. */
function textArray(values: string[]): string {
  return `{${values.map((v) => `"${v.replace(/(["\\])/g, '\\$1')}"`).join(',')}}`;
}

function words(value: unknown): string {
  if (Array.isArray(value)) return value.filter((v) => typeof v === 'string').join(' ; ');
  return typeof value === 'string' ? value : '';
}

function keywordsOf(collection: SearchCollection, document: AnyIndexedDocument): string[] {
  const fields = document as unknown as Record<string, unknown>;
  return filterableFields(collection).flatMap((field) => {
    const value = fields[field];
    const values = Array.isArray(value) ? value : [value];
    return values.filter((v) => v !== null && v !== undefined && v !== '').map((v) => `${field}=${String(v)}`);
  });
}

function searchVector(collection: SearchCollection, document: AnyIndexedDocument): SQL {
  const fields = document as unknown as Record<string, unknown>;
  const parts = (['A', 'B', 'C', 'D'] as const).flatMap((weight) => {
    const text = SEARCH_SPECS[collection].searchable
      .filter((s) => s.weight === weight)
      .map((s) => words(fields[s.field]))
      .join(' ; ');
    return text ? [sql`setweight(to_tsvector('english', ${text}), ${weight})`] : [];
  });
  return parts.length > 0 ? sql.join(parts, sql` || `) : sql`''::tsvector`;
}

async function upsert(db: Db, collection: SearchCollection, documents: AnyIndexedDocument[]): Promise<void> {
  if (documents.length === 0) return;
  const rows = documents.map(
    (d) => sql`(${collection}, ${d.id}, ${JSON.stringify(d)}::jsonb, ${searchVector(collection, d)},
      ${textArray(keywordsOf(collection, d))}::text[], ${textArray(d.skillPaths)}::text[], ${d.sortTitle}, ${d.recency}, now())`,
  );
  await db.execute(sql`
    insert into search_documents (collection, id, document, search_text, keywords, skill_paths, sort_title, recency, indexed_at)
    values ${sql.join(rows, sql`, `)}
    on conflict (collection, id) do update set document = excluded.document, search_text = excluded.search_text,
      keywords = excluded.keywords, skill_paths = excluded.skill_paths,
      sort_title = excluded.sort_title, recency = excluded.recency, indexed_at = excluded.indexed_at`);
  const terms = [...new Set(documents.flatMap((d) => termsOf(collection, d)))];
  await db.execute(sql`insert into search_terms (collection, term) select ${collection}, unnest(${textArray(terms)}::text[])
    on conflict do nothing`);
}

/** Words of a document that a misspelt query word may mean. */
function termsOf(collection: SearchCollection, document: AnyIndexedDocument): string[] {
  const fields = document as unknown as Record<string, unknown>;
  const text = SEARCH_SPECS[collection].fuzzy.map((f) => words(fields[f])).join(' ');
  return [...new Set(queryWords(text, Infinity).filter((w) => w.length >= 3 && w.length <= 40))];
}

/**
 * Known words within the typo budget of a query word (the last may also be the start of a
 * word): trigram similarity finds candidates through an index, edit distance decides.
 */
async function misspellings(db: Db, collection: SearchCollection, word: string, isLast: boolean): Promise<string[]> {
  const budget = typoBudget(word);
  if (budget === 0) return [];
  const rows = rowsOf<{ term: string }>(
    await db.execute(sql`select term from search_terms where collection = ${collection} and term % ${word}
      order by similarity(term, ${word}) desc limit 50`),
  );
  return rows
    .map((r) => r.term)
    .filter((term) => term !== word && (withinDistance(term, word, budget) || (isLast && withinDistance(term.slice(0, word.length), word, budget))))
    .slice(0, MAX_MISSPELLINGS);
}

/**
 * One condition per query word, all required: the word in the stemmed full text (the last one
 * may be the start of a word), one of its synonyms, or a known word it looks like a misspelling
 * of. Stop words ("the") are let through. Exact words score above near misses.
 */
async function wordConditions(db: Db, collection: SearchCollection, q: string, synonyms: Map<string, string[]>): Promise<{ match: SQL; score: SQL }[]> {
  const list = queryWords(q);
  return Promise.all(
    list.map(async (word, i) => {
      const isLast = i === list.length - 1;
      const own = isLast ? `${word}:*` : word;
      const alternatives = [
        ...(synonyms.get(word) ?? []).map((s) => queryWords(s).join(' <-> ')).filter(Boolean),
        ...(await misspellings(db, collection, word, isLast)),
      ];
      const exact = sql`to_tsquery('english', ${own})`;
      const any = alternatives.length > 0 ? sql`to_tsquery('english', ${[own, ...alternatives].join(' | ')})` : exact;
      return {
        match: sql`(numnode(${exact}) = 0 or d.search_text @@ ${any})`,
        score: sql`ts_rank(d.search_text, ${exact}) * 2 + ts_rank(d.search_text, ${any})`,
      };
    }),
  );
}

function filterConditions(query: SearchQuery): SQL[] {
  const conditions: SQL[] = [];
  for (const [field, values] of Object.entries(query.filters ?? {})) {
    if (values.length === 0) continue;
    conditions.push(sql`d.keywords && ${textArray(values.map((v) => `${field}=${v}`))}::text[]`);
  }
  if (query.skills && query.skills.length > 0) conditions.push(sql`d.skill_paths @> ${textArray(query.skills)}::text[]`);
  return conditions;
}

function orderBy(collection: SearchCollection, query: SearchQuery, hasText: boolean): SQL {
  const sortName = query.sort && query.sort !== 'relevance' ? query.sort : hasText ? 'relevance' : SEARCH_SPECS[collection].defaultSort;
  if (sortName === 'relevance') return sql`score desc, d.id`;
  const sorts = SEARCH_SPECS[collection].sorts;
  const sort = Object.hasOwn(sorts, sortName) ? sorts[sortName] : undefined;
  if (!sort) throw new RangeError(`${collection} cannot be sorted by ${sortName}`);
  const direction = sql.raw(sort.direction === 'asc' ? 'asc nulls last' : 'desc nulls last');
  const column =
    sort.field === 'recency' ? sql`d.recency`
    : sort.field === 'sortTitle' ? sql`d.sort_title`
    : sort.field === 'popularity' ? sql`(d.document->>'popularity')::float8`
    : sql`d.document->>${sort.field}`;
  return sql`${column} ${direction}, d.id`;
}

async function search<C extends SearchCollection>(db: Db, collection: C, query: SearchQuery, synonyms: Map<string, string[]>): Promise<SearchResult<C>> {
  const text = (query.q ?? '').trim();
  const facetFields = query.facets ?? [];
  const offset = (query.page - 1) * query.pageSize;

  // The similarity threshold is per transaction, so concurrent searches on a pool don't share it.
  return db.transaction(async (tx) => {
    if (text) await tx.execute(sql`select set_config('pg_trgm.similarity_threshold', ${String(CANDIDATE_SIMILARITY)}, true)`);
    const words = await wordConditions(tx, collection, text, synonyms);
    const conditions = [sql`d.collection = ${collection}`, ...filterConditions(query), ...words.map((w) => w.match)];
    const where = sql.join(conditions, sql` and `);
    const score = words.length > 0 ? sql.join(words.map((w) => sql`(${w.score})`), sql` + `) : sql`0`;
    const hits = rowsOf<{ document: AnyIndexedDocument; score: number }>(
      await tx.execute(sql`select d.document, ${score} as score from search_documents d where ${where}
        order by ${orderBy(collection, query, words.length > 0)} limit ${query.pageSize} offset ${offset}`),
    );
    const [total] = rowsOf<{ n: number }>(await tx.execute(sql`select count(*)::int as n from search_documents d where ${where}`));
    const facets = await facetCounts(tx, where, facetFields);
    return {
      hits: hits.map((h) => ({ document: parseDocument(h.document) as never })),
      total: total?.n ?? 0,
      facets,
    };
  });
}

function parseDocument(value: unknown): AnyIndexedDocument {
  return (typeof value === 'string' ? JSON.parse(value) : value) as AnyIndexedDocument;
}

async function facetCounts(db: Db, where: SQL, fields: string[]): Promise<Record<string, FacetCount[]>> {
  const facets: Record<string, FacetCount[]> = Object.fromEntries(fields.map((f) => [f, []]));
  if (fields.length === 0) return facets;
  const prefixes = fields.map((f) => `${f}=%`);
  const rows = rowsOf<{ keyword: string; n: number }>(
    await db.execute(sql`select k as keyword, count(*)::int as n from search_documents d, unnest(d.keywords) as k
      where ${where} and k like any(${textArray(prefixes)}::text[]) group by k`),
  );
  for (const { keyword, n } of rows) {
    const cut = keyword.indexOf('=');
    facets[keyword.slice(0, cut)]?.push({ value: keyword.slice(cut + 1), count: n });
  }
  for (const field of fields) facets[field] = sortFacet(facets[field] ?? []);
  return facets;
}

export function sortFacet(counts: FacetCount[]): FacetCount[] {
  return [...counts].sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0)).slice(0, MAX_FACET_VALUES);
}
