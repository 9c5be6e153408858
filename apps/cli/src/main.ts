import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  BackupFileError,
  backupDatabase,
  BackupSchemaError,
  DataDirBusyError,
  migrate,
  otherSessions,
  readBackupHeader,
  restoreDatabase,
  RestoreFailedError,
  schemaVersion,
  type BackupHeader,
  type Database,
} from '@kc/db';
import { enableDemoSignIn, openConfiguredDatabase, parseEnv, type Env } from '@kc/runtime';
import { importEsco, installClusterSkills, TAXONOMY_TABLES, taxonomyStatus } from '@kc/taxonomy';
import { currentReferenceDate, seedDemo } from '@kc/seed';
import { createSearchEngine, reindex, SearchSync, searchStatus, type SearchEngine } from '@kc/search';
import { createProgress } from './progress.ts';
import { loadOccupationIndexForCli, matchOccupationsJsonl } from './occupations-match.ts';
import { extractJsonl, loadIndexForCli } from './skills-extract.ts';

const HELP = `Knowledge City Skills Exchange — project commands

Usage: pnpm kc <command> [options]

  db migrate                 Apply pending database migrations
  db status                  Show the schema version
  esco import [--force]      Load the ESCO v1.1.1 taxonomy (skips when already loaded; --force re-checks every row)
  esco status                Show the loaded ESCO release and its counts
  seed [--scale N] [--reset] [--reference-date YYYY-MM-DD]
                             Load the demo cluster (N multiplies students, opportunities and offerings;
                             dates are relative to the reference date, by default today)
  search reindex             Rebuild every search collection from the database
  search status              Documents per collection in the search engine, and the outbox lag
  search sync                Send every change waiting in the outbox now, retries included
  skills extract --jsonl     Read {"id", "text"} lines on stdin, write {"id", "skills"} lines on stdout
  occupations match --jsonl  Read {"id", "text"} or {"id", "skills": [uri, …]} lines on stdin, write {"id", "occupations"} lines on stdout
  backup FILE                Write the whole database to FILE (gzipped JSON lines, a consistent snapshot;
                             on PostgreSQL it runs while the app keeps working)
  restore FILE --yes         Replace all data with FILE's, in one transaction (all or nothing); into an
                             empty database it applies the backup's migrations first, then the newer ones
  help                       Show this text

The database is PostgreSQL when DATABASE_URL is set, else the embedded PGlite in DATA_DIR (default .data).
Search uses Meilisearch when MEILI_URL (and MEILI_MASTER_KEY) is set, else the Postgres engine in the database.
The embedded database can be open in one process only: stop the app before running these commands on it.
After a restore on PostgreSQL, restart the app; with MEILI_URL, run pnpm kc search reindex.`;

type Command = (database: Database, args: string[], env: Env) => Promise<void>;

const out = (line: string) => process.stdout.write(`${line}\n`);

