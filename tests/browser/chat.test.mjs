// End to end: invitations, chat and notifications in headless Chromium against nginx and the real
// server, with real accounts in separate browser contexts. Friends invite each other from the Play
// page and both land in the match; they write to each other in the chat panel (typing, "Seen",
// the panel staying open across pages and a reload), one invites the other from the chat and both
// land in the match; a friend request shows on the bell; desktop and phone screenshots; axe-core.
// A long history (seeded in SQL: the send limits would make 130 real sends take minutes) is read
// back to its first message by scrolling up, in order, once each, at desktop and phone sizes;
// messages sent too fast are refused with the wait, then sent by "Try again"; a blocked player's
// DM refuses to send and says why.
// Any console error or warning, page error, failed request or HTTP error answer fails the run.
// Run through scripts/test (TRANSCENDENCE_TEST_BASE_URL): scripts/test -R browser_chat
import { after, afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
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
  return { page, user: session.body.user, token: session.body.accessToken, username };
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

// The server's own command makes an existing account an administrator (scripts/test exports the
// platform's DATABASE_URL); the fresh sign-in carries the role.
async function makeModerator(player, username) {
  execFileSync(join(process.env.TRANSCENDENCE_WEB_ROOT, '..', 'server', 'transcendence-server'), ['create-admin', '--username', username], {
    input: 'ignored for existing accounts\n',
    env: { ...process.env, TRANSCENDENCE_ENV_FILE: '/nonexistent/.env', TRANSCENDENCE_ADMIN_PASSWORD: '' },
  });
  const login = await player.page.evaluate(
    async ({ username, password }) => {
      const response = await fetch('/api/auth/login', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ login: username, password, client: 'web' }) });
      return response.json();
    },
    { username, password: PASSWORD },
  );
  player.token = login.accessToken;
  assert.equal(login.user?.role, 'admin', JSON.stringify(login));
}

