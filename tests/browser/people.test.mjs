// End to end: the people pages of the SPA in headless Chromium, through nginx and the real server.
// Two accounts in two browser contexts edit their profiles (an avatar upload included), find each
// other, become friends through the pages, and see each other's presence change live; markup typed
// into a profile stays text; the dashboard draws its charts (and their tables) from matches played
// through the REST play API. Any console error or warning, page error, failed request or HTTP
// error answer fails the run. Run through scripts/test (TRANSCENDENCE_TEST_BASE_URL).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { watchForProblems } from './page-problems.mjs';

const BASE_URL = process.env.TRANSCENDENCE_TEST_BASE_URL?.replace(/\/+$/, '');
if (!BASE_URL) {
  throw new Error('TRANSCENDENCE_TEST_BASE_URL is not set: run through scripts/test (e.g. scripts/test -R browser)');
}
const ARTIFACTS = process.env.TRANSCENDENCE_TEST_ARTIFACTS ?? join(process.cwd(), 'test-results');
const TIMEOUT = 15_000;
const PASSWORD = 'correct-horse-battery-staple-9';
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
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 360, height: 740 };

const url = (path) => `${BASE_URL}${path}`;
const stamp = `${Date.now().toString(36).slice(-5)}${Math.floor(Math.random() * 1296).toString(36)}`;
const BIO_PAYLOAD = '<img src=x onerror=alert(1)> <script>alert(2)</script>\nSecond line & "quotes"';

let browser;
const problems = [];
const pages = {};
const ids = {};
const pageOf = (who) => pages[who];
const idOf = (who) => ids[who];

// A small valid PNG (32 x 32, a red and blue checkerboard), made here so the test needs no file.
function crc32(bytes) {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k += 1) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}
function pngChunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
function checkerboardPng(size = 32) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  const rows = [];
  for (let y = 0; y < size; y += 1) {
    const row = [0];
    for (let x = 0; x < size; x += 1) row.push(...(((x >> 3) + (y >> 3)) % 2 ? [220, 30, 30] : [30, 60, 220]));
    rows.push(Buffer.from(row));
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(Buffer.concat(rows))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

async function newPage(label, viewport = DESKTOP) {
  const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport, locale: 'en-US' });
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  watchForProblems(page, label, problems);
  // A script that ran from user data would most likely show a dialog.
  page.on('dialog', async (dialog) => {
    problems.push(`${label} dialog: ${dialog.message()}`);
    await dialog.dismiss();
  });
  return page;
}

async function waitSignedIn(page) {
  await page.locator('[data-testid="account-name"]').waitFor();
  await page.locator('[data-testid="connection-state"][data-state="connected"]').waitFor();
}

// Registers through the API from the page (the web client gets the refresh cookie), then reloads:
// the SPA signs in silently. Resolves to the session body (user, accessToken).
async function register(page, username) {
  await page.goto(url('/'));
  const body = await page.evaluate(
    async ({ username, password }) => {
      const response = await fetch('/api/auth/register', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username, email: `${username}@example.com`, password, client: 'web' }),
      });
      // What the SPA's own sign-in leaves: without it, a reload does not try the refresh cookie.
      localStorage.setItem('transcendence.signedIn', '1');
      return response.json();
    },
    { username, password: PASSWORD },
  );
  assert.ok(body.user?.id, `registering ${username}: ${JSON.stringify(body)}`);
  await page.reload();
  await waitSignedIn(page);
  return body;
}

async function signIn(page, login) {
  await page.goto(url('/'));
  const status = await page.evaluate(
    async ({ login, password }) => {
      const response = await fetch('/api/auth/login', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ login, password, client: 'web' }),
      });
      localStorage.setItem('transcendence.signedIn', '1');
      return response.status;
    },
    { login, password: PASSWORD },
  );
  assert.equal(status, 200);
  await page.reload();
  await waitSignedIn(page);
}

// In-page navigation, as a click on a link would do.
async function go(page, path, view) {
  await page.evaluate((target) => {
    const link = document.createElement('a');
    link.href = target;
    document.body.append(link);
    link.click();
    link.remove();
  }, path);
  await page.locator(`#main > [data-view="${view}"]`).waitFor();
}

async function presenceOf(page, userId) {
  return page.locator(`[data-testid="friend"][data-user-id="${userId}"] [data-testid="presence"]`);
}

async function shoot(page, name, viewport = DESKTOP) {
  await page.setViewportSize(viewport);
  // Chart.js follows its box's size on the next frames (a ResizeObserver).
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(ARTIFACTS, `browser-people-${name}.png`), fullPage: true });
  await page.setViewportSize(DESKTOP);
}