const commands: Record<string, Command> = {
  'db migrate': async (database) => {
    await migrate(database);
    const version = await schemaVersion(database);
    out(`Schema is at ${version.latest} (${version.applied} migrations applied).`);
  },
  'db status': async (database) => {
    const version = await schemaVersion(database);
    out(`${database.kind} at ${database.location}: ${version.latest ?? 'empty'} (${version.applied} applied, ${version.pending} pending)`);
  },
  'esco import': async (database, args) => {
    const { values } = parseArgs({ args, options: { force: { type: 'boolean', default: false } } });
    await migrate(database);
    const progress = createProgress();
    const report = await importEsco(database, { force: values.force, onProgress: progress.update });
    progress.done();
    const starter = await installClusterSkills(database.db);
    if (starter.installed.length > 0) out(`Added ${starter.installed.length} starter cluster skills that ESCO lacks (React, Docker, Kubernetes, …).`);
    if (report.skipped) {
      out(`ESCO ${report.version} is already loaded and unchanged (${report.counts.skills.toLocaleString('en')} skills); use --force to re-check every row.`);
      return;
    }
    out(`ESCO ${report.version} imported into ${database.kind} in ${(report.durationMs / 1000).toFixed(1)} s.`);
    for (const table of TAXONOMY_TABLES) {
      const count = report.counts[table];
      const change = report.changes[table];
      const changeText = `  (+${change.inserted} ~${change.updated} -${change.deleted})`;
      out(`  ${table.padEnd(18)} ${count.toLocaleString('en').padStart(9)}${changeText}`);
    }
    for (const [table, count] of Object.entries(report.skippedRows)) {
      if (count > 0) out(`  skipped ${count} ${table} row(s) of the archive that name a concept the archive does not define`);
    }
  },
  'esco status': async (database) => {
    const status = await taxonomyStatus(database.db);
    if (!status.version) {
      out('No ESCO release is loaded. Run: pnpm kc esco import');
      return;
    }
    out(`ESCO ${status.version}, imported ${status.importedAt?.toISOString()}`);
    for (const [table, count] of Object.entries(status.counts)) out(`  ${table.padEnd(18)} ${count.toLocaleString('en').padStart(9)}`);
  },
  seed: async (database, args, env) => {
    const { values } = parseArgs({
      args,
      options: {
        scale: { type: 'string', default: '1' },
        reset: { type: 'boolean', default: false },
        'reference-date': { type: 'string', default: currentReferenceDate() },
      },
    });
    const scale = Number(values.scale);
    if (!Number.isInteger(scale) || scale < 1 || scale > 10_000) throw new UsageError('--scale must be a whole number from 1 to 10000');
    const referenceDate = values['reference-date'];
    if (!/^\d{4}-\d{2}-\d{2}$/.test(referenceDate) || Number.isNaN(Date.parse(referenceDate))) {
      throw new UsageError('--reference-date must be a date like 2026-09-01');
    }
    await migrate(database);
    const status = await taxonomyStatus(database.db);
    if (status.counts.skills === 0) throw new UsageError('ESCO is not loaded yet. Run: pnpm kc esco import');
    const progress = createProgress();
    const report = await seedDemo(database, { scale, referenceDate, reset: values.reset, onProgress: progress.update });
    progress.done();
    await enableDemoSignIn(database.db, env.DEMO_PASSWORD);
    if (report.skipped) {
      out('Demo data is already there; nothing changed. Use --reset to replace it.');
      return;
    }
    out(`Demo data (scale ${scale}) loaded in ${(report.durationMs / 1000).toFixed(1)} s:`);
    for (const [table, count] of Object.entries(report.counts)) out(`  ${table.padEnd(18)} ${count.toLocaleString('en').padStart(9)}`);
  },
  'search reindex': async (database, _args, env) => {
    const engine = searchEngineFor(database, env);
    const started = Date.now();
    out(`Rebuilding the ${engine.name} search collections from ${database.kind}…`);
    await reindex(database.db, engine, {
      onCollection: ({ collection, documents }) => out(`  ${collection.padEnd(14)} ${documents.toLocaleString('en').padStart(9)} documents`),
    });
    out(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  },
  'search status': async (database, _args, env) => {
    const status = await searchStatus(database.db, searchEngineFor(database, env));
    out(`Search engine: ${status.engine}`);
    out(`  ${'collection'.padEnd(14)} ${'indexed'.padStart(9)} ${'expected'.padStart(9)}`);
    for (const c of status.collections) {
      const mark = c.indexed === c.expected ? '' : '  (differs: changes in the outbox, or run pnpm kc search reindex)';
      out(`  ${c.collection.padEnd(14)} ${c.indexed.toLocaleString('en').padStart(9)} ${c.expected.toLocaleString('en').padStart(9)}${mark}`);
    }
    const { pending, failing, oldestSeconds, lastError } = status.outbox;
    out(`Outbox: ${pending} change(s) waiting${pending > 0 ? `, the oldest for ${oldestSeconds} s` : ''}${failing > 0 ? `; ${failing} failed at least once` : ''}.`);
    if (lastError) out(`Last error: ${lastError}`);
  },
  'search sync': async (database, _args, env) => {
    const engine = searchEngineFor(database, env);
    const report = await new SearchSync(database.db, engine).drain({ includeWaiting: true });
    out(`Sent ${report.synced} change(s) to ${engine.name}${report.failed > 0 ? `; ${report.failed} failed and stay in the outbox` : ''}.`);
    if (report.failed > 0) throw new UsageError('Some changes could not be sent; see pnpm kc search status.');
  },
  backup: async (database, args) => {
    const file = fileArgument(args, {}, 'Usage: pnpm kc backup FILE').file;
    const progress = createProgress();
    const report = await backupDatabase(database, file, { onProgress: progress.update });
    progress.done();
    out(
      `Backed up ${database.kind} at ${database.location} (${schemaText(report.header)}) to ${file}: ` +
        `${report.totalRows.toLocaleString('en')} rows in ${report.header.tables.length} tables, ${megabytes(report.bytes)}, ${seconds(report.durationMs)}.`,
    );
    for (const table of report.header.tables) out(`  ${table.name.padEnd(18)} ${table.rows.toLocaleString('en').padStart(9)}`);
  },
  restore: async (database, args, env) => {
    const { file, yes } = fileArgument(args, { yes: { type: 'boolean', default: false } }, 'Usage: pnpm kc restore FILE --yes');
    const header = await readBackupHeader(file);
    const rows = header.tables.reduce((sum, t) => sum + t.rows, 0);
    out(`${file}: a backup of ${header.databaseKind} made ${header.createdAt}, ${schemaText(header)}, ${rows.toLocaleString('en')} rows in ${header.tables.length} tables.`);
    const others = database.kind === 'postgres' ? await otherSessions(database) : 0;
    const busy =
      others > 0
        ? `${others} other connection(s) to this database are open, probably the running app: stop it first, or restart it right after the restore (it keeps the skill index and search state in memory).`
        : null;
    if (yes !== true) {
      const version = await schemaVersion(database);
      if (busy) out(busy);
      throw new UsageError(
        `Restoring replaces every row of ${database.kind} at ${database.location} (now at ${version.latest ?? 'no schema'}). Run again with --yes to do it.`,
      );
    }
    if (busy) out(busy);
    const progress = createProgress();
    const report = await restoreDatabase(database, file, { onProgress: progress.update });
    progress.done();
    out(
      `Restored into ${database.kind} at ${database.location} in ${seconds(report.durationMs)}: ` +
        `${report.rowsBefore.toLocaleString('en')} rows replaced by ${report.rowsAfter.toLocaleString('en')}.`,
    );
    out(`  ${'table'.padEnd(18)} ${'before'.padStart(9)} ${'after'.padStart(9)}`);
    for (const t of report.tables) out(`  ${t.name.padEnd(18)} ${t.before.toLocaleString('en').padStart(9)} ${t.after.toLocaleString('en').padStart(9)}`);
    if (report.migrated) {
      const newer = report.migrated.after - report.migrated.before;
      out(
        `The database was empty: it got the backup's ${report.migrated.before} migrations, then the data` +
          `${newer > 0 ? `, then ${newer} newer migration(s)` : ''}; schema now ${report.schema.latest} (${report.schema.applied} migrations).`,
      );
    }
    if (env.MEILI_URL) out('Search runs on Meilisearch (MEILI_URL): run pnpm kc search reindex now, so its index matches the restored data.');
    if (database.kind === 'postgres') {
      out(
        report.otherConnections > 0
          ? `${report.otherConnections} other connection(s) are still open: restart the app now, so it rebuilds its skill index and search state from the restored data.`
          : 'If the app runs against this database, restart it so it rebuilds its in-memory state from the restored data.',
      );
    }
  },
};

type FlagOptions = Record<string, { type: 'boolean'; default: boolean }>;

/** The one FILE argument, resolved against the directory pnpm was started in. */
function fileArgument(args: string[], options: FlagOptions, usage: string): { file: string; yes?: boolean } {
  let parsed;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true });
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
  }
  const [file, ...extra] = parsed.positionals;
  if (!file || extra.length > 0) throw new UsageError(usage);
  const yes = (parsed.values as Record<string, boolean | undefined>).yes;
  return { file: resolve(process.env.INIT_CWD ?? process.cwd(), file), yes };
}

