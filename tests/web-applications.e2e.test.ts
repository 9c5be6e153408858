import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { saveScreenshot, signedInTab, useBrowserTab, useWebStack } from './support/hooks.ts';
import { CHROMIUM, createOrganisation, hasChromium, postForm, requestApi, signUpAs, unique, type SignedInUser, type WebStack } from './support/web-stack.ts';
import { englishShownOn, messageCatalogue, messageText } from './support/messages.ts';

/**
 * A student's profile and applications in the web app, end to end: filling in the whole profile
 * and seeing it as organisations do, "Sign in to apply" for visitors, applying
 * from the opportunity page with a message, following the application and its history on "My
 * applications" as the organisation moves it, and withdrawing it. In English and wholly in Bulgarian, and on a
 * phone. Over the production build in front of the real API.
 */
const TITLES = { en: 'Data engineering intern', bg: 'Стажант анализатор на данни' };
const STUDENT_NAME = 'Ана Иванова';
const HEADLINE_BG = 'Студентка по информатика, търси стаж';

let stack: WebStack;
let owner: SignedInUser;
let student: SignedInUser;
let studentBg: SignedInUser;
let newcomer: SignedInUser;
let profiled: SignedInUser;
let companyName = '';
let companySlug = '';
let companyId = '';
const opportunityIds = { en: '', bg: '', review: '' };
/** Students who applied to the opportunity the company reviews, by their names. */
const reviewed = new Map<string, SignedInUser>();
const REVIEWED_NAMES = ['Reviewed Radka', 'Reviewed Boris', 'Reviewed Ceca'] as const;

const api = <T>(method: string, path: string, body?: unknown, token?: string) => requestApi<T>(stack.app, method, path, body, token);

