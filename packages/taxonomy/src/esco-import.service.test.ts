import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, openDatabase, rowsOf, type Database } from '@kc/db';
import { readEscoArchive } from './esco-archive.ts';
import { importEsco, type ImportReport } from './esco-import.service.ts';
import { taxonomyStatus, TAXONOMY_TABLES, type TaxonomyCounts } from './esco-queries.ts';

const IMPORT_TIMEOUT = 180_000;
const adminUrl = process.env.TEST_DATABASE_URL;

const archive = readEscoArchive();
const SKILL = 'http://data.europa.eu/esco/skill/0005c151-5b5a-4a66-8aac-60e734beb1ab';
const OTHER_SKILL = 'http://data.europa.eu/esco/skill/00064735-8fad-454b-90c7-ed858cc993f2';

/** Counts of a full import: every archive row, less the rows reported as referencing unknown concepts. */
function expectedCounts(report: ImportReport): TaxonomyCounts {
  return {
    skills: archive.skills.length,
    skillGroups: archive.skillGroups.length,
    hierarchy: archive.hierarchy.length - report.skippedRows.hierarchy,
    skillRelations: archive.skillRelations.length - report.skippedRows.skillRelations,
    occupations: archive.occupations.length,
    occupationLabels: archive.occupationLabels.length - report.skippedRows.occupationLabels,
    occupationSkills: archive.occupationSkills.length - report.skippedRows.occupationSkills,
  };
}

function expectNoChanges(report: ImportReport) {
  for (const table of TAXONOMY_TABLES) expect(report.changes[table], table).toEqual({ inserted: 0, updated: 0, deleted: 0 });
}