function schemaText(header: BackupHeader): string {
  return header.schema.applied === 0 ? 'no schema' : `schema ${header.schema.latest ?? 'unknown to this code'} (${header.schema.applied} migrations)`;
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function searchEngineFor(database: Database, env: Env): SearchEngine {
  return createSearchEngine(database.db, { meiliUrl: env.MEILI_URL, meiliMasterKey: env.MEILI_MASTER_KEY });
}

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  const [first, second, ...rest] = argv;
  if (!first || first === 'help' || first === '--help' || first === '-h') {
    out(HELP);
    return first ? 0 : 1;
  }
  const twoWord = second !== undefined ? commands[`${first} ${second}`] : undefined;
  const command = twoWord ?? commands[first];
  const args = twoWord ? rest : argv.slice(1);
  if (first === 'occupations' && second === 'match') {
    if (!rest.includes('--jsonl')) throw new UsageError('Usage: pnpm --silent kc occupations match --jsonl < requests.jsonl');
    await matchOccupationsJsonl(loadOccupationIndexForCli(), process.stdin, process.stdout);
    return 0;
  }
  if (!command && !(first === 'skills' && second === 'extract')) {
    process.stderr.write(`Unknown command: ${argv.join(' ')}\n\n${HELP}\n`);
    return 2;
  }
  const env = parseEnv();
  if (first === 'skills' && second === 'extract') {
    if (!rest.includes('--jsonl')) throw new UsageError('Usage: pnpm --silent kc skills extract --jsonl < requests.jsonl');
    const index = await loadIndexForCli(() => openConfiguredDatabase(env, { role: 'cli', command: argv.join(' ') }));
    await extractJsonl(index, process.stdin, process.stdout);
    return 0;
  }
  const database = await openConfiguredDatabase(env, { role: 'cli', command: argv.join(' ') });
  try {
    if (!command) return 2;
    await command(database, args, env);
    return 0;
  } finally {
    await database.close();
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  const known =
    error instanceof DataDirBusyError ||
    error instanceof UsageError ||
    error instanceof BackupFileError ||
    error instanceof BackupSchemaError ||
    error instanceof RestoreFailedError ||
    (error instanceof Error && error.message.startsWith('Invalid configuration'));
  process.stderr.write(`${known ? (error as Error).message : error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = known ? 2 : 1;
}
