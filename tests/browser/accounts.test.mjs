// End to end: accounts in the SPA, through nginx and the real server, as a person would use them:
// sign up through the form (a script in the display name stays text), the sessions list (this
// device marked, another session signed out), the data export download, display preferences and
// the account language, two-factor sign-in turned on in the settings, then signing in again with a
// TOTP code (computed here, RFC 6238) and with a recovery code, open redirects refused, an ended
// session sending the page to /signin?next=, "Sign in with 42" against the fake provider that
// scripts/test starts (linking, then signing in with it and the authenticator code; a first
// sign-in creating an account), the step-up prompt (an old sign-in asked for the password before
// the data export), and deleting accounts.
// Registrations are few on purpose: the server allows 10 an hour per address, for all the suites.
// Any console error or warning, page error, failed request or HTTP error answer fails the run,
// except the few this test provokes on purpose, each taken back where it happens.
// Run through scripts/test, which starts the platform and sets TRANSCENDENCE_TEST_BASE_URL.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, request } from 'playwright-core';
import { watchForProblems } from './page-problems.mjs';

const BASE_URL = process.env.TRANSCENDENCE_TEST_BASE_URL?.replace(/\/+$/, '');
if (!BASE_URL) {
  throw new Error('TRANSCENDENCE_TEST_BASE_URL is not set: run through scripts/test (e.g. scripts/test -R browser)');
}
const ARTIFACTS = process.env.TRANSCENDENCE_TEST_ARTIFACTS ?? join(process.cwd(), 'test-results');
const TIMEOUT = 15_000;