function importSuite(open: () => Promise<{ database: Database; drop?: () => Promise<void> }>) {
  let database: Database;
  let drop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    ({ database, drop } = await open());
    await migrate(database);
  }, IMPORT_TIMEOUT);
  afterAll(async () => {
    await database.close();
    await drop?.();
  });

  const query = async <T>(statement: string) => rowsOf<T>(await database.db.execute(sql.raw(statement)));
  const updatedAt = async (uri: string) =>
    (await query<{ at: string }>(`select updated_at::text as at from skills where uri = '${uri}'`))[0]?.at;

  it(
    'imports the whole release',
    async () => {
      const steps = new Map<string, [number, number]>();
      const report = await importEsco(database, { onProgress: (step, done, total) => steps.set(step, [done, total]) });
      console.info(`[taxonomy] first import on ${database.kind}: ${report.durationMs} ms`);

      expect(report.skipped).toBe(false);
      expect(report.counts).toEqual(expectedCounts(report));
      expect(report.counts).toMatchObject({ skills: 13_896, skillGroups: 640, occupations: 3_007 });
      // The release links 67 occupation-skill rows to one occupation missing from occupations_en.csv,
      // and 7 hierarchy edges to skill groups missing from skillGroups_en.csv.
      expect(report.skippedRows).toEqual({ hierarchy: 7, skillRelations: 0, occupationLabels: 0, occupationSkills: 67 });
      // Every English label of the release and the 20,417 Bulgarian ones.
      expect(report.counts.occupationLabels).toBe(56_315);
      expect(report.counts.occupationSkills + report.skippedRows.occupationSkills).toBe(123_855);
      for (const table of TAXONOMY_TABLES) {
        expect(report.changes[table], table).toEqual({ inserted: report.counts[table], updated: 0, deleted: 0 });
      }
      expect([...steps.keys()]).toEqual(['read', 'stage', 'merge', 'delete', 'record']);
      for (const [step, [done, total]] of steps) expect(done, step).toBe(total);

      const status = await taxonomyStatus(database.db);
      expect(status.version).toBe('v1.1.1');
      expect(status.importedAt).toBeInstanceOf(Date);
      expect(status.counts).toEqual(report.counts);
    },
    IMPORT_TIMEOUT,
  );

  it('skips a second import of the same release', async () => {
    const report = await importEsco(database);
    expect(report.skipped).toBe(true);
    expect(report.counts).toEqual(expectedCounts(report));
    expect(report.skippedRows.occupationSkills).toBe(67);
    expectNoChanges(report);
  });

  it(
    'changes nothing when forced on an up-to-date database',
    async () => {
      const before = await updatedAt(SKILL);
      const report = await importEsco(database, { force: true });
      console.info(`[taxonomy] forced re-import on ${database.kind}: ${report.durationMs} ms`);
      expect(report.skipped).toBe(false);
      expect(report.counts).toEqual(expectedCounts(report));
      expectNoChanges(report);
      expect(await updatedAt(SKILL)).toBe(before);
    },
    IMPORT_TIMEOUT,
  );

  it(
    'repairs drift: restores edited and missing rows, deletes stray ESCO rows, keeps local skills',
    async () => {
      const untouchedBefore = await updatedAt(OTHER_SKILL);
      const [edge] = await query<{ occupation_uri: string; skill_uri: string }>('select occupation_uri, skill_uri from occupation_skills limit 1');
      if (!edge) throw new Error('no occupation skill to remove');
      await query(`update skills set preferred_label = 'edited label', updated_at = now() - interval '1 day' where uri = '${SKILL}'`);
      await query(`delete from occupation_skills where occupation_uri = '${edge.occupation_uri}' and skill_uri = '${edge.skill_uri}'`);
      await query(`update skill_relations set relation_type = case relation_type when 'optional' then 'essential'::skill_relation_type else 'optional' end
        where (skill_uri, related_skill_uri) = (select skill_uri, related_skill_uri from skill_relations limit 1)`);
      await query(`insert into skills (uri, preferred_label) values ('http://data.europa.eu/esco/skill/stray', 'no longer in ESCO')`);
      await query(`insert into skills (uri, preferred_label, is_local) values ('urn:kc:skill:local-test', 'local skill', true)`);
      await query(`insert into skill_hierarchy values ('urn:kc:skill:local-test', 'skill', '${SKILL}', 'skill')`);

      // The counts no longer match the recorded import, so no force is needed.
      const report = await importEsco(database);
      expect(report.skipped).toBe(false);
      expect(report.changes.skills).toEqual({ inserted: 0, updated: 1, deleted: 1 });
      expect(report.changes.occupationSkills).toEqual({ inserted: 1, updated: 0, deleted: 0 });
      expect(report.changes.skillRelations).toEqual({ inserted: 0, updated: 1, deleted: 0 });
      expect(report.changes.hierarchy).toEqual({ inserted: 0, updated: 0, deleted: 0 });
      expect(report.counts).toEqual(expectedCounts(report));

      const [skill] = await query<{ preferred_label: string; fresh: boolean }>(
        `select preferred_label, updated_at > now() - interval '1 hour' as fresh from skills where uri = '${SKILL}'`,
      );
      expect(skill).toEqual({ preferred_label: 'manage musical staff', fresh: true });
      expect(await updatedAt(OTHER_SKILL)).toBe(untouchedBefore);
      const local = await query<{ n: number }>(
        `select count(*)::int as n from skill_hierarchy where narrower_uri = 'urn:kc:skill:local-test'`,
      );
      expect(local[0]?.n).toBe(1);
      expect((await taxonomyStatus(database.db)).counts).toEqual(report.counts);
    },
    IMPORT_TIMEOUT,
  );
}

describe.skipIf(adminUrl)(adminUrl ? 'importEsco on in-memory PGlite: skipped, this run is the PostgreSQL one' : 'importEsco on in-memory PGlite', () => {
  importSuite(async () => ({ database: await openDatabase({ memory: true }) }));
});

const postgresSuite = adminUrl
  ? 'importEsco on PostgreSQL'
  : 'importEsco on PostgreSQL: skipped, set TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres to run';
describe.skipIf(!adminUrl)(postgresSuite, () => {
  importSuite(async () => {
    const admin = await openDatabase({ databaseUrl: adminUrl ?? '', maxConnections: 1 });
    const name = `kc_test_taxonomy_${randomBytes(4).toString('hex')}_${process.pid}`;
    await admin.db.execute(sql.raw(`create database ${name}`));
    const url = new URL(adminUrl ?? '');
    url.pathname = `/${name}`;
    return {
      database: await openDatabase({ databaseUrl: url.toString(), maxConnections: 2 }),
      drop: async () => {
        await admin.db.execute(sql.raw(`drop database if exists ${name} with (force)`));
        await admin.close();
      },
    };
  });
});
