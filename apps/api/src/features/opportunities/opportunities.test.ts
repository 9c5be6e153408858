import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SKILLS, createTestApi, expectErrorShape, unique, type TestApi, type TestUser } from '../../testing.ts';

let api: TestApi;
let organisationId: string;
let recruiter: TestUser;
beforeAll(async () => {
  api = await createTestApi();
  const { organisation, admin } = await api.newOrganisation({ name: `Hiring Co ${unique()}` });
  organisationId = organisation.id;
  recruiter = admin;
});
afterAll(async () => {
  await api.close();
});

const newOpportunity = async (overrides: Record<string, unknown> = {}) => {
  const res = await api.request('POST', '/api/v1/opportunities', {
    organisationId,
    kind: 'internship',
    title: `Data intern ${unique()}`,
    status: 'open',
    skills: [
      { uri: SKILLS.python, level: 2, importance: 'essential' },
      { uri: SKILLS.sql, level: 1, importance: 'optional' },
    ],
    ...overrides,
  }, { as: recruiter });
  expect(res.status).toBe(201);
  return res.body;
};

/** A date `days` from today in Sofia, as an ISO date. */
const daysFromToday = (days: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Sofia' }).format(new Date(Date.now() + days * 86_400_000));

describe('opportunities: happy paths', () => {
  it('creates with required skills, labelled from ESCO', async () => {
    const [startsOn, deadline] = [daysFromToday(400), daysFromToday(380)];
    const created = await newOpportunity({ headcount: 2, workMode: 'hybrid', location: 'Sofia Tech Park', startsOn, deadline });
    expect(created.organisation.id).toBe(organisationId);
    expect(created).toMatchObject({ kind: 'internship', headcount: 2, workMode: 'hybrid', startsOn, deadline });
    expect(created.skills).toEqual([
      { uri: SKILLS.python, preferredLabel: 'Python (computer programming)', level: 2, importance: 'essential' },
      { uri: SKILLS.sql, preferredLabel: 'SQL', level: 1, importance: 'optional' },
    ]);
  });

  it('replaces the skill set on update, leaves it alone when skills are not sent', async () => {
    const created = await newOpportunity();
    const renamed = await api.request('PATCH', `/api/v1/opportunities/${created.id}`, { title: 'Renamed', version: 1 }, { as: recruiter });
    expect(renamed.body.skills).toHaveLength(2);
    const res = await api.request('PATCH', `/api/v1/opportunities/${created.id}`, { skills: [{ uri: SKILLS.javascript, level: 3 }], version: 2 }, { as: recruiter });
    expect(res.status).toBe(200);
    expect(res.body.skills.map((s: { uri: string }) => s.uri)).toEqual([SKILLS.javascript]);
    expect(res.body.skills[0]).toMatchObject({ level: 3, importance: 'essential' });
    expect(res.body.version).toBe(3);
  });

  it('filters by organisation, kind and status', async () => {
    await newOpportunity({ kind: 'job', status: 'draft' });
    const res = await api.request('GET', `/api/v1/opportunities?organisationId=${organisationId}&kind=job&status=draft`, undefined, { as: recruiter });
    expect(res.status).toBe(200);
    expect(res.body.total).toBeGreaterThanOrEqual(1);
    for (const item of res.body.items) expect(item).toMatchObject({ kind: 'job', status: 'draft' });
  });

  it('deletes an opportunity with its skills', async () => {
    const created = await newOpportunity();
    expect((await api.request('DELETE', `/api/v1/opportunities/${created.id}`, undefined, { as: recruiter })).status).toBe(204);
    expect((await api.request('GET', `/api/v1/opportunities/${created.id}`)).status).toBe(404);
  });
});

describe('opportunities: error paths', () => {
  it('refuses an unknown skill URI with 422 naming it, and stores nothing', async () => {
    const title = `Ghost skill ${unique()}`;
    const unknownUri = 'http://data.europa.eu/esco/skill/00000000-0000-0000-0000-000000000000';
    const res = await api.request('POST', '/api/v1/opportunities', { organisationId, kind: 'job', title, skills: [{ uri: SKILLS.sql }, { uri: unknownUri }] }, { as: recruiter });
    expect(res.status).toBe(422);
    expect(expectErrorShape(res)).toBe('UNKNOWN_REFERENCE');
    expect(res.body.error.issues).toEqual([{ path: 'body.skills.1.uri', message: `unknown skill URI: ${unknownUri}` }]);
    const list = await api.request('GET', `/api/v1/opportunities?q=${encodeURIComponent(title)}`, undefined, { as: recruiter });
    expect(list.body.total).toBe(0);
  });

  it('keeps the old skills when an update names an unknown skill', async () => {
    const created = await newOpportunity();
    const res = await api.request('PATCH', `/api/v1/opportunities/${created.id}`, { title: 'Changed', skills: [{ uri: 'urn:kc:skill:nope' }], version: 1 }, { as: recruiter });
    expect(res.status).toBe(422);
    const after = await api.request('GET', `/api/v1/opportunities/${created.id}`);
    expect(after.body.title).toBe(created.title);
    expect(after.body.skills).toHaveLength(2);
    expect(after.body.version).toBe(1);
  });

  it('refuses to post for an organisation the caller is not a member of (403), existing or not', async () => {
    const other = await api.newOrganisation();
    for (const id of [other.organisation.id, '00000000-0000-4000-8000-000000000000']) {
      const res = await api.request('POST', '/api/v1/opportunities', { organisationId: id, kind: 'job', title: 'x' }, { as: recruiter });
      expect(res.status).toBe(403);
      expect(expectErrorShape(res)).toBe('FORBIDDEN');
    }
  });

  it('hides drafts from everyone but the organisation', async () => {
    const draft = await newOpportunity({ status: 'draft' });
    const outsider = await api.signUp();
    expect((await api.request('GET', `/api/v1/opportunities/${draft.id}`)).status).toBe(404);
    expect((await api.request('GET', `/api/v1/opportunities/${draft.id}`, undefined, { as: outsider })).status).toBe(404);
    expect((await api.request('GET', `/api/v1/opportunities/${draft.id}`, undefined, { as: recruiter })).status).toBe(200);
    const listed = await api.request('GET', '/api/v1/opportunities?status=draft&pageSize=100');
    expect(listed.body.items.map((o: { id: string }) => o.id)).not.toContain(draft.id);
  });

  it.each([
    [{ kind: 'gig' }, 'body.kind'],
    [{ headcount: 0 }, 'body.headcount'],
    [{ deadline: '2027-13-45' }, 'body.deadline'],
    [{ skills: [{ uri: SKILLS.sql, level: 5 }] }, 'body.skills.0.level'],
    [{ skills: [{ uri: SKILLS.sql }, { uri: SKILLS.sql }] }, 'body.skills'],
    [{ skills: [{ uri: 'not a uri' }] }, 'body.skills.0.uri'],
  ])('rejects %j', async (overrides, path) => {
    const res = await api.request('POST', '/api/v1/opportunities', { organisationId, kind: 'job', title: 'Bad', ...overrides }, { as: recruiter });
    expect(res.status).toBe(400);
    expect(expectErrorShape(res)).toBe('VALIDATION_FAILED');
    expect(res.body.error.issues.some((i: { path: string }) => i.path.startsWith(path))).toBe(true);
  });

  it('refuses to move an opportunity to another organisation', async () => {
    const created = await newOpportunity();
    const res = await api.request('PATCH', `/api/v1/opportunities/${created.id}`, { organisationId, version: 1 }, { as: recruiter });
    expect(res.status).toBe(400);
    expectErrorShape(res);
  });

  it('refuses to delete an opportunity that has applications (409)', async () => {
    const created = await newOpportunity();
    const student = await api.signUp({ student: 'private' });
    const applied = await api.request('POST', `/api/v1/opportunities/${created.id}/applications`, { message: 'Hello' }, { as: student });
    expect(applied.status).toBe(201);
    const res = await api.request('DELETE', `/api/v1/opportunities/${created.id}`, undefined, { as: recruiter });
    expect(res.status).toBe(409);
    expect(expectErrorShape(res)).toBe('REFERENCED');
    expect((await api.request('GET', `/api/v1/opportunities/${created.id}`)).status).toBe(200);
  });
});

describe('opportunities: many visitors at once', () => {
  it('answers identical anonymous lists in flight together with one answer, each with its own request id', async () => {
    await newOpportunity();
    const path = `/api/v1/opportunities?organisationId=${organisationId}`;
    const answers = await Promise.all(Array.from({ length: 12 }, () => api.request('GET', path)));
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-type')).toMatch(/application\/json/);
      expect(answer.body).toEqual(answers[0]?.body);
    }
    expect(new Set(answers.map((a) => a.headers.get('x-request-id'))).size).toBe(answers.length);
  });

  it('never gives a signed-in reader the answer of an anonymous one, or the other way round', async () => {
    const draft = await newOpportunity({ status: 'draft', title: `Unannounced ${unique()}` });
    const path = `/api/v1/opportunities?organisationId=${organisationId}&pageSize=100`;
    const [anonymous, member, anonymousAgain] = await Promise.all([api.request('GET', path), api.request('GET', path, undefined, { as: recruiter }), api.request('GET', path)]);
    const ids = (res: { body: { items: { id: string }[] } }) => res.body.items.map((item) => item.id);
    expect(ids(member)).toContain(draft.id);
    expect(ids(anonymous)).not.toContain(draft.id);
    expect(ids(anonymousAgain)).not.toContain(draft.id);
  });

  it('reads again once an answer is given: a change made after it is seen by the next visitor', async () => {
    const path = `/api/v1/opportunities?organisationId=${organisationId}&pageSize=100`;
    const before = await api.request('GET', path);
    const created = await newOpportunity({ title: `Just posted ${unique()}` });
    const after = await api.request('GET', path);
    expect(before.body.items.map((item: { id: string }) => item.id)).not.toContain(created.id);
    expect(after.body.items.map((item: { id: string }) => item.id)).toContain(created.id);
  });
});

