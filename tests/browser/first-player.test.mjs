// End to end: what a first-time player notices, in headless Chromium through nginx and the real
// server, at 1280×800 and 360×740. Feedback: a French visitor sees a French message for a taken
// user name (the server's field code, translated by the page), and a profile save shows a visible
// confirmation. Leaderboard: the Players page ranks everyone before any search, pages, shows the
// player's own rank, and filters to friends. Rewards: a player wins a match (a local match over
// the REST play API, their paddle steered to the ball) and their profile shows the achievements
// it earned, with the date, and their level. The arena: the score is drawn on the field (read
// from the canvas's accessible label, and from the canvas's pixels: the digit shapes), sounds can
// be muted (remembered), and the result is in view without scrolling. The connection: the header
// stays on one line whatever the state, and the strip under it says in words what is happening
// while offline, reconnecting (counting down), on a slow first connection, and keeps calm on an idle
// guest's return (the page's socket through page.routeWebSocket to the real server). Any console error, page error, failed request or unexpected HTTP error answer
// fails the run; each page passes axe-core. Run through scripts/test (TRANSCENDENCE_TEST_BASE_URL).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { watchForProblems } from './page-problems.mjs';

const BASE_URL = process.env.TRANSCENDENCE_TEST_BASE_URL?.replace(/\/+$/, '');
if (!BASE_URL) {
  throw new Error('TRANSCENDENCE_TEST_BASE_URL is not set: run through scripts/test (e.g. scripts/test -R browser)');
}
const ARTIFACTS = process.env.TRANSCENDENCE_TEST_ARTIFACTS ?? join(process.cwd(), 'test-results');
const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const TIMEOUT = 15_000;
const PASSWORD = 'correct-horse-battery-staple-9';
const CHROMIUM_ARGS = ['--no-sandbox', '--headless', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 360, height: 740 };
const SIZES = [['desktop', DESKTOP], ['phone', PHONE]];
const url = (path) => `${BASE_URL}${path}`;
const stamp = `${Date.now().toString(36).slice(-5)}${Math.floor(Math.random() * 1296).toString(36)}`;

let browser;
let problems = [];

async function newPage(label, { viewport = DESKTOP, locale = 'en-US' } = {}) {
  const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport, locale });
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  watchForProblems(page, label, problems);
  return page;
}

// Takes back the HTTP error answers a test provoked on purpose (e.g. 409 for a taken name).
// The browser also logs such an answer on the console ("Failed to load resource: ... 409").
function expectAnswer(status, path) {
  problems = problems.filter((p) => !((String(p).includes(`HTTP ${status}`) || String(p).includes(`status of ${status}`)) && String(p).includes(path)));
}

// Takes back the requests that met a browser the test itself held offline (context.setOffline):
// failing then is what offline means, e.g. for the home page's lists, refreshed every 5 s. In place,
// so that the pages still open keep reporting into the same list.
function expectOfflineFailures() {
  for (let i = problems.length - 1; i >= 0; i -= 1) {
    if (String(problems[i]).includes('net::ERR_INTERNET_DISCONNECTED')) problems.splice(i, 1);
  }
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
    await page.screenshot({ path: join(ARTIFACTS, `browser-first-player-${name}-${size}.png`) });
    assert.deepEqual(await axeViolations(page), [], `${name} at ${size}`);
  }
  await page.setViewportSize(DESKTOP);
}

async function registerByApi(page, username) {
  await page.goto(url('/'));
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
  assert.ok(body.user?.id, `registering ${username}: ${JSON.stringify(body)}`);
  await page.reload();
  await page.locator('[data-testid="account-name"]').waitFor();
  return body;
}

before(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
});

