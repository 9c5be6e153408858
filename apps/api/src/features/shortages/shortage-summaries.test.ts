import postgres from 'postgres';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '@kc/db';
import { testDatabaseKind } from '@kc/testing';
import { byOrganisation, countGroupDemandSql, liveRequirements } from '../../services/shortage-queries.ts';
import { refreshSkillDemand } from '../../services/skill-demand.ts';
import { SKILLS, createTestApi, type TestApi, type TestUser } from '../../testing.ts';

/**
 * The summaries today's shortage views read, against the same figures counted from the source
 * tables, after every kind of write the product makes and a few it does not: `skill_supply`,
 * kept by triggers (migration 0020), and `skill_demand`, counted again by `refreshSkillDemand`
 * for the organisations the triggers name.
 */
let api: TestApi;
let provider: { organisation: { id: string }; admin: TestUser };

type SupplyRow = { skill_uri: string; level: number; holders: number; places: number; offerings: number };

const kept = async (): Promise<SupplyRow[]> =>
  rowsOf<SupplyRow>(
    await api.database.db.execute(sql`select skill_uri, level, holders, places, offerings from skill_supply order by skill_uri, level`),
  ).map((r) => ({ ...r, level: Number(r.level), places: Number(r.places) }));

/** The same figures counted from profile_skills, offerings and offering_skills. */
const counted = async (): Promise<SupplyRow[]> =>
  rowsOf<SupplyRow>(
    await api.database.db.execute(sql`select skill_uri, level, sum(holders)::int as holders, sum(places)::float8 as places, sum(offerings)::int as offerings
      from (
        select skill_uri, level, count(*) as holders, 0::float8 as places, 0 as offerings from profile_skills group by skill_uri, level
        union all
        select t.skill_uri, t.level, 0, sum(coalesce(f.yearly_capacity, f.seats, 0)), count(*)
        from offering_skills t join offerings f on f.id = t.offering_id and f.status = 'published' group by t.skill_uri, t.level
      ) levels
      group by skill_uri, level
      order by skill_uri, level`),
  ).map((r) => ({ ...r, level: Number(r.level), places: Number(r.places) }));

const expectInStep = async () => expect(await kept()).toEqual(await counted());
const rowOf = async (uri: string, level: number) => (await kept()).find((r) => r.skill_uri === uri && r.level === level);

async function newStudent(skills: { uri: string; level: number }[]): Promise<{ user: TestUser; id: string }> {
  const user = await api.signUp();
  const res = await api.request('POST', '/api/v1/students', { visibility: 'private', skills }, { as: user });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return { user, id: res.body.id };
}

async function newOffering(body: Record<string, unknown>): Promise<string> {
  const res = await api.request('POST', '/api/v1/offerings', { providerId: provider.organisation.id, kind: 'course', title: 'Counted', language: 'en', ...body }, { as: provider.admin });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id;
}

async function patchOffering(id: string, body: Record<string, unknown>) {
  const current = await api.request('GET', `/api/v1/offerings/${id}`, undefined, { as: provider.admin });
  const res = await api.request('PATCH', `/api/v1/offerings/${id}`, { ...body, version: current.body.version }, { as: provider.admin });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
}

beforeAll(async () => {
  api = await createTestApi();
  provider = await api.newOrganisation({ kind: 'university' });
});
afterAll(() => api?.close());

