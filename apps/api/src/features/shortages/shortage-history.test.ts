import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths, priority } from '@kc/analytics';
import { rowsOf } from '@kc/db';
import { takeShortageSnapshot } from '../../services/shortages.service.ts';
import { SKILLS, createTestApi, expectErrorShape, type TestApi, type TestUser } from '../../testing.ts';
import { shortagesCsv } from './shortage-csv.ts';

/**
 * The shortage history, unmet demand, groups, causes and exports, on hand-built data. Only
 * postings made here count: the test database holds no other open demand.
 */
let api: TestApi;
let clusterAdmin: TestUser;
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Sofia' }).format(new Date());
const thisMonth = today.slice(0, 7);
const dayOf = (month: string) => `${month}-15`;
const SECTOR = 'Информационни технологии';

type Org = { organisation: { id: string }; admin: TestUser };
let a: Org, b: Org, c: Org, d: Org, e: Org, f: Org;

async function post(org: Org, headcount: number, skills: { uri: string; level: number }[], extra: Record<string, unknown> = {}): Promise<string> {
  const res = await api.request(
    'POST',
    '/api/v1/opportunities',
    { organisationId: org.organisation.id, kind: 'job', title: `Need ${Math.random()}`, headcount, status: 'open', occupationUri: null, skills: skills.map((s) => ({ ...s, importance: 'essential' })), ...extra },
    { as: org.admin },
  );
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id;
}

async function close(org: Org, id: string, cause: string | null) {
  const current = await api.request('GET', `/api/v1/opportunities/${id}`, undefined, { as: org.admin });
  const res = await api.request('PATCH', `/api/v1/opportunities/${id}`, { status: 'closed', version: current.body.version, ...(cause ? { unfilledCause: cause } : {}) }, { as: org.admin });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
}

const get = (path: string, as?: TestUser) => api.request('GET', path, undefined, as ? { as } : {});

beforeAll(async () => {
  api = await createTestApi();
  clusterAdmin = await api.clusterAdmin();
  [a, b, c, d, e, f] = await Promise.all([
    api.newOrganisation({ sector: SECTOR }),
    api.newOrganisation({ sector: SECTOR }),
    api.newOrganisation(),
    api.newOrganisation(),
    api.newOrganisation(),
    api.newOrganisation({ kind: 'university' }),
  ]);
});
afterAll(() => api?.close());