describe('feedback', () => {
  it('a French visitor sees a French message for a taken user name', async () => {
    const owner = await newPage('owner');
    const taken = `fp_taken_${stamp}`;
    await registerByApi(owner, taken);
    await owner.context().close();

    const page = await newPage('french visitor', { locale: 'fr-FR' });
    await page.goto(url('/signup'));
    await page.locator('[data-testid="signup-form"]').waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');
    const form = page.locator('[data-testid="signup-form"]');
    await form.locator('input[name="username"]').fill(taken);
    await form.locator('input[name="email"]').fill(`fp_other_${stamp}@example.com`);
    await form.locator('input[name="password"]').fill(PASSWORD);
    await form.locator('input[name="consent"]').check();
    await form.locator('button[type="submit"]').click();
    const username = form.locator('input[name="username"]');
    await page.waitForFunction(() => document.querySelector('[data-testid="signup-form"] input[name="username"]')?.getAttribute('aria-invalid') === 'true');
    const errorId = (await username.getAttribute('aria-describedby')).split(' ').pop();
    const message = await page.locator(`#${errorId}`).textContent();
    assert.equal(message, 'Ce nom est déjà pris. Choisissez-en un autre.');
    assert.deepEqual(await page.evaluate(() => window.transcendenceMissingStrings), []);
    expectAnswer(409, '/api/auth/register');
    await shootBoth(page, 'taken-username-fr');
    await page.context().close();
    assert.deepEqual(problems, []);
  });

  it('a count reads right in each language (plural forms)', async () => {
    // Russian has three forms; 10 takes the third ("символов"), as tests/browser/plurals.test.mjs
    // checks for every count with the same catalogues.
    const tooShort = { 'en-US': 'Use at least 10 characters.', 'fr-FR': 'Utilisez au moins 10 caractères.', 'ru-RU': 'Используйте не менее 10 символов.' };
    for (const [locale, expected] of Object.entries(tooShort)) {
      const page = await newPage(`${locale} visitor`, { locale });
      await page.goto(url('/signup'));
      const form = page.locator('[data-testid="signup-form"]');
      await form.waitFor();
      await form.locator('input[name="password"]').fill('short');
      await form.locator('button[type="submit"]').click();
      const password = form.locator('input[name="password"]');
      await page.waitForFunction(() => document.querySelector('[data-testid="signup-form"] input[name="password"]')?.getAttribute('aria-invalid') === 'true');
      const errorId = (await password.getAttribute('aria-describedby')).split(' ').pop();
      assert.equal(await page.locator(`#${errorId}`).textContent(), expected);
      assert.deepEqual(await page.evaluate(() => window.transcendenceMissingStrings), [], locale);
      await page.context().close();
    }
    assert.deepEqual(problems, []);
  });

  it('saving the profile shows a visible confirmation', async () => {
    const page = await newPage('profile saver');
    await registerByApi(page, `fp_save_${stamp}`);
    await page.goto(url('/profile'));
    const form = page.locator('[data-testid="profile-form"]');
    await form.waitFor();
    await form.locator('textarea[name="bio"]').fill('Plays on Sundays.');
    await form.locator('button[type="submit"]').click();
    const toast = page.locator('[data-testid="toast"]');
    await toast.waitFor({ state: 'visible' });
    assert.equal(await toast.textContent(), 'Your profile is saved.');
    assert.ok(await toast.isVisible());
    await shootBoth(page, 'profile-saved');
    // The confirmation is inside the window at phone size too.
    await page.setViewportSize(PHONE);
    const box = await toast.boundingBox();
    assert.ok(box && box.y + box.height <= PHONE.height && box.x >= 0 && box.x + box.width <= PHONE.width, JSON.stringify(box));
    await page.context().close();
    assert.deepEqual(problems, []);
  });
});

// A second account, registered as the app would (tokens in the body, no cookie for this page).
async function registerOther(page, username) {
  return page.evaluate(
    async ({ username, password }) => {
      const response = await fetch('/api/auth/register', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username, email: `${username}@example.com`, password, client: 'app' }),
      });
      return response.json();
    },
    { username, password: PASSWORD },
  );
}

