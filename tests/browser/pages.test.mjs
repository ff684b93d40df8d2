// Every page of the SPA, in every language, signed out and signed in: no string left in English
// in French or Russian (the SPA's t() records the ones a catalogue lacks), and an axe-core
// WCAG 2.1 A/AA scan with no serious or critical violation. Needs the platform of scripts/test
// (TRANSCENDENCE_TEST_BASE_URL). Zero console errors, as everywhere.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { watchForProblems } from './page-problems.mjs';

const BASE_URL = process.env.TRANSCENDENCE_TEST_BASE_URL?.replace(/\/+$/, '');
if (!BASE_URL) {
  throw new Error('TRANSCENDENCE_TEST_BASE_URL is not set: run through scripts/test (e.g. scripts/test -R browser)');
}
const TIMEOUT = 15_000;
const LANGUAGES = ['en', 'fr', 'ru'];
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

// Pages a visitor sees, and pages of an account (ids filled in once the account exists).
const PUBLIC_PAGES = ['/', '/play', '/status', '/signin', '/signup', '/no-such-page'];
const ACCOUNT_PAGES = (ids) => [
  '/profile',
  '/settings',
  '/friends',
  '/users',
  `/users/${ids.otherUserId}`,
  '/dashboard',
  `/matches/${ids.matchId}`,
  '/play',
  '/live',
  '/tournaments',
  `/tournaments/${ids.tournamentId}`,
  '/notifications',
  '/chat', // opens the chat panel (it stays open for the next language's pages too)
];

let browser;
let signedIn; // { context, page } of the account, kept for every language (refresh tokens
// rotate: two contexts sharing one cookie would look like a stolen token)
const problems = [];
const ids = {};
const password = 'correct-horse-battery-staple-9';

async function newContext(label) {
  // axe is evaluated through the DevTools protocol, which the page's CSP does not restrict.
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  watchForProblems(page, label, problems);
  return { context, page };
}

// Registers from inside the page (the web client gets its refresh cookie), returns the session.
async function register(page, prefix) {
  const username = `${prefix}${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`.slice(0, 20);
  const answer = await page.evaluate(
    async ({ username, password }) => {
      const response = await fetch('/api/auth/register', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username, email: `${username}@example.test`, password, client: 'web' }),
      });
      return { status: response.status, body: await response.json() };
    },
    { username, password },
  );
  assert.equal(answer.status, 201, JSON.stringify(answer.body));
  // The SPA signs in from the cookie only when this browser signed in before.
  await page.evaluate(() => localStorage.setItem('transcendence.signedIn', '1'));
  return answer.body;
}

async function api(page, token, method, path, body) {
  return page.evaluate(
    async ({ token, method, path, body }) => {
      const response = await fetch(path, {
        method,
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, body: response.status === 204 ? null : await response.json() };
    },
    { token, method, path, body },
  );
}

async function setLanguage(page, code) {
  await page.evaluate((c) => localStorage.setItem('transcendence.language', c), code);
}

async function visit(page, path) {
  await page.goto(`${BASE_URL}${path}`);
  await page.locator('main h1').first().waitFor();
  // Let the view's requests answer and redraw.
  await page.waitForLoadState('networkidle');
}

async function missingStrings(page) {
  return page.evaluate(() => window.transcendenceMissingStrings ?? []);
}

async function axeViolations(page) {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

before(async () => {
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const { context, page } = await newContext('setup');
  await page.goto(`${BASE_URL}/`);
  const other = await register(page, 'pgo');
  ids.otherUserId = other.user.id;
  await context.clearCookies();
  const me = await register(page, 'pgm');
  ids.token = me.accessToken;
  // A stored match (an ai match given up at once) and a local tournament, for their pages.
  const created = await api(page, ids.token, 'POST', '/api/play/matches', { kind: 'ai', difficulty: 'easy' });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const path = `/api/play/matches/${created.body.roomId}`;
  assert.equal((await api(page, ids.token, 'DELETE', path)).status, 204);
  for (let i = 0; i < 50 && !ids.matchId; ++i) {
    const state = await api(page, ids.token, 'GET', path);
    ids.matchId = state.body?.over?.matchId ?? null;
    if (!ids.matchId) await page.waitForTimeout(100);
  }
  assert.ok(ids.matchId, 'the given-up match was stored');
  const tournament = await api(page, ids.token, 'POST', '/api/tournaments', {
    kind: 'local',
    name: 'Page check cup',
    aliases: ['Ann', 'Bob', 'Cid'],
  });
  assert.equal(tournament.status, 201, JSON.stringify(tournament.body));
  ids.tournamentId = tournament.body.id ?? tournament.body.tournament?.id;
  signedIn = { context, page };
});

after(async () => {
  await signedIn?.context.close();
  await browser?.close();
});

describe('every page', () => {
  for (const language of LANGUAGES) {
    it(`signed out, ${language}: translated and accessible`, async () => {
      const { context, page } = await newContext(`out-${language}`);
      await page.goto(`${BASE_URL}/`);
      await setLanguage(page, language);
      const report = [];
      for (const path of PUBLIC_PAGES) {
        await visit(page, path);
        if (language !== 'en') {
          for (const missing of await missingStrings(page)) report.push(`${path}: untranslated "${missing}"`);
        }
        for (const v of await axeViolations(page)) report.push(`${path}: ${v.impact} ${v.id} (${v.help}) at ${v.targets.join(', ')}`);
      }
      await context.close();
      assert.deepEqual(report, []);
    });

    it(`signed in, ${language}: translated and accessible`, async () => {
      const { page } = signedIn;
      await setLanguage(page, language);
      const report = [];
      for (const path of ACCOUNT_PAGES(ids)) {
        await visit(page, path);
        const heading = await page.locator('main h1').first().textContent();
        if (page.url().includes('/signin')) report.push(`${path}: sent to sign-in (not signed in?)`);
        if (language !== 'en') {
          for (const missing of await missingStrings(page)) report.push(`${path}: untranslated "${missing}"`);
        }
        for (const v of await axeViolations(page)) report.push(`${path}: ${v.impact} ${v.id} (${v.help}) at ${v.targets.join(', ')}`);
        assert.ok(heading?.trim(), `${path} has a heading`);
      }
      assert.deepEqual(report, []);
    });
  }

  it('had no console errors or warnings, page errors, failed requests or HTTP errors', () => {
    assert.deepEqual(problems, []);
  });
});
