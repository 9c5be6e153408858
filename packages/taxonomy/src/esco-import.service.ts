import { desc, sql } from 'drizzle-orm';
import { rowsOf, type Database, type Db } from '@kc/db';
import { taxonomyImports } from '@kc/db/schema';
import { loadEscoArchiveFiles, parseEscoArchive, type EscoArchive } from './esco-archive.ts';
import { countEscoRows, ESCO_ROWS, TAXONOMY_TABLES, type TaxonomyCounts, type TaxonomyTable } from './esco-queries.ts';

export interface ImportOptions {
  /**
   * Called as the import advances, in order: 'read' (0..1), 'stage' (rows), 'merge' and 'delete'
   * (tables), 'record' (0..1).
   */
  onProgress?: (step: string, done: number, total: number) => void;
  /** Merge even when the newest import already holds this release. */
  force?: boolean;
  /** Folder of the archives; defaults to the repository's data/esco. */
  dir?: string | URL;
}

export interface TableChanges {
  inserted: number;
  updated: number;
  deleted: number;
}

/** Archive rows that reference a concept the archive does not define, left out of the import. */
export type SkippedRows = Record<'hierarchy' | 'skillRelations' | 'occupationLabels' | 'occupationSkills', number>;

export interface ImportReport {
  /** True when the database already held this release and nothing was done. */
  skipped: boolean;
  version: string;
  checksums: Record<string, string>;
  counts: TaxonomyCounts;
  changes: Record<TaxonomyTable, TableChanges>;
  skippedRows: SkippedRows;
  durationMs: number;
}

const BATCH_SIZE = 5000;
const LOCK_KEY = 'kc:esco-import';

type Value = string | null;

interface TableLoad {
  key: TaxonomyTable;
  keyColumns: string[];
  /** Columns compared and overwritten on conflict. */
  contentColumns: string[];
  /** Postgres type of each column; label arrays travel newline-joined as text. */
  types: Record<string, string>;
  rows: Value[][];
  hasUpdatedAt?: boolean;
}

/**
 * Loads the ESCO release into the database in one transaction. Rows are staged in temporary
 * tables, then merged: new rows inserted, changed rows updated, ESCO rows missing from the
 * release deleted. Re-running it on an up-to-date database returns early unless `force`.
 */
export async function importEsco(database: Database, options: ImportOptions = {}): Promise<ImportReport> {
  const started = performance.now();
  const progress = options.onProgress ?? (() => {});
  progress('read', 0, 1);
  const files = loadEscoArchiveFiles(options.dir);

  return database.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    await db.execute(sql`select pg_advisory_xact_lock(hashtext(${LOCK_KEY}))`);

    if (!options.force) {
      const current = await currentImport(db, files.version, files.checksums);
      if (current) {
        progress('read', 1, 1);
        return { ...current, durationMs: Math.round(performance.now() - started) };
      }
    }

    const archive = parseEscoArchive(files);
    progress('read', 1, 1);
    const { loads, skippedRows } = tableLoads(archive);

    const rowTotal = loads.reduce((sum, load) => sum + load.rows.length, 0);
    let staged = 0;
    for (const load of loads) {
      await stage(db, load, (done) => progress('stage', staged + done, rowTotal));
      staged += load.rows.length;
    }

    const changes = noChanges();
    // Parents first on the way in, children first on the way out, so foreign keys hold throughout.
    for (const [i, load] of loads.entries()) {
      Object.assign(changes[load.key], await merge(db, load));
      progress('merge', i + 1, loads.length);
    }
    for (const [i, load] of [...loads].reverse().entries()) {
      changes[load.key].deleted = await deleteStale(db, load);
      progress('delete', i + 1, loads.length);
    }

    const counts = await countEscoRows(db);
    const durationMs = Math.round(performance.now() - started);
    await db.insert(taxonomyImports).values({
      version: archive.version,
      archiveChecksums: archive.checksums,
      counts,
      changes: flattenChanges(changes, skippedRows),
      durationMs,
    });
    progress('record', 1, 1);
    return { skipped: false, version: archive.version, checksums: archive.checksums, counts, changes, skippedRows, durationMs };
  });
}