async function api(page, token, method, path, body) {
  return page.evaluate(
    async ({ token, method, path, body }) => {
      const response = await fetch(path, {
        method,
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', Accept: 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, body: await response.json().catch(() => null) };
    },
    { token, method, path, body },
  );
}

describe('leaderboard', () => {
  it('the Players page ranks everyone before any search, pages, and filters to friends', async () => {
    const page = await newPage('ranked player');
    await page.goto(url('/'));
    const others = [];
    for (let i = 0; i < 11; i += 1) {
      const other = await registerOther(page, `fp_lb${i}_${stamp}`);
      assert.ok(other.user?.id, JSON.stringify(other));
      others.push(other);
    }
    const me = await registerByApi(page, `fp_lbme_${stamp}`);
    // others[0] and I become friends (asking back accepts).
    assert.equal((await api(page, others[0].accessToken, 'POST', '/api/friends/requests', { userId: me.user.id })).status, 201);
    assert.equal((await api(page, me.accessToken, 'POST', '/api/friends/requests', { userId: others[0].user.id })).status, 200);

    await page.goto(url('/users'));
    const rows = page.locator('[data-testid="leaderboard-row"]');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="leaderboard-row"]').length === 10);
    const you = page.locator('[data-testid="leaderboard-you"]');
    assert.match(await you.textContent(), /^Your rank: [\d,]+ of [\d,]+, rating [\d,]+\.$/);
    const status = page.locator('[data-testid="leaderboard-status"]');
    assert.match(await status.textContent(), /^Places 1 to 10 of [\d,]+\.$/);
    const total = Number((await status.textContent()).match(/of ([\d,]+)/)[1].replace(/,/g, ""));
    assert.ok(total >= 12, `total ${total}`);
    const firstPage = await rows.evaluateAll((all) => all.map((r) => r.dataset.userId));
    await shootBoth(page, 'leaderboard');

    await page.locator('[data-testid="leaderboard-next"]').click();
    await page.waitForFunction(() => /^Places 11 to/.test(document.querySelector('[data-testid="leaderboard-status"]').textContent));
    const secondPage = await rows.evaluateAll((all) => all.map((r) => r.dataset.userId));
    assert.ok(secondPage.length > 0 && secondPage.every((id) => !firstPage.includes(id)), `${firstPage} / ${secondPage}`);
    // Ranks never go down the table.
    const ranks = await rows.evaluateAll((all) => all.map((r) => Number(r.dataset.rank)));
    assert.deepEqual([...ranks].sort((a, b) => a - b), ranks);

    await page.locator('[data-testid="leaderboard-friends"]').check();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="leaderboard-row"]').length === 2);
    const friendIds = await rows.evaluateAll((all) => all.map((r) => r.dataset.userId).sort());
    assert.deepEqual(friendIds, [String(me.user.id), String(others[0].user.id)].sort());
    assert.equal(await page.locator('[data-testid="leaderboard-row"][aria-current="true"]').getAttribute('data-user-id'), String(me.user.id));
    assert.match(await you.textContent(), /^Your rank: [12] of 2, rating [\d,]+\.$/);
    await shootBoth(page, 'leaderboard-friends');

    // Typing a search hides the ranking; clearing it brings it back.
    await page.locator('#player-search').fill(`fp_lb0_${stamp}`);
    await page.locator('[data-testid="search-result"]').first().waitFor();
    assert.equal(await page.locator('[data-testid="leaderboard-section"]').isVisible(), false);
    await page.locator('#player-search').fill('');
    await page.locator('[data-testid="leaderboard-section"]').waitFor({ state: 'visible' });
    await page.context().close();
    assert.deepEqual(problems, []);
  });
});

// Plays a local REST match to its end: seat 0 (the account) follows the ball, seat 1 stays at the
// top. With the slowest ball, seat 1 misses sooner or later and the account wins.
async function winLocalMatch(page, token) {
  return page.evaluate(async (token) => {
    const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', Accept: 'application/json' };
    const config = { scoreLimit: 1, ballSpeed: 20, ballSpeedIncrement: 0, ballMaxSpeed: 20, paddleLength: 16, serveDelay: 0 };
    const started = await fetch('/api/play/matches', { method: 'POST', headers, body: JSON.stringify({ kind: 'local', config }) });
    if (started.status !== 201) return { problem: `start: ${started.status} ${await started.text()}` };
    const { roomId } = await started.json();
    let seq = 0;
    const send = (seat, key) => fetch(`/api/play/matches/${roomId}/inputs`, { method: 'POST', headers, body: JSON.stringify({ seq: seq++, seat, key }) });
    await send(1, 'up');
    let held = 'none';
    const deadline = Date.now() + 90_000;
    while (Date.now() < deadline) {
      const state = await (await fetch(`/api/play/matches/${roomId}`, { headers })).json();
      if (state.over?.matchId) return { matchId: state.over.matchId, winnerSeat: state.over.winnerSeat };
      const snapshot = state.snapshot?.state;
      const ball = snapshot?.balls?.[0];
      const paddle = snapshot?.players?.[0]?.paddle;
      if (ball && paddle !== undefined) {
        // Meet the ball with the paddle's lower half: it leaves downwards, away from seat 1.
        const aim = ball.y - 4;
        const want = aim < paddle - 1.5 ? 'up' : aim > paddle + 1.5 ? 'down' : 'none';
        if (want !== held) {
          held = want;
          await send(0, want);
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 40));
    }
    return { problem: 'the match did not end in time' };
  }, token);
}