describe('an open opportunity takes applications until its apply-by date', () => {
  const yesterday = () => daysFromToday(-1);
  const refusedForDeadline = (res: { status: number; body: { error: { issues: { path: string }[] } } }) => {
    expect(res.status).toBe(400);
    expect(expectErrorShape(res as never)).toBe('VALIDATION_FAILED');
    expect(res.body.error.issues.map((i) => i.path)).toEqual(['body.deadline']);
  };

  it('refuses to open one whose date has passed, and stores nothing', async () => {
    const title = `Past deadline ${unique()}`;
    refusedForDeadline(await api.request('POST', '/api/v1/opportunities', { organisationId, kind: 'job', title, status: 'open', deadline: yesterday() }, { as: recruiter }));
    const listed = await api.request('GET', `/api/v1/opportunities?organisationId=${organisationId}&q=${encodeURIComponent(title)}`, undefined, { as: recruiter });
    expect(listed.body.items).toEqual([]);
    // Today is still in time.
    expect((await newOpportunity({ deadline: daysFromToday(0) })).status).toBe('open');
  });

  it('keeps a draft with a past date a draft, and refuses moving an open one’s date into the past', async () => {
    const draft = await newOpportunity({ status: 'draft', deadline: yesterday() });
    refusedForDeadline(await api.request('PATCH', `/api/v1/opportunities/${draft.id}`, { status: 'open', version: draft.version }, { as: recruiter }));
    const stored = await api.request('GET', `/api/v1/opportunities/${draft.id}`, undefined, { as: recruiter });
    expect(stored.body).toMatchObject({ status: 'draft', version: draft.version });
    const reopened = await api.request('PATCH', `/api/v1/opportunities/${draft.id}`, { status: 'open', deadline: daysFromToday(7), version: draft.version }, { as: recruiter });
    expect(reopened.status).toBe(200);
    refusedForDeadline(await api.request('PATCH', `/api/v1/opportunities/${draft.id}`, { deadline: yesterday(), version: reopened.body.version }, { as: recruiter }));
  });

  it('still lets the organisation edit, or close, an open one whose date has since passed', async () => {
    const open = await newOpportunity({ deadline: daysFromToday(3) });
    await api.database.db.execute(sql`update opportunities set deadline = current_date - 10 where id = ${open.id}`);
    const edited = await api.request('PATCH', `/api/v1/opportunities/${open.id}`, { title: 'Renamed', version: open.version }, { as: recruiter });
    expect(edited.status).toBe(200);
    const closed = await api.request('PATCH', `/api/v1/opportunities/${open.id}`, { status: 'closed', version: edited.body.version }, { as: recruiter });
    expect(closed.body.status).toBe('closed');
  });

  it('answers an outsider’s attempt as before: refused for who they are, not for the date', async () => {
    const open = await newOpportunity();
    const outsider = await api.signUp();
    const res = await api.request('PATCH', `/api/v1/opportunities/${open.id}`, { deadline: yesterday(), version: open.version }, { as: outsider });
    expect(res.status).toBe(403);
  });
});

