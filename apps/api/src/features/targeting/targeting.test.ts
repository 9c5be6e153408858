import { sql } from 'drizzle-orm';
import { rowsOf } from '@kc/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDemandAlerts } from '../../services/demand-alerts.service.ts';
import { SKILLS, createTestApi, expectErrorShape, type TestApi, type TestUser } from '../../testing.ts';

/** Providers responding to needs, and demand alerts reaching the inbox once per crossing. */
let api: TestApi;
type Org = { organisation: { id: string; slug: string }; admin: TestUser };
let company: Org;
let provider: Org;
let rival: Org;
let need: string;
let course: string;

async function offering(org: Org, status: 'published' | 'draft', title = 'Python for teams'): Promise<string> {
  const res = await api.request('POST', '/api/v1/offerings', { providerId: org.organisation.id, kind: 'course', title, status, seats: 12, skills: [{ uri: SKILLS.python, level: 2 }] }, { as: org.admin });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id;
}

async function posting(org: Org, headcount: number, uri: string, status = 'open'): Promise<string> {
  const res = await api.request('POST', '/api/v1/opportunities', { organisationId: org.organisation.id, kind: 'upskilling', title: `Need ${Math.random()}`, headcount, status, occupationUri: null, skills: [{ uri, level: 2, importance: 'essential' }] }, { as: org.admin });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id;
}

beforeAll(async () => {
  api = await createTestApi();
  [company, provider, rival] = await Promise.all([api.newOrganisation(), api.newOrganisation({ kind: 'training_provider' }), api.newOrganisation({ kind: 'training_provider' })]);
  need = await posting(company, 8, SKILLS.python);
  course = await offering(provider, 'published');
});
afterAll(() => api?.close());

describe('responding to a need', () => {
  it('puts a published offering forward once, and the company sees it on its opportunity', async () => {
    const res = await api.request('POST', `/api/v1/opportunities/${need}/responses`, { offeringId: course, message: 'Eight seats in March, in Bulgarian.' }, { as: provider.admin });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ opportunityId: need, offering: { id: course, title: 'Python for teams' }, provider: { id: provider.organisation.id }, message: 'Eight seats in March, in Bulgarian.' });
    const again = await api.request('POST', `/api/v1/opportunities/${need}/responses`, { offeringId: course }, { as: provider.admin });
    expect(again.status).toBe(409);
    expect(expectErrorShape(again)).toBe('CONFLICT');

    const seen = await api.request('GET', `/api/v1/opportunities/${need}/responses`, undefined, { as: company.admin });
    expect(seen.status).toBe(200);
    expect(seen.body.items.map((r: { offering: { id: string } }) => r.offering.id)).toEqual([course]);
  });

  it('shows a provider its own responses only, and nobody else any', async () => {
    const rivalCourse = await offering(rival, 'published', 'Python bootcamp');
    expect((await api.request('POST', `/api/v1/opportunities/${need}/responses`, { offeringId: rivalCourse }, { as: rival.admin })).status).toBe(201);
    const own = await api.request('GET', `/api/v1/opportunities/${need}/responses`, undefined, { as: rival.admin });
    expect(own.body.items.map((r: { offering: { id: string } }) => r.offering.id)).toEqual([rivalCourse]);
    const stranger = await api.signUp();
    expect((await api.request('GET', `/api/v1/opportunities/${need}/responses`, undefined, { as: stranger })).body.items).toEqual([]);
    expect((await api.request('GET', `/api/v1/opportunities/${need}/responses`)).status).toBe(401);
    const company2 = await api.request('GET', `/api/v1/opportunities/${need}/responses`, undefined, { as: company.admin });
    expect(company2.body.items).toHaveLength(2);
  });

  it("refuses someone else's offering, a draft, a closed need and the company's own offering", async () => {
    const draft = await offering(provider, 'draft', 'Not yet');
    const cases: [TestUser, string, string, number][] = [
      [rival.admin, need, course, 403],
      [provider.admin, need, draft, 409],
      [provider.admin, await posting(company, 2, SKILLS.sql, 'closed'), course, 409],
      [rival.admin, need, draft, 422],
    ];
    for (const [who, opportunity, offeringId, status] of cases) {
      const res = await api.request('POST', `/api/v1/opportunities/${opportunity}/responses`, { offeringId }, { as: who });
      expect(res.status, `${offeringId} → ${opportunity}`).toBe(status);
      expectErrorShape(res);
    }
  });

  it('lets only the provider take its response back', async () => {
    const { body } = await api.request('GET', `/api/v1/opportunities/${need}/responses`, undefined, { as: provider.admin });
    const id = body.items[0].id;
    expect((await api.request('DELETE', `/api/v1/opportunities/${need}/responses/${id}`, undefined, { as: company.admin })).status).toBe(404);
    expect((await api.request('DELETE', `/api/v1/opportunities/${need}/responses/${id}`, undefined, { as: provider.admin })).status).toBe(204);
    const left = await api.request('GET', `/api/v1/opportunities/${need}/responses`, undefined, { as: company.admin });
    expect(left.body.items).toHaveLength(1);
  });
});

