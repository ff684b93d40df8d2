// End to end: the account flows that go through a mailbox, the way a person does them. The
// server sends real mail over SMTP to the catcher scripts/test starts (aiosmtpd, a Maildir in
// TRANSCENDENCE_TEST_MAILDIR); the test opens each mail, takes its link and follows it in the
// browser: the banner of an unverified address and its link, "Forgot password?" (type the
// address, open the mail, follow the link, choose a password, sign in with it), and changing the
// password in the settings. Screenshots at desktop and phone sizes.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, request } from 'playwright-core';
import { watchForProblems } from './page-problems.mjs';

const BASE_URL = process.env.TRANSCENDENCE_TEST_BASE_URL?.replace(/\/+$/, '');
const MAILDIR = process.env.TRANSCENDENCE_TEST_MAILDIR;
if (!BASE_URL || !MAILDIR) {
  throw new Error('TRANSCENDENCE_TEST_BASE_URL and TRANSCENDENCE_TEST_MAILDIR are not set: run through scripts/test (e.g. scripts/test -R browser_mail)');
}
const ARTIFACTS = process.env.TRANSCENDENCE_TEST_ARTIFACTS ?? join(process.cwd(), 'test-results');
const TIMEOUT = 15_000;
const CHROMIUM_ARGS = ['--no-sandbox', '--headless', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const url = (path) => `${BASE_URL}${path}`;
const RUN = Date.now().toString(36).slice(-6);
const USERNAME = `mail_${RUN}`;
const EMAIL = `${USERNAME}@example.org`;
const FIRST_PASSWORD = 'first-passphrase-for-mail';
const RESET_PASSWORD = 'reset-passphrase-from-link';
const CHANGED_PASSWORD = 'changed-passphrase-in-settings';

// ---- the catcher's Maildir -------------------------------------------------------------------

function parseMail(raw) {
  const text = raw.replace(/\r\n/g, '\n');
  const split = (chunk) => {
    const end = chunk.indexOf('\n\n');
    const head = chunk.slice(0, end < 0 ? chunk.length : end).replace(/\n[ \t]+/g, ' ');
    const headers = {};
    for (const line of head.split('\n')) {
      const colon = line.indexOf(':');
      if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
    return { headers, body: end < 0 ? '' : chunk.slice(end + 2) };
  };
  const decodeWords = (value = '') =>
    value.replace(/=\?utf-8\?b\?([^?]*)\?=\s*/gi, (_, data) => Buffer.from(data, 'base64').toString('utf8')).trim();
  const message = split(text);
  const mail = { to: message.headers.to ?? '', subject: decodeWords(message.headers.subject), text: '', html: '' };
  const boundary = /boundary="?([^";]+)"?/.exec(message.headers['content-type'] ?? '')?.[1];
  for (const part of boundary ? message.body.split(`--${boundary}`) : []) {
    const { headers, body } = split(part.replace(/^\n/, ''));
    const decoded = /base64/i.test(headers['content-transfer-encoding'] ?? '') ? Buffer.from(body, 'base64').toString('utf8') : body;
    if (/^text\/plain/i.test(headers['content-type'] ?? '')) mail.text = decoded;
    if (/^text\/html/i.test(headers['content-type'] ?? '')) mail.html = decoded;
  }
  return mail;
}

function mailsTo(address) {
  const folder = join(MAILDIR, 'new');
  return readdirSync(folder)
    .sort()
    .map((name) => parseMail(readFileSync(join(folder, name), 'utf8')))
    .filter((mail) => mail.to.toLowerCase().includes(address.toLowerCase()));
}

async function waitForMail(address, subject) {
  for (let attempt = 0; attempt < 150; ++attempt) {
    const found = mailsTo(address).filter((mail) => mail.subject === subject);
    if (found.length > 0) return found[found.length - 1];
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.fail(`no mail "${subject}" to ${address}`);
}

function linkIn(mail) {
  const link = /https:\/\/\S+/.exec(mail.text)?.[0];
  assert.ok(link, `no link in:\n${mail.text}`);
  assert.ok(link.startsWith(`${BASE_URL}/`), link);
  return link;
}

// ---- the browser -------------------------------------------------------------------------------

let browser;
let api;
const problems = [];

// Takes back the problems the test provoked on purpose (an error answer shown to the person).
function takeBack(pattern, why) {
  const matching = problems.filter((entry) => pattern.test(String(entry)));
  assert.ok(matching.length > 0, why);
  for (const entry of matching) problems.splice(problems.indexOf(entry), 1);
}

async function newPage(label, viewport) {
  const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport, locale: 'en-US' });
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  watchForProblems(page, label, problems);
  return page;
}