const CHROMIUM_ARGS = [
  '--no-sandbox', // Debian's chromium as root
  '--headless',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const url = (path) => `${BASE_URL}${path}`;
const PASSWORD = 'correct-horse-battery-staple-9';
const RUN = Date.now().toString(36).slice(-6);
const USERNAME = `acc_${RUN}`;
const EMAIL = `${USERNAME}@example.org`;
const SCRIPT_NAME = '<script>x()</script>'; // the server refuses < and > in display names
const DISPLAY_NAME = `Zoë O'Neil ${RUN}`; // letters beyond ASCII and an apostrophe are fine

// ---- RFC 6238 TOTP (SHA-1, 6 digits, 30 s), as authenticator apps compute it -------------------

function base32Decode(text) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0;
  let value = 0;
  const bytes = [];
  for (const char of text.replace(/[=\s]/g, '').toUpperCase()) {
    const index = alphabet.indexOf(char);
    if (index < 0) throw new Error(`not base32: ${char}`);
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(bytes);
}

function totpAt(secret, counter) {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac('sha1', base32Decode(secret)).update(message).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}

const currentStep = () => Math.floor(Date.now() / 30_000);
let lastStepUsed = 0;

// A code the server has not seen yet: it accepts the current step or one either side, never twice.
async function freshTotp(secret) {
  let step = Math.max(currentStep(), lastStepUsed + 1);
  while (step > currentStep() + 1) {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    step = Math.max(currentStep(), lastStepUsed + 1);
  }
  lastStepUsed = step;
  return totpAt(secret, step);
}

// RFC 6238 appendix B test vector (SHA-1, T = 59 s): the helper itself is right.
// The secret is "12345678901234567890" in base32.
assert.equal(totpAt('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', 1), '287082');

// The platform's database, as the cluster's superuser: makes the account's sessions look as if
// they proved their owner an hour ago, so the next sensitive change asks again (step-up).
function forgetRecentProof(username) {
  const platformDb = new URL(process.env.DATABASE_URL ?? 'postgresql://x/transcendence').pathname.slice(1) || 'transcendence';
  const admin = process.env.TRANSCENDENCE_TEST_ADMIN_DATABASE_URL;
  assert.ok(admin, 'TRANSCENDENCE_TEST_ADMIN_DATABASE_URL is not set: run through scripts/test');
  const target = admin.replace(/\/postgres(\?|$)/, `/${platformDb}$1`);
  const sql = `UPDATE auth_sessions s SET proven_at = now() - interval '1 hour' FROM users u WHERE u.id = s.user_id AND u.username = '${username}' RETURNING s.id`;
  const out = execFileSync('psql', [target, '-v', 'ON_ERROR_STOP=1', '-qAtc', sql]).toString();
  assert.ok(out.trim().length > 0, `no session of ${username}`);
}

// ---- the browser ---------------------------------------------------------------------------------

let browser;
let api; // a separate HTTP client: the "other devices" of the account
const problems = [];

// Takes back the problems this test provoked on purpose (matching `pattern`); there must be some.
function expectProblems(pattern) {
  const matching = problems.filter((entry) => pattern.test(String(entry)));
  assert.ok(matching.length > 0, `expected a problem matching ${pattern}`);
  for (const entry of matching) problems.splice(problems.indexOf(entry), 1);
}

async function newPage(options) {
  const context = await browser.newContext({ ignoreHTTPSErrors: true, acceptDownloads: true, ...options });
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  watchForProblems(page, options.label ?? 'page', problems);
  return page;
}

async function apiLogin(factor) {
  const first = await api.post(url('/api/auth/login'), { data: { login: USERNAME, password: PASSWORD, client: 'app' } });
  assert.equal(first.status(), 200);
  let body = await first.json();
  if (body.twoFactorRequired) {
    const second = await api.post(url('/api/auth/login/2fa'), { data: { challenge: body.challenge, ...factor } });
    assert.equal(second.status(), 200, await second.text());
    body = await second.json();
  }
  assert.ok(body.accessToken);
  return body;
}

async function waitForAccountLanguage(token, language) {
  for (let attempt = 0; attempt < 50; ++attempt) {
    const account = await (await api.get(url('/api/users/me'), { headers: { Authorization: `Bearer ${token}` } })).json();
    if (account.language === language) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.fail(`the account language did not become ${language}`);
}

async function signOutThroughHeader(page) {
  await page.locator('header button', { hasText: 'Sign out' }).click();
  await page.locator('header a[href="/signin"]').waitFor();
}

async function fillSignIn(page, login = USERNAME) {
  const form = page.locator('[data-testid="signin-form"]');
  await form.getByLabel('User name or e-mail address').fill(login);
  await form.getByLabel('Password').fill(PASSWORD);
  await form.getByRole('button', { name: 'Sign in' }).click();
}

before(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  api = await request.newContext({ ignoreHTTPSErrors: true });
});

after(async () => {
  await api?.dispose();
  await browser?.close();
});

describe('accounts on a desktop', () => {
  let page;
  let secret;
  let recoveryCodes;

  before(async () => {
    page = await newPage({ label: 'desktop', viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  });

  it('sends a visitor of /settings to /signin with next, with a button per sign-in provider', async () => {
    await page.goto(url('/settings'));
    await page.locator('[data-view="signin"]').waitFor();
    assert.equal(new URL(page.url()).pathname, '/signin');
    assert.equal(new URL(page.url()).searchParams.get('next'), '/settings');
    // scripts/test configures the fake 42 provider of tests/support.
    const providers = await (await api.get(url('/api/auth/oauth/providers'))).json();
    assert.deepEqual(providers.providers.map((p) => p.id), ['fortytwo']);
    const button = page.locator('[data-testid="oauth-fortytwo"]');
    assert.equal(await button.textContent(), 'Sign in with 42');
    const start = new URL(await button.getAttribute('href'), BASE_URL);
    assert.equal(start.pathname, '/api/auth/oauth/fortytwo/start');
    assert.equal(start.searchParams.get('returnTo'), '/oauth/done?next=%2Fsettings');
    await page.screenshot({ path: join(ARTIFACTS, 'browser-accounts-signin-desktop.png'), fullPage: true });
  });

  it('signs up through the form: the terms checkbox is required, the display name stays text', async () => {
    await page.locator('[data-view="signin"] a', { hasText: 'Create an account' }).click();
    await page.locator('[data-view="signup"]').waitFor();
    assert.equal(new URL(page.url()).searchParams.get('next'), '/settings');
    const form = page.locator('[data-testid="signup-form"]');
    await form.getByLabel('User name').fill(USERNAME);
    await form.getByLabel('E-mail address').fill(EMAIL);
    await form.getByLabel('Password').fill('short');
    await form.getByLabel('Display name (optional)').fill(SCRIPT_NAME);
    await page.screenshot({ path: join(ARTIFACTS, 'browser-accounts-signup-desktop.png'), fullPage: true });

    // Client-side checks first: the short password and the unticked checkbox, no request sent.
    await form.getByRole('button', { name: 'Create my account' }).click();
    assert.equal(await form.getByLabel('Password').getAttribute('aria-invalid'), 'true');
    const consent = form.locator('input[type="checkbox"][name="consent"]');
    assert.equal(await consent.getAttribute('aria-invalid'), 'true');
    assert.equal(await page.evaluate(() => document.activeElement?.name), 'password');
    // The policy links open in a new tab, outside the SPA.
    assert.equal(await form.locator('a[href="/legal/privacy.en.html"]').getAttribute('target'), '_blank');
    assert.equal(await form.locator('a[href="/legal/terms.en.html"]').getAttribute('target'), '_blank');

    // The server's own rules: a common password is refused, and so is markup in the display name;
    // each message shows under its field, as text.
    await form.getByLabel('Password').fill('password1234');
    await consent.check();
    await form.getByRole('button', { name: 'Create my account' }).click();
    await form.locator('input[name="password"][aria-invalid="true"]').waitFor();
    assert.match(await form.locator('input[name="password"] ~ .invalid-feedback').textContent(), /common/);
    await form.locator('input[name="displayName"][aria-invalid="true"]').waitFor();
    assert.notEqual((await form.locator('input[name="displayName"] ~ .invalid-feedback').textContent()).trim(), '');
    assert.equal(await form.getByLabel('Display name (optional)').inputValue(), SCRIPT_NAME);
    assert.equal(await page.locator('main script').count(), 0);
    expectProblems(/HTTP 422: POST .*\/api\/auth\/register|status of 422/);

    await form.getByLabel('Password').fill(PASSWORD);
    await form.getByLabel('Display name (optional)').fill(DISPLAY_NAME);
    await form.getByRole('button', { name: 'Create my account' }).click();
    await page.locator('[data-view="settings"]').waitFor();
    assert.equal(new URL(page.url()).pathname, '/settings');
    const name = page.locator('[data-testid="account-name"]');
    assert.equal(await name.textContent(), DISPLAY_NAME);
    await page.locator('[data-testid="twofactor-status"][data-state="off"]').waitFor();
  });

  it('sends a signed-in visitor of /signin and /signup on', async () => {
    await page.locator('header a[href="/settings"]').waitFor();
    await page.evaluate(() => {
      history.pushState(null, '', '/signup?next=%2Fstatus');
      dispatchEvent(new PopStateEvent('popstate'));
    });
    await page.locator('[data-view="status"]').waitFor();
    await page.locator('[data-testid="healthz-status"][data-state="ok"]').waitFor();
    await page.locator('header a[href="/settings"]').click();
    await page.locator('[data-testid="sessions"]').waitFor();
  });

  it('lists the sessions with this device marked, and signs out another one', async () => {
    const other = await apiLogin();
    await page.reload();
    const sessions = page.locator('[data-testid="session"]');
    await page.locator(`[data-testid="session"][data-session-id="${other.sessionId}"]`).waitFor();
    assert.equal(await sessions.count(), 2);
    const mine = page.locator('[data-testid="session"][data-current="true"]');
    assert.equal(await mine.count(), 1);
    assert.equal(await mine.locator('[data-testid="this-device"]').textContent(), 'This device');
    assert.equal(await mine.locator('button').count(), 0, 'this device is signed out with "Sign out", not here');

    await page.locator(`[data-testid="session"][data-session-id="${other.sessionId}"] button`).click();
    await page.locator(`[data-testid="session"][data-session-id="${other.sessionId}"]`).waitFor({ state: 'detached' });
    assert.equal(await sessions.count(), 1);
    // The other device's token no longer works.
    const refused = await api.get(url('/api/users/me'), { headers: { Authorization: `Bearer ${other.accessToken}` } });
    assert.equal(refused.status(), 401);
  });

  it('stays signed in when a page is left while its renewal is in flight', async () => {
    // The server spends the refresh token, but the answer (and its new cookie) never reaches the
    // browser: the next page presents the spent token again. That is not a stolen copy.
    let lost = 0;
    const spent = (await page.context().cookies()).filter((cookie) => cookie.name === 'tr_refresh');
    assert.equal(spent.length, 1);
    await page.route('**/api/auth/refresh', async (route) => {
      await route.fetch(); // reaches the server, which rotates the token
      await page.context().addCookies(spent); // the new cookie never arrived (fetch stored it)
      lost += 1;
      await route.abort('connectionreset');
    });
    await page.reload();
    for (let attempt = 0; attempt < 100 && lost === 0; ++attempt) await new Promise((resolve) => setTimeout(resolve, 50));
    assert.equal(lost, 1, 'the renewal of the reload reached the server');
    await page.unroute('**/api/auth/refresh');
    await page.reload();
    await page.locator('header a[href="/settings"]').waitFor();
    await page.locator('[data-testid="sessions"]').waitFor();
    expectProblems(/api\/auth\/refresh/); // the renewal whose answer was lost: a failed request
  });

  it('asks for the password before the data export when the sign-in is old, then downloads it', async () => {
    forgetRecentProof(USERNAME);
    await page.locator('[data-testid="export-data"]').click();
    const dialog = page.locator('[data-testid="reauth-dialog"]');
    await dialog.waitFor();
    expectProblems(/api\/users\/me\/export/); // the 403 that opened the prompt
    const field = dialog.getByLabel('Your password');
    assert.equal(await page.evaluate(() => document.activeElement?.name), 'password');
    await field.fill('not-my-password-at-all');
    await dialog.getByRole('button', { name: 'Confirm' }).click();
    await dialog.locator('input[aria-invalid="true"]').waitFor();
    expectProblems(/api\/auth\/reauthenticate/);
    await page.screenshot({ path: join(ARTIFACTS, 'browser-accounts-reauthenticate-desktop.png'), fullPage: true });
    await page.setViewportSize({ width: 360, height: 740 });
    const box = await dialog.boundingBox();
    assert.ok(box.x >= 0 && box.x + box.width <= 360, `the prompt is ${box.width} px wide at x=${box.x} on a 360 px screen`);
    await page.screenshot({ path: join(ARTIFACTS, 'browser-accounts-reauthenticate-phone.png') });
    await page.setViewportSize({ width: 1280, height: 900 });
    await field.fill(PASSWORD);
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Confirm' }).click()]);
    await dialog.waitFor({ state: 'detached' });
    assert.match(download.suggestedFilename(), /^transcendence-export-.*\.json$/);
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
    assert.equal(exported.format, 'transcendence-export/1');
    assert.ok(exported.tables && typeof exported.tables === 'object');
    assert.ok(JSON.stringify(exported).includes(EMAIL));
  });

  it('keeps display preferences in this browser, applied before the first render', async () => {
    await page.getByLabel('High contrast').check();
    await page.locator('[data-testid="settings-text-size-150"]').check();
    assert.equal(await page.evaluate(() => document.documentElement.className), 'theme-high-contrast text-size-150');
    await page.reload();
    await page.locator('[data-testid="sessions"]').waitFor();
    assert.match(await page.evaluate(() => document.documentElement.className), /theme-high-contrast/);
    assert.match(await page.evaluate(() => document.documentElement.className), /text-size-150/);
    assert.equal(await page.getByLabel('High contrast').isChecked(), true);
    await page.screenshot({ path: join(ARTIFACTS, 'browser-accounts-settings-contrast-desktop.png'), fullPage: true });
    await page.getByLabel('Reduce motion').check();
    assert.match(await page.evaluate(() => document.documentElement.className), /reduce-motion/);
    await page.getByLabel('High contrast').uncheck();
    await page.locator('[data-testid="settings-text-size-100"]').check();
    await page.getByLabel('Reduce motion').uncheck();
    assert.equal(await page.evaluate(() => document.documentElement.className), '');
  });

  it('saves the account language, and the page and its switcher follow', async () => {
    await page.locator('[data-testid="settings-language"]').selectOption('fr');
    await page.waitForFunction(() => document.documentElement.lang === 'fr');
    assert.equal(await page.locator('[data-testid="language-select"]').inputValue(), 'fr');
    await page.locator('[data-testid="sessions"]').waitFor();
    assert.equal(await page.locator('[data-testid="settings-language"]').inputValue(), 'fr');
    const me = await (await api.post(url('/api/auth/login'), { data: { login: USERNAME, password: PASSWORD, client: 'app' } })).json();
    const account = await (await api.get(url('/api/users/me'), { headers: { Authorization: `Bearer ${me.accessToken}` } })).json();
    assert.equal(account.language, 'fr');

    // Another browser that never chose a language takes the account's at sign-in; a language
    // chosen there with the header switcher becomes the account's.
    const other = await newPage({ label: 'other-browser', viewport: { width: 1280, height: 900 }, locale: 'en-US' });
    await other.goto(url('/signin'));
    await other.locator('[data-testid="signin-form"]').waitFor();
    assert.equal(await other.evaluate(() => document.documentElement.lang), 'en');
    await fillSignIn(other);
    await other.waitForFunction(() => document.documentElement.lang === 'fr');
    await other.locator('[data-testid="language-select"]').selectOption('ru');
    await other.waitForFunction(() => document.documentElement.lang === 'ru');
    await waitForAccountLanguage(me.accessToken, 'ru');
    await other.context().close();

    await page.locator('[data-testid="settings-language"]').selectOption('en');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await api.post(url('/api/auth/logout'), { headers: { Authorization: `Bearer ${me.accessToken}` } });
  });

  it('turns on two-factor sign-in with a QR image, the key as text and a code', async () => {
    await page.locator('[data-testid="twofactor-start"]').click();
    const image = page.locator('img.twofactor-qr');
    await image.waitFor();
    assert.match(await image.getAttribute('src'), /^data:image\/png;base64,/);
    assert.notEqual((await image.getAttribute('alt')).trim(), '');
    assert.ok(await image.evaluate((img) => img.complete && img.naturalWidth > 0), 'the QR image did not load');
    secret = (await page.locator('[data-testid="twofactor-secret"]').textContent()).trim();
    assert.match(secret, /^[A-Z2-7]+=*$/);
    await page.screenshot({ path: join(ARTIFACTS, 'browser-accounts-twofactor-setup-desktop.png'), fullPage: true });

    const form = page.locator('[data-testid="twofactor-enable-form"]');
    await form.getByLabel('6-digit code from the app').fill(await freshTotp(secret));
    await form.getByRole('button', { name: 'Confirm and turn on' }).click();
    const codes = page.locator('[data-testid="recovery-codes"] li');
    await codes.first().waitFor();
    recoveryCodes = (await codes.allTextContents()).map((code) => code.trim());
    assert.equal(recoveryCodes.length, 10);
    await page.screenshot({ path: join(ARTIFACTS, 'browser-accounts-recovery-codes-desktop.png'), fullPage: true });
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="download-recovery-codes"]').click()]);
    assert.deepEqual(readFileSync(await download.path(), 'utf8').trim().split('\n'), recoveryCodes);
    await page.getByRole('button', { name: 'I have saved them' }).click();
    await page.locator('[data-testid="twofactor-status"][data-state="on"]').waitFor();
  });

  it('signs out, and in again with a code from the authenticator app', async () => {
    await signOutThroughHeader(page);
    await page.goto(url('/signin?next=%2Fsettings'));
    await fillSignIn(page);
    const step = page.locator('[data-testid="second-factor-form"]');
    const code = step.getByLabel('Code from your authenticator app');
    await code.waitFor();
    assert.equal(await code.getAttribute('inputmode'), 'numeric');
    assert.equal(await code.getAttribute('autocomplete'), 'one-time-code');
    assert.equal(await page.evaluate(() => document.activeElement?.name), 'code');
    await page.screenshot({ path: join(ARTIFACTS, 'browser-accounts-second-factor-desktop.png'), fullPage: true });
    assert.equal(await page.locator('[data-testid="oauth-fortytwo"]').isVisible(), false, 'providers offered during the second step');

    // A wrong code: the server's refusal is shown, and the next try still works.
    const wrong = (Number(totpAt(secret, currentStep() + 5)) + 1) % 1_000_000;
    await code.fill(String(wrong).padStart(6, '0'));
    await step.getByRole('button', { name: 'Verify' }).click();
    await step.locator('.alert-danger:not(.d-none)').waitFor();
    assert.match(await step.locator('.alert-danger').textContent(), /not valid/);
    expectProblems(/api\/auth\/login\/2fa/);

    await code.fill(await freshTotp(secret));
    await step.getByRole('button', { name: 'Verify' }).click();
    await page.locator('[data-view="settings"]').waitFor();
    assert.equal(new URL(page.url()).pathname, '/settings');
    await page.locator('[data-testid="twofactor-status"][data-state="on"]').waitFor();
  });

  it('signs in with a recovery code, and refuses to follow ?next= off the site', async () => {
    await signOutThroughHeader(page);
    await page.goto(url(`/signin?next=${encodeURIComponent('//evil.example/steal')}`));
    await fillSignIn(page);
    await page.locator('[data-testid="toggle-recovery"]').click();
    const step = page.locator('[data-testid="second-factor-form"]');
    await step.getByLabel('Recovery code').fill(recoveryCodes[0]);
    await step.getByRole('button', { name: 'Verify' }).click();
    await page.locator('[data-view="home"]').waitFor();
    assert.equal(new URL(page.url()).origin, BASE_URL);
    assert.equal(new URL(page.url()).pathname, '/');
    await page.locator('header a[href="/settings"]').waitFor();
  });

  it('sends the page to /signin?next= when its session is ended elsewhere', async () => {
    await page.locator('header a[href="/settings"]').click();
    const current = page.locator('[data-testid="session"][data-current="true"]');
    await current.waitFor();
    const sessionId = await current.getAttribute('data-session-id');
    // Another device of the account signs this one out.
    const other = await apiLogin({ recoveryCode: recoveryCodes[1] });
    const revoked = await api.delete(url(`/api/auth/sessions/${sessionId}`), { headers: { Authorization: `Bearer ${other.accessToken}` } });
    assert.equal(revoked.status(), 204);
    // The server closes the page's WebSocket; reconnecting, the page finds its session gone.
    await page.locator('[data-view="signin"]').waitFor();
    assert.equal(new URL(page.url()).searchParams.get('next'), '/settings');
    await page.locator('header a[href="/signin"]').waitFor();
    expectProblems(/401/);
    // Signing in again goes back to the settings.
    await fillSignIn(page);
    const step = page.locator('[data-testid="second-factor-form"]');
    await step.getByLabel('Code from your authenticator app').fill(await freshTotp(secret));
    await step.getByRole('button', { name: 'Verify' }).click();
    await page.locator('[data-view="settings"]').waitFor();
    await api.post(url('/api/auth/logout'), { headers: { Authorization: `Bearer ${other.accessToken}` } });
  });

  it('links the provider in the settings, then signs in with it and the authenticator code', async () => {
    await page.getByRole('button', { name: 'Link 42' }).click();
    await page.locator('[data-view="settings"]').waitFor();
    await page.locator('#settings-providers li', { hasText: 'Linked as marvin' }).waitFor();
    await signOutThroughHeader(page);
    await page.goto(url('/signin'));
    await page.locator('[data-testid="oauth-fortytwo"]').click();
    // Two-factor sign-in is on: the provider is only the first step.
    const step = page.locator('[data-testid="second-factor-form"]');
    const code = step.getByLabel('Code from your authenticator app');
    await code.waitFor();
    assert.equal(new URL(page.url()).pathname, '/oauth/done');
    assert.equal(new URL(page.url()).hash, '', 'the challenge stays in the address bar');
    assert.equal(await page.locator('header a[href="/settings"]').count(), 0, 'signed in before the second factor');
    await page.screenshot({ path: join(ARTIFACTS, 'browser-accounts-oauth-second-factor-desktop.png'), fullPage: true });
    await code.fill(await freshTotp(secret));
    await step.getByRole('button', { name: 'Verify' }).click();
    await page.locator('[data-view="home"]').waitFor();
    assert.equal(await page.locator('[data-testid="account-name"]').textContent(), DISPLAY_NAME);
    // With a password, unlinking is allowed.
    await page.locator('header a[href="/settings"]').click();
    await page.getByRole('button', { name: 'Unlink 42' }).click();
    await page.locator('#settings-providers li', { hasText: 'Not linked' }).waitFor();
  });

  it('turns two-factor sign-in off with the password, and on screens 360 px wide', async () => {
    const form = page.locator('[data-testid="twofactor-disable-form"]');
    await page.getByLabel('My password').check();
    await form.getByLabel('Password').fill(PASSWORD);
    await form.getByRole('button', { name: 'Turn off two-factor sign-in' }).click();
    await page.locator('[data-testid="twofactor-status"][data-state="off"]').waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'browser-accounts-settings-desktop.png'), fullPage: true });

    await page.setViewportSize({ width: 360, height: 740 });
    await page.locator('[data-testid="sessions"]').waitFor();
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'settings scroll sideways at 360 px');
    await page.screenshot({ path: join(ARTIFACTS, 'browser-accounts-settings-phone.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('deletes the account after asking the password, and signs out', async () => {
    await page.locator('[data-testid="delete-account"]').click();
    const form = page.locator('[data-testid="delete-account-form"]');
    await form.getByLabel('Your password').fill('not-my-password-at-all');
    await form.getByRole('button', { name: 'Delete my account for good' }).click();
    await form.locator('input[aria-invalid="true"]').waitFor();
    expectProblems(/api\/users\/me\/delete/);
    await form.getByLabel('Your password').fill(PASSWORD);
    await form.getByRole('button', { name: 'Delete my account for good' }).click();
    await page.locator('[data-view="home"]').waitFor();
    await page.locator('header a[href="/signin"]').waitFor();
    const login = await api.post(url('/api/auth/login'), { data: { login: USERNAME, password: PASSWORD, client: 'app' } });
    assert.equal(login.status(), 401);
  });
});

describe('sign in with 42 (the fake provider)', () => {
  let page;

  before(async () => {
    page = await newPage({ label: 'oauth', viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  });

  it('creates an account on the first sign-in, linked to the provider', async () => {
    await page.goto(url('/signin?next=%2Fsettings'));
    await page.locator('[data-testid="oauth-fortytwo"]').click();
    await page.locator('[data-view="settings"]').waitFor();
    assert.equal(new URL(page.url()).pathname, '/settings');
    assert.equal(await page.locator('[data-testid="account-name"]').textContent(), 'Marvin Android');
    await page.locator('#settings-providers li', { hasText: 'Linked as marvin' }).waitFor();
    // Its only way to sign in cannot be unlinked.
    await page.getByRole('button', { name: 'Unlink 42' }).click();
    await page.locator('#settings-providers .alert-danger:not(.d-none)').waitFor();
    assert.match(await page.locator('#settings-providers .alert-danger').textContent(), /only way to sign in/);
    expectProblems(/api\/auth\/oauth\/fortytwo\/link/);
  });

  it('deletes an account without a password right after signing in', async () => {
    await page.locator('[data-testid="delete-account"]').click();
    const form = page.locator('[data-testid="delete-account-form"]');
    assert.equal(await form.locator('input[type="password"]').count(), 0);
    await form.getByRole('button', { name: 'Delete my account for good' }).click();
    await page.locator('[data-view="home"]').waitFor();
    await page.locator('header a[href="/signin"]').waitFor();
  });

});

describe('accounts on a phone', () => {
  it('fits the sign-in and sign-up forms in 360 px', async () => {
    const page = await newPage({ label: 'phone', viewport: { width: 360, height: 740 }, locale: 'en-US', isMobile: true, hasTouch: true });
    for (const path of ['/signin', '/signup']) {
      await page.goto(url(path));
      await page.locator(`[data-view="${path.slice(1)}"] h1`).waitFor();
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `${path} scrolls sideways at 360 px`);
      await page.screenshot({ path: join(ARTIFACTS, `browser-accounts${path.replace('/', '-')}-phone.png`), fullPage: true });
    }
  });
});

describe('the whole run', () => {
  it('had no console errors or warnings, page errors, failed requests or HTTP errors', () => {
    assert.deepEqual(problems.map(String), []);
  });
});
