import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { saveScreenshot, sessionCookie as sessionCookieOf, signedInTab, signInInBrowser, useBrowserTab, useWebStack } from './support/hooks.ts';
import { CHROMIUM, hasChromium, PASSWORD, signUpInBrowser, unique, type WebBuild, type WebStack } from './support/web-stack.ts';

/**
 * Accounts in the web app, end to end: the production build served by its Node adapter, in front
 * of the real API over a real database. The web keeps its own session cookie and calls the API
 * with the token; the browser never talks to the API.
 */
const ADMIN_EMAIL = 'ana.admin@cluster.example.org';

let stack: WebStack;
let apiUrl: string;
let apiApp: WebStack['app'];
let webUrl: string;
let build: WebBuild;

useWebStack(
  (started) => {
    stack = started;
    ({ app: apiApp, apiUrl, webUrl, build } = stack);
  },
  { clusterAdminEmails: [ADMIN_EMAIL] },
);

describe('accounts in the web app, over HTTP', () => {
  it('builds for production', () => {
    expect(build.status, build.stderr).toBe(0);
  });

  it('offers sign-in and sign-up to visitors', async () => {
    const html = await (await fetch(`${webUrl}/opportunities`)).text();
    expect(html).toContain('href="/sign-up"');
    expect(html).toContain(`href="/sign-in?next=${encodeURIComponent('/opportunities')}"`);
    expect(html).not.toContain('Sign out');
  });

  it('sends visitors who open /account to sign in first', async () => {
    const res = await fetch(`${webUrl}/account`, { redirect: 'manual' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/sign-in?next=%2Faccount');
  });

  it('treats an unknown session cookie as signed out and deletes it', async () => {
    const res = await fetch(`${webUrl}/organisations`, { headers: { cookie: 'kc_session=no-such-session-token-0123456789' } });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('href="/sign-up"');
    expect(res.headers.get('set-cookie')).toMatch(/kc_session=;.*(Max-Age=0|Expires=Thu, 01 Jan 1970)/i);
  });

  it('shows members their organisations and cluster administrators a marker', async () => {
    const signedUp = await stack.signUp({ email: ADMIN_EMAIL, password: PASSWORD, displayName: 'Ana Admin' });
    const res = await apiApp.request('/api/v1/organisations', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${signedUp.token}` },
      body: JSON.stringify({ kind: 'company', name: 'Lozenets Robotics' }),
    });
    expect(res.status).toBe(201);
    const organisation = (await res.json()) as { slug: string };

    const html = await (await fetch(`${webUrl}/opportunities`, { headers: { cookie: `kc_session=${signedUp.token}` } })).text();
    expect(html).toContain('Ana Admin');
    expect(html).toMatch(/class="badge admin[^"]*"[^>]*>Admin</);
    expect(html).toContain('My organisations');
    expect(html).toContain(`href="/organisations/${organisation.slug}"`);
    expect(html).toContain('Sign out');
    expect(html).not.toContain('href="/sign-up"');
  });

  it('refuses form posts from another site', async () => {
    const res = await fetch(`${webUrl}/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' },
      body: new URLSearchParams({ email: 'someone@example.org', password: PASSWORD }),
      redirect: 'manual',
    });
    expect(res.status).toBe(403);
  });

  it('shows the API validation errors next to the fields and keeps what was typed', async () => {
    const res = await fetch(`${webUrl}/sign-up`, {
      method: 'POST',
      // A form posted without JavaScript, answered with the page (not the JSON `use:enhance` gets).
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: webUrl, accept: 'text/html' },
      body: new URLSearchParams({ displayName: 'Kept Name', email: 'not an address' }),
      redirect: 'manual',
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('value="Kept Name"');
    expect(html).toContain('value="not an address"');
    expect(html).toMatch(/id="sign-up-email-error"[^>]*>/);
    expect(html).toMatch(/aria-invalid="true"/);
  });

  it('asks for a long enough password on the confirmation page, and never shows it again', async () => {
    const email = `short-${unique()}@example.org`;
    await apiApp.request('/api/v1/auth/sign-up', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, displayName: 'Short' }) });
    const link = new URL(stack.linkFromMail(email));
    const res = await fetch(`${webUrl}${link.pathname}${link.search}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: webUrl, accept: 'text/html' },
      body: new URLSearchParams({ token: link.searchParams.get('token') ?? '', password: 'tooshort', repeat: 'tooshort' }),
      redirect: 'manual',
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).not.toContain('tooshort');
    expect(html).toMatch(/id="verify-password-error"[^>]*>.*at least 10 characters/i);
  });
});

describe('where sign-in and sign-up lead afterwards', () => {
  const signInPost = async (next: string, account: { email: string; password: string }) =>
    fetch(`${webUrl}/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: webUrl, accept: 'text/html' },
      body: `${new URLSearchParams({ email: account.email, password: account.password }).toString()}&next=${next}`,
      redirect: 'manual',
    });

  it('never leaves the site, whatever `next` holds, and never answers 500', async () => {
    const account = { email: `next-${unique()}@example.org`, password: PASSWORD };
    await stack.signUp({ ...account, displayName: 'Next Person' });
    for (const next of ['%2F%09%2Fevil.example', '/%09/evil.example', '%2F%2Fevil.example', '%2F%5Cevil.example', 'https%3A%2F%2Fevil.example', '%2F%0A%2Fevil', '%2F%0D%0ALocation%3A%20https%3A%2F%2Fevil.example', '%2F%20%2Fevil.example', 'javascript%3Aalert(1)', '%2F.%2F%2Fevil.example', '%2F..%2F%2Fevil.example', '%2F%252e%2F%2Fevil.example', '%2F.%2F%5Cevil.example']) {
      const res = await signInPost(next, account);
      expect(res.status, next).toBe(303);
      const location = res.headers.get('location') ?? '';
      expect(new URL(location, webUrl).origin, `${next} → ${location}`).toBe(webUrl);
      expect(location).not.toMatch(/^\/\/|^\/\\|evil\.example\//);
    }
  });

  it('keeps a page of the site, percent-encoded when it is not ASCII', async () => {
    const account = { email: `cyrillic-${unique()}@example.org`, password: PASSWORD };
    await stack.signUp({ ...account, displayName: 'Кирил' });
    const res = await signInPost(encodeURIComponent('/организации?q=софия#top'), account);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/%D0%BE%D1%80%D0%B3%D0%B0%D0%BD%D0%B8%D0%B7%D0%B0%D1%86%D0%B8%D0%B8?q=%D1%81%D0%BE%D1%84%D0%B8%D1%8F#top');
  });

  it('a sign-up with a hostile `next` still answers, and the confirmation leads to a safe page', async () => {
    const email = `signup-next-${unique()}@example.org`;
    const res = await fetch(`${webUrl}/sign-up`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: webUrl, accept: 'text/html' },
      body: `${new URLSearchParams({ displayName: 'Nova', email }).toString()}&next=%2F%0A%2Fevil%E2%80%A8\u2603`,
      redirect: 'manual',
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Check your inbox');
    // Nothing was kept to come back to, so the confirmation leads to the account page.
    expect(res.headers.get('set-cookie') ?? '').not.toContain('kc_next');
    const link = new URL(stack.linkFromMail(email));
    const confirmed = await fetch(`${webUrl}${link.pathname}${link.search}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: webUrl, accept: 'text/html' },
      body: new URLSearchParams({ token: link.searchParams.get('token') ?? '', password: PASSWORD, repeat: PASSWORD }),
      redirect: 'manual',
    });
    expect(confirmed.status).toBe(303);
    expect(confirmed.headers.get('location')).toBe('/account');
  });

  it('a form posted as JSON gets 415 with its own code, not an internal error', async () => {
    const res = await fetch(`${webUrl}/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: webUrl, accept: 'application/json' },
      body: JSON.stringify({ email: 'a@example.org', password: PASSWORD }),
    });
    expect(res.status).toBe(415);
    const body = (await res.json()) as { type: string; error: { code: string; message: string } };
    expect(body.error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const page = await fetch(`${webUrl}/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: webUrl, accept: 'text/html' },
      body: '{}',
    });
    expect(page.status).toBe(415);
    expect(await page.text()).toContain('Forms must be sent as form data');
    expect(stack.webLog()).not.toMatch(/unexpected error|SvelteKitError|at .*\.js:\d+/);
  });
});

describe.skipIf(!hasChromium)(`accounts in headless Chromium${hasChromium ? '' : ` (skipped: ${CHROMIUM} not found; apt-get install chromium)`}`, () => {
  let browser: Browser;
  let context: BrowserContext;
  let tab: Page;
  const email = `mira-${unique()}@example.org`;
  const name = 'Mira Petrova';

  const { errors } = useBrowserTab((opened) => ({ browser, context, tab } = opened), { acceptDownloads: true });

  const accountNav = () => tab.getByRole('navigation', { name: 'Account' });
  const sessionCookie = () => sessionCookieOf(context, webUrl);
  const signIn = (password: string) => signInInBrowser(tab, email, password);

  it('signs up as a student with a private profile, confirms the address by the e-mailed link and lands signed in', async () => {
    await tab.goto(`${webUrl}/`);
    await accountNav().getByRole('link', { name: 'Sign up' }).click();
    await tab.waitForURL('**/sign-up');
    await signUpInBrowser(tab, stack, { name, email, password: PASSWORD, student: { visibility: 'Only me' } }, tab.url());

    await tab.waitForURL('**/account');
    await accountNav().getByText(name).waitFor();
    await tab.getByText('Your address is confirmed and your password is set').waitFor();
    expect(await tab.getByTestId('current-visibility').textContent()).toBe('Only me');
    expect(await tab.getByText('Not confirmed yet').count()).toBe(0);

    const cookie = await sessionCookie();
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: false, path: '/' });
    expect(cookie?.expires).toBeGreaterThan(Date.now() / 1000 + 50 * 60);
    expect(cookie?.expires).toBeLessThan(Date.now() / 1000 + 61 * 60);
  }, 150_000);

  it('on a phone: brings a new person back to the page that asked them to sign up, once confirmed', async () => {
    const visitor = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    visitor.setDefaultTimeout(60_000);
    const page = await visitor.newPage();
    // Nothing wider than the phone's screen: every field and button is reachable without scrolling sideways.
    const fitsTheScreen = () => page.evaluate<boolean>('document.documentElement.scrollWidth <= window.innerWidth');
    try {
      await page.goto(`${webUrl}/account`);
      await page.waitForURL('**/sign-in?next=%2Faccount');
      await page.getByRole('link', { name: 'Create one' }).click();
      await page.waitForURL('**/sign-up?next=%2Faccount');
      expect(await fitsTheScreen()).toBe(true);
      await signUpInBrowser(page, stack, { name: 'Back Again', email: `back-${unique()}@example.org`, password: PASSWORD }, page.url());
      expect(new URL(page.url()).pathname).toBe('/account');
      await page.getByText('Your address is confirmed and your password is set').waitFor();
      expect(await fitsTheScreen()).toBe(true);
    } finally {
      await visitor.close();
    }
  }, 150_000);

  it('changes the profile visibility to public on /account', async () => {
    await tab.getByLabel('Anyone (public)').check();
    await tab.getByRole('button', { name: 'Save visibility' }).click();
    await tab.getByText('Saved. Who may see your profile: anyone (public).').waitFor();
    await tab.getByTestId('current-visibility').getByText('Anyone (public)').waitFor();

    // The API agrees: the profile is now readable by anyone.
    const token = (await sessionCookie())?.value ?? '';
    const me = (await (await fetch(`${apiUrl}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } })).json()) as { profileId: string };
    const profile = await fetch(`${apiUrl}/api/v1/students/${me.profileId}`);
    expect(profile.status).toBe(200);
    expect(((await profile.json()) as { visibility: string }).visibility).toBe('public');
  }, 150_000);

  it('downloads the data export as a JSON file with the e-mail address in it', async () => {
    const downloading = tab.waitForEvent('download');
    await tab.getByRole('link', { name: 'Download my data' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^my-data-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as { account: { email: string }; studentProfile: { visibility: string } };
    expect(exported.account.email).toBe(email);
    expect(exported.studentProfile.visibility).toBe('public');
  }, 150_000);

  it('signs out and back in, keeping the e-mail but not the password after a wrong attempt', async () => {
    await tab.getByTestId('account-menu').click();
    await accountNav().getByRole('button', { name: 'Sign out' }).click();
    await tab.waitForURL(`${webUrl}/`);
    await tab.getByText('You are signed out.').waitFor();
    await accountNav().getByRole('link', { name: 'Sign in' }).waitFor();
    expect(await sessionCookie()).toBeUndefined();

    await accountNav().getByRole('link', { name: 'Sign in' }).click();
    await tab.waitForURL('**/sign-in');
    await signIn('not the password at all');
    await tab.getByRole('alert').getByText('Wrong e-mail address or password, or the address is not confirmed yet').waitFor();
    expect(await tab.getByLabel('E-mail address', { exact: true }).inputValue()).toBe(email);
    expect(await tab.getByLabel('Password', { exact: true }).inputValue()).toBe('');

    await signIn(PASSWORD);
    await tab.waitForURL(`${webUrl}/`);
    await accountNav().getByText(name).waitFor();
  }, 150_000);

  it('deletes the account after asking for the password; signing in then fails with a message', async () => {
    await tab.getByTestId('account-menu').click();
    await accountNav().getByRole('link', { name: 'Account' }).click();
    await tab.waitForURL('**/account');
    await tab.getByRole('link', { name: 'Delete my account…' }).click();
    await tab.waitForURL('**/account/delete');

    await tab.getByLabel('Your password, to confirm').fill('not the password at all');
    await tab.getByRole('button', { name: 'Delete my account for good' }).click();
    await tab.getByRole('alert').getByText('The password is wrong, so your account was not deleted.').waitFor();

    await tab.getByLabel('Your password, to confirm').fill(PASSWORD);
    await tab.getByRole('button', { name: 'Delete my account for good' }).click();
    await tab.waitForURL(`${webUrl}/`);
    await tab.getByText('Your account and your personal data are deleted.').waitFor();
    await accountNav().getByRole('link', { name: 'Sign in' }).waitFor();
    expect(await sessionCookie()).toBeUndefined();

    await tab.goto(`${webUrl}/sign-in`);
    await signIn(PASSWORD);
    await tab.getByRole('alert').getByText('Wrong e-mail address or password, or the address is not confirmed yet').waitFor();
    expect(tab.url()).toBe(`${webUrl}/sign-in`);
    expect(errors).toEqual([]);
  }, 150_000);
});