async function signIn(page, password) {
  await page.goto(url('/signin'));
  const form = page.locator('[data-testid="signin-form"]');
  await form.getByLabel('User name or e-mail address').fill(USERNAME);
  await form.getByLabel('Password').fill(password);
  await form.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((address) => address.pathname === '/'); // signed in: on to the home page
}

async function apiCanSignIn(password) {
  const answer = await api.post(url('/api/auth/login'), { data: { login: USERNAME, password, client: 'app' } });
  return answer.status() === 200;
}

before(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  api = await request.newContext({ ignoreHTTPSErrors: true });
  const created = await api.post(url('/api/auth/register'), { data: { username: USERNAME, email: EMAIL, password: FIRST_PASSWORD, client: 'app' } });
  assert.equal(created.status(), 201, await created.text());
});

after(async () => {
  await api?.dispose();
  await browser?.close();
});

describe('e-mail flows', () => {
  it('asks an unverified player to confirm the address, and the mailed link does it', async () => {
    const page = await newPage('phone', { width: 390, height: 844 });
    await signIn(page, FIRST_PASSWORD);
    const banner = page.locator('[data-testid="verify-banner"]');
    await banner.waitFor();
    assert.match(await banner.innerText(), new RegExp(EMAIL));
    await page.screenshot({ path: join(ARTIFACTS, 'browser-mail-verify-banner-phone.png'), fullPage: true });
    const mail = await waitForMail(EMAIL, 'Confirm your e-mail address');
    assert.match(mail.html, /Confirm my address/);
    await page.goto(linkIn(mail));
    await page.locator('[data-testid="verify-done"]').waitFor();
    assert.equal(new URL(page.url()).hash, ''); // the spent token is off the address bar
    await page.screenshot({ path: join(ARTIFACTS, 'browser-mail-verified-phone.png'), fullPage: true });
    assert.equal(await page.locator('[data-testid="verify-banner"]').count(), 0);
    // The link worked once (a fresh load: the same page with only a new #fragment is not one).
    await page.goto(url('/'));
    await page.goto(linkIn(mail));
    await page.locator('[data-testid="verify-failed"]').waitFor();
    takeBack(/400.*api\/account\/email\/verify/, 'the spent link is a 400 answer');
    await page.context().close();
  });

  it('resets a forgotten password through the mailed link, which works once', async () => {
    const page = await newPage('desktop', { width: 1280, height: 900 });
    await page.goto(url('/signin'));
    await page.locator('[data-testid="forgot-link"]').click();
    await page.locator('[data-view="forgot-password"]').waitFor();
    await page.getByLabel('E-mail address of your account').fill(EMAIL);
    await page.getByRole('button', { name: 'Send me a link' }).click();
    await page.locator('[data-testid="forgot-sent"]').waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'browser-mail-forgot-desktop.png'), fullPage: true });

    const mail = await waitForMail(EMAIL, 'Reset your password');
    const link = linkIn(mail);
    assert.match(link, /\/reset-password#token=/);
    await page.goto(link);
    await page.getByLabel('New password').fill(RESET_PASSWORD);
    await page.screenshot({ path: join(ARTIFACTS, 'browser-mail-reset-desktop.png'), fullPage: true });
    await page.getByRole('button', { name: 'Save the new password' }).click();
    await page.locator('[data-testid="reset-done"]').waitFor();
    assert.ok(!(await apiCanSignIn(FIRST_PASSWORD)));
    await page.locator('[data-testid="reset-signin"]').click();
    const form = page.locator('[data-testid="signin-form"]');
    await form.getByLabel('User name or e-mail address').fill(USERNAME);
    await form.getByLabel('Password').fill(RESET_PASSWORD);
    await form.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((address) => address.pathname === '/');

    // Following the same link again: refused, in words.
    await page.goto(link);
    await page.getByLabel('New password').fill('another-passphrase-too');
    await page.getByRole('button', { name: 'Save the new password' }).click();
    await page.getByText('This link is not valid any more').waitFor();
    takeBack(/400.*api\/account\/password\/reset/, 'the refused link is a 400 answer');
    assert.ok(await apiCanSignIn(RESET_PASSWORD));
    await page.context().close();
  });

  it('shows the forgot and reset pages on a phone', async () => {
    const page = await newPage('phone', { width: 390, height: 844 });
    await page.goto(url('/forgot-password'));
    await page.locator('[data-testid="forgot-form"]').waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'browser-mail-forgot-phone.png'), fullPage: true });
    await page.goto(url('/reset-password#token=not-a-real-token'));
    await page.locator('[data-testid="reset-form"]').waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'browser-mail-reset-phone.png'), fullPage: true });
    await page.context().close();
  });

  it('changes the password in the settings with the current one', async () => {
    const page = await newPage('desktop', { width: 1280, height: 900 });
    await signIn(page, RESET_PASSWORD);
    await page.goto(url('/settings'));
    const form = page.locator('[data-testid="password-form"]');
    await form.getByLabel('Current password').fill('not-the-current-one');
    await form.getByLabel('New password').fill(CHANGED_PASSWORD);
    await form.getByRole('button', { name: 'Change the password' }).click();
    await form.getByText('The current password is wrong.').waitFor();
    takeBack(/403.*api\/account\/password/, 'the wrong password is a 403 answer');
    await form.getByLabel('Current password').fill(RESET_PASSWORD);
    await form.getByRole('button', { name: 'Change the password' }).click();
    await page.getByText('Password saved. Your other sessions are signed out.').first().waitFor();
    await page.locator('#settings-password').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTIFACTS, 'browser-mail-settings-desktop.png'), fullPage: false });
    assert.ok(await apiCanSignIn(CHANGED_PASSWORD));
    assert.ok(!(await apiCanSignIn(RESET_PASSWORD)));
    const notice = await waitForMail(EMAIL, 'Your password was changed');
    assert.match(notice.text, new RegExp(`Hello ${USERNAME},`));
    await page.setViewportSize({ width: 390, height: 844 });
    await page.locator('#settings-email').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTIFACTS, 'browser-mail-settings-phone.png'), fullPage: false });
    await page.context().close();
  });

  it('turns on sign-in codes by e-mail, then signs in with the mailed code', async () => {
    const codeMails = () => mailsTo(EMAIL).filter((mail) => /^Your Transcendence code: \d{6}$/.test(mail.subject));
    const nextCode = async (seen) => {
      for (let attempt = 0; attempt < 150; ++attempt) {
        const mails = codeMails();
        if (mails.length > seen) return /(\d{6})$/.exec(mails[mails.length - 1].subject)[1];
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      assert.fail(`no new code mailed to ${EMAIL}`);
    };
    const page = await newPage('desktop', { width: 1280, height: 900 });
    await signIn(page, CHANGED_PASSWORD);
    await page.goto(url('/settings'));
    let seen = codeMails().length;
    await page.locator('[data-testid="twofactor-email-start"]').click();
    const form = page.locator('[data-testid="twofactor-email-form"]');
    await form.waitFor();
    const setupCode = await nextCode(seen);
    await form.getByLabel('6-digit code from the e-mail').fill(setupCode);
    await form.getByRole('button', { name: 'Confirm and turn on' }).click();
    await page.locator('[data-testid="recovery-codes"] li').first().waitFor();
    await page.getByRole('button', { name: 'I have saved them' }).click();
    await page.locator('[data-testid="twofactor-status"][data-state="email"]').waitFor();
    await page.locator('[data-testid="twofactor-email-disable"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTIFACTS, 'browser-mail-email-codes-on-desktop.png'), fullPage: false });
    await page.context().close();

    // Signing in now: the password, then the code that was just mailed.
    const phone = await newPage('phone', { width: 390, height: 844 });
    await phone.goto(url('/signin'));
    const signin = phone.locator('[data-testid="signin-form"]');
    await signin.getByLabel('User name or e-mail address').fill(USERNAME);
    await signin.getByLabel('Password').fill(CHANGED_PASSWORD);
    seen = codeMails().length;
    await signin.getByRole('button', { name: 'Sign in' }).click();
    const step = phone.locator('[data-testid="second-factor-form"]');
    const code = step.getByLabel('Code from the e-mail we sent you');
    await code.waitFor();
    await phone.screenshot({ path: join(ARTIFACTS, 'browser-mail-email-code-step-phone.png'), fullPage: true });
    await code.fill(await nextCode(seen));
    await step.getByRole('button', { name: 'Verify' }).click();
    await phone.waitForURL((address) => address.pathname === '/');

    // And off again, from the settings (the sign-in just now is a recent proof).
    await phone.goto(url('/settings'));
    await phone.locator('[data-testid="twofactor-email-disable"]').click();
    await phone.locator('[data-testid="twofactor-status"][data-state="off"]').waitFor();
    assert.ok(await apiCanSignIn(CHANGED_PASSWORD));
    await phone.context().close();
  });

  it('met no console error, failed request or error answer', () => {
    assert.deepEqual(problems.map(String), []);
  });
});
