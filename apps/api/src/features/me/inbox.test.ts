import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '@kc/db';
import type { ApplicationStatus } from '@kc/contract';
import { createSmtpMailer } from '../../ports/smtp-mailer.ts';
import { PASSWORD, createTestApi, expectErrorShape, type TestApi, type TestUser } from '../../testing.ts';

let api: TestApi;
/** Every mail is also sent through a real SMTP server, which refuses it all while `mailServerDown`. */
let mailServerDown = false;
const delivered: ParsedMail[] = [];
const smtp = new SMTPServer({
  disabledCommands: ['STARTTLS', 'AUTH'],
  disableReverseLookup: true,
  logger: false,
  onRcptTo(_address, _session, callback) {
    callback(mailServerDown ? Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }) : undefined);
  },
  onData(stream, _session, callback) {
    simpleParser(stream)
      .then((mail) => delivered.push(mail))
      .then(() => callback(), callback);
  },
});
let mailer: ReturnType<typeof createSmtpMailer>;
beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  mailer = createSmtpMailer(`smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`, { webUrl: 'http://sofia.example.org' });
  api = await createTestApi({ mailer });
});
afterAll(async () => {
  mailer.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  await api.close();
});

interface World {
  admin: TestUser;
  colleague: TestUser;
  student: TestUser;
  opportunityId: string;
  applicationId: string;
}

async function world(options: { studentLocale?: 'en' | 'bg' } = {}): Promise<World> {
  const { organisation, admin } = await api.newOrganisation({ name: `Orbit Data ${Date.now()}` });
  const colleague = await api.signUp({ displayName: 'Colleague' });
  await api.request('POST', `/api/v1/organisations/${organisation.id}/invitations`, { email: colleague.email, role: 'member' }, { as: admin });
  expect((await api.request('POST', '/api/v1/invitations/accept', { token: api.tokenFromMail(colleague.email) }, { as: colleague })).status).toBe(200);
  const opportunity = await api.request('POST', '/api/v1/opportunities', { organisationId: organisation.id, kind: 'internship', title: 'Data intern', status: 'open' }, { as: admin });
  const student = await api.signUp({ student: 'public', displayName: 'Maria Ivanova', ...(options.studentLocale ? { locale: options.studentLocale } : {}) });
  const applied = await api.request('POST', `/api/v1/opportunities/${opportunity.body.id}/applications`, { message: 'Hello' }, { as: student });
  expect(applied.status).toBe(201);
  return { admin, colleague, student, opportunityId: opportunity.body.id, applicationId: applied.body.id };
}

const inbox = async (as: TestUser, query = '') => {
  const res = await api.request('GET', `/api/v1/me/notifications${query}`, undefined, { as });
  expect(res.status).toBe(200);
  return res.body;
};

async function move(w: World, as: TestUser, status: ApplicationStatus) {
  const [current] = (await api.request('GET', '/api/v1/me/applications', undefined, { as: w.student })).body.items;
  return api.request('PATCH', `/api/v1/applications/${w.applicationId}`, { status, version: current.version }, { as });
}

/** The outbox state of a user's newest inbox entry. */
async function outboxOf(user: TestUser): Promise<{ id: string; mail_pending: boolean; mail_attempts: number }> {
  const rows = rowsOf<{ id: string; mail_pending: boolean; mail_attempts: number }>(
    await api.database.db.execute(sql`select id, mail_pending, mail_attempts from notifications where user_id = ${user.id} order by created_at desc limit 1`),
  );
  const [row] = rows;
  if (!row) throw new Error('no inbox entry');
  return row;
}

const lastMailTo = (email: string) => [...api.mailbox].reverse().find((m) => m.startsWith(`mail to=${email} `));

