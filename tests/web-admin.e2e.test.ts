import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { saveScreenshot, signedInTab, useBrowserTab, useWebStack } from './support/hooks.ts';
import { CHROMIUM, PASSWORD, createOrganisation, hasChromium, postForm, requestApi, signUpAs, unique, type SignedInUser, type WebStack } from './support/web-stack.ts';
import { englishShownOn, messageCatalogue, messageText } from './support/messages.ts';

/**
 * The cluster administrator's console in the web app, end to end: the verification queue (verify,
 * refuse with a reason the organisation's administrators are mailed), local skills and aliases
 * with where each is used, people and their roles, and the audit log with its filters. In
 * English, in Bulgarian, and refused to everyone else.
 */
const ADMIN_EMAIL = `cluster.admin-${unique()}@cluster.example.org`;

let stack: WebStack;
let admin: SignedInUser;
let owner: SignedInUser;
let outsider: SignedInUser;
const names = { verify: `Orbit Labs ${unique()}`, refuse: `Mystery Trading ${unique()}`, bg: `Витоша Инженеринг ${unique()}` };
/** The company whose inbox is read without JavaScript. */
const inboxCompany = `Quayside Freight ${unique()}`;
/** Why Mystery Trading is refused, in two paragraphs. */
const refusal = ['We found no company of this name in the commercial register.', 'Add your UIC to the profile.'] as const;

const api = <T>(method: string, path: string, body?: unknown, token?: string) => requestApi<T>(stack.app, method, path, body, token);

useWebStack(
  async (started) => {
    stack = started;
    admin = await stack.signUp({ email: ADMIN_EMAIL, password: PASSWORD, displayName: 'Cluster Clara' });
    owner = await signUpAs(stack, 'Owner Oscar');
    outsider = await signUpAs(stack, 'Outsider Olga');
    for (const name of Object.values(names)) await createOrganisation(stack, owner.token, 'company', name);
  },
  { clusterAdminEmails: [ADMIN_EMAIL] },
);

const bg = messageCatalogue('bg');
const t = (key: string, params?: Record<string, string>) => messageText(bg, key, params);

describe('the administration, over HTTP', () => {
  it('is refused to people who are not cluster administrators, and sends visitors to sign in', async () => {
    const anonymous = await fetch(`${stack.webUrl}/admin/organisations`, { redirect: 'manual' });
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('location')).toMatch(/^\/sign-in\?next=%2Fadmin%2Forganisations/);
    for (const path of ['/admin/organisations', '/admin/skills', '/admin/users', '/admin/audit']) {
      const res = await fetch(`${stack.webUrl}${path}`, { headers: { cookie: `kc_session=${outsider.token}`, accept: 'text/html' } });
      expect(res.status, path).toBe(403);
      expect(await res.text()).toContain('Only cluster administrators can open the administration.');
    }
    // A forged form post is refused by the API as well, and nothing is verified.
    const [target] = (await api<{ items: { id: string; name: string; verified: boolean }[] }>('GET', `/api/v1/organisations?q=${encodeURIComponent(names.verify)}`)).body.items;
    const forged = await postForm(stack, '/admin/organisations?/verify', outsider.token, { id: target?.id ?? '', name: names.verify, version: '1' });
    expect(forged.status).toBe(403);
    expect((await api<{ verified: boolean }>('GET', `/api/v1/organisations/${target?.id}`)).body.verified).toBe(false);
  });

  it('keeps the page\'s query when a form is posted without JavaScript: marking one entry read answers with the unread view', async () => {
    const company = await signUpAs(stack, 'Petar Petrov');
    const organisation = await createOrganisation(stack, company.token, 'company', inboxCompany);
    const posted = await api<{ id: string }>('POST', '/api/v1/opportunities', { organisationId: organisation.id, kind: 'job', title: 'Логистик', status: 'open', skills: [] }, company.token);
    expect(posted.status).toBe(201);
    for (const name of ['Maria Ivanova', 'Georgi Georgiev']) {
      const student = await signUpAs(stack, name, 'cluster');
      expect((await api('POST', `/api/v1/opportunities/${posted.body.id}/applications`, {}, student.token)).status).toBe(201);
    }
    const inbox = await api<{ items: { id: string; readAt: string | null }[] }>('GET', '/api/v1/me/notifications', undefined, company.token);
    const [first, second] = inbox.body.items;
    expect(inbox.body.items.filter((entry) => entry.readAt === null)).toHaveLength(2);

    const { status, html } = await postForm(stack, '/inbox?unread=true&/read', company.token, { id: first?.id ?? '' });
    expect(status, html.slice(0, 2000)).toBe(200);
    // The unread view, with the entry still unread in it, and its form posting to that view again.
    const views = /<nav class="views[^>]*>([\s\S]*?)<\/nav>/.exec(html)?.[1] ?? '';
    expect(views).toMatch(/<a href="\/inbox\?unread=true"[^>]*aria-current="page"/);
    expect(views).not.toMatch(/<a href="\/inbox"[^>]*aria-current="page"/);
    expect(html).toContain('1 unread');
    expect(html).toContain(`value="${second?.id}"`);
    expect(html).not.toContain(`value="${first?.id}"`);
    expect(html).toContain('action="?unread=true&amp;/read"');
    expect(html).not.toContain('/read&amp;');
    // The same view in the other language, without the action.
    expect(html).toContain('href="/bg/inbox?unread=true"');
    expect(html).not.toMatch(/href="[^"]*(\/|%2F)read"/);
    expect((await api<{ items: { id: string; readAt: string | null }[] }>('GET', '/api/v1/me/notifications', undefined, company.token)).body.items.find((entry) => entry.id === first?.id)?.readAt).not.toBeNull();

    // The console's forms keep its filters too.
    const consolePage = async (path: string) => (await fetch(`${stack.webUrl}${path}`, { headers: { cookie: `kc_session=${admin.token}`, accept: 'text/html' } })).text();
    const query = new URLSearchParams({ q: inboxCompany }).toString();
    expect(await consolePage(`/admin/organisations?${query}`)).toContain(`action="?${query}&amp;/verify"`);
    const skills = await consolePage('/admin/skills?q=SQL');
    expect(skills).toContain('action="?q=SQL&amp;/createSkill"');
    expect(skills).toContain('action="?q=SQL&amp;/addAlias"');
  });
});

