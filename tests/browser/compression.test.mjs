// What goes over the wire compressed, as Chromium receives it through nginx (docs/security.md,
// "Compression"): the SPA's HTML, JavaScript, CSS and translation catalogues are sent gzipped
// (the build's .gz twins, gzip_static) when above 512 bytes, the modules as one bundle; JSON
// answers of the API are gzipped above 1 KB; answers under /api/auth/ (tokens, two-factor
// secrets) never are, whatever their size (BREACH); a client that does not accept gzip gets the plain bytes. A behaviour check, not
// a timing: bench/web/first-load.mjs measures the bytes.
// Run through scripts/test (TRANSCENDENCE_TEST_BASE_URL): scripts/test -R browser_compression
import { after, afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { watchForProblems } from './page-problems.mjs';

const BASE_URL = process.env.TRANSCENDENCE_TEST_BASE_URL?.replace(/\/+$/, '');
if (!BASE_URL) {
  throw new Error('TRANSCENDENCE_TEST_BASE_URL is not set: run through scripts/test (e.g. scripts/test -R browser_compression)');
}
const TIMEOUT = 15_000;
const STATIC_THRESHOLD = 512; // resources/web/Precompress.cmake
const API_THRESHOLD = 1024; // gzip_min_length in docker/nginx/transcendence.conf.template
const CHROMIUM_ARGS = ['--no-sandbox', '--headless', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const url = (path) => `${BASE_URL}${path}`;

let browser;
const problems = [];

before(async () => {
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
});
after(async () => {
  await browser?.close();
});
afterEach(() => {
  assert.deepEqual(problems.splice(0), []);
});

// Every same-origin answer the page receives: path, status, headers, decoded body size.
function record(page) {
  const seen = [];
  page.on('response', async (response) => {
    if (!response.url().startsWith(BASE_URL) || response.request().method() === 'OPTIONS') return;
    const entry = { path: new URL(response.url()).pathname, status: response.status(), headers: await response.allHeaders() };
    try {
      entry.size = (await response.body()).length;
    } catch {
      entry.size = -1; // a redirect or an upgrade has no body
    }
    seen.push(entry);
  });
  return seen;
}

describe('compression', () => {
  let context;
  let page;
  let seen;

  before(async () => {
    context = await browser.newContext({ ignoreHTTPSErrors: true, locale: 'en-US' });
    page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT);
    watchForProblems(page, 'compression', problems);
    seen = record(page);
  });
  after(async () => {
    await context?.close();
  });

  it('sends the page, its modules, styles and catalogues gzipped', async () => {
    await page.goto(url('/'));
    await page.locator('[data-testid="connection-state"][data-state="connected"]').waitFor();
    await page.waitForLoadState('networkidle');
    const files = seen.filter((entry) => entry.status === 200 && (entry.path === '/' || /\.(js|css|json|html)$/.test(entry.path)) && !entry.path.startsWith('/api/'));
    const large = files.filter((entry) => entry.size >= STATIC_THRESHOLD);
    // Not vacuous: the page, the app's bundled modules, Bootstrap and the English catalogue.
    assert.ok(large.some((entry) => entry.path === '/'), JSON.stringify(files.map((e) => e.path)));
    assert.ok(large.some((entry) => entry.path.endsWith('/js/bundle/app.js')), JSON.stringify(large.map((e) => e.path)));
    assert.ok(large.some((entry) => entry.path.endsWith('/bootstrap.min.css')));
    assert.ok(large.some((entry) => /\/i18n\/en\.json$/.test(entry.path)), JSON.stringify(large.map((e) => e.path)));
    const plain = large.filter((entry) => entry.headers['content-encoding'] !== 'gzip').map((entry) => `${entry.path} (${entry.size} bytes)`);
    assert.deepEqual(plain, [], 'sent without gzip');
    for (const entry of large) assert.match(entry.headers.vary ?? '', /Accept-Encoding/i, entry.path);
  });

  it('sends the plain file to a client that does not accept gzip', async () => {
    const script = seen.find((entry) => entry.path.endsWith('/js/bundle/app.js'));
    assert.ok(script, 'the bundle was not loaded');
    const plain = await context.request.get(url(script.path), { headers: { 'Accept-Encoding': 'identity' } });
    assert.equal(plain.status(), 200);
    assert.equal(plain.headers()['content-encoding'], undefined);
    assert.equal((await plain.body()).length, script.size);
  });

  it('gzips JSON answers above 1 KB, not below, and never the answers of /api/auth/', async () => {
    const answers = await page.evaluate(async () => {
      const call = async (method, path, body, token) => {
        const response = await fetch(path, {
          method,
          headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        return { status: response.status, text: await response.text() };
      };
      const username = `gz_${Date.now().toString(36)}`.slice(0, 20);
      const signUp = await call('POST', '/api/auth/register', { username, email: `${username}@example.com`, password: 'correct-horse-battery-staple-9', client: 'web' });
      const token = JSON.parse(signUp.text).accessToken;
      // The two-factor set-up answer carries a secret and its QR code: well above 1 KB.
      const setup = await call('POST', '/api/auth/2fa/setup', {}, token);
      const notifications = await call('GET', '/api/notifications', undefined, token);
      // The account's data export (GDPR): above 1 KB for a new account too.
      const exported = await call('GET', '/api/users/me/export', undefined, token);
      return { signUp: signUp.status, setup: setup.status, notifications: notifications.status, exported: exported.status };
    });
    assert.equal(answers.signUp, 201);
    assert.equal(answers.setup, 200);
    assert.equal(answers.exported, 200);
    // The recorder reads each body after the answer came: wait until it has all four.
    const paths = ['/api/auth/register', '/api/auth/2fa/setup', '/api/notifications', '/api/users/me/export'];
    for (let waited = 0; waited < 5000 && !paths.every((path) => seen.some((entry) => entry.path === path)); waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const api = (path) => seen.filter((entry) => entry.path === path).at(-1);

    const setup = api('/api/auth/2fa/setup');
    assert.ok(setup.size > API_THRESHOLD, `the set-up answer is ${setup.size} bytes`);
    assert.equal(setup.headers['content-encoding'], undefined, 'an /api/auth/ answer was compressed');
    assert.equal(api('/api/auth/register').headers['content-encoding'], undefined);

    const small = api('/api/notifications');
    assert.ok(small.size < API_THRESHOLD, `${small.size} bytes`);
    assert.equal(small.headers['content-encoding'], undefined);

    // A JSON answer above 1 KB outside /api/auth/: gzipped.
    const large = seen.filter((entry) => entry.path.startsWith('/api/') && !entry.path.startsWith('/api/auth/') && entry.status === 200 && entry.size > API_THRESHOLD);
    assert.ok(large.some((entry) => entry.path === '/api/users/me/export'), `no API answer above 1 KB: ${JSON.stringify(seen.filter((e) => e.path.startsWith('/api/')).map((e) => [e.path, e.size]))}`);
    for (const entry of large) {
      assert.match(entry.headers['content-type'], /^application\/json/);
      assert.equal(entry.headers['content-encoding'], 'gzip', entry.path);
    }
  });
});