async function openInternship(organisationId: string, title: string): Promise<string> {
  const res = await api<{ id: string }>('POST', '/api/v1/opportunities', { organisationId, kind: 'internship', title, status: 'open' }, owner.token);
  if (res.status !== 201) throw new Error(`opportunity: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id;
}

interface Application {
  id: string;
  status: string;
  version: number;
  message: string;
  opportunity: { id: string };
}
async function applicationOf(user: SignedInUser, opportunityId: string): Promise<Application | undefined> {
  const res = await api<{ items: Application[] }>('GET', '/api/v1/me/applications', undefined, user.token);
  return res.body.items.find((a) => a.opportunity.id === opportunityId);
}

useWebStack(async (started) => {
  stack = started;
  owner = await signUpAs(stack, 'Owner Olga');
  companyName = `Витоша Данни ${unique()}`;
  const company = await createOrganisation(stack, owner.token, 'company', companyName);
  companySlug = company.slug;
  companyId = company.id;
  opportunityIds.en = await openInternship(company.id, TITLES.en);
  opportunityIds.bg = await openInternship(company.id, TITLES.bg);
  student = await signUpAs(stack, 'Student Sofia', 'public');
  studentBg = await signUpAs(stack, STUDENT_NAME, 'public');
  newcomer = await signUpAs(stack, 'Newcomer Nikola');
  profiled = await signUpAs(stack, 'Profile Petya', 'public');
  opportunityIds.review = await openInternship(company.id, 'Back-end intern');
  for (const name of REVIEWED_NAMES) {
    const applicant = await signUpAs(stack, name, 'private');
    reviewed.set(name, applicant);
    const res = await api('POST', `/api/v1/opportunities/${opportunityIds.review}/applications`, { message: `Hello from ${name}.` }, applicant.token);
    if (res.status !== 201) throw new Error(`apply: ${res.status}`);
  }
});

interface Profile {
  headline: string;
  about: string;
  programme: string | null;
  institutionName: string | null;
  studyYear: number | null;
  availability: string;
  availableFrom: string | null;
  district: string | null;
  version: number;
}
const profileOf = async (user: SignedInUser) => (await api<Profile>('GET', `/api/v1/students/${user.user.profileId}`, undefined, user.token)).body;

const bg = messageCatalogue('bg');
const t = (key: string, params?: Record<string, string>) => messageText(bg, key, params);
/** The text of a Bulgarian message up to its first parameter. */
const lead = (key: string) => t(key).split('{')[0]?.trim() ?? '';

describe('applications, over HTTP', () => {
  it('builds for production', () => {
    expect(stack.build.status, stack.build.stderr).toBe(0);
  });

  it('asks visitors to sign in to apply, and sends them to sign in for "My applications"', async () => {
    const page = await fetch(`${stack.webUrl}/opportunities/${opportunityIds.en}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(`href="/sign-in?next=${encodeURIComponent(`/opportunities/${opportunityIds.en}`)}"`);
    const mine = await fetch(`${stack.webUrl}/me/applications`, { redirect: 'manual' });
    expect(mine.status).toBe(303);
    expect(mine.headers.get('location')).toBe(`/sign-in?next=${encodeURIComponent('/me/applications')}`);
  });

  it('refuses a year of study out of range with a message next to it, and keeps the profile as it was', async () => {
    const before = await profileOf(profiled);
    const sent = await postForm(stack, '/account?/details', profiled.token, {
      version: String(before.version),
      headline: 'Should not be saved',
      studyYear: '11',
      availability: 'full_time',
    });
    expect(sent.status).toBe(400);
    expect(sent.html).toContain('Give a whole number from 1 to 10, or leave the field empty.');
    // What was typed is given back to correct, not lost.
    expect(sent.html).toContain('value="Should not be saved"');
    expect(await profileOf(profiled)).toEqual(before);
  });

  it('lists the organisation’s drafts for its members, and for nobody else', async () => {
    const title = `Unpublished internship ${unique()}`;
    const draft = await api<{ id: string }>('POST', '/api/v1/opportunities', { organisationId: companyId, kind: 'internship', title, status: 'draft' }, owner.token);
    expect(draft.status).toBe(201);
    const page = (token?: string) =>
      fetch(`${stack.webUrl}/organisations/${companySlug}`, token ? { headers: { cookie: `kc_session=${token}` } } : {}).then((res) => res.text());
    const member = await page(owner.token);
    expect(member).toContain('data-testid="drafts"');
    expect(member).toContain(title);
    expect(member).toContain(`href="/opportunities/${draft.body.id}/edit"`);
    for (const html of [await page(student.token), await page()]) {
      expect(html).not.toContain(title);
      expect(html).not.toContain('data-testid="drafts"');
    }
  });

  it('says of an organisation not yet verified so on its page and on its postings, and no more once it is', async () => {
    const html = async (path: string) => (await fetch(`${stack.webUrl}${path}`)).text();
    const paths = [`/organisations/${companySlug}`, `/opportunities/${opportunityIds.en}`, `/opportunities?organisationId=${companyId}`];
    for (const path of paths) expect(await html(path), path).toMatch(/class="badge unverified[^"]*"[^>]*>Not verified</);
    const setVerified = (verified: boolean) => stack.database.db.execute(sql`update organisations set verified = ${verified} where id = ${companyId}`);
    await setVerified(true);
    try {
      for (const path of paths.slice(0, 2)) {
        const page = await html(path);
        expect(page, path).not.toContain('Not verified');
        expect(page, path).toMatch(/class="badge verified[^"]*"/);
      }
    } finally {
      await setVerified(false);
    }
  });

  it('shows the applicants only to the organisation’s members', async () => {
    const path = `/opportunities/${opportunityIds.review}/applicants`;
    const outsider = await fetch(`${stack.webUrl}${path}`, { headers: { cookie: `kc_session=${student.token}` } });
    expect(outsider.status).toBe(403);
    const html = await outsider.text();
    for (const name of REVIEWED_NAMES) expect(html).not.toContain(name);
    expect((await fetch(`${stack.webUrl}${path}`, { redirect: 'manual' })).status).toBe(303);
    // A forged move from outside the organisation changes nothing.
    const [first] = (await api<{ items: Application[] }>('GET', `/api/v1/opportunities/${opportunityIds.review}/applications`, undefined, owner.token)).body.items;
    const forged = await postForm(stack, `${path}?/move`, student.token, { one: `${first?.id}:${first?.version}:accepted` });
    expect(forged.status).toBe(403);
    const after = (await api<{ items: Application[] }>('GET', `/api/v1/opportunities/${opportunityIds.review}/applications`, undefined, owner.token)).body.items;
    expect(after.find((a) => a.id === first?.id)?.status).toBe('applied');
  });

  it('sends a page of a stage past its end to the stage’s last page, and ignores a stage it does not know', async () => {
    const path = `/opportunities/${opportunityIds.review}/applicants`;
    const open = (query: string) => fetch(`${stack.webUrl}${path}${query}`, { headers: { cookie: `kc_session=${owner.token}` }, redirect: 'manual' });
    const past = await open('?stage=applied&page=9');
    expect(past.status).toBe(303);
    expect(past.headers.get('location')).toBe(`${path}?stage=applied`);
    const unknown = await open('?stage=hired&page=2');
    expect(unknown.status).toBe(200);
    expect(await unknown.text()).toContain('data-testid="stage-shortlisted"');
  });

  it('refuses a second application, and one from someone without a profile, with a message and nothing stored', async () => {
    const path = `/opportunities/${opportunityIds.bg}?/apply`;
    const none = await postForm(stack, path, newcomer.token, { message: 'Hello' });
    expect(none.status).toBe(409);
    expect(none.html).toContain('Applying needs a student profile.');
    const first = await api<Application>('POST', `/api/v1/opportunities/${opportunityIds.bg}/applications`, { message: 'first' }, student.token);
    expect(first.status).toBe(201);
    const again = await postForm(stack, path, student.token, { message: 'second' });
    expect(again.status).toBe(409);
    expect(again.html).toContain('you applied already');
    expect((await applicationOf(student, opportunityIds.bg))?.message).toBe('first');
    const long = await postForm(stack, `/opportunities/${opportunityIds.en}?/apply`, studentBg.token, { message: 'x'.repeat(5001) });
    expect(long.status).toBe(400);
    expect(await applicationOf(studentBg, opportunityIds.en)).toBeUndefined();
  });
});