// The platform's database as the cluster's superuser (scripts/test): seeds what would take minutes
// through the send limits. Returns psql's output.
function platformSql(sql) {
  const platformDb = new URL(process.env.DATABASE_URL ?? 'postgresql://x/transcendence').pathname.slice(1) || 'transcendence';
  const admin = process.env.TRANSCENDENCE_TEST_ADMIN_DATABASE_URL;
  assert.ok(admin, 'TRANSCENDENCE_TEST_ADMIN_DATABASE_URL is not set: run through scripts/test');
  const target = admin.replace(/\/postgres(\?|$)/, `/${platformDb}$1`);
  return execFileSync('psql', [target, '-v', 'ON_ERROR_STOP=1', '-qAtc', sql]).toString();
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

  it('writes from a profile\'s "Message" button; the other sees it, types, and the first sees "Seen"', async () => {
    const a = ann.page;
    const b = ben.page;
    await a.goto(url(`/users/${ben.user.id}`));
    await a.locator('[data-testid="social-actions"][data-state="friend"]').waitFor();
    await a.getByRole('button', { name: 'Message' }).click();
    const panelA = a.locator('[data-testid="chat-panel"]');
    await panelA.locator('[data-testid="chat-input"]').waitFor();
    assert.equal(await panelA.locator('#chat-panel-title').textContent(), ben.user.displayName);
    // The composer has the focus: type and press Enter.
    await a.waitForFunction(() => document.activeElement?.dataset.testid === 'chat-input');
    await a.keyboard.type('Hello Ben <b>not bold</b>');
    assert.equal(await panelA.locator('[data-testid="chat-counter"]').textContent(), '25 / 2000');
    await a.keyboard.press('Enter');
    const mine = panelA.locator('[data-testid="chat-message"][data-mine="true"]', { hasText: 'Hello Ben' });
    await mine.waitFor();
    // Acknowledged: it has its server id, and nothing is pending.
    await panelA.locator('[data-testid="chat-message"][data-mine="true"][data-message-id]:not([data-message-id=""])').waitFor();
    assert.equal(await panelA.locator('[data-testid="chat-pending"]').count(), 0);
    assert.equal(await panelA.locator('[data-testid="chat-input"]').inputValue(), '');

    // The Play-page invitation of the first test is in this DM too, as an accepted card.
    await panelA.locator('[data-testid="chat-invitation"][data-state="accepted"]').waitFor();

    // Ben: the header counts it (with that card); the list shows it unread; opening it shows the
    // text as text.
    await b.locator('[data-testid="chat-unread-total"]:not([hidden])', { hasText: '2' }).waitFor();
    await b.locator('[data-testid="chat-toggle"]').click();
    const item = b.locator(`[data-testid="chat-conversation"][data-unread="2"]`, { hasText: 'Hello Ben' });
    await item.waitFor();
    assert.match(await item.textContent(), new RegExp(ann.user.displayName));
    await shoot(b, 'list-desktop');
    await item.click();
    const panelB = b.locator('[data-testid="chat-panel"]');
    const received = panelB.locator('[data-testid="chat-message"][data-mine="false"]', { hasText: 'Hello Ben' });
    await received.waitFor();
    assert.equal(await received.locator('[data-testid="chat-text"]').textContent(), 'Hello Ben <b>not bold</b>');
    assert.equal(await received.locator('[data-testid="chat-text"] *').count(), 0);
    assert.equal(await received.locator('[data-testid="chat-sender"]').getAttribute('href'), `/users/${ann.user.id}`);
    await b.locator('[data-testid="chat-unread-total"][hidden]').waitFor({ state: 'attached' });

    // Ann sees that Ben read it.
    await mine.locator('[data-testid="chat-seen"]', { hasText: 'Seen' }).waitFor();

    // Ben types: Ann sees it; Shift+Enter makes a new line, Enter sends.
    await panelB.locator('[data-testid="chat-input"]').click();
    await b.keyboard.type('Line one');
    await panelA.locator('[data-testid="chat-typing"]', { hasText: `${ben.user.displayName} is typing…` }).waitFor();
    await shoot(a, 'conversation-typing-desktop');
    await b.keyboard.press('Shift+Enter');
    await b.keyboard.type('line two');
    await b.keyboard.press('Enter');
    const twoLines = panelA.locator('[data-testid="chat-message"][data-mine="false"] [data-testid="chat-text"]', { hasText: 'line two' });
    await twoLines.waitFor();
    assert.equal(await twoLines.textContent(), 'Line one\nline two');
    await panelA.locator('[data-testid="chat-typing"]', { hasText: /^$/ }).waitFor();

    // Too long: the counter says so and nothing is sent.
    await panelA.locator('[data-testid="chat-input"]').fill('x'.repeat(2001));
    assert.equal(await panelA.locator('[data-testid="chat-counter"]').textContent(), '2001 / 2000');
    await panelA.locator('[data-testid="chat-send"]').click();
    await panelA.locator('[data-testid="chat-error"]', { hasText: 'at most 2,000 characters' }).waitFor();
    await panelA.locator('[data-testid="chat-input"]').fill('');

    // The panel stays open on the conversation while Ann goes to another page, and after a reload.
    await a.locator('nav a[href="/friends"]').click();
    await a.locator('[data-view="friends"] h1').waitFor();
    assert.equal(await panelA.isVisible(), true);
    await panelA.locator('[data-testid="chat-message"]', { hasText: 'line two' }).waitFor();
    await a.reload();
    await a.locator('[data-testid="chat-panel"] [data-testid="chat-message"]', { hasText: 'line two' }).waitFor();

    await shoot(a, 'conversation-desktop');
    await shoot(a, 'conversation-phone', PHONE);
    const report = await axeViolations(a);
    assert.deepEqual(report, []);
  });

  it('loses the network: a message written offline is sent once on reconnect, and what was missed arrives', async () => {
    const a = ann.page;
    const b = ben.page;
    const panelA = a.locator('[data-testid="chat-panel"]');
    const panelB = b.locator('[data-testid="chat-panel"]');
    await a.context().setOffline(true);
    await a.locator('[data-testid="connection-state"]:not([data-state="connected"])').waitFor();
    await panelA.locator('[data-testid="chat-input"]').fill('Written offline');
    await panelA.locator('[data-testid="chat-input"]').press('Enter');
    await panelA.locator('[data-testid="chat-message"]', { hasText: 'Written offline' }).locator('[data-testid="chat-pending"]').waitFor();
    // Ben writes meanwhile.
    await panelB.locator('[data-testid="chat-input"]').fill('While you were away');
    await panelB.locator('[data-testid="chat-input"]').press('Enter');
    await panelB.locator('[data-testid="chat-message"][data-mine="true"]:not([data-message-id=""])', { hasText: 'While you were away' }).waitFor();

    await a.context().setOffline(false);
    await a.locator('[data-testid="connection-state"][data-state="connected"]').waitFor({ timeout: 20_000 });
    await panelA.locator('[data-testid="chat-message"]', { hasText: 'While you were away' }).waitFor();
    await panelA.locator('[data-testid="chat-message"][data-mine="true"]:not([data-message-id=""])', { hasText: 'Written offline' }).waitFor();
    await panelB.locator('[data-testid="chat-message"]', { hasText: 'Written offline' }).waitFor();
    // Once each, in the order the server gave them.
    assert.equal(await panelA.locator('[data-testid="chat-message"]', { hasText: 'Written offline' }).count(), 1);
    assert.equal(await panelB.locator('[data-testid="chat-message"]', { hasText: 'Written offline' }).count(), 1);
    assert.equal(await panelA.locator('[data-testid="chat-message"]', { hasText: 'While you were away' }).count(), 1);
    const order = await panelA.locator('[data-testid="chat-message"] [data-testid="chat-text"]').allTextContents();
    assert.ok(order.indexOf('While you were away') < order.indexOf('Written offline'), order.join(' | '));
  });

  it('refuses the same text a third time as flooding, says so, and lets the writer drop it', async () => {
    const panelA = ann.page.locator('[data-testid="chat-panel"]');
    const input = panelA.locator('[data-testid="chat-input"]');
    for (let i = 0; i < 3; i += 1) {
      await input.fill('Same old text');
      await input.press('Enter');
      await panelA.locator('[data-testid="chat-pending"]').waitFor({ state: 'detached' });
    }
    const failed = panelA.locator('[data-testid="chat-message"]', { has: ann.page.locator('[data-testid="chat-failed"][data-code="flooding"]') });
    await failed.waitFor();
    assert.match(await failed.locator('[data-testid="chat-failed"]').textContent(), /Not sent: You sent the same message three times in a row/);
    assert.equal(await panelA.locator('[data-testid="chat-message"]:not([data-message-id=""])', { hasText: 'Same old text' }).count(), 2);
    await failed.getByRole('button', { name: 'Delete' }).click();
    await failed.waitFor({ state: 'detached' });
  });

  it('invites from the chat: the card shows the settings and its state to both; accepting starts the match', async () => {
    const a = ann.page;
    const b = ben.page;
    const panelA = a.locator('[data-testid="chat-panel"]');
    const panelB = b.locator('[data-testid="chat-panel"]');
    // Ben is still on the first test's match page: he goes elsewhere, the panel comes back open
    // on the conversation.
    await b.goto(url('/dashboard'));
    await panelB.locator('[data-testid="chat-input"]').waitFor();
    await panelA.locator('[data-testid="chat-invite"]').click();
    await panelA.getByLabel('Map').selectOption('pillars');
    await panelA.getByLabel('Points to win').fill('3');
    await shoot(a, 'invite-form-phone', PHONE);
    await panelA.locator('[data-testid="chat-invite-send"]').click();

    const cardA = panelA.locator('[data-testid="chat-invitation"][data-state="pending"]');
    await cardA.waitFor();
    const inviteId = await cardA.getAttribute('data-invite-id');
    assert.match(inviteId, /^[0-9a-f-]{36}$/);
    assert.match(await cardA.locator('[data-testid="chat-invite-settings"]').textContent(), /first to 3/);
    const cardB = panelB.locator('[data-testid="chat-invitation"][data-state="pending"]');
    await cardB.waitFor();
    assert.match(await cardB.textContent(), new RegExp(`${ann.user.displayName} invites you to a match`));
    assert.match(await cardB.locator('[data-testid="chat-invite-settings"]').textContent(), /first to 3/);
    await shoot(b, 'invitation-desktop');
    await shoot(b, 'invitation-phone', PHONE);

    await cardB.getByRole('button', { name: 'Accept' }).click();
    await Promise.all([a.waitForURL(/\/play\/[^/]+$/), b.waitForURL(/\/play\/[^/]+$/)]);
    assert.equal(decodeURIComponent(a.url().split('/').pop()), decodeURIComponent(b.url().split('/').pop()));
    assert.match(await a.locator('[data-testid="match-settings"]').textContent(), /first to 3/);
    // The panel steps aside for the match.
    await panelA.waitFor({ state: 'hidden' });
    await panelB.waitFor({ state: 'hidden' });
    await a.locator('[data-testid="leave"]').click();
    await Promise.all([a, b].map((page) => page.locator('[data-testid="match-result"]').waitFor()));
    // Opened again, it is on the same conversation: both histories show the card as accepted.
    for (const page of [a, b]) {
      await page.locator('[data-testid="chat-toggle"]').click();
      await page.locator(`[data-testid="chat-panel"] [data-testid="chat-invitation"][data-invite-id="${inviteId}"][data-state="accepted"]`).waitFor();
    }
  });

  it('shows a friend request on the bell, and leads to the friends page', async () => {
    const cat = await newPlayer('ch_cat');
    const a = ann.page;
    await a.goto(url('/'));
    await a.locator('[data-testid="notification-bell"]').waitFor();
    const request = await api(cat, 'POST', '/api/friends/requests', { userId: ann.user.id });
    assert.equal(request.status, 201, JSON.stringify(request.body));
    await a.locator('[data-testid="notification-count"]:not([hidden])').waitFor();
    const count = Number(await a.locator('[data-testid="notification-count"]').textContent());
    assert.ok(count >= 1);
    await a.locator('[data-testid="notification-bell"]').click();
    const item = a.locator('[data-testid="notification-menu"] [data-testid="notification"][data-kind="friend_request"]', { hasText: `${cat.user.displayName} asks to be your friend.` });
    await item.waitFor();
    await shoot(a, 'bell-desktop');
    assert.deepEqual(await axeViolations(a), []);
    // On a phone, with the chat closed: the bell's list fits the screen.
    await a.locator('[data-testid="notification-bell"]').click();
    if (await a.locator('[data-testid="chat-panel"]').isVisible()) await a.locator('[data-testid="chat-close"]').click();
    await a.setViewportSize(PHONE);
    await a.locator('[data-testid="notification-bell"]').click();
    await item.waitFor();
    const box = await a.locator('[data-testid="notification-menu"]').boundingBox();
    assert.ok(box.x >= 0 && box.x + box.width <= PHONE.width, JSON.stringify(box));
    await a.screenshot({ path: join(ARTIFACTS, 'browser-chat-bell-phone.png') });
    await item.click();
    await a.setViewportSize(DESKTOP);
    await a.locator('[data-view="friends"] h1').waitFor();
    await a.locator(`[data-testid="incoming-request"][data-user-id="${cat.user.id}"]`).waitFor();
    await cat.page.context().close();
  });

  it('lists the tournament conversation with its pairing; the paired players are told on any page', async () => {
    const dan = await newPlayer('ch_dan');
    const created = await api(ann, 'POST', '/api/tournaments', { kind: 'online', name: `Chat cup ${RUN}`, minPlayers: 3, maxPlayers: 3 });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const id = created.body.id ?? created.body.tournament?.id;
    for (const player of [ann, ben, dan]) {
      const joined = await api(player, 'POST', `/api/tournaments/${id}/join`);
      assert.ok(joined.status === 200 || joined.body?.error?.code === 'already_joined', JSON.stringify(joined.body));
    }
    const started = await api(ann, 'POST', `/api/tournaments/${id}/start`);
    assert.equal(started.status, 200, JSON.stringify(started.body));

    // The conversation is in Dan's list (he opened nothing): the pairing is a translated line.
    const d = dan.page;
    await d.locator('[data-testid="chat-toggle"]').click();
    const item = d.locator('[data-testid="chat-conversation"]', { hasText: `Chat cup ${RUN}` });
    await item.waitFor();
    await item.click();
    const pairing = d.locator('[data-testid="chat-panel"] [data-testid="chat-system"][data-code="tournament_pairing"]');
    await pairing.waitFor();
    const text = await pairing.locator('span').first().textContent();
    const found = /^Round 1: (.+) plays (.+)\.$/.exec(text);
    assert.ok(found, text);
    assert.equal(await d.locator('[data-testid="chat-panel"] [data-testid="chat-tournament-link"]').getAttribute('href'), `/tournaments/${id}`);
    await shoot(d, 'tournament-desktop');
    assert.deepEqual(await axeViolations(d), []);

    // Each paired player: a card to enter the match on the page they are on, and the notice in
    // the bell, which leads to the tournament.
    const byName = new Map([ann, ben, dan].map((player) => [player.user.displayName, player]));
    for (const [name, opponent] of [[found[1], found[2]], [found[2], found[1]]]) {
      const { page } = byName.get(name);
      await page.locator('[data-testid="play-notifications"] [data-testid="tournament-ready"]').waitFor();
      await page.locator('[data-testid="notification-bell"]').click();
      const notice = page.locator('[data-testid="notification-menu"] [data-testid="notification"][data-kind="tournament_match"]');
      await notice.waitFor();
      assert.equal(await notice.textContent().then((t) => t.includes(`Your tournament match against ${opponent} is ready.`)), true);
      assert.equal(await notice.getAttribute('href'), `/tournaments/${id}`);
      await page.locator('[data-testid="notification-bell"]').click();
    }
    await dan.page.context().close();
  });

  it('reports a message; a moderator removes it and mutes its writer, who sees why and cannot send', async () => {
    const a = ann.page;
    const b = ben.page;
    const panelA = a.locator('[data-testid="chat-panel"]');
    const panelB = b.locator('[data-testid="chat-panel"]');
    for (const page of [a, b]) {
      await page.goto(url('/'));
      // The toggle is drawn after the panel came back as it was (open or not).
      await page.locator('[data-testid="chat-toggle"]').waitFor();
      if (!(await page.locator('[data-testid="chat-panel"]').isVisible())) await page.locator('[data-testid="chat-toggle"]').click();
      // The panel comes back as it was (a conversation or the list): wait for it, then go to the list.
      await page.locator('[data-testid="chat-panel"] :is([data-testid="chat-input"], [data-testid="chat-conversation"])').first().waitFor();
      const back = page.locator('[data-testid="chat-back"]');
      if (await back.isVisible()) await back.click();
    }
    await panelA.locator('[data-testid="chat-conversation"][data-kind="direct"]', { hasText: ben.user.displayName }).click();
    await panelB.locator('[data-testid="chat-conversation"][data-kind="direct"]', { hasText: ann.user.displayName }).click();

    // Ben reports Ann's message from its menu, with a reason and a comment.
    const target = panelB.locator('[data-testid="chat-message"][data-mine="false"]', { hasText: 'Written offline' });
    const messageId = await target.getAttribute('data-message-id');
    await target.getByRole('button', { name: `Report this message from ${ann.user.displayName}` }).click();
    await panelB.getByLabel('Why do you report it?').selectOption('abuse');
    await panelB.getByLabel('Comment (optional)').fill('Not nice');
    await shoot(b, 'report-phone', PHONE);
    await panelB.getByRole('button', { name: 'Send the report' }).click();
    await b.locator('#announcer', { hasText: 'Thank you: the moderators will look at this message.' }).waitFor();

    // A moderator sees the report, removes the message, and mutes Ann for 30 minutes.
    const mod = await newPlayer('ch_mod');
    await makeModerator(mod, mod.username);
    const reports = await api(mod, 'GET', '/api/admin/chat/reports?status=open');
    assert.equal(reports.status, 200, JSON.stringify(reports.body));
    const report = reports.body.reports.find((r) => String(r.message?.id) === messageId);
    assert.ok(report, JSON.stringify(reports.body));
    assert.equal(report.reason, 'abuse');
    assert.equal(report.comment, 'Not nice');
    const removed = await api(mod, 'DELETE', `/api/admin/chat/messages/${messageId}`, { reason: 'abuse' });
    assert.ok(removed.status < 300, JSON.stringify(removed.body));
    for (const panel of [panelA, panelB]) {
      await panel.locator(`[data-testid="chat-message"][data-message-id="${messageId}"] [data-testid="chat-text"]`, { hasText: 'Removed by a moderator' }).waitFor();
    }
    assert.equal(await panelB.locator(`[data-testid="chat-message"][data-message-id="${messageId}"]`, { hasText: 'Written offline' }).count(), 0);

    const muted = await api(mod, 'POST', `/api/admin/users/${ann.user.id}/mute`, { minutes: 30, reason: 'abuse' });
    assert.ok(muted.status < 300, JSON.stringify(muted.body));
    const banner = panelA.locator('[data-testid="chat-muted"]');
    await banner.waitFor();
    assert.match(await banner.textContent(), /^You are muted until .+: you can read messages but not send them\.$/);
    assert.equal(await panelA.locator('[data-testid="chat-input"]').isDisabled(), true);
    await a.locator('[data-testid="notification-bell"]').click();
    await a.locator('[data-testid="notification"][data-kind="moderation"]', { hasText: 'A moderator muted you in the chat until' }).waitFor();
    await a.locator('[data-testid="notification"][data-kind="moderation"]', { hasText: 'A moderator removed one of your messages.' }).waitFor();
    await a.locator('[data-testid="notifications-read-all"]').click();
    await a.locator('[data-testid="notification-count"][hidden]').waitFor({ state: 'attached' });
    assert.equal(await a.locator('[data-testid="notification-menu"] [data-testid="notification"][data-read="false"]').count(), 0);
    await a.locator('[data-testid="notification-bell"]').click();
    await shoot(a, 'muted-desktop');
    await shoot(a, 'muted-phone', PHONE);
    assert.deepEqual(await axeViolations(a), []);
    // A reload still knows (from the conversation list).
    await a.reload();
    await a.locator('[data-testid="chat-panel"] [data-testid="chat-muted"]').waitFor();
    await mod.page.context().close();
  });
});