// At phone width, the main content fits (the charts follow their box).
async function assertNoSidewaysScroll(page) {
  await page.setViewportSize(PHONE);
  await page.waitForTimeout(300);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  await page.setViewportSize(DESKTOP);
  assert.ok(width <= PHONE.width, `the page is ${width}px wide at ${PHONE.width}px`);
}

// Plays an 'ai' match over the REST play API and leaves it at once: a recorded forfeit (a loss).
async function playForfeit(page, accessToken) {
  return page.evaluate(async (token) => {
    const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', Accept: 'application/json' };
    const started = await fetch('/api/play/matches', { method: 'POST', headers, body: JSON.stringify({ kind: 'ai', difficulty: 'easy' }) });
    if (started.status !== 201) return { problem: `start: ${started.status} ${await started.text()}` };
    const { roomId } = await started.json();
    const left = await fetch(`/api/play/matches/${roomId}`, { method: 'DELETE', headers });
    if (left.status !== 204) return { problem: `leave: ${left.status}` };
    for (let i = 0; i < 50; i += 1) {
      const state = await (await fetch(`/api/play/matches/${roomId}`, { headers })).json();
      if (state.over?.matchId) return { matchId: state.over.matchId };
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return { problem: 'the match was not stored' };
  }, accessToken);
}

before(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
});