describe.skipIf(!hasChromium)(`the administration in headless Chromium${hasChromium ? '' : ` (skipped: ${CHROMIUM} not found; apt-get install chromium)`}`, () => {
  let browser: Browser;
  const { errors } = useBrowserTab((opened) => ({ browser } = opened));
  const signedIn = (token: string, options: Parameters<Browser['newContext']>[0] = {}) => signedInTab(browser, stack.webUrl, token, errors, options);
  const acceptConfirmations = (tab: Page) => tab.on('dialog', (dialog) => void dialog.accept());

  it('works the verification queue: verifies one organisation and refuses another with a reason that is mailed', async () => {
    const { context, tab } = await signedIn(admin.token);
    try {
      await tab.goto(`${stack.webUrl}/`, { waitUntil: 'networkidle' });
      await tab.getByTestId('account-menu').click();
      await tab.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: 'Administration' }).click();
      await tab.waitForURL('**/admin/organisations');
      await tab.getByRole('heading', { level: 1, name: 'Organisations to verify' }).waitFor();
      await tab.waitForLoadState('networkidle');
      const card = (name: string) => tab.getByTestId('review-organisation').filter({ hasText: name });
      await card(names.verify).getByText('Members: 1').waitFor();
      await saveScreenshot(tab, 'admin-en-queue');

      await card(names.verify).getByRole('button', { name: 'Verify' }).click();
      await tab.getByText(`${names.verify} is verified.`).waitFor();
      expect((await api<{ items: { verified: boolean }[] }>('GET', `/api/v1/organisations?q=${encodeURIComponent(names.verify)}`)).body.items[0]?.verified).toBe(true);

      const refused = card(names.refuse);
      await refused.getByText('Refuse…').click();
      const reason = refusal.join('\n\n');
      await refused.getByLabel('Why is it refused?').fill(reason);
      await refused.getByRole('button', { name: 'Refuse verification' }).click();
      await tab.getByText(`${names.refuse} is refused; its administrators were told why.`).waitFor();
      expect(stack.mailbox.at(-1)).toContain(`subject="${names.refuse} was not verified"`);
      expect(stack.mailbox.at(-1)).toContain(refusal[1]);

      await tab.getByTestId('tab-refused').click();
      await tab.waitForURL('**/admin/organisations?verification=refused');
      await card(names.refuse).getByText(refusal[0]).waitFor();
      await tab.getByTestId('tab-verified').click();
      await card(names.verify).getByRole('button', { name: 'Withdraw the verification' }).waitFor();
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 150_000);

  it('tells the refused organisation\'s members why on its profile page, in both languages and to nobody else, until a change asks again', async () => {
    const [refused] = (await api<{ items: { slug: string }[] }>('GET', `/api/v1/organisations?q=${encodeURIComponent(names.refuse)}`)).body.items;
    const slug = refused?.slug ?? '';
    // The organisation's public page says nothing of it, to visitors and to other people signed in.
    for (const token of [undefined, outsider.token]) {
      const res = await fetch(`${stack.webUrl}/organisations/${slug}`, { headers: { accept: 'text/html', ...(token ? { cookie: `kc_session=${token}` } : {}) } });
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain(names.refuse);
      expect(html).not.toContain('commercial register');
    }
    const { context, tab } = await signedIn(owner.token);
    try {
      await tab.goto(`${stack.webUrl}/organisations/${slug}/manage`, { waitUntil: 'networkidle' });
      const notice = tab.getByTestId('verification-refused');
      // The reason as its paragraphs, between when it was refused and what to do.
      expect(await notice.locator('p').allInnerTexts()).toEqual([expect.stringMatching(/^Verification was refused on \S.*:$/), ...refusal, 'Change your profile to ask again.']);
      await saveScreenshot(tab, 'manage-en-refused');

      await tab.goto(`${stack.webUrl}/bg/organisations/${slug}/manage`, { waitUntil: 'networkidle' });
      await notice.getByText(t('manage_refused_ask_again')).waitFor();
      expect(await notice.innerText()).toContain(t('manage_refused_on', { date: '' }).replace(/:$/, '').trim());
      expect(await notice.innerText()).toContain(refusal[1]);

      // Changing the profile asks again: the notice is gone. (In English again: the visit to /bg is remembered.)
      await tab.goto(`${stack.webUrl}/en/organisations/${slug}/manage`, { waitUntil: 'networkidle' });
      await tab.getByLabel('About', { exact: true }).fill('Registered under UIC 123456789.');
      await tab.getByRole('button', { name: 'Save the profile' }).click();
      await tab.getByText('Saved. The organisation’s page shows the profile as it is now.').waitFor();
      expect(await notice.count()).toBe(0);
      await tab.reload({ waitUntil: 'networkidle' });
      expect(await notice.count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 150_000);

  it('adds a local skill under an ESCO skill and an alias for it, edits and removes them, and shows where they are used', async () => {
    const { context, tab } = await signedIn(admin.token);
    acceptConfirmations(tab);
    const label = `Kotlin Multiplatform ${unique()}`;
    try {
      await tab.goto(`${stack.webUrl}/admin/skills`, { waitUntil: 'networkidle' });
      const local = tab.getByRole('region', { name: 'Local skills' });
      await local.locator('summary', { hasText: 'Add a local skill' }).click();
      await local.locator('#new-skill-label').fill(label);
      await local.getByRole('combobox', { name: 'Broader ESCO skill' }).fill('SQL');
      await local.getByRole('option', { name: 'SQL', exact: true }).click();
      await local.getByTestId('new-skill-broader-chosen').getByText('Chosen: SQL').waitFor();
      await local.locator('#new-skill-description').fill('Sharing Kotlin code between Android, iOS and the web.');
      await local.getByRole('button', { name: 'Add a local skill' }).click();
      await tab.getByText(`${label} is added.`).waitFor();
      const row = local.getByTestId('local-skill').filter({ hasText: label });
      await row.getByText('Under SQL · Opportunities 0 · Students 0 · Trainings 0').waitFor();

      const aliases = tab.getByRole('region', { name: 'Aliases' });
      await aliases.locator('summary', { hasText: 'Add an alias' }).click();
      await aliases.getByRole('combobox', { name: 'Skill it stands for' }).fill(label);
      await aliases.getByRole('option', { name: label }).first().click();
      await aliases.locator('#new-alias-words').fill(`KMP-${label}`);
      await aliases.getByRole('button', { name: 'Add an alias' }).click();
      await tab.getByText(`“KMP-${label}” is added.`).waitFor();
      await row.getByText(`Also called: KMP-${label}`).waitFor();

      // An organisation posts a need for it: the console says where it is used.
      const [company] = (await api<{ items: { id: string }[] }>('GET', `/api/v1/organisations?q=${encodeURIComponent(names.verify)}`)).body.items;
      const curation = await api<{ localSkills: { uri: string; preferredLabel: string }[] }>('GET', `/api/v1/admin/skills?q=${encodeURIComponent(label)}`, undefined, admin.token);
      const uri = curation.body.localSkills[0]?.uri ?? '';
      const posted = await api('POST', '/api/v1/opportunities', { organisationId: company?.id, kind: 'job', title: 'Mobile developer', status: 'open', skills: [{ uri, level: 2 }] }, owner.token);
      expect(posted.status).toBe(201);
      await tab.reload({ waitUntil: 'networkidle' });
      await row.getByText('Under SQL · Opportunities 1 · Students 0 · Trainings 0').waitFor();
      await saveScreenshot(tab, 'admin-en-skills');

      await row.getByText('Edit').click();
      await row.getByLabel('Name').fill(`${label} (KMP)`);
      await row.getByRole('button', { name: 'Save' }).click();
      await tab.getByText(`${label} (KMP) is saved.`).waitFor();

      // Used by a posting, it cannot be removed; the console says why and keeps it.
      await local.getByTestId('local-skill').filter({ hasText: label }).getByRole('button', { name: `Remove ${label} (KMP)` }).click();
      await local.getByTestId('local-skill').filter({ hasText: label }).getByRole('alert').waitFor();
      expect((await api<{ localSkills: unknown[] }>('GET', `/api/v1/admin/skills?q=${encodeURIComponent(label)}`, undefined, admin.token)).body.localSkills).toHaveLength(1);

      const alias = aliases.getByTestId('alias').filter({ hasText: `KMP-${label}` });
      await alias.getByRole('button', { name: `Remove KMP-${label}` }).click();
      await tab.getByText(`“KMP-${label}” is removed.`).waitFor();
      expect(await aliases.getByTestId('alias').filter({ hasText: `KMP-${label}` }).count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 150_000);

  it('lists people with their roles and filters the audit log', async () => {
    const { context, tab } = await signedIn(admin.token);
    try {
      await tab.goto(`${stack.webUrl}/admin/users`, { waitUntil: 'networkidle' });
      await tab.getByLabel('Name or e-mail contains').fill('Owner Oscar');
      await tab.getByRole('button', { name: 'Apply' }).click();
      await tab.waitForURL('**/admin/users?q=Owner+Oscar');
      const person = tab.getByTestId('admin-user').filter({ hasText: 'Owner Oscar' });
      await person.getByRole('link', { name: names.verify }).waitFor();
      expect(await person.getByRole('list', { name: 'Roles of Owner Oscar' }).innerText()).toContain(`${names.refuse}: Administrator`);
      await tab.getByRole('link', { name: 'People' }).click();
      await tab.getByTestId('admin-user').filter({ hasText: 'Cluster Clara' }).getByText('Cluster administrator').waitFor();

      await tab.getByRole('navigation', { name: 'Administration sections' }).getByRole('link', { name: 'Audit log' }).click();
      await tab.waitForURL('**/admin/audit');
      await tab.getByLabel('Action').selectOption('refuse_verification');
      await tab.getByRole('button', { name: 'Apply' }).click();
      await tab.waitForURL('**/admin/audit?action=refuse_verification**');
      const entries = tab.getByTestId('audit-entry');
      expect(await entries.count()).toBe(1);
      expect(await entries.first().innerText()).toContain('Cluster Clara');
      expect(await entries.first().innerText()).toContain('commercial register');
      await saveScreenshot(tab, 'admin-en-audit');

      await tab.goto(`${stack.webUrl}/admin/audit?from=2026-12-31&to=2026-01-01`, { waitUntil: 'networkidle' });
      await tab.getByRole('alert').getByText('The period ends before it starts').waitFor();
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 150_000);

  it('speaks Bulgarian throughout the console', async () => {
    const { context, tab } = await signedIn(admin.token, { locale: 'bg-BG' });
    const dataTexts = [...Object.values(names), inboxCompany, 'Petar Petrov', 'Maria Ivanova', 'Georgi Georgiev', 'Cluster Clara', 'Owner Oscar', 'Outsider Olga', ADMIN_EMAIL, owner.user.email, outsider.user.email];
    try {
      for (const path of ['/bg/admin/organisations', '/bg/admin/skills', '/bg/admin/users', '/bg/admin/audit']) {
        await tab.goto(`${stack.webUrl}${path}`, { waitUntil: 'networkidle' });
        expect(await tab.evaluate<string>('document.documentElement.lang'), path).toBe('bg');
        // Record types, actions and skill names are data, not interface text.
        expect(await englishShownOn(tab, dataTexts, 'code, .id, .details, .data'), path).toEqual([]);
      }
      await tab.goto(`${stack.webUrl}/bg/admin/organisations`, { waitUntil: 'networkidle' });
      const card = tab.getByTestId('review-organisation').filter({ hasText: names.bg });
      await card.getByRole('button', { name: t('admin_verify') }).click();
      await tab.getByText(t('admin_verified', { name: names.bg })).waitFor();
      await saveScreenshot(tab, 'admin-bg-queue');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 150_000);

  it('keeps the signed-in header to one row at 1,366 px, and folds it behind a menu on a phone', async () => {
    const wide = await signedIn(owner.token, { viewport: { width: 1366, height: 800 } });
    try {
      await wide.tab.goto(`${stack.webUrl}/inbox`, { waitUntil: 'networkidle' });
      // The middle of every visible item of the header, in tens of pixels from the top.
      const rows = await wide.tab.evaluate<number[]>(
        `[...document.querySelectorAll('.site-header .brand, .site-header .panel nav a, .site-header .panel summary, .site-header .language a')].filter((el) => el.checkVisibility()).map((el) => el.getBoundingClientRect()).map((r) => Math.round((r.top + r.bottom) / 20))`,
      );
      expect(rows.length).toBeGreaterThanOrEqual(8);
      // All on one line (within 10 px of each other): the header is one row.
      expect(Math.max(...rows) - Math.min(...rows), JSON.stringify(rows)).toBeLessThanOrEqual(1);
      await saveScreenshot(wide.tab, 'header-1366-signed-in');
    } finally {
      await wide.context.close();
    }
    const phone = await signedIn(admin.token, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    try {
      const { tab } = phone;
      await tab.goto(`${stack.webUrl}/`, { waitUntil: 'networkidle' });
      const main = tab.getByRole('navigation', { name: 'Main' });
      expect(await main.isVisible()).toBe(false);
      const header = await tab.evaluate<number>(`document.querySelector('.site-header').getBoundingClientRect().height`);
      expect(header).toBeLessThan(120);
      await tab.getByRole('button', { name: 'Menu' }).click();
      await main.getByRole('link', { name: 'Opportunities' }).click();
      await tab.waitForURL('**/opportunities');
      expect(await main.isVisible()).toBe(false);
      expect(await tab.getByRole('button', { name: 'Menu' }).getAttribute('aria-expanded')).toBe('false');
      await tab.getByRole('button', { name: 'Menu' }).click();
      await tab.getByTestId('account-menu').click();
      await tab.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: 'Administration' }).click();
      await tab.waitForURL('**/admin/organisations');
      await saveScreenshot(tab, 'header-phone-admin');
      expect(errors).toEqual([]);
    } finally {
      await phone.context.close();
    }
  }, 150_000);

  it('fits a phone 390 px wide without scrolling sideways', async () => {
    const { context, tab } = await signedIn(admin.token, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    try {
      for (const path of ['/admin/organisations', '/admin/skills', '/admin/users', '/admin/audit']) {
        await tab.goto(`${stack.webUrl}${path}`, { waitUntil: 'networkidle' });
        await tab.locator('h1').waitFor();
        const widths = await tab.evaluate<{ scroll: number; client: number }>('({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth })');
        expect(widths.scroll, path).toBeLessThanOrEqual(widths.client);
      }
      await saveScreenshot(tab, 'admin-phone-audit');
    } finally {
      await context.close();
    }
  }, 150_000);
});