describe('the inbox tells those an application concerns of every change', () => {
  it("a new application reaches every member of the organisation, not the applicant's own inbox", async () => {
    const w = await world();
    for (const member of [w.admin, w.colleague]) {
      const box = await inbox(member);
      expect(box.unread).toBe(1);
      expect(box.items[0]).toMatchObject({
        kind: 'application_received',
        readAt: null,
        recipientRole: 'organisation',
        application: { id: w.applicationId, applicant: 'Maria Ivanova', status: 'applied', previousStatus: null, opportunity: { id: w.opportunityId, title: 'Data intern' } },
      });
      expect(lastMailTo(member.email)).toMatch(/subject="New application: Data intern"[\s\S]*Maria Ivanova applied to "Data intern"[\s\S]*\/opportunities\/[0-9a-f-]+\/applicants/);
    }
    expect((await inbox(w.student)).total).toBe(0);
  });

  it('a move by the organisation reaches the applicant and the other members, not the one who made it', async () => {
    const w = await world();
    expect((await move(w, w.admin, 'shortlisted')).status).toBe(200);
    const studentBox = await inbox(w.student);
    expect(studentBox.items).toHaveLength(1);
    expect(studentBox.items[0]).toMatchObject({ kind: 'application_moved', recipientRole: 'applicant', application: { status: 'shortlisted', previousStatus: 'applied', byApplicant: false } });
    expect(lastMailTo(w.student.email)).toMatch(/subject="Your application to Data intern: shortlisted"/);
    const colleagueBox = await inbox(w.colleague);
    expect(colleagueBox.items.map((n: { kind: string }) => n.kind)).toEqual(['application_moved', 'application_received']);
    expect(colleagueBox.items[0].recipientRole).toBe('organisation');
    expect((await inbox(w.admin)).items.map((n: { kind: string }) => n.kind)).toEqual(['application_received']);
  });

  it('a withdrawal reaches the organisation, written as the applicant’s own doing', async () => {
    const w = await world();
    expect((await move(w, w.student, 'withdrawn')).status).toBe(200);
    const [latest] = (await inbox(w.admin)).items;
    expect(latest).toMatchObject({ kind: 'application_moved', application: { status: 'withdrawn', byApplicant: true } });
    expect(lastMailTo(w.admin.email)).toMatch(/Maria Ivanova withdrew their application to "Data intern"/);
    expect((await inbox(w.student)).total).toBe(0);
  });

  it("writes to each person in their language: a student who signed up in Bulgarian is told in Bulgarian", async () => {
    const w = await world({ studentLocale: 'bg' });
    expect((await api.request('GET', '/api/v1/me', undefined, { as: w.student })).body.locale).toBe('bg');
    await move(w, w.admin, 'accepted');
    const mail = lastMailTo(w.student.email) ?? '';
    expect(mail).toContain('subject="Кандидатурата ви за Data intern: приета"');
    // And so it arrives through SMTP, Cyrillic intact.
    const received = delivered.filter((m) => m.to && 'text' in m.to && m.to.text === w.student.email).at(-1);
    expect(received?.subject).toBe('Кандидатурата ви за Data intern: приета');
    expect(received?.from?.value).toEqual([{ name: 'Knowledge City Skills Exchange', address: 'no-reply@sofia.example.org' }]);
    expect(received?.text).toContain('Здравейте, Maria Ivanova,');
    expect(received?.text).toMatch(/Orbit Data \d+ промени кандидатурата ви за „Data intern“: сега тя е приета\./);
    expect(received?.text).toMatch(/\/bg\/me\/applications/);
    // The organisation's members signed up in English and are still written to in English.
    expect(lastMailTo(w.colleague.email)).toMatch(/subject="Maria Ivanova's application to Data intern: accepted"/);
  });

  it('signing in in another language switches the language of later mail', async () => {
    const w = await world();
    const signedIn = await api.request('POST', '/api/v1/auth/sign-in', { email: w.student.email, password: PASSWORD, locale: 'bg' }, { headers: { 'x-forwarded-for': '10.7.7.7' } });
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.user.locale).toBe('bg');
    await move(w, w.admin, 'rejected');
    expect(lastMailTo(w.student.email)).toContain('неодобрена');
  });

  it('a mail server that fails does not undo the change nor empty the inbox, and the mail follows once it is back', async () => {
    const w = await world();
    const toStudent = () => delivered.filter((m) => m.to && 'text' in m.to && m.to.text === w.student.email && m.subject?.includes('Data intern'));
    mailServerDown = true;
    try {
      const moved = await move(w, w.admin, 'shortlisted');
      expect(moved.status).toBe(200);
      expect(moved.body.status).toBe('shortlisted');
    } finally {
      mailServerDown = false;
    }
    expect((await inbox(w.student)).items[0].application.status).toBe('shortlisted');
    expect(toStudent()).toHaveLength(0);
    const pending = await outboxOf(w.student);
    expect(pending).toMatchObject({ mail_pending: true, mail_attempts: 1 });
    // Not before it is due again (a minute later) ...
    await api.mailOutbox.drain();
    expect(toStudent()).toHaveLength(0);
    // ... and then once, however often the outbox looks.
    await api.database.db.execute(sql`update notifications set mail_due_at = now() where id = ${pending.id}`);
    await Promise.all([api.mailOutbox.drain(), api.mailOutbox.drain()]);
    await api.mailOutbox.drain();
    expect(toStudent().map((m) => m.subject)).toEqual(['Your application to Data intern: shortlisted']);
    expect(await outboxOf(w.student)).toMatchObject({ mail_pending: false, mail_attempts: 1 });
  });

  it('gives a mail up after five failed attempts, and the inbox keeps the news', async () => {
    const w = await world();
    mailServerDown = true;
    try {
      await move(w, w.admin, 'rejected');
      const { id } = await outboxOf(w.student);
      for (let attempt = 2; attempt <= 6; attempt++) {
        await api.database.db.execute(sql`update notifications set mail_due_at = now() where id = ${id}`);
        await api.mailOutbox.drain();
      }
    } finally {
      mailServerDown = false;
    }
    expect(await outboxOf(w.student)).toMatchObject({ mail_pending: false, mail_attempts: 5 });
    expect((await inbox(w.student)).items[0].application.status).toBe('rejected');
  });

  it('answers before the mail server does: the mail is sent after the change is told', async () => {
    let gate: Promise<void> = Promise.resolve();
    const sent: string[] = [];
    const slow = await createTestApi({
      mailer: {
        async send(message) {
          await gate;
          sent.push(message.to);
        },
      },
    });
    let release = () => {};
    try {
      const { organisation, admin } = await slow.newOrganisation();
      const opportunity = await slow.request('POST', '/api/v1/opportunities', { organisationId: organisation.id, kind: 'internship', title: 'Slow mail', status: 'open' }, { as: admin });
      const student = await slow.signUp({ student: 'public' });
      const toAdmin = () => sent.filter((to) => to === admin.email).length;
      const before = toAdmin();
      gate = new Promise<void>((resolve) => (release = resolve));
      const applied = await slow.request('POST', `/api/v1/opportunities/${opportunity.body.id}/applications`, {}, { as: student, mailAfter: true });
      expect(applied.status).toBe(201);
      expect(toAdmin()).toBe(before);
      release();
      await slow.mailOutbox.drain();
      expect(toAdmin()).toBe(before + 1);
    } finally {
      release();
      await slow.close();
    }
  });
});