describe('monthly snapshots', () => {
  let kept: string;
  let removed: string;

  beforeAll(async () => {
    kept = await post(a, 3, [{ uri: SKILLS.python, level: 2 }]);
    removed = await post(b, 4, [{ uri: SKILLS.python, level: 1 }]);
    // Seven complete months before this one, demand growing by one position a month: enough for a projection.
    for (let back = 7; back >= 1; back--) {
      await api.database.db.execute(sql`update opportunities set headcount = ${10 - back} where id = ${kept}`);
      await takeShortageSnapshot(api.database.db, dayOf(addMonths(thisMonth, -back)));
    }
    await api.database.db.execute(sql`update opportunities set headcount = 3 where id = ${kept}`);
    await takeShortageSnapshot(api.database.db, today);
  });

  it('keep a month as it was when postings are edited and deleted later', async () => {
    const before = await get(`/api/v1/shortages/trend?skill=${encodeURIComponent(SKILLS.python)}&months=8&view=cluster`, clusterAdmin);
    expect(before.status).toBe(200);
    const lastMonth = before.body.points.at(-2);
    // Python a month ago: kept at 9 positions, removed at 4, no deadline, essential: 13.
    expect(lastMonth).toMatchObject({ month: addMonths(thisMonth, -1), recorded: true, current: false, demand: 13, positions: 13 });

    const current = await api.request('GET', `/api/v1/opportunities/${removed}`, undefined, { as: b.admin });
    await api.request('PATCH', `/api/v1/opportunities/${removed}`, { status: 'draft', version: current.body.version }, { as: b.admin });
    expect((await api.request('DELETE', `/api/v1/opportunities/${removed}`, undefined, { as: b.admin })).status).toBe(204);
    await api.database.db.execute(sql`update opportunities set headcount = 1 where id = ${kept}`);

    const after = await get(`/api/v1/shortages/trend?skill=${encodeURIComponent(SKILLS.python)}&months=8&view=cluster`, clusterAdmin);
    expect(after.body.points.slice(0, -1)).toEqual(before.body.points.slice(0, -1));
    // The past is not rewritten: taking a month already past again is refused.
    await expect(takeShortageSnapshot(api.database.db, dayOf(addMonths(thisMonth, -1)))).rejects.toThrow(/history/);
    // The running month is refreshed from today's rows: only the kept posting, now 1 position.
    await takeShortageSnapshot(api.database.db, today);
    const refreshed = await get(`/api/v1/shortages/trend?skill=${encodeURIComponent(SKILLS.python)}&months=8&view=cluster`, clusterAdmin);
    expect(refreshed.body.points.at(-1)).toMatchObject({ month: thisMonth, current: true, demand: 1, positions: 1 });
  });

  it('say which months are not recorded, and give growth and a projection from complete months', async () => {
    const res = await get(`/api/v1/shortages/trend?skill=${encodeURIComponent(SKILLS.python)}&months=10&view=cluster`, clusterAdmin);
    expect(res.body.points).toHaveLength(10);
    expect(res.body.points.slice(0, 2).map((p: { recorded: boolean; demand: unknown }) => [p.recorded, p.demand])).toEqual([
      [false, null],
      [false, null],
    ]);
    // Last two complete months: 8 + 4 = 12, then 9 + 4 = 13: (13 + 1) / (12 + 1) − 1.
    expect(res.body.growth).toBeCloseTo(14 / 13 - 1, 9);
    // Demand rose by one a month, 7 → 13: the line goes on 14, 15, 16 from the running month, not yet complete.
    expect(res.body.projection.reason).toBeNull();
    expect(res.body.projection.months).toEqual([
      { month: thisMonth, demand: 14 },
      { month: addMonths(thisMonth, 1), demand: 15 },
      { month: addMonths(thisMonth, 2), demand: 16 },
    ]);
    const short = await get(`/api/v1/shortages/trend?skill=${encodeURIComponent(SKILLS.python)}&months=4&view=cluster`, clusterAdmin);
    expect(short.body.projection).toEqual({ months: [], reason: 'too_little_history' });
  });

  it('hide a month from the public when one organisation makes up its demand', async () => {
    const res = await get(`/api/v1/shortages/trend?skill=${encodeURIComponent(SKILLS.python)}&months=8`);
    expect(res.status).toBe(200);
    // Two organisations, 9 and 4 positions: 69% is under the 70% rule, so shown.
    expect(res.body.points.at(-2)).toMatchObject({ demand: 13, positions: 13 });
    // This month one posting of one position: fewer than five.
    expect(res.body.points.at(-1)).toMatchObject({ demand: '<5', positions: '<5', index: null, supply: null });
  });

  it('rank priority from growth over the last two complete months and transferability', async () => {
    const res = await get('/api/v1/shortages?view=cluster', clusterAdmin);
    const python = res.body.items.find((i: { skill: { uri: string } }) => i.skill.uri === SKILLS.python);
    // 12 then 13: (13 + 1) / (12 + 1) − 1.
    expect(python.growth).toBeCloseTo(14 / 13 - 1, 9);
    expect(python.transferability).toBeGreaterThan(0);
    expect(python.priority).toBeCloseTo(priority({ growth: python.growth, transferability: python.transferability }), 9);
  });

  it('give the same trend from the months\' summaries as from their rows', async () => {
    // Every posting here is a job: sliced by kind, the trend is computed from the rows, and must match the summaries
    // of all demand, of a skill and of a group of each upper tier.
    const groups = await get('/api/v1/shortages/groups?view=cluster', clusterAdmin);
    const second = groups.body.items.find((g: { parentUri: string | null }) => g.parentUri !== null);
    expect(second).toBeDefined();
    for (const scope of [`skill=${encodeURIComponent(SKILLS.python)}&`, `group=${encodeURIComponent(second.group.uri)}&`, `group=${encodeURIComponent(second.parentUri)}&`, '']) {
      for (const view of ['cluster', 'public']) {
        const as = view === 'cluster' ? clusterAdmin : undefined;
        const summarised = await get(`/api/v1/shortages/trend?${scope}months=10&view=${view}`, as);
        const fromRows = await get(`/api/v1/shortages/trend?${scope}months=10&view=${view}&opportunityKind=job`, as);
        expect(summarised.status).toBe(200);
        expect(fromRows.body.points).toEqual(summarised.body.points);
        expect(fromRows.body.points.filter((p: { recorded: boolean }) => p.recorded).length).toBeGreaterThanOrEqual(8);
      }
    }
    // A past month's ranking read from its summary matches the same month from its rows.
    const month = addMonths(thisMonth, -1);
    const summarised = await get(`/api/v1/shortages?month=${month}&view=cluster`, clusterAdmin);
    const fromRows = await get(`/api/v1/shortages?month=${month}&view=cluster&opportunityKind=job`, clusterAdmin);
    expect(summarised.body.items.length).toBeGreaterThan(0);
    expect(fromRows.body.items).toEqual(summarised.body.items);
  });

  it('summarise a month written without its summary when it is first read', async () => {
    const month = addMonths(thisMonth, -2);
    const before = await get(`/api/v1/shortages/trend?skill=${encodeURIComponent(SKILLS.python)}&months=8&view=cluster`, clusterAdmin);
    // As a restore or an earlier version leaves it: the rows, no summary.
    await api.database.db.execute(sql`delete from shortage_snapshot_skills where month = ${`${month}-01`}::date`);
    await api.database.db.execute(sql`update shortage_snapshots set demand = null, supply = null, positions = null, largest_share = null, most_students = null where month = ${`${month}-01`}::date`);
    const after = await get(`/api/v1/shortages/trend?skill=${encodeURIComponent(SKILLS.python)}&months=8&view=cluster`, clusterAdmin);
    expect(after.body.points).toEqual(before.body.points);
    const [row] = rowsOf<{ n: number }>(await api.database.db.execute(sql`select count(*)::int as n from shortage_snapshot_skills where month = ${`${month}-01`}::date`));
    expect(row?.n).toBeGreaterThan(0);
  });

  it("read a past month's snapshot in the other views, and 404 one that was not recorded", async () => {
    const month = addMonths(thisMonth, -1);
    const top = await get(`/api/v1/shortages?month=${month}&view=cluster`, clusterAdmin);
    expect(top.status).toBe(200);
    expect(top.body.asOf).toBe(dayOf(month));
    expect(top.body.items.find((i: { skill: { uri: string } }) => i.skill.uri === SKILLS.python)).toMatchObject({ demand: 13, positions: 13 });
    const missing = await get(`/api/v1/shortages?month=${addMonths(thisMonth, -9)}`);
    expect(missing.status).toBe(404);
    expect(expectErrorShape(missing)).toBe('NOT_FOUND');
    const slices = await get('/api/v1/shortages/slices');
    expect(slices.body.months.slice(0, 8)).toEqual(Array.from({ length: 8 }, (_, i) => addMonths(thisMonth, -i)));
  });
});

