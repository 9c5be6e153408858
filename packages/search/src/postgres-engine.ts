import { createHash } from 'node:crypto';
import { sql, type SQL } from 'drizzle-orm';
import { SEARCH_COLLECTIONS, SEARCH_SPECS, filterableFields } from '@kc/contract';
import { rowsOf, type Db } from '@kc/db';
import {
  MAX_FACET_VALUES,
  SHORTLIST_COLLECTIONS,
  SearchTimeoutError,
  assertShortlistQuery,
  type AnyIndexedDocument,
  type FacetCount,
  type SearchCollection,
  type SearchEngine,
  type SearchQuery,
  type SearchResult,
} from './port.ts';
import { REMOVAL_RETENTION_HOURS, ShortlistMirrors } from './shortlist-mirror.ts';
import { textArray } from './sql-arrays.ts';
import { queryWords, typoBudget, withinDistance } from './text.ts';

/**
 * The default engine: documents live in the application's own database (`search_documents`),
 * found by weighted full text, by trigram similarity when words are misspelt, and filtered
 * through GIN indexes on `field=value` keywords and skill paths. Needs no extra process.
 */
export function createPostgresEngine(db: Db, options: { statementTimeoutMs?: number } = {}): SearchEngine {
  const statementTimeoutMs = options.statementTimeoutMs ?? SEARCH_STATEMENT_TIMEOUT_MS;
  // Applied when querying: a query word with synonyms matches any of them.
  let synonyms = new Map<string, string[]>();
  const queries = new ParsedQueries();
  const mirrors = new ShortlistMirrors(db);
  // Removals are recorded by a trigger; the ones every mirror has read are dropped now and then.
  let removalsPrunedAt = 0;
  const pruneRemovals = async () => {
    if (Date.now() - removalsPrunedAt < 3_600_000) return;
    removalsPrunedAt = Date.now();
    await db.execute(sql`delete from search_removals where removed_at < now() - make_interval(hours => ${REMOVAL_RETENTION_HOURS})`);
  };
  // Rows written under an older spec are brought up to date once per process, on the first prepare().
  let keywordsChecked = false;
  // PGlite runs no autovacuum: without this the planner would keep the statistics of an empty table.
  let writesSinceAnalyze = 0;
  const analyzeAfter = async (written: number, threshold: number) => {
    writesSinceAnalyze += written;
    if (writesSinceAnalyze < threshold) return;
    writesSinceAnalyze = 0;
    await db.execute(sql`analyze search_documents`);
  };
  return {
    name: 'postgres',
    async prepare(settings) {
      synonyms = new Map(Object.entries(settings.synonyms));
      queries.clear();
      if (!keywordsChecked) {
        for (const collection of SEARCH_COLLECTIONS) await refreshOutdatedKeywords(db, collection);
        keywordsChecked = true;
      }
    },
    async index(collection, documents) {
      queries.clear();
      // The last version of a document given twice wins, as in any engine.
      const unique = [...new Map(documents.map((d) => [d.id, d])).values()];
      for (let i = 0; i < unique.length; i += WRITE_BATCH) await upsert(db, collection, unique.slice(i, i + WRITE_BATCH));
      await analyzeAfter(unique.length, ANALYZE_AFTER_WRITES);
    },
    async delete(collection, ids) {
      if (ids.length === 0) return;
      queries.clear();
      const removed = rowsOf<{ terms: string[] | string | null }>(
        await db.execute(sql`delete from search_documents where collection = ${collection} and id = any(${textArray(ids)}::text[]) returning terms`),
      );
      await forgetTerms(db, collection, removed.flatMap((r) => parseTextArray(r.terms)));
      await pruneRemovals();
    },
    async replaceAll(collection, batches) {
      const [started] = rowsOf<{ at: string }>(await db.execute(sql`select clock_timestamp()::text as at`));
      let written = 0;
      for await (const batch of batches) {
        await this.index(collection, batch);
        written += batch.length;
      }
      await db.execute(sql`delete from search_documents where collection = ${collection} and indexed_at < ${started?.at}::timestamptz`);
      // Every document was rewritten: words none of them holds are gone.
      await db.execute(sql`delete from search_terms t where t.collection = ${collection}
        and not exists (select 1 from search_documents d where d.collection = ${collection} and d.terms @> array[t.term])`);
      await analyzeAfter(0, 0);
      await pruneRemovals();
      return written;
    },
    async search(collection, query) {
      try {
        return await search(db, collection, query, { synonyms, queries, statementTimeoutMs });
      } catch (error) {
        if (isCanceled(error)) throw new SearchTimeoutError(`The search took longer than ${statementTimeoutMs} ms and was stopped.`, { cause: error });
        throw error;
      }
    },
    async shortlist(collection, query) {
      assertShortlistQuery(collection, query);
      if (query.skills.size === 0) return [];
      return (await mirrors.current(collection)).shortlist(query);
    },
    async warm() {
      for (const collection of SHORTLIST_COLLECTIONS) await mirrors.current(collection);
    },
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
const ANALYZE_AFTER_WRITES = 20_000;
/** Trigram similarity low enough to find a word with one or two typos (a swap of letters scores about 0.25). */
const CANDIDATE_SIMILARITY = 0.2;
const MAX_MISSPELLINGS = 8;
/** Query words looked up for typos; further words must match as typed. */
const MAX_FUZZY_WORDS = 4;
const CANDIDATES_PER_WORD = 50;
/** No search may hold the database longer (PostgreSQL; PGlite has no timers and relies on the bounds above). */
export const SEARCH_STATEMENT_TIMEOUT_MS = 3_000;

function words(value: unknown): string {
  if (Array.isArray(value)) return value.filter((v) => typeof v === 'string').join(' ; ');
  return typeof value === 'string' ? value : '';
}

/** Skill URIs as 64-bit digests: a document's few dozen stay small, inline and quick to compare. */
export function skillPathToken(uri: string): string {
  return createHash('sha256').update(uri).digest().readBigInt64BE(0).toString();
}

/** The document as hits return it: the skill paths live in their own column only. */
function storedDocument(document: AnyIndexedDocument): Omit<AnyIndexedDocument, 'skillPaths'> {
  const { skillPaths: _paths, ...rest } = document;
  return rest;
}

/**
 * Marks which filterable fields a row's keywords were built from (no field is named `#keywords`,
 * so no filter or facet reads it): a row without its collection's current mark is rebuilt.
 */
export function keywordsMark(collection: SearchCollection): string {
  return `#keywords=${createHash('sha256').update(JSON.stringify(filterableFields(collection))).digest('hex').slice(0, 16)}`;
}

function keywordsOf(collection: SearchCollection, document: Omit<AnyIndexedDocument, 'skillPaths'>): string[] {
  const fields = document as unknown as Record<string, unknown>;
  const keywords = filterableFields(collection).flatMap((field) => {
    const value = fields[field];
    const values = Array.isArray(value) ? value : [value];
    return values.filter((v) => v !== null && v !== undefined && v !== '').map((v) => `${field}=${String(v)}`);
  });
  return [...keywords, keywordsMark(collection)];
}

/**
 * Rewrites the keywords of rows built before a field became filterable (or stopped being), from
 * the stored document, which holds every filterable field. Reads the collection once when
 * nothing is outdated.
 */
async function refreshOutdatedKeywords(db: Db, collection: SearchCollection): Promise<void> {
  const mark = textArray([keywordsMark(collection)]);
  for (;;) {
    const outdated = rowsOf<{ id: string; document: unknown }>(
      await db.execute(sql`select id, document from search_documents where collection = ${collection} and not keywords @> ${mark}::text[]
        limit ${WRITE_BATCH}`),
    );
    if (outdated.length === 0) return;
    const rows = outdated.map((row) => sql`(${row.id}, ${textArray(keywordsOf(collection, parseDocument(row.document)))}::text[])`);
    await db.execute(sql`update search_documents d set keywords = v.keywords from (values ${sql.join(rows, sql`, `)}) as v(id, keywords)
      where d.collection = ${collection} and d.id = v.id`);
  }
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
  const termsById = new Map(documents.map((d) => [d.id, termsOf(collection, d)]));
  const previous = rowsOf<{ terms: string[] | string | null }>(
    await db.execute(sql`select terms from search_documents where collection = ${collection} and id = any(${textArray([...termsById.keys()])}::text[])`),
  );
  const rows = documents.map(
    (d) => sql`(${collection}, ${d.id}, ${JSON.stringify(storedDocument(d))}::jsonb, ${searchVector(collection, d)},
      ${textArray(keywordsOf(collection, d))}::text[], ${`{${d.skillPaths.map(skillPathToken).join(',')}}`}::bigint[],
      ${textArray(termsById.get(d.id) ?? [])}::text[], ${d.sortTitle}, ${d.recency}, now())`,
  );
  await db.execute(sql`
    insert into search_documents (collection, id, document, search_text, keywords, skill_paths, terms, sort_title, recency, indexed_at)
    values ${sql.join(rows, sql`, `)}
    on conflict (collection, id) do update set document = excluded.document, search_text = excluded.search_text,
      keywords = excluded.keywords, skill_paths = excluded.skill_paths, terms = excluded.terms,
      sort_title = excluded.sort_title, recency = excluded.recency, indexed_at = excluded.indexed_at`);
  const terms = new Set([...termsById.values()].flat());
  await db.execute(sql`insert into search_terms (collection, term) select ${collection}, unnest(${textArray([...terms])}::text[])
    on conflict do nothing`);
  await forgetTerms(db, collection, previous.flatMap((r) => parseTextArray(r.terms)).filter((term) => !terms.has(term)));
}

/**
 * Removes words that no document holds any more (a deleted person's name must not linger in
 * the vocabulary). Documents written before terms were recorded keep every word, until reindexed.
 */
async function forgetTerms(db: Db, collection: SearchCollection, candidates: string[]): Promise<void> {
  if (candidates.length === 0) return;
  const [unknown] = rowsOf<{ any: boolean }>(
    await db.execute(sql`select exists (select 1 from search_documents where collection = ${collection} and terms is null) as any`),
  );
  if (unknown?.any) return;
  await db.execute(sql`delete from search_terms t where t.collection = ${collection} and t.term = any(${textArray([...new Set(candidates)])}::text[])
    and not exists (select 1 from search_documents d where d.collection = ${collection} and d.terms @> array[t.term])`);
}

/** A text[] as the drivers return it: an array (postgres.js) or its literal (`{a,b}`). */
function parseTextArray(value: string[] | string | null): string[] {
  if (value === null) return [];
  if (Array.isArray(value)) return value;
  if (value === '{}') return [];
  return value
    .slice(1, -1)
    .split(',')
    .map((item) => (item.startsWith('"') ? item.slice(1, -1).replace(/\\(.)/g, '$1') : item));
}

/** Words of a document that a misspelt query word may mean. */
function termsOf(collection: SearchCollection, document: AnyIndexedDocument): string[] {
  const fields = document as unknown as Record<string, unknown>;
  const text = SEARCH_SPECS[collection].fuzzy.map((f) => words(fields[f])).join(' ');
  return [...new Set(queryWords(text, Infinity).filter((w) => w.length >= 3 && w.length <= 40))];
}

/**
 * Known words within the typo budget of each query word (the last may also be the start of a
 * word), for at most `MAX_FUZZY_WORDS` of them, in one statement: trigram similarity finds
 * candidates through an index (at most `CANDIDATES_PER_WORD` each), edit distance decides.
 */
async function misspellings(db: Db, collection: SearchCollection, list: string[]): Promise<Map<string, string[]>> {
  const fuzzy = [...new Set(list.filter((word) => typoBudget(word) > 0))].slice(0, MAX_FUZZY_WORDS);
  const found = new Map<string, string[]>();
  if (fuzzy.length === 0) return found;
  const rows = rowsOf<{ word: string; term: string }>(
    await db.execute(sql`select w.word, c.term from unnest(${textArray(fuzzy)}::text[]) as w(word)
      cross join lateral (select term from search_terms where collection = ${collection} and term % w.word
        order by similarity(term, w.word) desc limit ${CANDIDATES_PER_WORD}) c`),
  );
  const last = list[list.length - 1];
  for (const word of fuzzy) {
    const budget = typoBudget(word);
    const near = rows
      .filter((r) => r.word === word && r.term !== word)
      .map((r) => r.term)
      .filter((term) => withinDistance(term, word, budget) || (word === last && withinDistance(term.slice(0, word.length), word, budget)))
      .slice(0, MAX_MISSPELLINGS);
    found.set(word, near);
  }
  return found;
}

/**
 * The text part of a search. Every query word must match: itself in the stemmed full text (the last one may be the start
 * of a word), one of its synonyms, or a known word it looks like a misspelling of. One tsquery
 * holds them all, so one index lookup answers it. Exact words score above near misses. Stop
 * words ("the") drop out; words that are nothing but stop words match everything.
 */
interface TextQuery {
  /** The words as typed (the last as a prefix): what ranks highest. */
  exact: string;
  /** Each word or one of its synonyms or near misses. */
  any: string;
}

async function parseText(db: Db, collection: SearchCollection, q: string, synonyms: Map<string, string[]>): Promise<TextQuery | null> {
  const list = queryWords(q);
  if (list.length === 0) return null;
  const near = await misspellings(db, collection, list);
  const terms = list.map((word, i) => {
    const own = i === list.length - 1 ? `${word}:*` : word;
    const alternatives = [...(synonyms.get(word) ?? []).map((s) => queryWords(s).join(' <-> ')).filter(Boolean), ...(near.get(word) ?? [])];
    return { own, any: alternatives.length > 0 ? `(${[own, ...alternatives].join(' | ')})` : own };
  });
  const exact = terms.map((t) => t.own).join(' & ');
  const any = terms.map((t) => t.any).join(' & ');
  const [parsed] = rowsOf<{ nodes: number }>(await db.execute(sql`select numnode(to_tsquery('english', ${any}))::int as nodes`));
  return parsed?.nodes ? { exact, any } : null;
}

function textMatch(text: TextQuery): { match: SQL; score: SQL } {
  return {
    match: sql`d.search_text @@ to_tsquery('english', ${text.any})`,
    score: sql`ts_rank(d.search_text, to_tsquery('english', ${text.exact})) * 2 + ts_rank(d.search_text, to_tsquery('english', ${text.any}))`,
  };
}

/**
 * Query texts already turned into tsqueries, kept for a short while (and dropped when this
 * engine writes): a popular search skips its typo lookups. Another process's writes show in
 * the typo suggestions within `ttlMs` (half a minute).
 */
class ParsedQueries {
  readonly #entries = new Map<string, { value: TextQuery | null; until: number }>();
  constructor(
    private readonly size = 2_000,
    private readonly ttlMs = 30_000,
  ) {}

  async get(key: string, parse: () => Promise<TextQuery | null>): Promise<TextQuery | null> {
    const hit = this.#entries.get(key);
    if (hit && hit.until > Date.now()) return hit.value;
    const value = await parse();
    this.#entries.delete(key);
    if (this.#entries.size >= this.size) this.#entries.delete(this.#entries.keys().next().value ?? '');
    this.#entries.set(key, { value, until: Date.now() + this.ttlMs });
    return value;
  }

  clear(): void {
    this.#entries.clear();
  }
}

/** One condition per filtered field (any of its values), keyed by field; skills are required together. */
function filterConditions(query: Pick<SearchQuery, 'filters' | 'skills'>): { fields: Map<string, SQL>; skills: SQL[] } {
  const fields = new Map<string, SQL>();
  for (const [field, values] of Object.entries(query.filters ?? {})) {
    if (values.length > 0) fields.set(field, sql`d.keywords && ${textArray(values.map((v) => `${field}=${v}`))}::text[]`);
  }
  const skills = query.skills && query.skills.length > 0 ? [sql`d.skill_paths @> ${`{${query.skills.map(skillPathToken).join(',')}}`}::bigint[]`] : [];
  return { fields, skills };
}

function orderBy(collection: SearchCollection, query: SearchQuery, hasText: boolean): SQL {
  const sortName = query.sort && query.sort !== 'relevance' ? query.sort : hasText ? 'relevance' : SEARCH_SPECS[collection].defaultSort;
  if (sortName === 'relevance') return sql`score desc, d.id`;
  const sorts = SEARCH_SPECS[collection].sorts;
  const sort = Object.hasOwn(sorts, sortName) ? sorts[sortName] : undefined;
  if (!sort) throw new RangeError(`${collection} cannot be sorted by ${sortName}`);
  const direction = sql.raw(sort.direction);
  // recency and sortTitle are columns, never null, with indexes; document fields may be null.
  if (sort.field === 'recency') return sql`d.recency ${direction}, d.id`;
  if (sort.field === 'sortTitle') return sql`d.sort_title ${direction}, d.id`;
  const value = sort.field === 'popularity' ? sql`(d.document->>'popularity')::float8` : sql`d.document->>${sort.field}`;
  return sql`${value} ${direction} nulls last, d.id`;
}

interface SearchContext {
  synonyms: Map<string, string[]>;
  queries: ParsedQueries;
  statementTimeoutMs: number;
}

/** PostgreSQL's statement timeout (SQLSTATE 57014), looking through driver and ORM wrappers. */
function isCanceled(error: unknown): boolean {
  for (let current = error, depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    if ((current as { code?: unknown }).code === '57014') return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

async function search<C extends SearchCollection>(db: Db, collection: C, query: SearchQuery, context: SearchContext): Promise<SearchResult<C>> {
  const { synonyms, queries } = context;
  const text = (query.q ?? '').trim();
  const facetFields = query.facets ?? [];
  const offset = (query.page - 1) * query.pageSize;

  // The settings are per transaction, so concurrent searches on a pool don't share them.
  return db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('statement_timeout', ${String(context.statementTimeoutMs)}, true),
      set_config('pg_trgm.similarity_threshold', ${String(CANDIDATE_SIMILARITY)}, true)`);
    const parsed = text ? await queries.get(`${collection}\u0000${text}`, () => parseText(tx, collection, text, synonyms)) : null;
    const matched = parsed ? textMatch(parsed) : null;
    const filters = filterConditions(query);
    const base = [sql`d.collection = ${collection}`, ...filters.skills, ...(matched ? [matched.match] : [])];
    const whereWithout = (skipped?: string) =>
      sql.join([...base, ...[...filters.fields].filter(([field]) => field !== skipped).map(([, condition]) => condition)], sql` and `);
    const where = whereWithout();
    const score = matched?.score ?? sql`0`;
    // The page is chosen by id and score first; only its documents are then read.
    const hits = rowsOf<{ document: AnyIndexedDocument; score: number }>(
      await tx.execute(sql`with page as (
          select d.id, ${score} as score from search_documents d where ${where}
          order by ${orderBy(collection, query, matched !== null)} limit ${query.pageSize} offset ${offset})
        select d.document, page.score as score from page join search_documents d on d.collection = ${collection} and d.id = page.id
        order by ${orderBy(collection, query, matched !== null)}`),
    );
    // A filtered field's own values are counted without its filter, so its other values stay in view.
    const filtered = facetFields.filter((f) => filters.fields.has(f));
    const counted = await countMatches(tx, where, facetFields.filter((f) => !filtered.includes(f)));
    const facets = { ...counted.facets };
    for (const field of filtered) Object.assign(facets, (await countMatches(tx, whereWithout(field), [field])).facets);
    return {
      hits: hits.map((h) => ({ document: parseDocument(h.document) as never })),
      total: counted.total,
      facets: Object.fromEntries(facetFields.map((f) => [f, facets[f] ?? []])),
    };
  });
}

function parseDocument(value: unknown): AnyIndexedDocument {
  return (typeof value === 'string' ? JSON.parse(value) : value) as AnyIndexedDocument;
}

/** The number of matches and, in the same pass, the counts of the facet fields' values. */
async function countMatches(db: Db, where: SQL, fields: string[]): Promise<{ total: number; facets: Record<string, FacetCount[]> }> {
  const facets: Record<string, FacetCount[]> = Object.fromEntries(fields.map((f) => [f, []]));
  const prefixes = fields.map((f) => `${f}=%`);
  const rows = rowsOf<{ keyword: string | null; n: number }>(
    await db.execute(sql`with matches as materialized (select d.keywords from search_documents d where ${where})
      select null as keyword, count(*)::int as n from matches
      union all
      select k, count(*)::int from matches, unnest(matches.keywords) as k where k like any(${textArray(prefixes)}::text[]) group by k`),
  );
  let total = 0;
  for (const { keyword, n } of rows) {
    if (keyword === null) {
      total = n;
      continue;
    }
    const cut = keyword.indexOf('=');
    facets[keyword.slice(0, cut)]?.push({ value: keyword.slice(cut + 1), count: n });
  }
  for (const field of fields) facets[field] = sortFacet(facets[field] ?? []);
  return { total, facets };
}

export function sortFacet(counts: FacetCount[]): FacetCount[] {
  return [...counts].sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0)).slice(0, MAX_FACET_VALUES);
}