describe('the supply counters', () => {
  it('follow students as they add, change and remove skills, and as profiles go', async () => {
    await expectInStep();
    const before = (await rowOf(SKILLS.python, 3))?.holders ?? 0;
    const first = await newStudent([{ uri: SKILLS.python, level: 3 }, { uri: SKILLS.sql, level: 2 }]);
    const second = await newStudent([{ uri: SKILLS.python, level: 3 }]);
    expect((await rowOf(SKILLS.python, 3))?.holders).toBe(before + 2);
    await expectInStep();

    // One statement removes a skill, changes a level and adds another.
    const res = await api.request('PATCH', `/api/v1/students/${first.id}`, { skills: [{ uri: SKILLS.python, level: 4 }, { uri: SKILLS.javascript, level: 1 }], version: 1 }, { as: first.user });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect((await rowOf(SKILLS.python, 3))?.holders).toBe(before + 1);
    await expectInStep();

    // A profile deleted takes its skills with it (a cascade).
    await api.database.db.execute(sql`delete from student_profiles where id = ${second.id}`);
    await expectInStep();
    await api.database.db.execute(sql`update profile_skills set level = 2 where profile_id = ${first.id}`);
    await expectInStep();
  });

  it('follow offerings as they are published, resized, withdrawn and deleted, and their skills as they change', async () => {
    const draft = await newOffering({ status: 'draft', seats: 12, skills: [{ uri: SKILLS.sql, level: 3 }] });
    await expectInStep();
    await patchOffering(draft, { status: 'published' });
    expect((await rowOf(SKILLS.sql, 3))?.offerings).toBeGreaterThanOrEqual(1);
    await expectInStep();
    await patchOffering(draft, { yearlyCapacity: 40 });
    await expectInStep();
    await patchOffering(draft, { skills: [{ uri: SKILLS.sql, level: 2 }, { uri: SKILLS.projectManagement, level: 1 }] });
    await expectInStep();
    const other = await newOffering({ status: 'published', yearlyCapacity: 25, skills: [{ uri: SKILLS.projectManagement, level: 1 }] });
    await expectInStep();
    await patchOffering(other, { status: 'archived' });
    await expectInStep();
    await api.database.db.execute(sql`delete from offerings where id = ${draft}`);
    await expectInStep();
  });

  it('are rebuilt after a truncation, and by hand', async () => {
    await newStudent([{ uri: SKILLS.javascript, level: 2 }]);
    await api.database.db.execute(sql`truncate profile_skills`);
    expect((await kept()).some((r) => r.holders !== 0)).toBe(false);
    await expectInStep();
    await newStudent([{ uri: SKILLS.javascript, level: 2 }]);
    await api.database.db.execute(sql`update skill_supply set holders = holders + 100`);
    await api.database.db.execute(sql`select rebuild_skill_supply()`);
    await expectInStep();
  });

  const onServer = testDatabaseKind() === 'postgres';
  it.runIf(onServer)(`stay exact when many connections write the same skills at once${onServer ? '' : ' — skipped: PGlite has one connection'}`, async () => {
    // Concurrent transactions that each change several skills in one order and then another:
    // without taking turns, counters locked in crossing orders would deadlock or lose updates.
    const students = await Promise.all(Array.from({ length: 12 }, () => newStudent([{ uri: SKILLS.python, level: 1 }])));
    const clients = Array.from({ length: 6 }, () => postgres(api.database.location, { max: 1, onnotice: () => {} }));
    try {
      await Promise.all(
        students.map((s, i) =>
          (clients[i % clients.length] as postgres.Sql).begin(async (tx) => {
            const order = i % 2 === 0 ? [SKILLS.sql, SKILLS.javascript] : [SKILLS.javascript, SKILLS.sql];
            for (const uri of order) {
              await tx`insert into profile_skills (profile_id, skill_uri, level) values (${s.id}, ${uri}, 2)`;
              await tx`select pg_sleep(0.01)`;
            }
            await tx`update profile_skills set level = 3 where profile_id = ${s.id} and skill_uri = ${SKILLS.python}`;
          }),
        ),
      );
    } finally {
      await Promise.all(clients.map((c) => c.end()));
    }
    await expectInStep();
  });
});

