import { DEMO_HISTORY_MONTHS } from './demo-history.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, type SQL } from 'drizzle-orm';
import { ORGANISATION_KINDS } from '@kc/contract/vocabulary';
import { rowsOf, type Database } from '@kc/db';
import { createTestDatabase } from '@kc/testing';
import { demoOccupationLabels, demoOfferingSkills, offeringTemplateOfTitle } from './demo-dataset.generator.ts';
import { removeDemoData, seedDemo, type SeedReport } from './demo-seed.service.ts';
import { DEMO_TABLE_NAMES, type DemoTableName } from './demo-tables.ts';
import { arrayLiteral } from './demo-table.ts';
import { loadOccupationCatalogue } from './occupation-catalogue.repository.ts';
import { assertSkillsPresent, MissingSkillsError } from './skill-catalogue.repository.ts';

let database: Database;

beforeAll(async () => {
  database = await createTestDatabase();
}, 180_000);

afterAll(async () => {
  await database?.close();
});

async function scalar(query: SQL): Promise<number> {
  const row = rowsOf<{ n: number | string }>(await database.db.execute(query))[0];
  return Number(row?.n ?? Number.NaN);
}

const demoRowsOf: Record<DemoTableName, SQL> = {
  organisations: sql`select * from organisations where is_demo`,
  users: sql`select * from users where is_demo`,
  memberships: sql`select * from memberships where user_id in (select id from users where is_demo)`,
  offerings: sql`select * from offerings where is_demo`,
  offering_skills: sql`select * from offering_skills where offering_id in (select id from offerings where is_demo)`,
  student_profiles: sql`select * from student_profiles where is_demo`,
  profile_skills: sql`select * from profile_skills where profile_id in (select id from student_profiles where is_demo)`,
  profile_target_occupations: sql`select * from profile_target_occupations where profile_id in (select id from student_profiles where is_demo)`,
  opportunities: sql`select * from opportunities where is_demo`,
  opportunity_skills: sql`select * from opportunity_skills where opportunity_id in (select id from opportunities where is_demo)`,
  applications: sql`select * from applications where is_demo`,
};

/** A digest of every demo row, to tell whether two states hold exactly the same data. */
async function fingerprint(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of DEMO_TABLE_NAMES) {
    const rows = rowsOf<{ digest: string; n: number | string }>(
      await database.db.execute(
        sql`select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as digest, count(*) as n from (${demoRowsOf[table]}) t`,
      ),
    );
    out[table] = `${rows[0]?.n}:${rows[0]?.digest}`;
  }
  return out;
}

