// End to end: the play feature in headless Chromium against nginx and the real server. A local
// match played to its end with the keyboard lands in the match history; two accounts meet through
// the matchmaking queue and play a remote match, one reloads in the middle and comes back to the
// same score after a countdown, a third account watches it live; a local tournament of four aliases
// is played to a winner at one keyboard; phone-sized screenshots of /play and of a running match.
// The SPA asks for binary snapshots: the pages must get them as binary frames (≤ 64 bytes on the
// wire for 1v1) and never a JSON snapshot.
// Any console error or warning, page error, failed request or HTTP error answer fails the run.
// Run through scripts/test (TRANSCENDENCE_TEST_BASE_URL).
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
const MATCH_TIMEOUT = 90_000;
const PASSWORD = 'correct-horse-battery-staple-9';
const RUN = Date.now().toString(36).slice(-6);

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

const url = (path) => `${BASE_URL}${path}`;
let browser;
const problems = [];

// A new browser context signed in as a new account; returns { page, user, token }.
async function newPlayer(label, options = {}) {
  const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1280, height: 900 }, locale: 'en-US', ...options });
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  watchForProblems(page, label, problems);
  page.snapshotFrames = { binary: 0, json: 0, largest: 0 };
  page.on('websocket', (ws) =>
    ws.on('framereceived', (frame) => {
      if (typeof frame.payload !== 'string') {
        page.snapshotFrames.binary += 1;
        page.snapshotFrames.largest = Math.max(page.snapshotFrames.largest, frame.payload.length);
      } else if (frame.payload.includes('"type":"snapshot"')) {
        page.snapshotFrames.json += 1;
      } else if (frame.payload.includes('"matchStarted"')) {
        page.lastMatchStarted = JSON.parse(frame.payload);
      }
    }),
  );
  // Reloading a running match asks first (beforeunload): the tests say yes.
  page.on('dialog', (dialog) => dialog.accept());
  await page.goto(url('/'));
  const username = `${label}_${RUN}`.slice(0, 20);
  const session = await page.evaluate(
    async ({ username, password }) => {
      const response = await fetch('/api/auth/register', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username, email: `${username}@example.com`, password, client: 'web' }),
      });
      return { status: response.status, body: await response.json() };
    },
    { username, password: PASSWORD },
  );
  assert.equal(session.status, 201, JSON.stringify(session.body));
  // The SPA asks for a silent refresh only when it believes it signed in (auth/session.js).
  await page.evaluate(() => localStorage.setItem('transcendence.signedIn', '1'));
  await page.reload();
  await page.locator('[data-testid="account-name"]').waitFor({ state: 'attached' });
  await page.locator('[data-testid="connection-state"][data-state="connected"]').waitFor();
  return { page, user: session.body.user, token: session.body.accessToken };
}

async function apiGet(player, path) {
  const response = await player.page.context().request.get(url(path), { headers: { Authorization: `Bearer ${player.token}` } });
  assert.equal(response.status(), 200, `${path} answered ${response.status()}`);
  return response.json();
}

// Fills the match settings on /play (the "More settings" are folded).
async function chooseSettings(page, values) {
  const details = page.locator('form[data-testid="play-settings"] details');
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
  for (const [name, value] of Object.entries(values)) await page.locator(`#play-setting-${name}`).fill(String(value));
}

const FAST = { scoreLimit: 1, ballSpeed: 240, ballMaxSpeed: 320, paddleLength: 4, serveDelay: 0 };

// Holds keys in turn on the game field until the match is over.
async function playUntilOver(pages, keys) {
  const deadline = Date.now() + MATCH_TIMEOUT;
  let turn = 0;
  for (;;) {
    const over = await Promise.all(pages.map((page) => page.locator('[data-testid="match-result"]').isVisible()));
    if (over.every(Boolean)) return;
    assert.ok(Date.now() < deadline, 'the match did not end in time');
    await Promise.all(
      pages.map(async (page, i) => {
        if (over[i]) return;
        const key = keys[i][turn % keys[i].length];
        await page.locator('[data-testid="game-stage"]').focus();
        await page.keyboard.down(key);
        await page.waitForTimeout(250);
        await page.keyboard.up(key);
      }),
    );
    turn += 1;
  }
}

async function scores(page) {
  return page.locator('[data-testid="scoreboard"] [data-testid="seat-score"]').allTextContents();
}

before(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
});