const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Sofia' }).format(new Date());
const daysFrom = (day: string, days: number) => new Date(Date.parse(`${day}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

type DemandRow = { skill_uri: string; organisation_id: string; share: number; positions: number; opportunities: number; lowest_level: number; d1: number; d4: number };
const demandColumns = sql`skill_uri, organisation_id::text as organisation_id, share, positions::int as positions, opportunities::int as opportunities, lowest_level::int as lowest_level, d1, d4`;
const readDemand = (rows: unknown) => rowsOf<DemandRow>(rows).map((r) => ({ ...r, share: Number(r.share), d1: Number(r.d1), d4: Number(r.d4) }));

/** skill_demand after a refresh for `day`. */
async function keptDemand(day = today): Promise<DemandRow[]> {
  await refreshSkillDemand(api.database.db, day);
  return readDemand(await api.database.db.execute(sql`select ${demandColumns} from skill_demand order by skill_uri, organisation_id`));
}
/** The same, counted from every requirement of every posting. */
async function countedDemand(day = today): Promise<DemandRow[]> {
  return readDemand(
    await api.database.db.execute(sql`with ${liveRequirements(day, {})}, ${byOrganisation} select ${demandColumns} from by_organisation order by skill_uri, organisation_id`),
  );
}
type GroupDemandRow = { group_uri: string; organisation_id: string; share: number; positions: number };
const readGroups = (rows: unknown) => rowsOf<GroupDemandRow>(rows).map((r) => ({ ...r, share: Number(r.share) }));
const groupColumns = sql`group_uri, organisation_id::text as organisation_id, share, positions`;
/** skill_group_demand as kept, and as counted into a scratch copy from every requirement, rolled back. */
async function groupDemand(day: string): Promise<{ kept: GroupDemandRow[]; counted: GroupDemandRow[] }> {
  await refreshSkillDemand(api.database.db, day);
  const kept = readGroups(await api.database.db.execute(sql`select ${groupColumns} from skill_group_demand order by group_uri, organisation_id`));
  let counted: GroupDemandRow[] = [];
  await api.database.db
    .transaction(async (tx) => {
      await tx.execute(sql`delete from skill_group_demand`);
      await tx.execute(countGroupDemandSql(liveRequirements(day, {})));
      counted = readGroups(await tx.execute(sql`select ${groupColumns} from skill_group_demand order by group_uri, organisation_id`));
      throw new RolledBack();
    })
    .catch((error: unknown) => {
      if (!(error instanceof RolledBack)) throw error;
    });
  return { kept, counted };
}
class RolledBack extends Error {}

const expectDemandInStep = async (day = today) => {
  expect(await keptDemand(day)).toEqual(await countedDemand(day));
  const groups = await groupDemand(day);
  expect(groups.kept).toEqual(groups.counted);
};

describe("today's demand per skill and organisation", () => {
  let company: { organisation: { id: string }; admin: TestUser };
  let other: { organisation: { id: string }; admin: TestUser };

  async function post(org: typeof company, body: Record<string, unknown>): Promise<string> {
    const res = await api.request(
      'POST',
      '/api/v1/opportunities',
      { organisationId: org.organisation.id, kind: 'job', title: 'Counted need', headcount: 2, status: 'open', occupationUri: null, skills: [{ uri: SKILLS.python, level: 2, importance: 'essential' }], ...body },
      { as: org.admin },
    );
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.id;
  }
  async function patch(org: typeof company, id: string, body: Record<string, unknown>) {
    const current = await api.request('GET', `/api/v1/opportunities/${id}`, undefined, { as: org.admin });
    const res = await api.request('PATCH', `/api/v1/opportunities/${id}`, { ...body, version: current.body.version }, { as: org.admin });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  }

  beforeAll(async () => {
    company = await api.newOrganisation();
    other = await api.newOrganisation({ kind: 'research_institute' });
  });

  it('follow postings as they open, change, close and go', async () => {
    await expectDemandInStep();
    const first = await post(company, { deadline: daysFrom(today, 20), skills: [{ uri: SKILLS.python, level: 2, importance: 'essential' }, { uri: SKILLS.sql, level: 4, importance: 'optional' }] });
    const second = await post(other, { headcount: 5 });
    await expectDemandInStep();
    expect((await keptDemand()).find((r) => r.skill_uri === SKILLS.python && r.organisation_id === other.organisation.id)).toMatchObject({ positions: 5, share: 5 });
    // Python and SQL share groups: the company's one posting counts once in each.
    const groups = (await groupDemand(today)).kept.filter((g) => g.organisation_id === company.organisation.id);
    expect(groups.length).toBeGreaterThan(0);
    expect(groups.every((g) => g.positions === 2)).toBe(true);

    await patch(company, first, { headcount: 4, skills: [{ uri: SKILLS.javascript, level: 1, importance: 'essential' }] });
    await expectDemandInStep();
    await patch(other, second, { status: 'closed' });
    await expectDemandInStep();
    expect((await keptDemand()).some((r) => r.organisation_id === other.organisation.id)).toBe(false);

    // Written behind the API's back, and a posting deleted with its requirements.
    await api.database.db.execute(sql`update opportunities set deadline = ${daysFrom(today, -1)}::date where id = ${first}`);
    await expectDemandInStep();
    await api.database.db.execute(sql`update opportunities set deadline = null where id = ${first}`);
    await post(company, {});
    await api.database.db.execute(sql`delete from opportunities where id = ${first}`);
    await expectDemandInStep();
  });

  it('are counted again when the day changes the urgency of a deadline', async () => {
    await post(company, { deadline: daysFrom(today, 25), headcount: 3 });
    await expectDemandInStep();
    // Forty days on, the posting is no longer due within the month: its weight falls.
    const later = daysFrom(today, 40);
    await expectDemandInStep(later);
    expect(await keptDemand(later)).not.toEqual(await keptDemand(today));
    await expectDemandInStep();
  });

  it('are counted again in full after a truncation or a count by hand', async () => {
    await api.database.db.execute(sql`update skill_demand set share = share + 100`);
    await api.database.db.execute(sql`delete from skill_demand_state`);
    await expectDemandInStep();
    await api.database.db.execute(sql`truncate opportunities cascade`);
    await expectDemandInStep();
    expect(await keptDemand()).toEqual([]);
  });
});
