// End to end: the home page for a visitor and for a player, and a guest's first match, in headless
// Chromium through nginx and the real server, at 1280×800 and 360×740.
// A visitor sees what the platform is, "Play now", the live matches (a guest match appears in the
// list without a reload), the top of the leaderboard (kept while the network is gone, asked again
// when it is back) and how to get the desktop app. A visitor
// clicks "Play now" and plays against the computer without an account: the score is on the field
// (the canvas's accessible label), the result is in view, and nothing is saved. A player's home
// shows quick play, a friend online (gone when the friend leaves, without a reload), their next
// tournament match, their recent results and their rank. Any console error, page error, failed
// request or HTTP error answer fails the run; each page passes axe-core; screenshots go to the
// test-artifacts folder. Run through scripts/test (TRANSCENDENCE_TEST_BASE_URL).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, request } from 'playwright-core';
import { watchForProblems } from './page-problems.mjs';

const BASE_URL = process.env.TRANSCENDENCE_TEST_BASE_URL?.replace(/\/+$/, '');
if (!BASE_URL) {
  throw new Error('TRANSCENDENCE_TEST_BASE_URL is not set: run through scripts/test (e.g. scripts/test -R browser)');
}
const ARTIFACTS = process.env.TRANSCENDENCE_TEST_ARTIFACTS ?? join(process.cwd(), 'test-results');
const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const TIMEOUT = 15_000;
const MATCH_TIMEOUT = 60_000;
const PASSWORD = 'correct-horse-battery-staple-9';
const CHROMIUM_ARGS = ['--no-sandbox', '--headless', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 360, height: 740 };
const SIZES = [['desktop', DESKTOP], ['phone', PHONE]];
const url = (path) => `${BASE_URL}${path}`;
const stamp = `${Date.now().toString(36).slice(-5)}${Math.floor(Math.random() * 1296).toString(36)}`;

let browser;
let api;
let problems = [];

async function newPage(label, { viewport = DESKTOP, locale = 'en-US' } = {}) {
  const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport, locale });
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  watchForProblems(page, label, problems);
  return page;
}

async function axeViolations(page) {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

async function shootBoth(page, name) {
  for (const [size, viewport] of SIZES) {
    await page.setViewportSize(viewport);
    await page.waitForTimeout(200);
    await page.screenshot({ path: join(ARTIFACTS, `browser-home-${name}-${size}.png`), fullPage: true });
    assert.deepEqual(await axeViolations(page), [], `${name} at ${size}`);
  }
  await page.setViewportSize(DESKTOP);
}

// An account made in this page's browser (its refresh cookie signs the page in).
async function registerInPage(page, username) {
  await page.goto(url('/'));
  await page.locator('#main > [data-view="home"]').waitFor();
  const body = await page.evaluate(
    async ({ username, password }) => {
      const response = await fetch('/api/auth/register', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username, email: `${username}@example.com`, password, client: 'web' }),
      });
      localStorage.setItem('transcendence.signedIn', '1');
      return response.json();
    },
    { username, password: PASSWORD },
  );
  assert.ok(body.user?.id && body.accessToken, `registering ${username}: ${JSON.stringify(body)}`);
  await page.reload();
  await page.locator('[data-testid="account-name"]').waitFor();
  return body;
}

// An account used only through the API (no browser).
async function registerByApi(username) {
  const response = await api.post(url('/api/auth/register'), { data: { username, email: `${username}@example.com`, password: PASSWORD, client: 'web' } });
  assert.equal(response.status(), 201, await response.text());
  return response.json();
}

async function call(method, path, token, data) {
  const response = await api.fetch(url(path), { method, headers: { Authorization: `Bearer ${token}` }, data });
  assert.ok(response.ok(), `${method} ${path}: ${response.status()} ${await response.text()}`);
  return response.status() === 204 ? null : response.json();
}

const canvasLabel = (page) => page.locator('canvas.play-canvas').getAttribute('aria-label');

// On /play: the shortest match (first to one point), then the match page, the keys held so that
// the point comes soon (the paddle pressed against the top wall).
async function startShortMatch(page, testid) {
  await page.locator('#play-setting-scoreLimit').fill('1');
  await page.locator(`[data-testid="${testid}"]`).click();
  await page.waitForURL(/\/play\/[0-9a-f-]+$/);
  await page.locator('#main > [data-view="play-match"]').waitFor();
  await page.waitForFunction(() => /Score: /.test(document.querySelector('canvas.play-canvas')?.getAttribute('aria-label') ?? ''));
}

