// End to end: headless Chromium loads the SPA over HTTPS from nginx in front of the real server and
// uses it as a person would: navigation, Back/Forward, a reload on a deep link, an unknown path, the
// live WebSocket, a language switch, a phone-sized screen. Any console error or warning, page
// error, failed request or HTTP error answer fails the run.
// Run through scripts/test, which starts the platform and sets TRANSCENDENCE_TEST_BASE_URL.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
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
  // No outbound calls of its own: the network is closed and refusals would be logged.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const url = (path) => `${BASE_URL}${path}`;

let browser;
const problems = [];


async function newPage(options) {
  const context = await browser.newContext({ ignoreHTTPSErrors: true, ...options });
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  watchForProblems(page, options.label ?? 'page', problems);
  return page;
}

async function expectConnected(page, testid = 'connection-state') {
  await page.locator(`[data-testid="${testid}"][data-state="connected"]`).waitFor();
}

async function fetchJson(page, path) {
  const response = await page.context().request.get(url(path));
  assert.equal(response.status(), 200, `${path} answered ${response.status()}`);
  return response.json();
}

before(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
});

describe('SPA shell on a desktop', () => {
  let page;
  before(async () => {
    page = await newPage({ label: 'desktop', viewport: { width: 1280, height: 800 }, locale: 'en-US' });
  });

  it('loads the home page, in English, with the WebSocket connected', async () => {
    await page.goto(url('/'));
    await page.locator('#main > [data-view="home"]').waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    await expectConnected(page);
    await expectConnected(page, 'home-connection-state');
    assert.match(await page.title(), /Transcendence/);
    // The skip link is the first stop for keyboard users.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'skip-link');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
    await page.screenshot({ path: join(ARTIFACTS, 'browser-shell-home-desktop.png'), fullPage: true });
  });

  it('navigates to the status view through the nav link, without reloading', async () => {
    // A full page load would lose this marker: navigation must stay in the page.
    await page.evaluate(() => {
      window.__sameDocument = true;
    });
    await page.locator('nav a[href="/status"]').click();
    await page.locator('[data-view="status"]').waitFor();
    assert.equal(new URL(page.url()).pathname, '/status');
    assert.equal(await page.evaluate(() => window.__sameDocument), true);
    assert.equal(await page.locator('nav a[href="/status"]').getAttribute('aria-current'), 'page');
    assert.equal(await page.locator('nav a[href="/"].nav-link').getAttribute('aria-current'), null);
    // Focus moves to the new view's heading, so a screen reader reads it first.
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1');
  });

  it('shows live /healthz, /readyz and WebSocket details', async () => {
    await page.locator('[data-testid="healthz-status"][data-state="ok"]').waitFor();
    await page.locator('[data-testid="readyz-status"][data-state="ready"]').waitFor();
    const health = await fetchJson(page, '/healthz');
    assert.equal(await page.locator('[data-testid="server-version"]').textContent(), health.version);
    assert.notEqual((await page.locator('[data-testid="server-uptime"]').textContent()).trim(), '');

    await expectConnected(page, 'ws-state');
    assert.equal(await page.locator('[data-testid="protocol-version"]').textContent(), '1');
    assert.equal(await page.locator('[data-testid="server-protocol-version"]').textContent(), '1');
    assert.notEqual((await page.locator('[data-testid="connection-id"]').textContent()).trim(), '');
    await page.locator('[data-testid="ping-rtt"]').waitFor();
    assert.match(await page.locator('[data-testid="ping-rtt"]').textContent(), /\d/);
    await page.screenshot({ path: join(ARTIFACTS, 'browser-shell-status-desktop.png'), fullPage: true });
  });

  it('goes Back to home and Forward to status', async () => {
    await page.goBack();
    await page.locator('[data-view="home"]').waitFor();
    assert.equal(new URL(page.url()).pathname, '/');
    assert.equal(await page.locator('nav a[href="/"].nav-link').getAttribute('aria-current'), 'page');

    await page.goForward();
    await page.locator('[data-view="status"]').waitFor();
    assert.equal(new URL(page.url()).pathname, '/status');
    assert.equal(await page.evaluate(() => window.__sameDocument), true, 'Back/Forward reloaded the page');
    await page.locator('[data-testid="healthz-status"][data-state="ok"]').waitFor();
  });

  it('reloads the deep link /status into the status view, connected again', async () => {
    await page.reload();
    await page.locator('[data-view="status"]').waitFor();
    assert.equal(await page.evaluate(() => window.__sameDocument), undefined, 'expected a real reload');
    await page.locator('[data-testid="healthz-status"][data-state="ok"]').waitFor();
    await page.locator('[data-testid="readyz-status"][data-state="ready"]').waitFor();
    await expectConnected(page, 'ws-state');
  });

  it('shows the not-found view for an unknown path, with a way home', async () => {
    await page.goto(url('/no/such/page'));
    await page.locator('[data-view="not-found"]').waitFor();
    assert.match(await page.locator('[data-view="not-found"]').textContent(), /\/no\/such\/page/);
    await expectConnected(page);
    await page.locator('[data-view="not-found"] a[href="/"]').click();
    await page.locator('[data-view="home"]').waitFor();
    assert.equal(new URL(page.url()).pathname, '/');
  });

  it('switches to French, and remembers it after a reload', async () => {
    const french = await fetchJson(page, '/i18n/fr.json');
    const expected = french.messages?.['web.nav']?.Home;
    assert.ok(expected && expected !== 'Home', '/i18n/fr.json has no French for web.nav "Home"');
    const homeLink = page.locator('nav a[href="/"].nav-link');
    assert.equal(await homeLink.textContent(), 'Home');

    const switcher = page.locator('[data-testid="language-select"]');
    await switcher.focus();
    await switcher.selectOption('fr');
    await page.waitForFunction(() => document.documentElement.lang === 'fr');
    assert.equal(await homeLink.textContent(), expected);
    // The switcher keeps focus through the re-render, for keyboard users.
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'language-select');

    await page.reload();
    await page.locator('[data-view="home"]').waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'fr');
    assert.equal(await homeLink.textContent(), expected);
    await page.screenshot({ path: join(ARTIFACTS, 'browser-shell-home-desktop-fr.png'), fullPage: true });
  });
});