describe('a long history and blocking', () => {
  const SEEDED = 130;
  let eve;
  let fay;
  let conversationId;

  before(async () => {
    [eve, fay] = await Promise.all([newPlayer('ch_eve'), newPlayer('ch_fay')]);
    const opened = await api(eve, 'POST', `/api/chat/direct/${fay.user.id}`);
    assert.equal(opened.status, 201, JSON.stringify(opened.body));
    conversationId = opened.body.conversation.id;
    // 130 messages over the last days, alternately from each, as the send path stores them (the
    // seq taken from the conversation row).
    platformSql(`WITH s AS (UPDATE chat_conversations SET last_seq = ${SEEDED}, last_message_at = now() - interval '1 minute'
        WHERE id = ${conversationId} AND last_seq = 0 RETURNING id)
      INSERT INTO chat_messages (conversation_id, seq, kind, sender_id, client_message_id, body, sent_at)
      SELECT s.id, n, 'text', CASE WHEN n % 2 = 1 THEN ${eve.user.id} ELSE ${fay.user.id} END, gen_random_uuid(),
             'History line ' || n, now() - (${SEEDED} - n + 1) * interval '20 minutes'
      FROM s, generate_series(1, ${SEEDED}) AS n`);
    const last = await api(eve, 'GET', `/api/chat/conversations/${conversationId}/messages?limit=1`);
    assert.equal(last.body.messages[0].seq, SEEDED, JSON.stringify(last.body));
  });

  it('scrolls back through a long history to its first message, in order, once each', async () => {
    const page = fay.page;
    await page.goto(url('/'));
    await page.locator('[data-testid="chat-toggle"]').click();
    const item = page.locator(`[data-testid="chat-conversation"][data-unread="${SEEDED / 2}"]`, { hasText: `History line ${SEEDED}` });
    await item.waitFor();
    await item.click();
    const panel = page.locator('[data-testid="chat-panel"]');
    const history = panel.locator('[data-testid="chat-history"]');
    // Opened at the newest message, which is in view.
    const newest = panel.locator('[data-testid="chat-message"]', { hasText: new RegExp(`^.*History line ${SEEDED}$`) }).last();
    await newest.waitFor();
    await page.waitForFunction(() => {
      const h = document.querySelector('[data-testid="chat-history"]');
      return h && h.scrollHeight - h.scrollTop - h.clientHeight < 80;
    });
    const firstPage = await panel.locator('[data-testid="chat-message"]').count();
    assert.ok(firstPage < SEEDED, `the whole history came at once (${firstPage} messages)`);
    await shoot(page, 'history-desktop');

    // Scroll up as a person does (the wheel over the list) until the first message is there.
    const first = panel.locator('[data-testid="chat-message"] [data-testid="chat-text"]', { hasText: /^History line 1$/ });
    await history.hover();
    for (let step = 0; step < 200 && (await first.count()) === 0; step += 1) {
      await page.mouse.wheel(0, -600);
      await page.waitForTimeout(50);
    }
    await first.waitFor();
    // Reading back never jumps: the list stays scrolled near its top, not thrown to the bottom.
    const position = await history.evaluate((h) => ({ top: h.scrollTop, height: h.scrollHeight }));
    assert.ok(position.top < position.height / 2, JSON.stringify(position));
    // All of it, in order, once each; "Show earlier messages" is gone at the beginning.
    const texts = await panel.locator('[data-testid="chat-message"] [data-testid="chat-text"]').allTextContents();
    assert.deepEqual(texts, Array.from({ length: SEEDED }, (_, i) => `History line ${i + 1}`));
    await panel.locator('[data-testid="chat-older"]').waitFor({ state: 'hidden' });
    // Each sender's name links to their profile.
    const eveLine = panel.locator('[data-testid="chat-message"]', { has: page.locator('[data-testid="chat-text"]', { hasText: /^History line 1$/ }) });
    assert.equal(await eveLine.getAttribute('data-mine'), 'false');
    await history.evaluate((h) => { h.scrollTop = 0; });
    await shoot(page, 'history-start-desktop');
    await page.setViewportSize(PHONE);
    await history.evaluate((h) => { h.scrollTop = 0; });
    await page.screenshot({ path: join(ARTIFACTS, 'browser-chat-history-start-phone.png') });
    await page.setViewportSize(DESKTOP);

    // Scrolled back down, the whole conversation is read: the unread count is gone everywhere.
    await history.evaluate((h) => { h.scrollTop = h.scrollHeight; });
    await page.locator('[data-testid="chat-unread-total"][hidden]').waitFor({ state: 'attached' });
    const list = await api(fay, 'GET', '/api/chat/conversations');
    assert.equal(list.body.conversations.find((c) => c.id === conversationId).unread, 0);
    assert.deepEqual(await axeViolations(page), []);
  });

  it('refuses messages sent too fast, with the wait; "Try again" sends one once it is over', async () => {
    const page = fay.page;
    const panel = page.locator('[data-testid="chat-panel"]');
    const input = panel.locator('[data-testid="chat-input"]');
    // Eight messages written and sent with Enter within one task, as a fast typist's burst: typed
    // one by one through the driver, a busy machine spaces them out enough for the bucket (one a
    // second) to refill, and nothing is refused.
    await input.evaluate((field) => {
      for (let i = 1; i <= 8; i += 1) {
        field.value = `Quick ${i}`;
        field.dispatchEvent(new Event('input', { bubbles: true }));
        field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
      }
    });
    // Each one stored or refused (several may be pending at once: not a single-element locator).
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="chat-panel"] [data-testid="chat-pending"]').length === 0);
    const refused = panel.locator('[data-testid="chat-message"]', { has: page.locator('[data-testid="chat-failed"][data-code="rate_limited"]') });
    await refused.first().waitFor();
    assert.match(await refused.first().locator('[data-testid="chat-failed"]').textContent(), /Not sent: You are sending messages too fast\. Try again in \d+ s\./);
    // The stored ones are in the order they were written.
    const stored = await panel.locator('[data-testid="chat-message"]:not([data-message-id=""]) [data-testid="chat-text"]', { hasText: /^Quick \d$/ }).allTextContents();
    assert.ok(stored.length >= 5, stored.join(' | '));
    assert.deepEqual(stored, [...stored].sort((a, b) => Number(a.split(' ')[1]) - Number(b.split(' ')[1])));
    await shoot(page, 'rate-limited-desktop');
    const text = await refused.first().locator('[data-testid="chat-text"]').textContent();
    await page.waitForTimeout(3000); // the bucket refills one message a second
    await refused.first().getByRole('button', { name: 'Try again' }).click();
    await panel.locator('[data-testid="chat-message"]:not([data-message-id=""])', { hasText: new RegExp(`^.*${text}$`) }).waitFor();
    const history = await api(eve, 'GET', `/api/chat/conversations/${conversationId}/messages?limit=10`);
    assert.ok(history.body.messages.some((m) => m.text === text), JSON.stringify(history.body));
    // The others that were refused go away.
    while ((await refused.count()) > 0) await refused.first().getByRole('button', { name: 'Delete' }).click();
  });

  it('blocks: the blocked player cannot write, and is told why', async () => {
    const blocked = await api(eve, 'POST', '/api/blocks', { userId: fay.user.id });
    assert.ok(blocked.status < 300, JSON.stringify(blocked.body));
    const page = fay.page;
    const panel = page.locator('[data-testid="chat-panel"]');
    await panel.locator('[data-testid="chat-input"]').fill('Are you still there?');
    await panel.locator('[data-testid="chat-input"]').press('Enter');
    const failed = panel.locator('[data-testid="chat-message"]', { has: page.locator('[data-testid="chat-failed"][data-code="blocked"]') });
    await failed.waitFor();
    // A message that was not stored has nothing to report: no report form opens under it.
    assert.equal(await panel.locator('.chat-report-form').count(), 0);
    await shoot(page, 'blocked-desktop');
    // Eve never gets it.
    const history = await api(eve, 'GET', `/api/chat/conversations/${conversationId}/messages?limit=1`);
    assert.notEqual(history.body.messages[0].text, 'Are you still there?', JSON.stringify(history.body));
    await failed.getByRole('button', { name: 'Delete' }).click();
    await failed.waitFor({ state: 'detached' });
  });
});