async function holdUntilOver(page) {
  await page.locator('[data-testid="game-stage"]').focus();
  await page.keyboard.down('w');
  await page.locator('[data-testid="match-result"]').waitFor({ state: 'visible', timeout: MATCH_TIMEOUT });
  await page.keyboard.up('w');
}

before(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  api = await request.newContext({ ignoreHTTPSErrors: true });
  // Someone to rank on the leaderboard, whatever ran before.
  await registerByApi(`home_ranked_${stamp}`);
});

after(async () => {
  await api?.dispose();
  await browser?.close();
});

describe('a visitor', () => {
  it('sees what the platform is, the live matches, the leaders and how to get the app', async () => {
    const page = await newPage('visitor home');
    const summaries = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/api/play/summary')) summaries.push(Date.now());
    });
    await page.goto(url('/'));
    await page.locator('#main > [data-view="home"][data-home="visitor"]').waitFor();
    assert.equal(await page.locator('h1').textContent(), 'Welcome to Transcendence');
    assert.equal(await page.locator('[data-testid="home-play-now"]').getAttribute('href'), '/play');
    assert.equal(await page.locator('[data-testid="home-signup"]').getAttribute('href'), '/signup');
    // The live matches and the leaders, from the public summary.
    await page.locator('[data-testid="home-live-count"]').waitFor({ state: 'attached' });
    assert.match(await page.locator('[data-testid="home-live-count"]').textContent(), /^(\d+ matches|1 match) being played now\.$/);
    // (The summary is cached for 10 s and the page refreshes it every 5 s: a summary another
    // suite asked for before this one's player existed may be the first one shown.)
    await page.locator('ul[data-testid="home-leaders"] li').first().waitFor({ timeout: 30_000 });
    // The desktop app: steps that are true for this repository and this server.
    const steps = await page.locator('[data-testid="home-app-steps"]').textContent();
    assert.match(steps, /scripts\/run/);
    assert.match(steps, /build\/client-qml\/transcendence-client/);
    assert.ok(steps.includes(new URL(BASE_URL).origin), steps);
    assert.equal(await page.getByText('These are being built now').count(), 0);
    // The list refreshes by itself (every 5 s): the summary is asked again without a click.
    const asked = summaries.length;
    await page.waitForRequest((r) => r.url().endsWith('/api/play/summary'), { timeout: 20000 });
    assert.ok(asked >= 1 && summaries.length >= 2, `the summary was asked ${summaries.length} times`);
    await shootBoth(page, 'visitor');
    // The network goes for longer than a refresh: the lists shown stay (not "could not be
    // loaded"), nothing is asked meanwhile, and the page asks again once it is back.
    const leadersShown = await page.locator('ul[data-testid="home-leaders"]').innerText();
    await page.context().setOffline(true);
    const askedBeforeOffline = summaries.length;
    await page.waitForTimeout(6500); // longer than the page's 5 s refresh: one would have come
    assert.equal(summaries.length, askedBeforeOffline, 'the summary was asked while offline');
    assert.equal(await page.locator('ul[data-testid="home-leaders"]').innerText(), leadersShown);
    assert.equal(await page.getByText('could not be loaded').count(), 0);
    const back = page.waitForRequest((r) => r.url().endsWith('/api/play/summary'), { timeout: 20000 });
    await page.context().setOffline(false);
    await back;
    await page.context().close();
    assert.deepEqual(problems, []);
  });

  it('reads the same in French and Russian, without spilling sideways on a phone', async () => {
    for (const locale of ['fr-FR', 'ru-RU']) {
      const page = await newPage(`visitor home ${locale}`, { viewport: PHONE, locale });
      await page.goto(url('/'));
      await page.locator('#main > [data-view="home"][data-home="visitor"]').waitFor();
      await page.locator('[data-testid="home-live-count"]').waitFor({ state: 'attached' });
      assert.equal(await page.evaluate(() => document.documentElement.lang), locale.slice(0, 2));
      assert.deepEqual(await page.evaluate(() => window.transcendenceMissingStrings), [], locale);
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `${locale}: the page scrolls sideways`);
      await page.screenshot({ path: join(ARTIFACTS, `browser-home-visitor-${locale.slice(0, 2)}-phone.png`), fullPage: true });
      await page.goto(url('/play'));
      await page.locator('[data-testid="guest-note"]').waitFor();
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `${locale}: /play scrolls sideways`);
      await page.context().close();
    }
    assert.deepEqual(problems, []);
  });

  for (const [size, viewport] of SIZES) {
    it(`plays against the computer from "Play now", without an account (${size})`, async () => {
      // Another visitor's home page, open all along: the guest match shows up in its live list.
      const watcher = await newPage(`watcher ${size}`);
      await watcher.goto(url('/'));
      await watcher.locator('[data-testid="home-live-count"]').waitFor({ state: 'attached' });

      const page = await newPage(`guest ${size}`, { viewport });
      await page.goto(url('/'));
      await page.locator('[data-testid="home-play-now"]').click();
      await page.locator('#main > [data-view="play"]').waitFor();
      await page.locator('[data-testid="guest-note"]').waitFor();
      // Guests play at this keyboard only: no queue, no invitations.
      assert.equal(await page.locator('[data-testid="queue-1v1"]').count(), 0);
      assert.equal(await page.locator('[data-testid="friends-list"]').count(), 0);
      await page.screenshot({ path: join(ARTIFACTS, `browser-home-guest-play-${size}.png`), fullPage: true });
      assert.deepEqual(await axeViolations(page), [], `guest /play at ${size}`);

      await startShortMatch(page, 'play-ai');
      assert.equal(await canvasLabel(page), 'Game field. Score: Guest 0, AI (normal) 0');
      assert.equal(await page.locator('[data-testid="score-seat-0"] [data-testid="seat-label"]').textContent(), 'Guest');
      // Paused while the other visitor's list catches up (it asks every 5 s).
      await page.locator('[data-testid="pause"]').click();
      await page.waitForFunction(() => document.querySelector('[data-testid="match-status"]')?.dataset.phase === 'paused');
      await watcher.locator('[data-testid="home-live-match"]', { hasText: 'Guest 0 – AI (normal) 0' }).first().waitFor({ timeout: 12_000 });
      await watcher.screenshot({ path: join(ARTIFACTS, `browser-home-visitor-live-${size}.png`), fullPage: true });
      await page.locator('[data-testid="pause"]').click();

      await holdUntilOver(page);
      // The score on the field, and the result in view without scrolling.
      // First to one point: the computer, most likely (the guest's paddle is held at the top).
      const [, guestScore, aiScore] = /^Game field\. Score: Guest (\d+), AI \(normal\) (\d+)$/.exec(await canvasLabel(page)) ?? [];
      assert.deepEqual([guestScore, aiScore].sort(), ['0', '1'], await canvasLabel(page));
      assert.equal(await page.locator('[data-testid="match-winner"]').textContent(), aiScore === '1' ? 'AI (normal) wins!' : 'Guest wins!');
      assert.equal(await page.locator('[data-testid="guest-not-saved"]').textContent(), 'Guest matches are not saved.');
      assert.equal(await page.locator('[data-testid="guest-signup"]').getAttribute('href'), '/signup?next=%2Fplay');
      assert.equal(await page.locator('[data-testid="match-link"]').count(), 0);
      await page.locator('[data-testid="match-winner"]').scrollIntoViewIfNeeded();
      const winner = await page.locator('[data-testid="match-winner"]').boundingBox();
      assert.ok(winner && winner.y >= 0 && winner.y + winner.height <= viewport.height, `${size}: ${JSON.stringify(winner)}`);
      await page.screenshot({ path: join(ARTIFACTS, `browser-home-guest-result-${size}.png`) });
      await page.locator('canvas.play-canvas').screenshot({ path: join(ARTIFACTS, `browser-home-guest-field-${size}.png`) });
      assert.deepEqual(await axeViolations(page), [], `guest result at ${size}`);
      // Gone from the live list once over.
      await watcher.waitForFunction(
        () => ![...document.querySelectorAll('[data-testid="home-live-match"]')].some((li) => li.textContent.includes('Guest 0 – AI (normal)')),
        null,
        { timeout: 12_000 },
      );
      await watcher.context().close();
      await page.context().close();
      assert.deepEqual(problems, []);
    });
  }
});