describe.skipIf(!hasChromium)(`applications in headless Chromium${hasChromium ? '' : ` (skipped: ${CHROMIUM} not found; apt-get install chromium)`}`, () => {
  let browser: Browser;
  const { errors } = useBrowserTab((opened) => ({ browser } = opened));
  const signedIn = (token: string, options: Parameters<Browser['newContext']>[0] = {}) => signedInTab(browser, stack.webUrl, token, errors, options);
  /** Withdrawing asks for confirmation first. */
  const acceptConfirmations = (tab: Page) => tab.on('dialog', (dialog) => void dialog.accept());

  it('lets a student fill in the whole profile, confirms the save, and shows it to organisations as saved', async () => {
    const { context, tab } = await signedIn(profiled.token);
    try {
      await tab.goto(`${stack.webUrl}/account`, { waitUntil: 'networkidle' });
      const section = tab.getByRole('region', { name: 'About you' });
      await section.getByLabel('Headline').fill('Informatics student looking for a back-end internship');
      await section.getByLabel('About').fill('I build small web services in TypeScript.\n\nI like databases.');
      await section.getByLabel('Programme').fill('Informatics');
      await section.getByLabel('Institution').fill('Sofia University');
      await section.getByLabel('Year of study').fill('3');
      await section.getByLabel('District').selectOption('Mladost');
      await section.getByLabel('Availability').selectOption({ label: 'Part time' });
      await section.getByLabel('Available from').fill('2027-02-01');
      await section.getByRole('button', { name: 'Save profile' }).click();
      await section.getByText('Saved. Organisations now see your profile as shown here.').waitFor();
      await saveScreenshot(tab, 'profile-en-saved');
      expect(await profileOf(profiled)).toMatchObject({
        headline: 'Informatics student looking for a back-end internship',
        about: 'I build small web services in TypeScript.\n\nI like databases.',
        programme: 'Informatics',
        institutionName: 'Sofia University',
        studyYear: 3,
        district: 'Mladost',
        availability: 'part_time',
        availableFrom: '2027-02-01',
      });
      // The form keeps what was saved, and an emptied field clears what was stored.
      expect(await section.getByLabel('Year of study').inputValue()).toBe('3');
      expect(await section.getByLabel('District').inputValue()).toBe('Mladost');
      await section.getByLabel('District').selectOption({ label: 'Not given' });
      const saved = tab.waitForResponse((res) => res.url().includes('/account?/details'));
      await section.getByRole('button', { name: 'Save profile' }).click();
      await saved;
      await section.getByText('Saved. Organisations now see your profile as shown here.').waitFor();
      expect((await profileOf(profiled)).district).toBeNull();

      await section.getByRole('link', { name: 'See your profile as organisations do' }).click();
      await tab.waitForURL(`**/students/${profiled.user.profileId}`);
      await tab.getByText('Informatics student looking for a back-end internship').waitFor();
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
    // An organisation's member opens the profile: what the student saved, not "Not available".
    const { context: ownerContext, tab: ownerTab } = await signedIn(owner.token);
    try {
      await ownerTab.goto(`${stack.webUrl}/students/${profiled.user.profileId}`);
      await ownerTab.getByRole('heading', { level: 1, name: 'Profile Petya' }).waitFor();
      const facts = await ownerTab.locator('dl').first().innerText();
      for (const shown of ['Informatics', 'Sofia University', 'Part time']) expect(facts).toContain(shown);
      expect(facts).not.toContain('Not available');
      await saveScreenshot(ownerTab, 'profile-en-as-organisation');
    } finally {
      await ownerContext.close();
    }
  }, 150_000);

  it('lets a student apply with a message, follow the application as the company moves it, and withdraw it', async () => {
    const { context, tab } = await signedIn(student.token);
    acceptConfirmations(tab);
    try {
      // Text typed before the page's script has started may be lost when it hydrates: let it settle.
      await tab.goto(`${stack.webUrl}/opportunities/${opportunityIds.en}`, { waitUntil: 'networkidle' });
      const apply = tab.getByTestId('apply');
      await apply.getByLabel('Message to the organisation (optional)').fill('I have built data pipelines in Python.');
      await apply.getByRole('button', { name: 'Send application' }).click();
      await apply.getByText(`Application sent: ${companyName} can see it now.`).waitFor();
      expect(await apply.getByTestId('applied').innerText()).toMatch(/^You applied on .+\. Status: Applied\.$/);
      await saveScreenshot(tab, 'applications-en-applied');

      const stored = await applicationOf(student, opportunityIds.en);
      expect(stored).toMatchObject({ status: 'applied', message: 'I have built data pipelines in Python.' });
      // The company shortlists it (its own pages for this come with the applicants' page).
      const moved = await api('PATCH', `/api/v1/applications/${stored?.id}`, { status: 'shortlisted', version: stored?.version }, owner.token);
      expect(moved.status).toBe(200);

      // The move reaches the student's inbox, counted in the header.
      await tab.reload({ waitUntil: 'networkidle' });
      await tab.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: 'Inbox 1 unread' }).click();
      await tab.waitForURL('**/inbox');
      const entry = tab.getByTestId('inbox-entry').first();
      expect(await entry.locator('.what').innerText()).toBe(`New ${companyName} moved your application to “${TITLES.en}”.`);
      expect(await entry.locator('.now').innerText()).toBe('Now: Shortlisted');
      await saveScreenshot(tab, 'inbox-en-student');
      await entry.getByRole('button', { name: 'Mark as read' }).click();
      await tab.getByTestId('inbox-unread').getByText('0 unread').waitFor();
      await tab.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: 'Inbox', exact: true }).waitFor();
      expect(await entry.getByText('New', { exact: true }).count()).toBe(0);

      await tab.getByTestId('account-menu').click();
      await tab.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: 'My applications' }).click();
      await tab.waitForURL('**/me/applications');
      const card = tab.getByTestId('application').filter({ hasText: TITLES.en });
      expect(await card.getByTestId('application-status').innerText()).toBe('Shortlisted');
      const history = card.getByRole('list', { name: `History of your application to “${TITLES.en}”` });
      expect(await history.getByRole('listitem').allInnerTexts()).toEqual([expect.stringMatching(/^Applied\s/), expect.stringMatching(/^Shortlisted\s/)]);
      await card.getByText('Your message').click();
      await card.getByText('I have built data pipelines in Python.').waitFor();
      await card.getByRole('link', { name: companyName }).waitFor();
      await saveScreenshot(tab, 'applications-en-list');

      await card.getByRole('button', { name: 'Withdraw' }).click();
      await card.getByText(`Your application to “${TITLES.en}” is withdrawn.`).waitFor();
      expect(await card.getByTestId('application-status').innerText()).toBe('Withdrawn');
      expect(await card.getByRole('button', { name: 'Withdraw' }).count()).toBe(0);
      expect(await history.getByRole('listitem').count()).toBe(3);
      expect(await history.getByRole('listitem').last().innerText()).toMatch(/^Withdrawn\s/);
      expect((await applicationOf(student, opportunityIds.en))?.status).toBe('withdrawn');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 150_000);

  it('lets a company review its applicants: move one, several at once, and be told of one that changed meanwhile', async () => {
    const { context, tab } = await signedIn(owner.token);
    acceptConfirmations(tab);
    const [radka, boris, ceca] = REVIEWED_NAMES;
    try {
      await tab.goto(`${stack.webUrl}/opportunities/${opportunityIds.review}`, { waitUntil: 'networkidle' });
      await tab.getByRole('link', { name: 'See applicants' }).click();
      await tab.waitForURL(`**/opportunities/${opportunityIds.review}/applicants`);
      await tab.waitForLoadState('networkidle');
      expect(await tab.getByTestId('applicants-count').innerText()).toBe('3 applications');
      const stage = (status: string) => tab.getByTestId(`stage-${status}`);
      expect(await stage('applied').getByTestId('applicant').count()).toBe(3);
      await stage('applied').getByTestId('applicant').filter({ hasText: radka }).getByText(`Hello from ${radka}.`).waitFor();
      await saveScreenshot(tab, 'applicants-en-pipeline');

      await tab.getByRole('button', { name: `Shortlist: ${radka}` }).click();
      await tab.getByText('1 application moved to “Shortlisted”.').waitFor();
      await stage('shortlisted').getByRole('link', { name: radka }).waitFor();

      await tab.getByRole('checkbox', { name: `Select the application of ${boris}` }).check();
      await tab.getByRole('checkbox', { name: `Select the application of ${ceca}` }).check();
      await tab.getByRole('group', { name: 'With the selected applications:' }).getByRole('button', { name: 'Decline' }).click();
      await tab.getByText('2 applications moved to “Not selected”.').waitFor();
      expect(await stage('rejected').getByTestId('applicant').count()).toBe(2);
      // Declined is final: nothing to move it with any more.
      expect(await stage('rejected').getByRole('button').count()).toBe(0);
      await saveScreenshot(tab, 'applicants-en-moved');

      // Radka withdraws while the company still has the page open; accepting her is refused and said so.
      const radkaUser = reviewed.get(radka ?? '');
      const mine = radkaUser ? await applicationOf(radkaUser, opportunityIds.review) : undefined;
      expect((await api('PATCH', `/api/v1/applications/${mine?.id}`, { status: 'withdrawn', version: mine?.version }, radkaUser?.token)).status).toBe(200);
      await tab.getByRole('button', { name: `Accept: ${radka}` }).click();
      await tab.getByText('1 had changed since the page was shown (perhaps withdrawn) and was left as it is.').waitFor();
      await stage('withdrawn').getByRole('link', { name: radka }).waitFor();
      const statuses = (await api<{ items: Application[] }>('GET', `/api/v1/opportunities/${opportunityIds.review}/applications`, undefined, owner.token)).body.items.map((a) => a.status);
      expect(statuses.sort()).toEqual(['rejected', 'rejected', 'withdrawn']);

      // Each applicant's name opens the profile, private as it is: they applied to this organisation.
      await stage('rejected').getByRole('link', { name: boris }).click();
      await tab.getByRole('heading', { level: 1, name: boris }).waitFor();

      // The company's inbox heard of each application and of the withdrawal, newest first.
      await tab.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: /^Inbox \d+ unread$/ }).click();
      await tab.waitForURL('**/inbox');
      const entries = tab.getByTestId('inbox-entry');
      expect(await entries.first().locator('.what').innerText()).toBe(`New ${radka} withdrew their application to “Back-end intern”.`);
      for (const name of REVIEWED_NAMES) await entries.filter({ hasText: `${name} applied to “Back-end intern” at ${companyName}.` }).waitFor();
      await saveScreenshot(tab, 'inbox-en-company');
      await tab.getByRole('button', { name: 'Mark all as read' }).click();
      await tab.getByText('Everything is marked as read.').waitFor();
      await tab.getByTestId('inbox-unread').getByText('0 unread').waitFor();
      expect(await tab.getByRole('button', { name: 'Mark as read' }).count()).toBe(0);
      await tab.getByRole('link', { name: 'Unread only' }).click();
      await tab.getByText('Nothing unread.').waitFor();
      await tab.getByRole('link', { name: 'All', exact: true }).click();
      await entries.first().getByRole('link', { name: 'See the applicants' }).click();
      await tab.waitForURL(`**/opportunities/${opportunityIds.review}/applicants`);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 150_000);

  it('tells someone without a profile how to get one, and shows visitors "Sign in to apply"', async () => {
    const { context, tab } = await signedIn(newcomer.token);
    try {
      await tab.goto(`${stack.webUrl}/opportunities/${opportunityIds.en}`);
      await tab.getByTestId('apply').getByText('Applying needs a student profile.').waitFor();
      await tab.getByTestId('apply').getByRole('link', { name: 'Create your profile' }).waitFor();
      await tab.goto(`${stack.webUrl}/me/applications`);
      await tab.getByRole('link', { name: 'Create your profile' }).waitFor();
    } finally {
      await context.close();
    }
    const visitor = await browser.newContext();
    try {
      const tab = await visitor.newPage();
      await tab.goto(`${stack.webUrl}/opportunities/${opportunityIds.en}`);
      await tab.getByTestId('apply').getByRole('link', { name: 'Sign in to apply' }).click();
      await tab.waitForURL(`**/sign-in?next=${encodeURIComponent(`/opportunities/${opportunityIds.en}`)}`);
    } finally {
      await visitor.close();
    }
  }, 150_000);

  it('takes a student through applying and withdrawing wholly in Bulgarian', async () => {
    const { context, tab } = await signedIn(studentBg.token, { locale: 'bg-BG' });
    acceptConfirmations(tab);
    const dataTexts = [TITLES.bg, companyName, STUDENT_NAME, companySlug, studentBg.user.email];
    const expectBulgarian = async (path: string) => {
      expect(await tab.evaluate<string>('document.documentElement.lang'), path).toBe('bg');
      expect(await englishShownOn(tab, dataTexts), `English on ${path}`).toEqual([]);
    };
    try {
      await tab.goto(`${stack.webUrl}/bg/account`, { waitUntil: 'networkidle' });
      const details = tab.getByRole('region', { name: t('account_about_you') });
      await details.getByLabel(t('account_headline')).fill(HEADLINE_BG);
      await details.getByLabel(t('student_availability')).selectOption({ label: t('availability_full_time') });
      await details.getByRole('button', { name: t('account_save_details') }).click();
      await details.getByText(t('account_details_saved')).waitFor();
      await expectBulgarian('/bg/account');
      expect(await profileOf(studentBg)).toMatchObject({ headline: HEADLINE_BG, availability: 'full_time' });

      await tab.goto(`${stack.webUrl}/bg/opportunities/${opportunityIds.bg}`, { waitUntil: 'networkidle' });
      const apply = tab.getByTestId('apply');
      await apply.getByRole('heading', { level: 2, name: t('apply_heading') }).waitFor();
      await expectBulgarian(`/bg/opportunities/${opportunityIds.bg}`);
      await apply.getByLabel(t('apply_message_label')).fill('Здравейте, имам опит с SQL.');
      await apply.getByRole('button', { name: t('apply_submit') }).click();
      await apply.getByText(t('apply_sent', { organisation: companyName })).waitFor();
      await apply.getByText(t('application_status_applied'), { exact: true }).waitFor();
      await expectBulgarian(`/bg/opportunities/${opportunityIds.bg} (applied)`);

      await apply.getByRole('link', { name: t('apply_follow') }).click();
      await tab.waitForURL('**/bg/me/applications');
      const card = tab.getByTestId('application').filter({ hasText: TITLES.bg });
      expect(await card.getByTestId('application-status').innerText()).toBe(t('application_status_applied'));
      await card.getByText(new RegExp(`^${lead('applications_applied_on')} `)).waitFor();
      await expectBulgarian('/bg/me/applications');
      await saveScreenshot(tab, 'applications-bg-list');

      await card.getByRole('button', { name: t('applications_withdraw') }).click();
      await card.getByText(t('applications_withdrawn', { title: TITLES.bg })).waitFor();
      expect(await card.getByTestId('application-status').innerText()).toBe(t('application_status_withdrawn'));
      expect(await card.getByRole('list', { name: t('applications_history', { title: TITLES.bg }) }).getByRole('listitem').count()).toBe(2);
      await expectBulgarian('/bg/me/applications (withdrawn)');
      expect((await applicationOf(studentBg, opportunityIds.bg))?.message).toBe('Здравейте, имам опит с SQL.');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
    // The company, reading in Bulgarian, is told of the withdrawal in Bulgarian.
    const company = await signedIn(owner.token, { locale: 'bg-BG' });
    try {
      await company.tab.goto(`${stack.webUrl}/bg/inbox`, { waitUntil: 'networkidle' });
      const entry = company.tab.getByTestId('inbox-entry').filter({ hasText: t('inbox_withdrawn_theirs', { applicant: STUDENT_NAME, title: TITLES.bg }) });
      expect(await entry.locator('.now').innerText()).toBe(`${t('inbox_now')} ${t('application_status_withdrawn')}`);
      await entry.getByRole('link', { name: t('inbox_see_applicants') }).waitFor();
      expect(await company.tab.evaluate<string>('document.documentElement.lang')).toBe('bg');
      expect(await englishShownOn(company.tab, [TITLES.bg, TITLES.en, 'Back-end intern', companyName, STUDENT_NAME, 'Student Sofia', 'Owner Olga', 'Newcomer Nikola', 'Profile Petya', ...REVIEWED_NAMES])).toEqual([]);
      await saveScreenshot(company.tab, 'inbox-bg-company');
      expect(errors).toEqual([]);
    } finally {
      await company.context.close();
    }
  }, 150_000);

  it('takes a company through a long pipeline wholly in Bulgarian, a stage and a page at a time', async () => {
    const title = 'Стажант бекенд разработчик';
    const pagedId = await openInternship(companyId, title);
    // More applicants than a stage's page holds: 22 students, signed up side by side, applying in turn.
    const names = Array.from({ length: 22 }, (_, i) => `Кандидат Номер ${String(i + 1).padStart(2, '0')}`);
    const applicants: SignedInUser[] = [];
    for (let i = 0; i < names.length; i += 6) applicants.push(...(await Promise.all(names.slice(i, i + 6).map((name) => signUpAs(stack, name, 'private')))));
    for (const [i, applicant] of applicants.entries()) {
      const res = await api('POST', `/api/v1/opportunities/${pagedId}/applications`, { message: `Здравейте, аз съм ${names[i]}.` }, applicant.token);
      if (res.status !== 201) throw new Error(`apply: ${res.status}`);
    }
    const { context, tab } = await signedIn(owner.token, { locale: 'bg-BG' });
    const dataTexts = [title, companyName, ...names, ...names.map((name) => `Здравейте, аз съм ${name}.`)];
    const expectBulgarian = async (where: string) => {
      expect(await tab.evaluate<string>('document.documentElement.lang'), where).toBe('bg');
      expect(await englishShownOn(tab, dataTexts), `English on ${where}`).toEqual([]);
    };
    const stage = (status: string) => tab.getByTestId(`stage-${status}`);
    const stages = () => tab.getByRole('navigation', { name: t('applicants_stages') });
    try {
      await tab.goto(`${stack.webUrl}/bg/opportunities/${pagedId}`, { waitUntil: 'networkidle' });
      await tab.getByRole('link', { name: t('opportunity_applicants_link') }).click();
      await tab.waitForURL(`**/bg/opportunities/${pagedId}/applicants`);
      await tab.waitForLoadState('networkidle');
      expect(await tab.getByTestId('applicants-count').innerText()).toBe(t('applicants_count_other', { count: '22' }));
      // The whole pipeline shows the newest ten of a stage, and the way to the rest.
      expect(await stage('applied').getByTestId('applicant').count()).toBe(10);
      await stage('applied').getByRole('link', { name: names[21] }).waitFor();
      await expectBulgarian('the pipeline');
      await saveScreenshot(tab, 'applicants-bg-pipeline');

      await stage('applied').getByRole('link', { name: t('applicants_see_all', { count: '22' }) }).click();
      await tab.waitForURL((url) => url.searchParams.get('stage') === 'applied');
      await tab.waitForLoadState('networkidle');
      expect(await stage('applied').getByTestId('applicant').count()).toBe(20);
      const pages = tab.getByRole('navigation', { name: t('applicants_pages', { stage: t('application_status_applied') }) });
      await pages.getByRole('link', { name: t('pagination_next') }).click();
      await tab.waitForURL((url) => url.searchParams.get('page') === '2');
      await tab.waitForLoadState('networkidle');
      // The oldest two, on the second page.
      expect(await stage('applied').getByRole('heading', { level: 3 }).allInnerTexts()).toEqual([names[1], names[0]]);
      await expectBulgarian('the second page of a stage');

      const [oldest] = names;
      await tab.getByRole('button', { name: t('applicants_move_named', { action: t('applicants_move_shortlisted'), name: oldest ?? '' }) }).click();
      await tab.getByText(t('applicants_moved_one', { count: '1', status: t('application_status_shortlisted') })).waitFor();
      await stages().getByRole('link', { name: `${t('application_status_shortlisted')} 1` }).waitFor();
      expect(await stage('applied').getByRole('heading', { level: 3 }).allInnerTexts()).toEqual([names[1]]);
      await expectBulgarian('after a move');
      await saveScreenshot(tab, 'applicants-bg-stage');

      await stages().getByRole('link', { name: t('applicants_all_stages') }).click();
      await tab.waitForURL((url) => !url.searchParams.has('stage'));
      await stage('shortlisted').getByRole('link', { name: oldest }).waitFor();
      const stored = (await api<{ items: Application[]; counts: Record<string, number> }>('GET', `/api/v1/opportunities/${pagedId}/applications?status=shortlisted`, undefined, owner.token)).body;
      expect(stored.counts).toMatchObject({ applied: 21, shortlisted: 1 });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 240_000);

  it('fits a phone 390 px wide without scrolling sideways', async () => {
    const { context, tab } = await signedIn(student.token, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    try {
      for (const path of [`/opportunities/${opportunityIds.bg}`, '/me/applications', '/inbox']) {
        await tab.goto(`${stack.webUrl}${path}`, { waitUntil: 'networkidle' });
        await tab.locator('h1').waitFor();
        const widths = await tab.evaluate<{ scroll: number; client: number }>('({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth })');
        expect(widths.scroll, path).toBeLessThanOrEqual(widths.client);
      }
      await saveScreenshot(tab, 'applications-phone-list');
    } finally {
      await context.close();
    }
  }, 150_000);
});