describe.skipIf(!hasChromium)(`an organisation's representative, from the landing page, in headless Chromium${hasChromium ? '' : ' (skipped)'}`, () => {
  let tab: Page;
  const { errors } = useBrowserTab((opened) => ({ tab } = opened));
  const organisationName = `Lozenets Robotics ${unique()}`;

  it('the landing page counts students and trainings, and its call to students ticks "I am a student"', async () => {
    await tab.goto(`${webUrl}/`);
    const figures = tab.getByRole('region', { name: 'The exchange in figures' });
    for (const figure of ['Organisations', 'Open opportunities', 'Students', 'Trainings']) await figures.getByText(figure, { exact: true }).waitFor();
    await tab.getByRole('link', { name: 'Sign up as a student' }).click();
    await tab.waitForURL('**/sign-up?as=student');
    expect(await tab.getByLabel('I am a student').isChecked()).toBe(true);
    await tab.goto(`${webUrl}/sign-up`);
    expect(await tab.getByLabel('I am a student').isChecked()).toBe(false);
  }, 150_000);

  it('"Post a need" leads a new person through sign-up to registering the organisation; a refused field keeps what was typed', async () => {
    await tab.goto(`${webUrl}/`);
    await tab.getByRole('link', { name: 'Post a need' }).click();
    await tab.waitForURL(`**/sign-up?next=${encodeURIComponent('/organisations/new')}`);
    await signUpInBrowser(tab, stack, { name: 'Iva Georgieva', email: `iva-${unique()}@example.org`, password: PASSWORD }, tab.url());
    expect(new URL(tab.url()).pathname).toBe('/organisations/new');

    await tab.getByLabel('Name', { exact: true }).fill(organisationName);
    await tab.getByLabel('Kind', { exact: true }).selectOption({ label: 'Company' });
    await tab.getByLabel('Sector', { exact: true }).fill('robotics');
    await tab.getByLabel('Website', { exact: true }).fill('not an address');
    await tab.getByRole('button', { name: 'Create the organisation' }).click();
    await tab.getByText('Please correct the fields marked below').waitFor();
    expect(await tab.getByLabel('Website', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(await tab.getByLabel('Name', { exact: true }).inputValue()).toBe(organisationName);

    await tab.getByLabel('Website', { exact: true }).fill('https://robotics.example.org');
    await tab.getByRole('button', { name: 'Create the organisation' }).click();
    await tab.waitForURL((url) => url.pathname.startsWith('/organisations/lozenets-robotics'));
    await tab.getByText('Your organisation is registered and you are its administrator').waitFor();
    await tab.getByRole('heading', { level: 1, name: organisationName }).waitFor();
    await tab.getByText('Not verified', { exact: true }).first().waitFor();
    await tab.getByRole('link', { name: 'New opportunity' }).waitFor();
    expect(errors).toEqual([]);
  }, 150_000);

  it('once in an organisation, "Post a need" opens its new opportunity form, and "Publish a training" offers to register a provider', async () => {
    await tab.goto(`${webUrl}/`);
    await tab.getByRole('link', { name: 'Post a need' }).click();
    await tab.waitForURL('**/opportunities/new');
    await tab.getByRole('main').getByRole('link', { name: organisationName }).waitFor();
    await tab.goto(`${webUrl}/`);
    await tab.getByRole('link', { name: 'Publish a training' }).click();
    await tab.waitForURL('**/organisations/new?kind=training_provider');
    expect(await tab.getByLabel('Kind', { exact: true }).inputValue()).toBe('training_provider');
  }, 150_000);

  it('keeps the profile, invites a colleague who joins, hands over the administration and leaves', async () => {
    await tab.goto(`${webUrl}/account`, { waitUntil: 'networkidle' });
    await tab.getByRole('main').getByRole('link', { name: organisationName }).click();
    await tab.getByRole('link', { name: 'Profile and members' }).click();
    await tab.waitForURL('**/manage', { waitUntil: 'networkidle' });

    await tab.getByLabel('Sector', { exact: true }).fill('industrial robotics');
    await tab.getByRole('button', { name: 'Save the profile' }).click();
    await tab.getByText('Saved. The organisation’s page shows the profile as it is now.').waitFor();
    expect(await tab.getByLabel('Sector', { exact: true }).inputValue()).toBe('industrial robotics');

    const colleagueEmail = `petar-${unique()}@example.org`;
    await tab.getByLabel('E-mail address', { exact: true }).fill(colleagueEmail);
    await tab.getByRole('button', { name: 'Send the invitation' }).click();
    await tab.getByText(`Invitation sent to ${colleagueEmail}.`).waitFor();
    await tab.getByTestId('invitations').getByText(colleagueEmail).waitFor();

    // The colleague signs up with the invited address and accepts in their own browser.
    const invitationLink = stack.linkFromMail(colleagueEmail);
    const colleague = await stack.signUp({ email: colleagueEmail, password: PASSWORD, displayName: 'Petar Ivanov' });
    const theirs = await signedInTab(tab.context().browser() as Browser, webUrl, colleague.token, errors);
    try {
      await theirs.tab.goto(invitationLink, { waitUntil: 'networkidle' });
      await theirs.tab.getByRole('button', { name: 'Accept the invitation' }).click();
      await theirs.tab.waitForURL('**/account');
      await theirs.tab.goto(`${webUrl}${new URL(tab.url()).pathname}`);
      await theirs.tab.getByText('Only the organisation’s administrators can change its profile.').waitFor();
      expect(await theirs.tab.getByRole('button', { name: 'Send the invitation' }).count()).toBe(0);
    } finally {
      await theirs.context.close();
    }

    await tab.reload({ waitUntil: 'networkidle' });
    await tab.getByTestId('members').getByText('Petar Ivanov', { exact: true }).waitFor();
    expect(await tab.getByText('None waiting.').count()).toBe(1);
    await tab.getByRole('button', { name: 'Make Petar Ivanov an administrator' }).click();
    await tab.getByText('Petar Ivanov is now: Administrator.').waitFor();
    await saveScreenshot(tab, 'organisation-en-members');

    tab.once('dialog', (dialog) => void dialog.accept());
    await tab.getByRole('button', { name: 'Leave the organisation' }).click();
    await tab.waitForURL('**/account');
    await tab.getByText('You left the organisation.').waitFor();
    expect(await tab.getByRole('main').getByRole('link', { name: organisationName }).count()).toBe(0);
    expect(errors).toEqual([]);
  }, 150_000);

  it('on a phone, the members page fits the screen', async () => {
    const member = await stack.signUp({ email: `phone-${unique()}@example.org`, password: PASSWORD, displayName: 'Phone Admin' });
    const created = await apiApp.request('/api/v1/organisations', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${member.token}` },
      body: JSON.stringify({ kind: 'company', name: `Pocket Org ${unique()}` }),
    });
    const { slug } = (await created.json()) as { slug: string };
    const phone = await signedInTab(tab.context().browser() as Browser, webUrl, member.token, errors, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    try {
      await phone.tab.goto(`${webUrl}/organisations/${slug}/manage`, { waitUntil: 'networkidle' });
      await phone.tab.getByRole('button', { name: 'Send the invitation' }).waitFor();
      expect(await phone.tab.evaluate<boolean>('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    } finally {
      await phone.context.close();
    }
  }, 150_000);
});

describe('an organisation’s members page, over HTTP', () => {
  it('is for members only, refuses a forged removal from an outsider, and speaks Bulgarian', async () => {
    const admin = await stack.signUp({ email: `owner-${unique()}@example.org`, password: PASSWORD, displayName: 'Owner' });
    const outsider = await stack.signUp({ email: `outsider-${unique()}@example.org`, password: PASSWORD, displayName: 'Outsider' });
    const created = await apiApp.request('/api/v1/organisations', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${admin.token}` },
      body: JSON.stringify({ kind: 'company', name: `Guarded Org ${unique()}` }),
    });
    const { slug } = (await created.json()) as { slug: string };
    const page = (path: string, token?: string, init: RequestInit = {}) =>
      fetch(`${webUrl}${path}`, { redirect: 'manual', ...init, headers: { ...(token ? { cookie: `kc_session=${token}` } : {}), origin: webUrl, ...init.headers } });

    expect((await page(`/organisations/${slug}/manage`)).status).toBe(303);
    expect((await page(`/organisations/${slug}/manage`, outsider.token)).status).toBe(403);
    const forged = await page(`/organisations/${slug}/manage?/remove`, outsider.token, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ userId: admin.user.id }).toString(),
    });
    expect(forged.status).toBe(403);
    const members = await apiApp.request(`/api/v1/organisations/${slug}`, { headers: { authorization: `Bearer ${admin.token}` } });
    const { id } = (await members.json()) as { id: string };
    const list = await apiApp.request(`/api/v1/organisations/${id}/members`, { headers: { authorization: `Bearer ${admin.token}` } });
    expect(((await list.json()) as { items: unknown[] }).items).toHaveLength(1);

    const bg = await (await page(`/bg/organisations/${slug}/manage`, admin.token)).text();
    expect(bg).toContain('Профил и членове');
    expect(bg).toContain('Поканете колега');
  });
});

describe('registering an organisation, over HTTP', () => {
  it('sends visitors to sign in first, and speaks Bulgarian', async () => {
    const res = await fetch(`${webUrl}/bg/organisations/new`, { redirect: 'manual' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/bg/sign-in?next=${encodeURIComponent('/bg/organisations/new')}`);
    const member = await stack.signUp({ email: `bg-${unique()}@example.org`, password: PASSWORD, displayName: 'Бояна' });
    const html = await (await fetch(`${webUrl}/bg/organisations/new`, { headers: { cookie: `kc_session=${member.token}` } })).text();
    expect(html).toContain('Регистрирайте организацията си');
    expect(html).toContain('Създайте организацията');
  });
});