describe('play', () => {
  let ada;
  let bob;
  let cyd;

  before(async () => {
    [ada, bob, cyd] = await Promise.all([newPlayer('pl_ada'), newPlayer('pl_bob'), newPlayer('pl_cyd')]);
  });

  it('plays a local match to its end with the keyboard, and finds it in the history', async () => {
    const { page } = ada;
    await page.locator('nav a[href="/play"]').click();
    await page.locator('[data-view="play"] h1').waitFor();
    await chooseSettings(page, FAST);
    assert.match(await page.locator('[data-testid="settings-summary"]').textContent(), /first to 1/);
    await page.screenshot({ path: join(ARTIFACTS, 'browser-play-desktop.png'), fullPage: true });

    await page.locator('[data-testid="play-local"]').click();
    await page.waitForURL(/\/play\/[^/]+$/);
    await page.locator('[data-testid="scoreboard"] [data-testid="seat-label"]').first().waitFor();
    // The game field has the focus: the keys go to it, and the arrows do not scroll the page.
    await page.waitForFunction(() => document.activeElement?.dataset.testid === 'game-stage');
    const labels = await page.locator('[data-testid="seat-label"]').allTextContents();
    assert.equal(labels[0], ada.user.displayName);
    assert.equal(labels[1], 'Player 2');
    await page.screenshot({ path: join(ARTIFACTS, 'browser-play-local-running-desktop.png') });

    await playUntilOver([page], [['w', 'ArrowDown', 's', 'ArrowUp']]);
    assert.match(await page.locator('[data-testid="match-winner"]').textContent(), /wins!/);
    assert.equal(await page.evaluate(() => window.scrollY), 0);
    const href = await page.locator('[data-testid="match-link"]').getAttribute('href');
    const matchId = Number(href.split('/').pop());
    assert.ok(matchId > 0);
    const history = await apiGet(ada, `/api/users/${ada.user.id}/matches`);
    const stored = history.matches.find((match) => match.id === matchId);
    assert.ok(stored, `match ${matchId} is in the history`);
    assert.equal(stored.kind, 'local');

    // The result screen plays the stored match back like a live one.
    await page.locator('[data-testid="watch-replay"]').click();
    await page.waitForURL(/\/live\/[^/]+$/);
    await page.locator('[data-view="spectate"] h1', { hasText: 'Replay' }).waitFor();
    await page.locator('[data-testid="match-result"]').waitFor({ timeout: MATCH_TIMEOUT });
    assert.match(await page.locator('[data-testid="match-winner"]').textContent(), /wins!/);
    assert.equal(page.lastMatchStarted?.spectating, true);
    assert.equal(page.lastMatchStarted?.replay, true);
    assert.ok(page.snapshotFrames.binary > 10, JSON.stringify(page.snapshotFrames));
    assert.equal(page.snapshotFrames.json, 0);

    // The match page draws the match over time, from the server replaying the stored inputs:
    // the start and the one point of a match to 1.
    await page.goto(url(`/matches/${matchId}`));
    await page.locator('[data-chart="chart-timeline"][data-drawn="true"]').waitFor();
    await page.locator('[data-chart="chart-hits"][data-drawn="true"]').waitFor();
    assert.equal(await page.locator('#chart-timeline-table tbody tr').count(), 2);
    await page.screenshot({ path: join(ARTIFACTS, 'browser-play-match-page-desktop.png'), fullPage: true });
  });

  it('meets an opponent in the queue, survives a reload mid-match, and is watched live', async () => {
    const settings = { scoreLimit: 2, ballSpeed: 40, ballMaxSpeed: 80, paddleLength: 4, serveDelay: 1 };
    for (const { page } of [ada, bob]) {
      await page.goto(url('/play'));
      await page.locator('[data-view="play"] h1').waitFor();
      await page.locator('[data-testid="connection-state"][data-state="connected"]').waitFor();
      await chooseSettings(page, settings);
    }
    await ada.page.locator('[data-testid="queue-1v1"]').click();
    await ada.page.locator('[data-testid="queue-status"] [data-testid="leave-queue"]').waitFor();
    assert.match(await ada.page.locator('[data-testid="queue-status"]').textContent(), /Players waiting: 1/);
    await bob.page.locator('[data-testid="queue-1v1"]').click();

    await Promise.all([ada.page.waitForURL(/\/play\/[^/]+$/), bob.page.waitForURL(/\/play\/[^/]+$/)]);
    const roomId = decodeURIComponent(ada.page.url().split('/').pop());
    assert.equal(decodeURIComponent(bob.page.url().split('/').pop()), roomId);
    // Both see the settings before play starts, during the countdown.
    await ada.page.locator('[data-testid="match-overlay"][data-phase="countdown"]').waitFor();
    assert.match(await bob.page.locator('[data-testid="match-settings"]').textContent(), /first to 2/);
    await ada.page.locator('[data-testid="match-status"][data-phase="running"]').waitFor({ timeout: 10_000 });

    // A third account watches it from /live.
    await cyd.page.goto(url('/live'));
    await cyd.page.locator(`[data-testid="live-match"][data-room="${roomId}"] [data-testid="watch-match"]`).click();
    await cyd.page.waitForURL(/\/live\/[^/]+$/);
    await cyd.page.locator('[data-testid="seat-label"]').first().waitFor();
    assert.deepEqual(await cyd.page.locator('[data-testid="seat-label"]').allTextContents(), [ada.user.displayName, bob.user.displayName]);
    assert.equal(await cyd.page.locator('[data-testid="leave"]').textContent(), 'Stop watching');

    // Bob reloads: Ada sees him missing, Bob is back after a countdown with the same score. His
    // new page signs in again before it can take his seat back; that request is held 2 s here,
    // so the pause lasts long enough to be seen however fast this machine reloads.
    await bob.page.route('**/api/auth/refresh', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      await route.continue();
    });
    await bob.page.reload();
    await ada.page.locator('[data-testid="missing-player"]').waitFor({ timeout: 10_000 });
    assert.match(await ada.page.locator('[data-testid="missing-player"]').textContent(), new RegExp(bob.user.displayName));
    await ada.page.screenshot({ path: join(ARTIFACTS, 'browser-play-remote-paused-desktop.png') });
    const scoresWhilePaused = await scores(ada.page);
    await bob.page.locator('[data-testid="match-overlay"][data-phase="countdown"]').waitFor({ timeout: 20_000 });
    await bob.page.unroute('**/api/auth/refresh');
    assert.deepEqual(await scores(bob.page), scoresWhilePaused);

    await playUntilOver([ada.page, bob.page], [['w', 's'], ['ArrowDown', 'ArrowUp']]);
    const winners = await Promise.all([ada.page, bob.page].map((page) => page.locator('[data-testid="match-winner"]').textContent()));
    assert.equal(winners[0], winners[1]);
    await cyd.page.locator('[data-testid="match-result"]').waitFor();
    assert.equal(await cyd.page.locator('[data-testid="match-winner"]').textContent(), winners[0]);
    // Players and the spectator played and watched from binary snapshots only.
    for (const { page } of [ada, bob, cyd]) {
      assert.ok(page.snapshotFrames.binary > 30, JSON.stringify(page.snapshotFrames));
      assert.equal(page.snapshotFrames.json, 0);
      assert.ok(page.snapshotFrames.largest + 2 <= 64, JSON.stringify(page.snapshotFrames));
    }
  });

  it('runs a local tournament of four aliases to a winner', async () => {
    const { page } = bob;
    await page.goto(url('/play'));
    await page.locator('[data-view="play"] h1').waitFor();
    await chooseSettings(page, FAST);
    await page.locator('nav a[href="/tournaments"]').click();
    await page.locator('[data-view="tournaments"] h1').waitFor();
    // Checked before sending: a duplicate alias.
    await page.locator('#tournament-name').fill('Friday cup');
    await page.locator('#tournament-aliases').fill('Ann\nBea\nann');
    await page.locator('[data-testid="create-tournament"]').click();
    assert.match(await page.locator('#tournament-aliases-error').textContent(), /twice/);
    await page.locator('#tournament-aliases').fill('Ann\nBea\nCid\nDee');
    await page.locator('[data-testid="create-tournament"]').click();
    await page.waitForURL(/\/tournaments\/\d+$/);
    await page.locator('[data-testid="bracket-match"]').first().waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'browser-play-tournament-desktop.png'), fullPage: true });

    for (let match = 0; match < 3; match += 1) {
      assert.match(await page.locator('[data-testid="next-match"]').textContent(), /Next match: \S+ vs \S+/);
      await page.locator('[data-testid="play-tournament-match"]').click();
      await page.waitForURL(/\/play\/[^/]+$/);
      await page.locator('[data-testid="seat-label"]').first().waitFor();
      const labels = await page.locator('[data-testid="seat-label"]').allTextContents();
      assert.ok(labels.every((label) => ['Ann', 'Bea', 'Cid', 'Dee'].includes(label)), labels.join());
      await playUntilOver([page], [['w', 'ArrowUp']]);
      await page.locator('[data-testid="back-to-tournament"]').click();
      await page.waitForURL(/\/tournaments\/\d+$/);
      // The bracket shows the result (at once, or with the tournamentUpdate that follows).
      await page.waitForFunction((count) => document.querySelectorAll('[data-testid="bracket-match"][data-status="finished"]').length >= count, match + 1);
    }
    await page.locator('[data-testid="tournament-winner"]').waitFor();
    assert.match(await page.locator('[data-testid="tournament-winner"]').textContent(), /(Ann|Bea|Cid|Dee) wins the tournament!/);
  });

  it('fits a phone: /play and a running match, with touch buttons', async () => {
    const phone = await newPlayer('pl_dee', { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
    const { page } = phone;
    await page.goto(url('/play'));
    await page.locator('[data-view="play"] h1').waitFor();
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 360), 'no sideways scrolling');
    await page.screenshot({ path: join(ARTIFACTS, 'browser-play-phone.png'), fullPage: true });
    await chooseSettings(page, { scoreLimit: 5, ballSpeed: 40 });
    await page.locator('[data-testid="play-ai"]').click();
    await page.waitForURL(/\/play\/[^/]+$/);
    await page.locator('.play-touch-button').first().waitFor();
    await page.locator('[data-testid="match-status"][data-phase="running"]').waitFor();
    await page.waitForTimeout(1500);
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 360), 'no sideways scrolling');
    await page.screenshot({ path: join(ARTIFACTS, 'browser-play-match-phone.png'), fullPage: true });
    await page.locator('[data-testid="pause"]').click();
    await page.locator('[data-testid="match-overlay"][data-phase="paused"]').waitFor();
    await page.locator('[data-testid="leave"]').click(); // confirmed by the dialog handler
    await page.locator('[data-testid="match-result"]').waitFor();
  });

  it('logged no console error, failed request or HTTP error', () => {
    assert.deepEqual(problems.map(String), []);
  });
});