describe('demand alerts', () => {
  let subscriber: TestUser;
  const inbox = async () => (await api.request('GET', '/api/v1/me/notifications', undefined, { as: subscriber })).body;

  beforeAll(async () => {
    subscriber = provider.admin;
  });

  it('tell the inbox once when demand reaches the threshold, and again only after it fell back', async () => {
    const created = await api.request('POST', '/api/v1/me/demand-alerts', { conceptUri: SKILLS.javascript, threshold: 10 }, { as: subscriber });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ concept: { uri: SKILLS.javascript, kind: 'skill' }, threshold: 10, above: false, positions: null });

    const first = await posting(company, 6, SKILLS.javascript);
    await checkDemandAlerts(api.database.db);
    expect((await inbox()).items.filter((n: { kind: string }) => n.kind === 'demand_alert')).toHaveLength(0);

    const second = await posting(company, 4, SKILLS.javascript);
    expect(await checkDemandAlerts(api.database.db)).toHaveLength(1);
    // Checked again, still above: no second entry.
    expect(await checkDemandAlerts(api.database.db)).toHaveLength(0);
    const alerts = (await inbox()).items.filter((n: { kind: string }) => n.kind === 'demand_alert');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ recipientRole: 'subscriber', application: null, demandAlert: { concept: { uri: SKILLS.javascript }, threshold: 10, positions: 10 } });

    // Down to 6, then up to 10 again: a second crossing, a second entry.
    await api.database.db.execute(sql`update opportunities set status = 'closed', closed_at = now() where id = ${second}`);
    expect(await checkDemandAlerts(api.database.db)).toHaveLength(0);
    const listed = await api.request('GET', '/api/v1/me/demand-alerts', undefined, { as: subscriber });
    expect(listed.body.items[0]).toMatchObject({ above: false, positions: 6 });
    await api.database.db.execute(sql`update opportunities set headcount = 10 where id = ${first}`);
    expect(await checkDemandAlerts(api.database.db)).toHaveLength(1);
  });

  it('count a group by every skill under it, each posting once', async () => {
    const [group] = rowsOf<{ uri: string }>(await api.database.db.execute(sql`select broader_uri as uri from skill_hierarchy where narrower_uri = ${SKILLS.sql} limit 1`));
    const uri = group?.uri;
    expect(uri).toBeDefined();
    const created = await api.request('POST', '/api/v1/me/demand-alerts', { conceptUri: uri, threshold: 5 }, { as: subscriber });
    expect(created.status).toBe(201);
    await posting(company, 5, SKILLS.sql);
    await checkDemandAlerts(api.database.db);
    const listed = await api.request('GET', '/api/v1/me/demand-alerts', undefined, { as: subscriber });
    const alert = listed.body.items.find((a: { concept: { uri: string } }) => a.concept.uri === uri);
    expect(alert.positions).toBeGreaterThanOrEqual(5);
    expect(alert.above).toBe(true);
  });

  it('refuse unknown concepts, low thresholds, duplicates, and other people’s alerts', async () => {
    const bad: [unknown, number][] = [
      [{ conceptUri: 'http://example.org/none', threshold: 10 }, 422],
      [{ conceptUri: SKILLS.javascript, threshold: 4 }, 400],
      [{ conceptUri: SKILLS.javascript, threshold: 10 }, 409],
      [{ conceptUri: SKILLS.javascript, threshold: 10, extra: 1 }, 400],
    ];
    for (const [body, status] of bad) {
      const res = await api.request('POST', '/api/v1/me/demand-alerts', body, { as: subscriber });
      expect(res.status, JSON.stringify(body)).toBe(status);
      expectErrorShape(res);
    }
    const mine = (await api.request('GET', '/api/v1/me/demand-alerts', undefined, { as: subscriber })).body.items[0].id;
    expect((await api.request('DELETE', `/api/v1/me/demand-alerts/${mine}`, undefined, { as: company.admin })).status).toBe(404);
    expect((await api.request('DELETE', `/api/v1/me/demand-alerts/${mine}`, undefined, { as: subscriber })).status).toBe(204);
    expect((await api.request('GET', '/api/v1/me/demand-alerts')).status).toBe(401);
  });
});
