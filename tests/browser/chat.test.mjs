// End to end: invitations, chat and notifications in headless Chromium against nginx and the real
// server, with two real accounts in two browser contexts. Friends invite each other from the Play
// page and both land in the match.
// Any console error or warning, page error, failed request or HTTP error answer fails the run.
// Run through scripts/test (TRANSCENDENCE_TEST_BASE_URL): scripts/test -R browser_chat
import { after, afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { watchForProblems } from './page-problems.mjs';

const BASE_URL = process.env.TRANSCENDENCE_TEST_BASE_URL?.replace(/\/+$/, '');
if (!BASE_URL) {
  throw new Error('TRANSCENDENCE_TEST_BASE_URL is not set: run through scripts/test (e.g. scripts/test -R browser_chat)');
}
const ARTIFACTS = process.env.TRANSCENDENCE_TEST_ARTIFACTS ?? join(process.cwd(), 'test-results');
const TIMEOUT = 15_000;
const PASSWORD = 'correct-horse-battery-staple-9';
const RUN = Date.now().toString(36).slice(-6);
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 360, height: 740 };
const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

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
async function newPlayer(label) {
  const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: DESKTOP, locale: 'en-US' });
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  watchForProblems(page, label, problems);
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
  await page.evaluate(() => localStorage.setItem('transcendence.signedIn', '1'));
  await page.reload();
  await page.locator('[data-testid="account-name"]').waitFor({ state: 'attached' });
  await page.locator('[data-testid="connection-state"][data-state="connected"]').waitFor();
  return { page, user: session.body.user, token: session.body.accessToken };
}

async function api(player, method, path, body) {
  const response = await player.page.context().request.fetch(url(path), {
    method,
    headers: { Authorization: `Bearer ${player.token}`, 'Content-Type': 'application/json' },
    data: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status(), body: text ? JSON.parse(text) : null };
}

async function makeFriends(a, b) {
  const request = await api(a, 'POST', '/api/friends/requests', { userId: b.user.id });
  assert.equal(request.status, 201, JSON.stringify(request.body));
  const incoming = await api(b, 'GET', '/api/friends/requests');
  const id = incoming.body.incoming.find((r) => r.user.id === a.user.id).id;
  const accepted = await api(b, 'POST', `/api/friends/requests/${id}/accept`);
  assert.ok(accepted.status < 300, JSON.stringify(accepted.body));
}

async function shoot(page, name, viewport = DESKTOP) {
  const before = page.viewportSize();
  await page.setViewportSize(viewport);
  await page.waitForTimeout(150);
  await page.screenshot({ path: join(ARTIFACTS, `browser-chat-${name}.png`) });
  await page.setViewportSize(before);
}

export async function axeViolations(page) {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.impact} ${v.id} (${v.help}) at ${v.targets.join(', ')}`);
}

before(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
});

afterEach(() => {
  assert.deepEqual(problems.splice(0), []);
});

describe('chat', () => {
  let ann;
  let ben;

  before(async () => {
    [ann, ben] = await Promise.all([newPlayer('ch_ann'), newPlayer('ch_ben')]);
    await makeFriends(ann, ben);
  });

  it('invites a friend from the Play page; the friend accepts and both land in the match', async () => {
    for (const { page } of [ben, ann]) {
      await page.goto(url('/play'));
      await page.locator('[data-view="play"] h1').waitFor();
      await page.locator('[data-testid="connection-state"][data-state="connected"]').waitFor();
    }
    const inviteBen = ann.page.getByRole('button', { name: `Invite ${ben.user.displayName}` });
    await inviteBen.and(ann.page.locator(':enabled')).waitFor();
    await inviteBen.click();
    await ann.page.locator('[data-testid="sent-invites"] li').waitFor();

    const card = ben.page.locator('[data-testid="play-notifications"] [data-testid="invitation"]');
    await card.waitFor();
    assert.match(await card.textContent(), new RegExp(`${ben.user.displayName === ann.user.displayName ? '' : ann.user.displayName} invites you`));
    await card.getByRole('button', { name: 'Accept' }).click();

    await Promise.all([ann.page.waitForURL(/\/play\/[^/]+$/), ben.page.waitForURL(/\/play\/[^/]+$/)]);
    const roomId = decodeURIComponent(ann.page.url().split('/').pop());
    assert.equal(decodeURIComponent(ben.page.url().split('/').pop()), roomId);
    await ann.page.locator('[data-testid="scoreboard"] [data-testid="seat-label"]').first().waitFor();
    const labels = await ben.page.locator('[data-testid="seat-label"]').allTextContents();
    assert.deepEqual([...labels].sort(), [ann.user.displayName, ben.user.displayName].sort());
    // Ann leaves (a loss): both see the result, and both seats are free for what follows.
    await ann.page.locator('[data-testid="leave"]').click();
    await Promise.all([ann, ben].map(({ page }) => page.locator('[data-testid="match-result"]').waitFor()));
  });
});