describe('people: profiles, friends, presence, dashboard', () => {
  const nameA = `pa_${stamp}`;
  const nameB = `pb_${stamp}`;
  let pageA;
  let pageB;
  let sessionA;
  let sessionB;

  before(async () => {
    pageA = await newPage('A');
    pageB = await newPage('B');
    sessionA = await register(pageA, nameA);
    sessionB = await register(pageB, nameB);
    ids.A = sessionA.user.id;
    ids.B = sessionB.user.id;
  });

  after(() => {
    pages.A = pageA;
  });

  it('edits the profile from the header link; the header shows the new name', async () => {
    await pageA.locator('[data-testid="account-name"]').click();
    await pageA.locator('#main > [data-view="profile"] [data-testid="profile-form"]').waitFor();
    assert.equal(await pageA.evaluate(() => document.activeElement?.tagName), 'H1');
    const name = pageA.getByLabel('Display name');
    // Markup is refused before anything is sent (the server's rule: letters, digits, _ - . ' and spaces).
    await name.fill('<img src=x>');
    await pageA.getByRole('button', { name: 'Save the profile' }).click();
    assert.equal(await name.getAttribute('aria-invalid'), 'true');
    assert.match(await pageA.locator('.invalid-feedback').first().textContent(), /letters, digits/);

    const displayName = `Ann O'Neil.${stamp.slice(0, 4)}`;
    await name.fill(displayName);
    await pageA.getByLabel('About you').fill(BIO_PAYLOAD);
    await pageA.getByRole('button', { name: 'Save the profile' }).click();
    await pageA.locator('#announcer', { hasText: 'Your profile is saved.' }).waitFor();
    assert.equal(await pageA.locator('[data-testid="account-name"]').textContent(), displayName);
    sessionA.displayName = displayName;
  });

  it('previews and uploads an avatar, and refuses a GIF before sending it', async () => {
    const input = pageA.getByLabel('Choose a picture');
    await input.setInputFiles({ name: 'spinner.gif', mimeType: 'image/gif', buffer: Buffer.from('GIF89a') });
    await pageA.locator('[data-testid="avatar-error"]', { hasText: 'PNG, JPEG or WebP' }).waitFor();
    assert.equal(await pageA.getByRole('button', { name: 'Upload the picture' }).isDisabled(), true);

    await input.setInputFiles({ name: 'me.png', mimeType: 'image/png', buffer: checkerboardPng() });
    const preview = pageA.locator('[data-testid="avatar-preview"]');
    await preview.waitFor();
    assert.match(await preview.getAttribute('src'), /^data:image\/png;base64,/);
    await shoot(pageA, 'profile-preview-desktop');
    await pageA.getByRole('button', { name: 'Upload the picture' }).click();
    await pageA.locator('[data-testid="current-avatar"][src*="?v="]').waitFor();
    // The stored picture is the server's 256 x 256 PNG, and it loaded.
    await pageA.waitForFunction(() => {
      const img = document.querySelector('[data-testid="current-avatar"]');
      return img.complete && img.naturalWidth === 256;
    });
    assert.equal(await preview.isVisible(), false);
    await shoot(pageA, 'profile-phone', PHONE);
    await assertNoSidewaysScroll(pageA);
  });

  it('finds the other player by search, shows markup in their profile as text, and asks to be friends', async () => {
    await go(pageB, '/users', 'user-search');
    await pageB.getByLabel('Search for a player').fill(nameA.slice(0, -1));
    const result = pageB.locator('[data-testid="search-result"]', { hasText: sessionA.displayName });
    await result.waitFor();
    await shoot(pageB, 'search-phone', PHONE);
    await assertNoSidewaysScroll(pageB);
    await result.click();
    await pageB.locator('#main > [data-view="user"] [data-testid="social-actions"][data-state="none"]').waitFor();

    assert.equal(await pageB.locator('h1').textContent(), sessionA.displayName);
    assert.equal(await pageB.locator('[data-testid="profile-bio"]').textContent(), BIO_PAYLOAD);
    // Text, not markup: no element came out of the payload.
    assert.equal(await pageB.locator('#main img[src="x"], #main script').count(), 0);
    assert.equal(await pageB.locator('[data-testid="profile-bio"] *').count(), 0);
    assert.match(await pageB.locator('[data-testid="profile-avatar"]').getAttribute('src'), /\?v=/);
    assert.equal(await pageB.locator('[data-testid="profile-avatar"]').getAttribute('alt'), `Avatar of ${sessionA.displayName}`);
    await pageB.locator('[data-testid="stat-wins"]').waitFor();

    await pageB.getByRole('button', { name: 'Add friend' }).click();
    await pageB.locator('[data-testid="social-actions"][data-state="outgoing"]').waitFor();
    await shoot(pageB, 'user-desktop');
  });

  it('accepts the request on the friends page; both see each other online, then offline live', async () => {
    await go(pageA, '/friends', 'friends');
    const request = pageA.locator(`[data-testid="incoming-request"][data-user-id="${sessionB.user.id}"]`);
    await request.getByRole('button', { name: 'Accept' }).click();
    const bOnA = await presenceOf(pageA, sessionB.user.id);
    await bOnA.waitFor();
    assert.equal(await bOnA.getAttribute('data-presence'), 'online');

    await go(pageB, '/friends', 'friends');
    const aOnB = await presenceOf(pageB, sessionA.user.id);
    await aOnB.waitFor();
    assert.equal(await aOnB.getAttribute('data-presence'), 'online');
    await shoot(pageB, 'friends-desktop');
    await shoot(pageB, 'friends-phone', PHONE);
    await assertNoSidewaysScroll(pageB);

    // A closes its browser: B sees it go offline without reloading.
    await pageA.context().close();
    await pageB.locator(`[data-testid="friend"][data-user-id="${sessionA.user.id}"] [data-presence="offline"]`).waitFor({ timeout: 20_000 });
    await pageB.locator('#announcer', { hasText: `${sessionA.displayName}: Offline.` }).waitFor();

    // A comes back in a new browser: B sees it online again, and A sees B online.
    pageA = await newPage('A again');
    await signIn(pageA, nameA);
    await pageB.locator(`[data-testid="friend"][data-user-id="${sessionA.user.id}"] [data-presence="online"]`).waitFor({ timeout: 20_000 });
    await go(pageA, '/friends', 'friends');
    await pageA.locator(`[data-testid="friend"][data-user-id="${sessionB.user.id}"] [data-presence="online"]`).waitFor();

    // B closes its browser: A sees it go offline live.
    await pageB.context().close();
    pageB = null;
    await pageA.locator(`[data-testid="friend"][data-user-id="${sessionB.user.id}"] [data-presence="offline"]`).waitFor({ timeout: 20_000 });
  });

  it('draws the dashboard charts, with their tables, from matches played', async () => {
    // The access token of the registration is still valid (15 minutes).
    for (let i = 0; i < 2; i += 1) {
      const played = await playForfeit(pageA, sessionA.accessToken);
      assert.ok(played.matchId, played.problem);
      sessionA.lastMatchId = played.matchId;
    }
    await go(pageA, '/dashboard', 'dashboard');
    await pageA.locator('#main > [data-view="dashboard"][data-loaded="true"]').waitFor();
    for (const chart of ['chart-results', 'chart-kinds']) {
      await pageA.locator(`[data-chart="${chart}"][data-drawn="true"] canvas`).waitFor();
    }
    // Chart.js drew something: the canvas is not blank.
    const painted = await pageA.evaluate(() => {
      const canvas = document.querySelector('[data-chart="chart-kinds"] canvas');
      const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
      return data.some((value, index) => index % 4 === 3 && value > 0);
    });
    assert.equal(painted, true);
    // The text alternative: the per-kind table says 2 matches against the computer, 2 lost.
    const kinds = pageA.locator('[data-chart="chart-kinds"] [data-testid="chart-table"]');
    const row = kinds.locator('tbody tr', { hasText: 'Against the computer' });
    assert.deepEqual(await row.locator('td').allTextContents(), ['2', '0', '2']);
    assert.equal(await kinds.evaluate((table) => table.closest('.visually-hidden') !== null), true);
    const results = pageA.locator('[data-chart="chart-results"] [data-testid="chart-table"] tbody tr');
    assert.deepEqual(await results.first().locator('td').allTextContents(), ['0', '2']);
    // Practice only: no ranked match (no rating chart) and no counted points, a sentence instead.
    await pageA.locator('[data-testid="no-rating-history"]').waitFor();
    await pageA.locator('[data-testid="no-points"]').waitFor();
    // The table can be shown to everyone.
    await pageA.locator('[data-chart="chart-kinds"]').getByRole('button', { name: 'Show the data as a table' }).click();
    assert.equal(await kinds.isVisible(), true);
    await pageA.locator('[data-testid="match-entry"]').first().waitFor();
    assert.equal(await pageA.locator('[data-testid="match-entry"]').count(), 2);
    await shoot(pageA, 'dashboard-desktop');
    await shoot(pageA, 'dashboard-phone', PHONE);
    await assertNoSidewaysScroll(pageA);
  });

  it('opens a match from the history', async () => {
    await pageA.locator(`[data-testid="match-entry"][data-match-id="${sessionA.lastMatchId}"] a`).click();
    await pageA.locator('#main > [data-view="match"][data-loaded="true"]').waitFor();
    const facts = await pageA.locator('[data-testid="match-facts"]').textContent();
    assert.match(facts, /Forfeit/);
    assert.match(facts, /Against the computer/);
    const players = await pageA.locator('[data-testid="match-players"] tbody').textContent();
    assert.ok(players.includes(sessionA.displayName), players);
    assert.match(players, /AI/);
    await pageA.locator('[data-chart="chart-final-score"][data-drawn="true"]').waitFor();
    // Given up before any point: the timeline says so, the hits chart is still drawn.
    await pageA.locator('[data-chart="chart-hits"][data-drawn="true"]').waitFor();
    assert.match(await pageA.locator('#match-timeline-heading').locator('..').textContent(), /No point was scored/);
    await shoot(pageA, 'match-desktop');
    // Back to the dashboard through the browser history.
    await pageA.goBack();
    await pageA.locator('#main > [data-view="dashboard"]').waitFor();
    await pageA.goForward();
    await pageA.locator('#main > [data-view="match"][data-loaded="true"]').waitFor();
    await shoot(pageA, 'match-phone', PHONE);
    await assertNoSidewaysScroll(pageA);
    assert.doesNotMatch(facts, /Duration\s*How/, 'the duration is written');
  });
});