describe('seedDemo on a database with ESCO', () => {
  let first: SeedReport;
  const steps = new Set<string>();

  it('finds every template occupation in ESCO, with enough skills', async () => {
    const labels = demoOccupationLabels();
    const catalogue = await loadOccupationCatalogue(database.db, labels);
    for (const label of labels) {
      const occupation = catalogue.get(label.toLowerCase());
      expect(occupation, label).toBeDefined();
      expect(occupation?.essential.length ?? 0, label).toBeGreaterThanOrEqual(5);
      expect(occupation?.optional.length ?? 0, label).toBeGreaterThanOrEqual(5);
    }
  });

  it('finds every skill an offering teaches in ESCO, under the label the catalogue gives it', async () => {
    const skills = demoOfferingSkills();
    const rows = rowsOf<{ uri: string; preferred_label: string }>(
      await database.db.execute(
        sql`select uri, preferred_label from skills where uri = any(${arrayLiteral(skills.map((s) => s.uri), false)}::text[])`,
      ),
    );
    const labelOf = new Map(rows.map((r) => [r.uri, r.preferred_label]));
    for (const skill of skills) expect(labelOf.get(skill.uri), skill.uri).toBe(skill.label);
    await expect(assertSkillsPresent(database.db, skills)).resolves.toBeUndefined();
    const missing = { uri: 'http://data.europa.eu/esco/skill/00000000-0000-0000-0000-000000000000', label: 'not a skill' };
    const failure = assertSkillsPresent(database.db, [...skills.slice(0, 3), missing]);
    await expect(failure).rejects.toBeInstanceOf(MissingSkillsError);
    await expect(failure).rejects.toThrow(/"not a skill" \(http:\/\/data\.europa\.eu\/esco\/skill\/0{8}-/);
  });

  it('seeds the default cluster', async () => {
    first = await seedDemo(database, { onProgress: (step) => steps.add(step) });
    expect(first.skipped).toBe(false);
    expect(first.counts.student_profiles).toBe(200);
    expect(first.counts.opportunities).toBe(90);
    expect(first.counts.offerings).toBe(40);
    expect(first.counts.organisations).toBeGreaterThanOrEqual(30);
    expect(first.totalInserted).toBe(Object.values(first.counts).reduce((a, b) => a + b, 0));
    for (const table of DEMO_TABLE_NAMES) expect(steps.has(table), table).toBe(true);

    const kinds = rowsOf<{ kind: string }>(await database.db.execute(sql`select distinct kind from organisations`)).map((r) => r.kind);
    expect(new Set(kinds)).toEqual(new Set(ORGANISATION_KINDS));
    expect(await scalar(sql`select count(*) as n from student_profiles`)).toBe(200);
    // Seventeen made-up months of shortage history before the reference month, each with demand and supply.
    expect(await scalar(sql`select count(*) as n from shortage_snapshots where is_demo`)).toBe(DEMO_HISTORY_MONTHS);
    expect(await scalar(sql`select count(distinct month) as n from shortage_snapshot_demand`)).toBe(DEMO_HISTORY_MONTHS);
    expect(await scalar(sql`select count(distinct month) as n from shortage_snapshot_supply`)).toBe(DEMO_HISTORY_MONTHS);
    expect(await scalar(sql`select count(*) as n from opportunities`)).toBe(90);
    expect(await scalar(sql`select count(*) as n from opportunities where kind = 'internship'`)).toBeGreaterThanOrEqual(20);
    expect(await scalar(sql`select count(*) as n from offerings`)).toBe(40);
    expect(await scalar(sql`select count(*) as n from applications`)).toBe(first.counts.applications);
    expect(first.counts.applications).toBeGreaterThan(0);
    expect(
      await scalar(sql`select count(*) as n from student_profiles p join organisations o on o.id = p.institution_id where o.kind <> 'university'`),
    ).toBe(0);
    for (const table of DEMO_TABLE_NAMES) {
      expect(await scalar(sql`select count(*) as n from (${demoRowsOf[table]}) t`), table).toBe(first.counts[table]);
    }
  }, 120_000);

  it('flags every row it created as demo data', async () => {
    for (const table of ['organisations', 'users', 'offerings', 'student_profiles', 'opportunities', 'applications']) {
      expect(await scalar(sql`select count(*) as n from ${sql.identifier(table)} where not is_demo`), table).toBe(0);
    }
    expect(await scalar(sql`select count(*) as n from users where email not like '%example.org'`)).toBe(0);
  });

  it('requires only ESCO skills, each set taken from one occupation with its essential/optional split', async () => {
    expect(await scalar(sql`select count(*) as n from opportunity_skills os left join skills s on s.uri = os.skill_uri where s.uri is null`)).toBe(0);
    const sizes = rowsOf<{ min: number; max: number; essentials: number | string }>(
      await database.db.execute(sql`
        select min(n) as min, max(n) as max, min(e) as essentials
        from (select opportunity_id, count(*)::int as n, count(*) filter (where importance = 'essential')::int as e
              from opportunity_skills group by opportunity_id) t`),
    )[0];
    expect(sizes?.min).toBeGreaterThanOrEqual(5);
    expect(sizes?.max).toBeLessThanOrEqual(12);
    expect(Number(sizes?.essentials)).toBeGreaterThanOrEqual(1);
    expect(
      await scalar(sql`
        with per_opportunity as (select opportunity_id, count(*) as n from opportunity_skills group by 1),
             matched as (
               select os.opportunity_id, oc.occupation_uri, count(*) as m
               from opportunity_skills os
               join occupation_skills oc on oc.skill_uri = os.skill_uri and oc.relation_type = os.importance
               group by 1, 2)
        select count(*) as n from per_opportunity p
        where not exists (select 1 from matched m where m.opportunity_id = p.opportunity_id and m.m = p.n)`),
    ).toBe(0);
    const perProfile = rowsOf<{ min: number; max: number }>(
      await database.db.execute(sql`select min(n) as min, max(n) as max from (select count(*)::int as n from profile_skills group by profile_id) t`),
    )[0];
    expect(perProfile?.min).toBeGreaterThanOrEqual(5);
    expect(perProfile?.max).toBeLessThanOrEqual(15);
    expect(await scalar(sql`select count(*) as n from offering_skills where offering_id not in (select id from offerings)`)).toBe(0);
  });

  it('teaches in every offering exactly the ESCO skills its template declares', async () => {
    const taught = rowsOf<{ title: string; skills: string[] }>(
      await database.db.execute(sql`
        select o.title, array_agg(s.preferred_label || '@' || os.level) as skills
        from offerings o join offering_skills os on os.offering_id = o.id join skills s on s.uri = os.skill_uri
        group by o.id, o.title`),
    );
    expect(taught.length).toBe(40);
    const sorted = (list: readonly string[]) => [...list].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const { title, skills } of taught) {
      const declared = offeringTemplateOfTitle(title)?.skills.map((s) => `${s.label}@${s.level}`) ?? [];
      expect(sorted(skills), title).toEqual(sorted(declared));
    }
    expect(
      await scalar(sql`
        select count(*) as n from offerings o join organisations p on p.id = o.provider_id
        where o.kind = 'degree_programme' and p.kind <> 'university'`),
    ).toBe(0);
    expect(
      await scalar(sql`
        select count(*) as n from organisations u where u.kind = 'university'
          and not exists (select 1 from offerings o where o.provider_id = u.id and o.kind = 'degree_programme')`),
    ).toBe(0);
  });

  it('changes nothing when run again', async () => {
    const before = await fingerprint();
    const again = await seedDemo(database);
    expect(again.skipped).toBe(true);
    expect(again.reason).toMatch(/already/);
    expect(again.totalInserted).toBe(0);
    expect(await fingerprint()).toEqual(before);
  });

  it('resets: removes the demo rows, keeps real ones, and recreates identical data', async () => {
    const before = await fingerprint();
    await database.db.execute(sql`
      insert into organisations (id, kind, name, slug) values ('00000000-0000-4000-8000-00000000aaaa', 'company', 'Real Co', 'real-co')`);
    await database.db.execute(sql`
      insert into users (id, email, display_name) values ('00000000-0000-4000-8000-00000000bbbb', 'someone@real.test', 'Someone Real')`);

    const report = await seedDemo(database, { reset: true });
    expect(report.skipped).toBe(false);
    expect(report.deleted).toEqual(first.counts);
    expect(report.counts).toEqual(first.counts);
    expect(await fingerprint()).toEqual(before);
    expect(await scalar(sql`select count(*) as n from organisations where not is_demo`)).toBe(1);
    expect(await scalar(sql`select count(*) as n from users where not is_demo`)).toBe(1);
    expect(await scalar(sql`select count(*) as n from pg_indexes where indexname like 'kc_seed_%'`)).toBe(0);
  }, 120_000);

  it('removes all demo data on request', async () => {
    const deleted = await removeDemoData(database);
    expect(deleted).toEqual(first.counts);
    for (const table of DEMO_TABLE_NAMES) {
      expect(await scalar(sql`select count(*) as n from (${demoRowsOf[table]}) t`), table).toBe(0);
    }
    expect(await scalar(sql`select count(*) as n from organisations`)).toBe(1);
    expect(await scalar(sql`select count(*) as n from shortage_snapshot_demand`)).toBe(0);
  });
});