describe('unmet demand and skill groups', () => {
  beforeAll(async () => {
    // JavaScript: 6 positions from two organisations, taught by nothing. SQL: taught by a published course.
    await post(c, 3, [{ uri: SKILLS.javascript, level: 1 }, { uri: SKILLS.sql, level: 1 }]);
    await post(d, 3, [{ uri: SKILLS.javascript, level: 2 }]);
    const course = await api.request(
      'POST',
      '/api/v1/offerings',
      { providerId: f.organisation.id, kind: 'course', title: 'SQL', status: 'published', language: 'en', seats: 10, skills: [{ uri: SKILLS.sql, level: 2 }] },
      { as: f.admin },
    );
    expect(course.status, JSON.stringify(course.body)).toBe(201);
  });

  it('list the skills nothing teaches, most demand first, with who asks', async () => {
    const res = await get('/api/v1/shortages/unmet?view=cluster', clusterAdmin);
    expect(res.status).toBe(200);
    const uris = res.body.items.map((i: { skill: { uri: string } }) => i.skill.uri);
    expect(uris).toContain(SKILLS.javascript);
    expect(uris).not.toContain(SKILLS.sql);
    expect(res.body.items.find((i: { skill: { uri: string } }) => i.skill.uri === SKILLS.javascript)).toMatchObject({ demand: 6, positions: 6, organisations: 2 });
    // The public sees it too (6 positions, neither organisation above 70%), with fewer than five organisations as "<5".
    const open = await get('/api/v1/shortages/unmet');
    expect(open.body.items.find((i: { skill: { uri: string } }) => i.skill.uri === SKILLS.javascript)).toMatchObject({ positions: 6, organisations: '<5' });
  });

  it('roll skills up to their ESCO groups, each posting counted once per group', async () => {
    const res = await get('/api/v1/shortages/groups?view=cluster', clusterAdmin);
    expect(res.status).toBe(200);
    const ancestors = rowsOf<{ uri: string }>(
      await api.database.db.execute(sql`with recursive up (uri) as (select ${SKILLS.javascript}::text union select h.broader_uri from skill_hierarchy h join up on h.narrower_uri = up.uri) select uri from up`),
    ).map((r) => r.uri);
    const groups = res.body.items.filter((g: { group: { uri: string } }) => ancestors.includes(g.group.uri));
    expect(groups.length).toBeGreaterThan(0);
    for (const group of groups) {
      // Demand at or under the group is at least JavaScript's; its positions count c's posting (JavaScript and SQL) once.
      expect(group.demand).toBeGreaterThanOrEqual(6);
      expect(group.skills).toBeGreaterThanOrEqual(1);
    }
    const top = groups.find((g: { parentUri: string | null }) => g.parentUri === null);
    expect(top).toBeDefined();
    const children = res.body.items.filter((g: { parentUri: string | null }) => g.parentUri === top.group.uri);
    for (const child of children) expect(child.demand).toBeLessThanOrEqual(top.demand + 1e-9);
  });

  it("give the same figures from today's summaries as from the requirements", async () => {
    // Every posting here is a job: sliced by kind, the views are computed from the requirements.
    for (const path of ['/api/v1/shortages/groups', '/api/v1/shortages', '/api/v1/shortages/unmet']) {
      for (const view of ['cluster', 'public']) {
        const as = view === 'cluster' ? clusterAdmin : undefined;
        const summarised = await get(`${path}?view=${view}`, as);
        const fromRows = await get(`${path}?view=${view}&opportunityKind=job`, as);
        expect(summarised.status).toBe(200);
        expect(fromRows.body).toEqual(summarised.body);
      }
    }
    const cluster = await get('/api/v1/shortages/groups?view=cluster', clusterAdmin);
    expect(cluster.body.items.length).toBeGreaterThan(0);
  });
});