describe('why an opportunity closed unfilled', () => {
  it('is kept for a closed one, read back only by its organisation’s members, and cleared when it opens again', async () => {
    const open = await newOpportunity();
    const closed = await api.request('PATCH', `/api/v1/opportunities/${open.id}`, { status: 'closed', unfilledCause: 'pay_or_conditions', version: open.version }, { as: recruiter });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ status: 'closed', unfilledCause: 'pay_or_conditions' });
    expect((await api.request('GET', `/api/v1/opportunities/${open.id}`, undefined, { as: recruiter })).body.unfilledCause).toBe('pay_or_conditions');
    // Nobody else learns it: not visitors, not other signed-in people, not any list.
    const outsider = await api.signUp();
    for (const as of [undefined, outsider]) {
      const read = await api.request('GET', `/api/v1/opportunities/${open.id}`, undefined, as ? { as } : {});
      expect(read.status).toBe(200);
      expect(read.body).not.toHaveProperty('unfilledCause');
    }
    const listed = await api.request('GET', `/api/v1/opportunities?organisationId=${organisationId}&status=closed`, undefined, { as: recruiter });
    expect(listed.body.items.length).toBeGreaterThan(0);
    for (const item of listed.body.items) expect(item).not.toHaveProperty('unfilledCause');

    const reopened = await api.request('PATCH', `/api/v1/opportunities/${open.id}`, { status: 'open', version: closed.body.version }, { as: recruiter });
    expect(reopened.body).toMatchObject({ status: 'open', unfilledCause: null });
  });

  it('is refused on an opportunity that is not closed, or a cause not on the list, and nothing is stored', async () => {
    const open = await newOpportunity();
    for (const body of [{ unfilledCause: 'slow_hiring' }, { status: 'filled', unfilledCause: 'other' }, { status: 'closed', unfilledCause: 'too_expensive' }]) {
      const res = await api.request('PATCH', `/api/v1/opportunities/${open.id}`, { ...body, version: open.version }, { as: recruiter });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(expectErrorShape(res)).toBe('VALIDATION_FAILED');
      expect(res.body.error.issues.map((i: { path: string }) => i.path)).toEqual(['body.unfilledCause']);
    }
    const stored = await api.request('GET', `/api/v1/opportunities/${open.id}`, undefined, { as: recruiter });
    expect(stored.body).toMatchObject({ status: 'open', version: open.version, unfilledCause: null });
    // The database holds the rule too.
    await expect(api.database.db.execute(sql`update opportunities set unfilled_cause = 'other' where id = ${open.id}`)).rejects.toThrow();
  });
});