describe('rewards', () => {
  it('a win earns achievements, shown with their date on the profile', async () => {
    const page = await newPage('winner');
    const me = await registerByApi(page, `fp_win_${stamp}`);
    const result = await winLocalMatch(page, me.accessToken);
    // An input sent while the match was ending meets 409 match_over: the loop only learns of the
    // end from its next state read.
    expectAnswer(409, '/inputs');
    assert.ok(result.matchId, JSON.stringify(result));
    assert.equal(result.winnerSeat, 0);

    await page.goto(url(`/users/${me.user.id}`));
    const section = page.locator('[data-testid="achievements"]');
    await section.waitFor();
    for (const code of ['first_match', 'first_win', 'shutout']) {
      const item = section.locator(`[data-testid="achievement"][data-code="${code}"]`);
      assert.equal(await item.getAttribute('data-earned'), 'true', code);
      const when = await item.locator('[data-testid="achievement-state"]').textContent();
      const today = new Date().toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric' });
      assert.equal(when, `Earned on ${today}`);
    }
    assert.equal(await section.locator('[data-testid="achievement"][data-code="beat_hard_ai"]').getAttribute('data-earned'), 'false');
    // 10 + 10 + 3 x 50 (first match, first win, a 1-0 shutout) = 170 points: level 2.
    assert.equal(await section.locator('[data-testid="level"]').textContent(), 'Level 2 · 170 experience points');
    await section.scrollIntoViewIfNeeded();
    await shootBoth(page, 'achievements');
    await page.context().close();
    assert.deepEqual(problems, []);
  });
});

// Which bars of seven-segment digits are lit in the canvas, for each digit box in arena units
// (x, y: its top left), read from the canvas's own pixels in one read.
async function litSegments(page, boxes) {
  return page.evaluate((boxes) => {
    const canvas = document.querySelector('canvas.play-canvas');
    const scale = canvas.width / 160; // a 1v1 arena is 160 units wide (renderer.js)
    const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    const lit = (ux, uy) => {
      const i = 4 * (Math.round(uy * scale) * canvas.width + Math.round(ux * scale));
      return pixels[i] + pixels[i + 1] + pixels[i + 2] > 300;
    };
    return boxes.map(({ x, y, width, height }) => {
      const half = height / 2;
      return {
        a: lit(x + width / 2, y + 1),
        b: lit(x + width - 1, y + half / 2),
        c: lit(x + width - 1, y + half + half / 2),
        d: lit(x + width / 2, y + height - 1),
        e: lit(x + 1, y + half + half / 2),
        f: lit(x + 1, y + half / 2),
        g: lit(x + width / 2, y + half),
      };
    });
  }, boxes);
}

const DIGIT_SHAPES = {
  0: { a: true, b: true, c: true, d: true, e: true, f: true, g: false },
  1: { a: false, b: true, c: true, d: false, e: false, f: false, g: false },
};