/** The report of the newest import if it holds this very release and the tables still match it. */
async function currentImport(db: Db, version: string, checksums: Record<string, string>): Promise<Omit<ImportReport, 'durationMs'> | undefined> {
  const [latest] = await db.select().from(taxonomyImports).orderBy(desc(taxonomyImports.id)).limit(1);
  if (!latest || latest.version !== version || !sameEntries(latest.archiveChecksums, checksums)) return undefined;
  const counts = await countEscoRows(db);
  if (!sameEntries(latest.counts, counts)) return undefined;
  return {
    skipped: true,
    version,
    checksums,
    counts,
    changes: noChanges(),
    skippedRows: {
      hierarchy: latest.changes['hierarchy.skipped'] ?? 0,
      skillRelations: latest.changes['skillRelations.skipped'] ?? 0,
      occupationLabels: latest.changes['occupationLabels.skipped'] ?? 0,
      occupationSkills: latest.changes['occupationSkills.skipped'] ?? 0,
    },
  };
}

function noChanges(): Record<TaxonomyTable, TableChanges> {
  return Object.fromEntries(TAXONOMY_TABLES.map((key) => [key, { inserted: 0, updated: 0, deleted: 0 }])) as Record<TaxonomyTable, TableChanges>;
}

function sameEntries(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

function flattenChanges(changes: Record<TaxonomyTable, TableChanges>, skippedRows: SkippedRows): Record<string, number> {
  const flat: Record<string, number> = {};
  for (const [table, change] of Object.entries(changes)) {
    for (const [kind, n] of Object.entries(change)) flat[`${table}.${kind}`] = n;
  }
  for (const [table, n] of Object.entries(skippedRows)) flat[`${table}.skipped`] = n;
  return flat;
}

function tableLoads(archive: EscoArchive): { loads: TableLoad[]; skippedRows: SkippedRows } {
  const skillUris = new Set(archive.skills.map((s) => s.uri));
  const groupUris = new Set(archive.skillGroups.map((g) => g.uri));
  const occupationUris = new Set(archive.occupations.map((o) => o.uri));
  const isConcept = (uri: string, kind: 'skill' | 'group') => (kind === 'skill' ? skillUris : groupUris).has(uri);

  const hierarchy = archive.hierarchy.filter(
    (e) => e.narrowerUri !== e.broaderUri && isConcept(e.narrowerUri, e.narrowerKind) && isConcept(e.broaderUri, e.broaderKind),
  );
  const skillRelations = archive.skillRelations.filter((r) => skillUris.has(r.skillUri) && skillUris.has(r.relatedSkillUri));
  const labelKeys = new Set<string>();
  const occupationLabels = archive.occupationLabels.filter((l) => {
    const key = `${l.occupationUri}\u0000${l.language}\u0000${l.kind}\u0000${l.label}`;
    if (!occupationUris.has(l.occupationUri) || labelKeys.has(key)) return false;
    labelKeys.add(key);
    return true;
  });
  const occupationSkills = archive.occupationSkills.filter((r) => occupationUris.has(r.occupationUri) && skillUris.has(r.skillUri));
  const lines = (labels: string[]) => labels.join('\n');

  const loads: TableLoad[] = [
    {
      key: 'skills',
      keyColumns: ['uri'],
      contentColumns: ['preferred_label', 'alt_labels', 'hidden_labels', 'type', 'reuse_level', 'description'],
      types: { type: 'skill_type', reuse_level: 'reuse_level', alt_labels: 'text[]', hidden_labels: 'text[]' },
      rows: archive.skills.map((s) => [s.uri, s.preferredLabel, lines(s.altLabels), lines(s.hiddenLabels), s.type, s.reuseLevel, s.description]),
      hasUpdatedAt: true,
    },
    {
      key: 'skillGroups',
      keyColumns: ['uri'],
      contentColumns: ['preferred_label', 'alt_labels', 'code', 'description'],
      types: { alt_labels: 'text[]' },
      rows: archive.skillGroups.map((g) => [g.uri, g.preferredLabel, lines(g.altLabels), g.code, g.description]),
    },
    {
      key: 'occupations',
      keyColumns: ['uri'],
      contentColumns: ['preferred_label', 'isco_group', 'code', 'description'],
      types: {},
      rows: archive.occupations.map((o) => [o.uri, o.preferredLabel, o.iscoGroup, o.code, o.description]),
    },
    {
      key: 'occupationLabels',
      keyColumns: ['occupation_uri', 'language', 'kind', 'label'],
      contentColumns: [],
      types: {},
      rows: occupationLabels.map((l) => [l.occupationUri, l.language, l.kind, l.label]),
    },
    {
      key: 'hierarchy',
      keyColumns: ['narrower_uri', 'broader_uri'],
      contentColumns: ['narrower_kind', 'broader_kind'],
      types: {},
      rows: hierarchy.map((e) => [e.narrowerUri, e.broaderUri, e.narrowerKind, e.broaderKind]),
    },
    {
      key: 'skillRelations',
      keyColumns: ['skill_uri', 'related_skill_uri'],
      contentColumns: ['relation_type'],
      types: { relation_type: 'skill_relation_type' },
      rows: skillRelations.map((r) => [r.skillUri, r.relatedSkillUri, r.relationType]),
    },
    {
      key: 'occupationSkills',
      keyColumns: ['occupation_uri', 'skill_uri'],
      contentColumns: ['relation_type'],
      types: { relation_type: 'skill_relation_type' },
      rows: occupationSkills.map((r) => [r.occupationUri, r.skillUri, r.relationType]),
    },
  ];
  const skippedRows = {
    hierarchy: archive.hierarchy.length - hierarchy.length,
    skillRelations: archive.skillRelations.length - skillRelations.length,
    occupationLabels: archive.occupationLabels.length - occupationLabels.length,
    occupationSkills: archive.occupationSkills.length - occupationSkills.length,
  };
  return { loads, skippedRows };
}

const columnsOf = (load: TableLoad) => [...load.keyColumns, ...load.contentColumns];
const stageTable = (load: TableLoad) => `esco_stage_${ESCO_ROWS[load.key].table}`;

async function stage(db: Db, load: TableLoad, onBatch: (done: number) => void): Promise<void> {
  const columns = columnsOf(load);
  const target = ESCO_ROWS[load.key].table;
  await db.execute(sql.raw(`create temp table ${stageTable(load)} on commit drop as select ${columns.join(', ')} from ${target} with no data`));

  // One text[] parameter per column, whatever the batch size; the select turns each into its column type.
  const selected = columns.map((c) => {
    const type = load.types[c];
    if (type === 'text[]') return `string_to_array(${c}, E'\\n')`;
    return type ? `${c}::${type}` : c;
  });
  const head = sql.raw(`insert into ${stageTable(load)} (${columns.join(', ')}) select ${selected.join(', ')} from unnest(`);
  const tail = sql.raw(`) as u(${columns.join(', ')})`);
  for (let start = 0; start < load.rows.length; start += BATCH_SIZE) {
    const batch = load.rows.slice(start, start + BATCH_SIZE);
    const params = columns.map((_, i) => sql`${sql.param(batch.map((row) => row[i] ?? null))}::text[]`);
    await db.execute(sql.join([head, sql.join(params, sql.raw(', ')), tail]));
    onBatch(start + batch.length);
  }
  await db.execute(sql.raw(`analyze ${stageTable(load)}`));
}

async function merge(db: Db, load: TableLoad): Promise<Pick<TableChanges, 'inserted' | 'updated'>> {
  const target = ESCO_ROWS[load.key].table;
  const columns = columnsOf(load).join(', ');
  const keys = load.keyColumns.join(', ');
  const matchesStage = load.keyColumns.map((c) => `t.${c} = s.${c}`).join(' and ');
  const set = [...load.contentColumns.map((c) => `${c} = excluded.${c}`), ...(load.hasUpdatedAt ? ['updated_at = now()'] : [])];
  const current = load.contentColumns.map((c) => `t.${c}`).join(', ');
  const incoming = load.contentColumns.map((c) => `excluded.${c}`).join(', ');
  // A row that is all key (a label) is either there or not: nothing to update.
  const onConflict = load.contentColumns.length
    ? `on conflict (${keys}) do update set ${set.join(', ')} where (${current}) is distinct from (${incoming})`
    : `on conflict (${keys}) do nothing`;
  // Every part of one statement sees the same snapshot, so `fresh` counts the rows absent before the insert.
  const statement = `
    with fresh as (
      select count(*)::int as n from ${stageTable(load)} s where not exists (select 1 from ${target} t where ${matchesStage})
    ), written as (
      insert into ${target} as t (${columns}) select ${columns} from ${stageTable(load)}
      ${onConflict}
      returning 1
    )
    select (select n from fresh) as inserted, (select count(*)::int from written) as written`;
  const [row] = rowsOf<{ inserted: number; written: number }>(await db.execute(sql.raw(statement)));
  const inserted = Number(row?.inserted ?? 0);
  return { inserted, updated: Number(row?.written ?? 0) - inserted };
}

async function deleteStale(db: Db, load: TableLoad): Promise<number> {
  const { table, where } = ESCO_ROWS[load.key];
  const matchesStage = load.keyColumns.map((c) => `t.${c} = s.${c}`).join(' and ');
  const statement = `
    with gone as (
      delete from ${table} t where ${where}
      and not exists (select 1 from ${stageTable(load)} s where ${matchesStage})
      returning 1
    )
    select count(*)::int as n from gone`;
  const [row] = rowsOf<{ n: number }>(await db.execute(sql.raw(statement)));
  return Number(row?.n ?? 0);
}