describe('SPA shell on a phone', () => {
  let page;
  before(async () => {
    // Russian browser settings: the page should pick Russian by itself.
    page = await newPage({ label: 'phone', viewport: { width: 360, height: 740 }, locale: 'ru-RU', isMobile: true, hasTouch: true });
  });

  it('picks the browser language and fits 360 px without horizontal scrolling', async () => {
    await page.goto(url('/status'));
    await page.locator('[data-view="status"]').waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'ru');
    await expectConnected(page);
    await page.locator('[data-testid="healthz-status"][data-state="ok"]').waitFor();
    assert.ok(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      'the page scrolls sideways at 360 px',
    );
    await page.screenshot({ path: join(ARTIFACTS, 'browser-shell-status-phone.png'), fullPage: true });
  });

  it('opens the collapsed menu and navigates home', async () => {
    const toggler = page.locator('.navbar-toggler');
    assert.equal(await toggler.getAttribute('aria-expanded'), 'false');
    assert.equal(await page.locator('nav a[href="/"].nav-link').isVisible(), false);
    await toggler.click();
    assert.equal(await toggler.getAttribute('aria-expanded'), 'true');
    await page.screenshot({ path: join(ARTIFACTS, 'browser-shell-menu-phone.png') });
    await page.locator('nav a[href="/"].nav-link').click();
    await page.locator('[data-view="home"]').waitFor();
    assert.equal(await toggler.getAttribute('aria-expanded'), 'false');
    await page.screenshot({ path: join(ARTIFACTS, 'browser-shell-home-phone.png'), fullPage: true });
  });

  it('keeps the menu open and the focus on the switcher when the language changes', async () => {
    const toggler = page.locator('.navbar-toggler');
    await toggler.click();
    const switcher = page.locator('[data-testid="language-select"]');
    await switcher.focus();
    await switcher.selectOption('en');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    assert.equal(await page.locator('nav a[href="/"].nav-link').textContent(), 'Home');
    assert.equal(await toggler.getAttribute('aria-expanded'), 'true');
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'language-select');
  });
});

describe('the whole run', () => {
  it('had no console errors or warnings, page errors, failed requests or HTTP errors', () => {
    assert.deepEqual(problems.map(String), []);
  });
});