describe('arena', () => {
  it('draws the score on the field, mutes sounds, and shows the result without scrolling', async () => {
    const page = await newPage('arena player');
    const me = await registerByApi(page, `fp_arena_${stamp}`);
    await page.goto(url('/play'));
    const details = page.locator('form[data-testid="play-settings"] details');
    if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
    for (const [name, value] of Object.entries({ scoreLimit: 1, ballSpeed: 240, ballMaxSpeed: 320, paddleLength: 4, serveDelay: 0 })) {
      await page.locator(`#play-setting-${name}`).fill(String(value));
    }
    await page.locator('[data-testid="play-local"]').click();
    await page.waitForURL(/\/play\/[^/]+$/);
    const canvas = page.locator('canvas.play-canvas');
    // The field says the score (any: with no serve delay a loaded machine may draw 1-0 first).
    await page.waitForFunction(() => /Score: .+ \d+, .+ \d+$/.test(document.querySelector('canvas.play-canvas')?.getAttribute('aria-label') ?? ''));

    // The mute choice is remembered in this browser.
    const sound = page.locator('[data-testid="sound-toggle"]');
    assert.equal(await sound.textContent(), 'Turn sound off');
    await sound.click();
    assert.equal(await sound.textContent(), 'Turn sound on');
    assert.equal(await page.evaluate(() => localStorage.getItem('transcendence.sound')), 'off');

    // Nobody moves: the fast ball scores for one side.
    await page.locator('[data-testid="match-result"]').waitFor({ timeout: 60_000 });
    // The stored match earned this new player their first achievement: a toast says so.
    await page.locator('[data-testid="toast"]', { hasText: 'Achievement unlocked: First match' }).waitFor();
    const label = await canvas.getAttribute('aria-label');
    const match = label.match(/^Game field\. Score: (.+) (\d+), Player 2 (\d+)$/);
    assert.ok(match, label);
    assert.equal(match[1], me.user.displayName);
    const left = Number(match[2]);
    const right = Number(match[3]);
    assert.equal(left + right, 1, label);
    // The digits drawn on the field say the same (renderer.js: 8 x 14 units, 12 from the net).
    const [leftDigit, rightDigit] = await litSegments(page, [
      { x: 80 - 12 - 8, y: 6, width: 8, height: 14 },
      { x: 80 + 12, y: 6, width: 8, height: 14 },
    ]);
    assert.deepEqual(leftDigit, DIGIT_SHAPES[left]);
    assert.deepEqual(rightDigit, DIGIT_SHAPES[right]);

    for (const [size, viewport] of SIZES) {
      await page.setViewportSize(viewport);
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.waitForTimeout(200);
      const winner = await page.locator('[data-testid="match-winner"]').boundingBox();
      assert.ok(winner && winner.y >= 0 && winner.y + winner.height <= viewport.height, `${size}: ${JSON.stringify(winner)}`);
      await page.screenshot({ path: join(ARTIFACTS, `browser-first-player-arena-result-${size}.png`) });
      assert.deepEqual(await axeViolations(page), [], size);
    }
    // The field with its score, on its own.
    await page.setViewportSize(DESKTOP);
    await canvas.screenshot({ path: join(ARTIFACTS, 'browser-first-player-arena-field.png') });
    await page.context().close();
    assert.deepEqual(problems, []);
  });
});

describe('header', () => {
  // The header's items share the brand's line: nothing wrapped onto a second row.
  async function expectOneLine(page, what) {
    const navbar = page.locator('nav.navbar');
    const brand = await navbar.locator('.navbar-brand').boundingBox();
    const middle = (box) => box.y + box.height / 2;
    const items = [
      await navbar.locator('.navbar-nav .nav-link').first().boundingBox(),
      await navbar.locator('.navbar-nav .nav-link').last().boundingBox(),
      await navbar.locator('[data-testid="account-name"]').boundingBox(),
      await navbar.locator('button.btn-outline-light').last().boundingBox(),
      await navbar.locator('[data-testid="connection-state"]').boundingBox(),
    ];
    for (const box of items) assert.ok(box && Math.abs(middle(box) - middle(brand)) < 8, `${what}: ${JSON.stringify({ brand, box })}`);
    // Nothing spills out of the window either.
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `${what}: the page scrolls sideways`);
  }

  it('keeps the signed-in header on one line at 1280 px in French and Russian too, whatever the connection', async () => {
    for (const locale of ['fr-FR', 'ru-RU']) {
      const lang = locale.slice(0, 2);
      const page = await newPage(`header ${locale}`, { locale });
      await registerByApi(page, `fp_hdr_${lang}_${stamp}`);
      // The account was made in English (by API); the language menu's choice wins over it.
      await page.evaluate((code) => localStorage.setItem('transcendence.language', code), lang);
      await page.goto(url('/'));
      await page.locator('[data-testid="home-quick-play"]').waitFor();
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
      const badge = page.locator('nav.navbar [data-testid="connection-state"]');
      const banner = page.locator('[data-testid="connection-banner"]');
      await badge.and(page.locator('[data-state="connected"]')).waitFor();
      await page.screenshot({ path: join(ARTIFACTS, `browser-first-player-header-${lang}-desktop.png`) });
      await expectOneLine(page, `${locale} connected`);
      assert.equal(await banner.count(), 0, `${locale}: a strip while connected`);

      // The network goes: the header keeps its line (its dot changes colour), and the strip under
      // it says what happened in words.
      await page.context().setOffline(true);
      await badge.and(page.locator('[data-state="offline"]')).waitFor();
      await banner.and(page.locator('[data-state="offline"]')).waitFor();
      await expectOneLine(page, `${locale} offline`);
      const words = await banner.innerText();
      assert.match(words, lang === 'fr' ? /Hors ligne/ : /Нет связи/, `${locale}: ${words}`);
      await page.screenshot({ path: join(ARTIFACTS, `browser-first-player-header-${lang}-offline-desktop.png`) });
      await page.setViewportSize(PHONE);
      await page.screenshot({ path: join(ARTIFACTS, `browser-first-player-header-${lang}-offline-phone.png`) });
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `${locale}: the phone page scrolls sideways`);
      assert.deepEqual(await axeViolations(page), [], `${locale} offline`);
      await page.setViewportSize(DESKTOP);

      // It comes back by itself; the strip goes.
      await page.context().setOffline(false);
      await badge.and(page.locator('[data-state="connected"]')).waitFor();
      await banner.waitFor({ state: 'detached' });
      expectOfflineFailures();
      await expectOneLine(page, `${locale} connected again`);
      assert.deepEqual(await page.evaluate(() => window.transcendenceMissingStrings), [], locale);
      await page.context().close();
    }
    assert.deepEqual(problems, []);
  });
});