describe('people: blocking and removing the avatar', () => {
  it('blocks a friend from their profile, lists and unblocks them on the friends page', async () => {
    const page = pageOf('A');
    await go(page, `/users/${idOf('B')}`, 'user');
    await page.locator('[data-testid="social-actions"][data-state="friend"]').waitFor();
    await page.getByRole('button', { name: 'Block' }).click();
    await page.locator('[data-testid="social-actions"][data-state="blocked"]').waitFor();
    await page.locator('#announcer', { hasText: 'You blocked' }).waitFor();
    // Blocking ended the friendship.
    await go(page, '/friends', 'friends');
    const blocked = page.locator(`[data-testid="blocked-user"][data-user-id="${idOf('B')}"]`);
    await blocked.waitFor();
    assert.equal(await page.locator(`[data-testid="friend"][data-user-id="${idOf('B')}"]`).count(), 0);
    await blocked.getByRole('button', { name: 'Unblock' }).click();
    await blocked.waitFor({ state: 'detached' });
    await page.getByText('You have blocked nobody.').waitFor(); // visible once the list is empty
  });

  it('removes the avatar: the generated one is shown again', async () => {
    const page = pageOf('A');
    await page.locator('[data-testid="account-name"]').click();
    await page.locator('[data-testid="current-avatar"][src*="?v="]').waitFor();
    await page.getByRole('button', { name: 'Remove the avatar' }).click();
    await page.locator('#announcer', { hasText: 'Your avatar is removed.' }).waitFor();
    assert.equal(await page.locator('[data-testid="current-avatar"]').getAttribute('src'), `/api/users/${idOf('A')}/avatar`);
    await page.waitForFunction(() => {
      const img = document.querySelector('[data-testid="current-avatar"]');
      return img.complete && img.naturalWidth === 256;
    });
  });
});

describe('the whole run', () => {
  it('had no console errors or warnings, page errors, dialogs, failed requests or HTTP errors', () => {
    assert.deepEqual(problems.map(String), []);
  });
});