describe('why needs go unfilled', () => {
  beforeAll(async () => {
    const orgs = [a, b, c, d, e];
    // Pay: 6 closures from five organisations; skills: 2 (fewer than five); slow hiring: 5, all from e (dominated); one without a cause.
    for (const org of [...orgs, a]) await close(org, await post(org, 1, [{ uri: SKILLS.projectManagement, level: 1 }]), 'pay_or_conditions');
    for (const org of [a, b]) await close(org, await post(org, 1, [{ uri: SKILLS.projectManagement, level: 1 }]), 'no_skilled_candidates');
    for (let i = 0; i < 5; i++) await close(e, await post(e, 1, [{ uri: SKILLS.sql, level: 1 }]), 'slow_hiring');
    await close(c, await post(c, 1, [{ uri: SKILLS.sql, level: 1 }]), null);
    // Closed before the period counted by default (a year and more ago): left out.
    const old = await post(d, 1, [{ uri: SKILLS.sql, level: 1 }]);
    await close(d, old, 'other');
    await api.database.db.execute(sql`update opportunities set closed_at = now() - interval '14 months' where id = ${old}`);
  });

  it('share the causes, suppressing small and dominated counts for everyone', async () => {
    const res = await get('/api/v1/shortages/causes');
    expect(res.status).toBe(200);
    const byCause = Object.fromEntries(res.body.causes.map((x: { cause: string; closures: unknown; share: unknown }) => [x.cause, [x.closures, x.share]]));
    expect(res.body.stated).toBe(13);
    expect(res.body.notStated).toBe('<5');
    expect(byCause.pay_or_conditions).toEqual([6, 6 / 13]);
    expect(byCause.no_skilled_candidates).toEqual(['<5', null]);
    expect(byCause.slow_hiring).toEqual(['suppressed', null]);
    expect(byCause.other).toEqual([0, 0]);
  });

  it('hide a second cause when only one would be hidden, so it cannot be worked out from the total', async () => {
    const res = await get(`/api/v1/shortages/causes?skill=${encodeURIComponent(SKILLS.projectManagement)}`);
    const byCause = Object.fromEntries(res.body.causes.map((x: { cause: string; closures: unknown }) => [x.cause, x.closures]));
    // Pay 6 and skills 2: skills is "<5", and pay, the only other, is hidden with it.
    expect(byCause).toMatchObject({ no_skilled_candidates: '<5', pay_or_conditions: 'suppressed', slow_hiring: 0 });
  });

  it('count by the period and the slice asked for', async () => {
    const res = await get(`/api/v1/shortages/causes?sector=${encodeURIComponent(SECTOR)}&from=${addMonths(thisMonth, -24)}`);
    // a and b: 3 pay, 2 skills; nothing older from them.
    expect(res.body.stated).toBe(5);
    const bad = await get(`/api/v1/shortages/causes?from=${thisMonth}&to=${addMonths(thisMonth, -1)}`);
    expect(bad.status).toBe(400);
    expect(expectErrorShape(bad)).toBe('VALIDATION_FAILED');
  });
});