describe('reading the inbox', () => {
  it('marks entries read by id or all at once, and the count follows everywhere', async () => {
    const w = await world();
    await move(w, w.admin, 'shortlisted');
    await move(w, w.admin, 'accepted');
    const box = await inbox(w.colleague);
    expect(box.unread).toBe(3);
    expect((await api.request('GET', '/api/v1/me', undefined, { as: w.colleague })).body.unreadNotifications).toBe(3);
    const one = await api.request('POST', '/api/v1/me/notifications/read', { ids: [box.items[0].id] }, { as: w.colleague });
    expect(one.body).toEqual({ unread: 2 });
    const unreadOnly = await inbox(w.colleague, '?unread=true');
    expect(unreadOnly.items.map((n: { id: string }) => n.id)).toEqual(box.items.slice(1).map((n: { id: string }) => n.id));
    expect((await api.request('POST', '/api/v1/me/notifications/read', { all: true }, { as: w.colleague })).body).toEqual({ unread: 0 });
    expect((await api.request('GET', '/api/v1/me', undefined, { as: w.colleague })).body.unreadNotifications).toBe(0);
    expect((await inbox(w.colleague)).items.every((n: { readAt: string | null }) => n.readAt !== null)).toBe(true);
  });

  it("pages newest first", async () => {
    const w = await world();
    await move(w, w.admin, 'shortlisted');
    await move(w, w.admin, 'accepted');
    const first = await inbox(w.colleague, '?pageSize=2');
    const second = await inbox(w.colleague, '?pageSize=2&page=2');
    expect(first.total).toBe(3);
    expect(first.items.map((n: { application: { status: string } }) => n.application.status)).toEqual(['accepted', 'shortlisted']);
    expect(second.items.map((n: { application: { status: string } }) => n.application.status)).toEqual(['applied']);
  });

  it("another person's entry cannot be read, marked or even confirmed to exist", async () => {
    const w = await world();
    const [theirs] = (await inbox(w.admin)).items;
    const intruder = await api.signUp();
    const res = await api.request('POST', '/api/v1/me/notifications/read', { ids: [theirs.id] }, { as: intruder });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ unread: 0 });
    expect((await inbox(intruder)).total).toBe(0);
    expect((await inbox(w.admin)).items[0].readAt).toBeNull();
  });

  it('refuses the anonymous and malformed requests with the one error shape', async () => {
    expect((await api.request('GET', '/api/v1/me/notifications')).status).toBe(401);
    expect((await api.request('POST', '/api/v1/me/notifications/read', { all: true })).status).toBe(401);
    const user = await api.signUp();
    for (const body of [{}, { all: false }, { ids: [] }, { ids: ['not-a-uuid'] }, { ids: Array.from({ length: 101 }, () => crypto.randomUUID()) }, { all: true, ids: [crypto.randomUUID()] }]) {
      const res = await api.request('POST', '/api/v1/me/notifications/read', body, { as: user });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(expectErrorShape(res)).toBe('VALIDATION_FAILED');
    }
    for (const query of ['?pageSize=0', '?pageSize=1000', '?unread=yes', '?sort=x']) {
      const res = await api.request('GET', `/api/v1/me/notifications${query}`, undefined, { as: user });
      expect(res.status, query).toBe(400);
    }
  });

  it('a member who leaves the organisation no longer reads its applicants’ news', async () => {
    const w = await world();
    expect((await inbox(w.colleague)).total).toBe(1);
    expect((await api.request('DELETE', `/api/v1/organisations/${(await inbox(w.admin)).items[0].application.opportunity.organisation.id}/members/${w.colleague.id}`, undefined, { as: w.colleague })).status).toBe(204);
    const after = await inbox(w.colleague);
    expect(after.total).toBe(0);
    expect(after.unread).toBe(0);
    expect((await inbox(w.admin)).total).toBe(1);
  });

  it('an applicant who deletes their account leaves no name in the organisation’s inbox', async () => {
    const w = await world();
    const deleted = await api.request('DELETE', '/api/v1/me', { password: PASSWORD }, { as: w.student });
    expect(deleted.status).toBe(204);
    const box = await inbox(w.admin);
    expect(box.items[0].application.applicant).toBeNull();
  });
});