describe('a player', () => {
  it('sees quick play, a friend online, the next tournament match, recent results and their rank', async () => {
    const page = await newPage('player home');
    const me = await registerInPage(page, `home_me_${stamp}`);
    // A result first: a local match, first to one point.
    await page.goto(url('/play'));
    await page.locator('#main > [data-view="play"]').waitFor();
    assert.equal(await page.locator('[data-testid="guest-note"]').count(), 0);
    await startShortMatch(page, 'play-local');
    await holdUntilOver(page);
    await page.locator('[data-testid="match-link"]').waitFor();

    // A friend, online in their own browser.
    const friendPage = await newPage('friend');
    const friend = await registerInPage(friendPage, `home_fr_${stamp}`);
    await call('POST', '/api/friends/requests', friend.accessToken, { userId: me.user.id });
    const requests = await call('GET', '/api/friends/requests', me.accessToken);
    await call('POST', `/api/friends/requests/${requests.incoming[0].id}/accept`, me.accessToken);
    // An online tournament of three, started: the player's next match is in its bracket.
    const third = await registerByApi(`home_th_${stamp}`);
    const tournament = await call('POST', '/api/tournaments', me.accessToken, { kind: 'online', name: `Home cup ${stamp}`, minPlayers: 3 });
    for (const player of [me, friend, third]) await call('POST', `/api/tournaments/${tournament.id}/join`, player.accessToken);
    await call('POST', `/api/tournaments/${tournament.id}/start`, me.accessToken);

    await page.goto(url('/'));
    await page.locator('#main > [data-view="home"][data-home="player"]').waitFor();
    assert.equal(await page.locator('h1').textContent(), `Welcome back, ${me.user.displayName}`);
    assert.equal(await page.locator('[data-testid="home-quick-play"]').getAttribute('href'), '/play');
    await page.locator('ul[data-testid="home-friends"] li', { hasText: friend.user.displayName }).waitFor();
    const next = page.locator('[data-testid="home-tournament"]');
    await next.filter({ hasText: `Home cup ${stamp}` }).waitFor();
    assert.match(await next.textContent(), /(Round 1 of 2|The final) · against /);
    await page.locator('ul[data-testid="home-recent"] li').first().waitFor();
    assert.match(await page.locator('ul[data-testid="home-recent"] li').first().textContent(), /^(Win|Loss) · Player 2/);
    await page.locator('[data-testid="home-your-rank"]:not([hidden])').waitFor();
    assert.match(await page.locator('[data-testid="home-your-rank"]').textContent(), /^Your rank: [\d,]+ of [\d,]+\.$/);
    await page.locator('[data-testid="home-live-count"]').waitFor({ state: 'attached' });
    assert.ok((await page.locator('ul[data-testid="home-leaders"] li').count()) >= 1);
    await shootBoth(page, 'player');

    // The friend leaves: the list follows without a reload.
    await friendPage.context().close();
    await page.locator('p[data-testid="home-friends"]', { hasText: 'None of your friends is online.' }).waitFor();

    // The signed-in header keeps to one line at 1280 px.
    const brand = await page.locator('nav.navbar .navbar-brand').boundingBox();
    const signOut = await page.getByRole('button', { name: 'Sign out' }).boundingBox();
    const lastLink = await page.locator('nav.navbar .navbar-nav .nav-link').last().boundingBox();
    for (const box of [signOut, lastLink]) assert.ok(Math.abs(box.y + box.height / 2 - (brand.y + brand.height / 2)) < 8, JSON.stringify({ brand, box }));
    // Live matches are in the menu; their list refreshes itself (live.js polls every 5 s).
    await page.locator('nav.navbar a[href="/live"]').click();
    await page.locator('#main > [data-view="live"]').waitFor();
    const refreshes = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/api/play/live')) refreshes.push(Date.now());
    });
    await page.waitForRequest((r) => r.url().endsWith('/api/play/live'), { timeout: 20000 });
    assert.ok(refreshes.length >= 1, 'the live list did not refresh by itself');
    await page.goto(url('/'));
    await page.locator('[data-testid="home-quick-play"]').click();
    await page.locator('#main > [data-view="play"]').waitFor();
    await page.context().close();
    assert.deepEqual(problems, []);
  });
});