describe('exports', () => {
  it('give every table as CSV that reads back to the same figures, Cyrillic intact', async () => {
    const json = await get(`/api/v1/shortages?view=cluster&sector=${encodeURIComponent(SECTOR)}&limit=500`, clusterAdmin);
    const csv = await get(`/api/v1/shortages?view=cluster&sector=${encodeURIComponent(SECTOR)}&limit=500&format=csv`, clusterAdmin);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toMatch(/^attachment; filename="shortages-\d{4}-\d{2}-\d{2}\.csv"$/);
    const rows = parse(csv.body as string, { columns: true, bom: true }) as Record<string, string>[];
    expect(rows).toHaveLength(json.body.items.length);
    rows.forEach((row, i) => {
      const item = json.body.items[i];
      expect(row.skill_uri).toBe(item.skill.uri);
      expect(Number(row.demand)).toBe(item.demand);
      expect(Number(row.index)).toBeCloseTo(item.index, 12);
    });
    for (const path of ['/api/v1/shortages/unmet', '/api/v1/shortages/groups', '/api/v1/shortages/trend', '/api/v1/shortages/causes']) {
      const res = await get(`${path}?format=csv`);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type'), path).toBe('text/csv; charset=utf-8');
      expect(parse(res.body as string, { bom: true }).length, path).toBeGreaterThan(1);
    }
  });

  it('start with a byte-order mark and keep quotes, commas and Cyrillic in a cell', () => {
    const text = shortagesCsv({
      asOf: today,
      view: 'public',
      skillsInDemand: 1,
      hidden: 0,
      items: [{ skill: { uri: 'urn:x', preferredLabel: 'Програмиране, "Python"' }, demand: 3, positions: '<5', organisations: 2, students: 0, places: 0, supply: 0, index: 1, studentsIndex: 1, growth: null, transferability: 0, priority: 25 }],
    });
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [header, row] = parse(text, { bom: true }) as string[][];
    expect(header?.[1]).toBe('skill');
    expect(row?.slice(0, 4)).toEqual(['urn:x', 'Програмиране, "Python"', '3', '<5']);
  });
});

describe('slices and access', () => {
  it('offer the sectors with open demand', async () => {
    const res = await get('/api/v1/shortages/slices');
    expect(res.status).toBe(200);
    expect(res.body.sectors).toContain(SECTOR);
  });

  it('give the unsuppressed views to cluster administrators only, and refuse bad queries', async () => {
    for (const path of ['/api/v1/shortages/unmet', '/api/v1/shortages/groups', '/api/v1/shortages/trend']) {
      expect((await get(`${path}?view=cluster`)).status, path).toBe(401);
      expect((await get(`${path}?view=cluster`, a.admin)).status, path).toBe(403);
    }
    for (const query of ['/trend?skill=urn:a&group=urn:b', '/trend?months=61', '/causes?from=2026-13', '/unmet?format=xlsx', '/groups?organisationKind=bank', `/trend?skill=${encodeURIComponent('http://example.org/not-a-skill')}`]) {
      const res = await get(`/api/v1/shortages${query}`);
      expect([400, 404], query).toContain(res.status);
      expectErrorShape(res);
    }
  });
});