// The strip under the header in the states a person meets without going offline. The page's
// WebSocket goes through Playwright (page.routeWebSocket) on its way to the real server, so that a
// test can do to it what a server or a network does: close it (as a restarting server does, or as
// the server does to a guest idle too long), hold its handshake (a server slow to answer), refuse
// it (a server that cannot be reached). The page's own code sees a real close event, a socket that
// stays "connecting", a failed attempt; nothing in the page is told it is a test.
describe('connection strip', () => {
  const SOCKET_PATH = /\/ws$/;

  async function routeSockets(page, { mode = 'pass' } = {}) {
    let current = mode;
    let open = null;
    const held = [];
    await page.routeWebSocket(SOCKET_PATH, async (ws) => {
      if (current === 'refuse') {
        // What a browser reports for a handshake that fails: 1006, without ever opening.
        await ws.close({ code: 1006, reason: '' });
        return;
      }
      if (current === 'hold') await new Promise((resolve) => held.push(resolve));
      const server = ws.connectToServer();
      // The page's own close goes on to the server with its code; a code the browser may not send
      // (e.g. 1001, which only a server sends) becomes a plain close.
      ws.onClose((code, reason) => server.close(code === 1000 || (code >= 3000 && code <= 4999) ? { code, reason } : {}));
      open = ws;
    });
    return {
      // 'pass' lets the held sockets through.
      set(mode) {
        current = mode;
        if (mode === 'pass') for (const release of held.splice(0)) release();
      },
      // The server's end closes the open socket.
      async drop(code, reason) {
        const ws = open;
        open = null;
        assert.ok(ws, 'no open socket to drop');
        await ws.close({ code, reason });
      },
    };
  }

  const stripOf = (page) => page.locator('[data-testid="connection-banner"]');
  const badgeOf = (page) => page.locator('nav.navbar [data-testid="connection-state"]');
  const inState = (page, locator, state) => locator.and(page.locator(`[data-state="${state}"]`));
  const toneOf = (strip) => strip.evaluate((element) => ['alert-warning', 'alert-secondary'].filter((tone) => element.classList.contains(tone)));

  it('says "reconnecting", counting down, when the server drops the connection, and goes once connected again', async () => {
    const page = await newPage('reconnecting');
    const sockets = await routeSockets(page);
    await page.goto(url('/'));
    const strip = stripOf(page);
    await inState(page, badgeOf(page), 'connected').waitFor();
    assert.equal(await strip.count(), 0, 'a strip while connected');

    // The server goes away (1001, as on a restart) and stays unreachable for a while: every attempt
    // of the page fails, and it waits longer each time.
    sockets.set('refuse');
    await sockets.drop(1001, 'going away');
    // Each failed attempt passes through "connecting" for a moment, so the words are awaited.
    await inState(page, strip, 'reconnecting').filter({ hasText: 'The connection to the server was lost. Trying again by itself.' }).waitFor();
    await inState(page, badgeOf(page), 'reconnecting').waitFor();
    assert.deepEqual(await toneOf(strip), ['alert-warning']);

    // The strip counts the seconds down to the next attempt: once it says "in N s" with N of 2 or
    // more, a smaller number follows (a later attempt starts from N or more again, so only the
    // countdown can show one).
    const secondsShown = (below) => {
      const words = document.querySelector('[data-testid="connection-banner-state"]')?.textContent ?? '';
      const seconds = Number(/Reconnecting in (\d+) s/.exec(words)?.[1] ?? 0);
      return seconds > 0 && (below ? seconds < below : seconds >= 2) ? seconds : null;
    };
    const from = await (await page.waitForFunction(secondsShown, 0, { timeout: 30_000 })).jsonValue();
    await page.waitForFunction(secondsShown, from, { timeout: 30_000 });

    await inState(page, strip, 'reconnecting').waitFor({ timeout: 30_000 });
    await shootBoth(page, 'connection-reconnecting');

    // The server is back: the next attempt connects, and the strip goes by itself.
    sockets.set('pass');
    await inState(page, badgeOf(page), 'connected').waitFor({ timeout: 60_000 });
    await strip.waitFor({ state: 'detached' });
    assert.deepEqual(await page.evaluate(() => window.transcendenceMissingStrings), []);
    await page.context().close();
    assert.deepEqual(problems, []);
  });

  it('says a slow first connection is under way after 2 s, and goes once connected', async () => {
    const page = await newPage('slow first connection');
    // When the strip first appears, in the page's own time (from the start of its navigation,
    // before anything of it ran).
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.querySelector('[data-testid="connection-banner"]')) {
          window.stripShownAt = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    // The server takes its time to answer the handshake.
    const sockets = await routeSockets(page, { mode: 'hold' });
    await page.goto(url('/'));
    const strip = stripOf(page);
    await inState(page, strip, 'connecting').waitFor();
    // Not before the feature's 2 s: a page load's usual moment of "connecting" says nothing.
    const shownAt = await page.evaluate(() => window.stripShownAt);
    assert.ok(shownAt >= 2000, `the strip came ${shownAt} ms into the page`);
    assert.equal(await badgeOf(page).getAttribute('data-state'), 'connecting');
    assert.deepEqual(await toneOf(strip), ['alert-secondary'], 'slow is not lost');
    assert.match(await strip.innerText(), /Connecting…/);
    assert.match(await strip.innerText(), /The server is slow to answer\. Still trying by itself\./);
    await shootBoth(page, 'connection-slow');

    sockets.set('pass');
    await inState(page, badgeOf(page), 'connected').waitFor();
    await strip.waitFor({ state: 'detached' });
    await page.context().close();
    assert.deepEqual(problems, []);
  });

  it('stays calm when a guest away too long comes back, all the way to connected', async () => {
    const page = await newPage('idle guest');
    const sockets = await routeSockets(page);
    await page.goto(url('/'));
    const strip = stripOf(page);
    await inState(page, badgeOf(page), 'connected').waitFor();

    // The server closes the connection of a guest that only sent heartbeats for its idle limit
    // (4009, TRANSCENDENCE_WS_GUEST_IDLE_SECONDS): the page waits for the visitor.
    await sockets.drop(4009, 'idle');
    await inState(page, strip, 'offline').waitFor();
    assert.deepEqual(await toneOf(strip), ['alert-secondary']);
    assert.match(await strip.innerText(), /Paused while you were away\./);

    // The visitor presses a key: the page connects again. The server is slow to answer this time,
    // so the way back can be looked at: it is no warning either.
    sockets.set('hold');
    await page.keyboard.press('Shift');
    await inState(page, strip, 'connecting').waitFor();
    assert.deepEqual(await toneOf(strip), ['alert-secondary'], 'coming back from a pause is no loss');
    sockets.set('pass');
    await inState(page, badgeOf(page), 'connected').waitFor();
    await strip.waitFor({ state: 'detached' });
    await page.context().close();
    assert.deepEqual(problems, []);
  });
});
