// The public status page and the admins' "Server" part of it, in headless Chromium through nginx
// and the real server: the components and live figures from GET /api/status, an incident note an
// admin posts (and resolves) showing for a visitor, the admin figures, axe-core WCAG 2.1 A/AA
// with no serious or critical violation, and screenshots at desktop and phone sizes.
// Needs the platform of scripts/test (TRANSCENDENCE_TEST_BASE_URL, the admin database URL).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { watchForProblems } from './page-problems.mjs';

const BASE_URL = process.env.TRANSCENDENCE_TEST_BASE_URL?.replace(/\/+$/, '');
const ADMIN_DB = process.env.TRANSCENDENCE_TEST_ADMIN_DATABASE_URL;
if (!BASE_URL || !ADMIN_DB) {
  throw new Error('TRANSCENDENCE_TEST_BASE_URL is not set: run through scripts/test (e.g. scripts/test -R browser_status)');
}
const ARTIFACTS = process.env.TRANSCENDENCE_TEST_ARTIFACTS ?? 'test-artifacts';
mkdirSync(ARTIFACTS, { recursive: true });
const TIMEOUT = 15_000;
const CHROMIUM_ARGS = ['--no-sandbox', '--headless', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

let browser;
const problems = [];

async function newPage(label, viewport = DESKTOP) {
  const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport });
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  watchForProblems(page, label, problems);
  return { context, page };
}

// The platform's database, as the cluster's superuser: the one way to make an admin.
function promote(username) {
  const platformDb = new URL(process.env.DATABASE_URL ?? 'postgresql://x/transcendence').pathname.slice(1) || 'transcendence';
  const url = ADMIN_DB.replace(/\/postgres(\?|$)/, `/${platformDb}$1`);
  const out = execFileSync('psql', [url, '-qAtc', `UPDATE users SET role = 'admin' WHERE username = '${username}' RETURNING id`]).toString();
  assert.match(out.trim(), /^\d+$/, `promoted ${username}`);
}

async function registerAdmin(page) {
  await page.goto(`${BASE_URL}/`);
  const username = `st${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`.slice(0, 20);
  const answer = await page.evaluate(async (username) => {
    const response = await fetch('/api/auth/register', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username, email: `${username}@example.test`, password: 'correct-horse-battery-staple-9', client: 'web' }),
    });
    return { status: response.status };
  }, username);
  assert.equal(answer.status, 201);
  promote(username);
  await page.evaluate(() => localStorage.setItem('transcendence.signedIn', '1'));
}

async function axeViolations(page) {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => `${v.impact} ${v.id} (${v.help}) at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  });
  return violations.filter((v) => v.startsWith('serious') || v.startsWith('critical'));
}

async function openStatus(page) {
  await page.goto(`${BASE_URL}/status`);
  await page.locator('[data-testid="service-status"]:not([data-state="loading"])').waitFor();
}

before(async () => {
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
});

describe('status page', () => {
  it('shows every component and the live figures to a visitor', async () => {
    const { context, page } = await newPage('visitor');
    await openStatus(page);
    assert.equal(await page.locator('[data-testid="service-status"]').getAttribute('data-state'), 'up');
    for (const part of ['api', 'realtime', 'database']) {
      assert.equal(await page.locator(`[data-testid="component-${part}"]`).getAttribute('data-state'), 'up', part);
    }
    assert.match(await page.locator('[data-testid="players-online"]').textContent(), /^\d+$/);
    assert.match(await page.locator('[data-testid="live-matches"]').textContent(), /^\d+$/);
    assert.equal(await page.locator('[data-testid="admin-figures"]').count(), 0, 'no admin part for visitors');
    assert.deepEqual(await axeViolations(page), []);
    await context.close();
  });

  it('an admin posts an incident note that visitors see, then resolves it', async () => {
    const admin = await newPage('admin');
    await registerAdmin(admin.page);
    await openStatus(admin.page);
    await admin.page.locator('[data-testid="admin-connections"]').waitFor();
    assert.match(await admin.page.locator('[data-testid="admin-requests"]').textContent(), /^[\d\s,. ]+\([\d\s,. ]+\)$/u);
    const note = `Matchmaking is slow tonight <b>${Date.now()}</b>`;
    await admin.page.getByLabel('What players should know').fill(note);
    await admin.page.getByLabel('Severity').selectOption('outage');
    await admin.page.getByRole('button', { name: 'Post the note' }).click();
    await admin.page.locator('[data-testid="incident-feedback"]', { hasText: 'The note is on the status page.' }).waitFor();
    await admin.page.locator('[data-testid="incident"][data-severity="outage"]').waitFor();
    await admin.page.locator('[data-testid="service-status"][data-state="outage"]').waitFor();
    assert.deepEqual(await axeViolations(admin.page), []);
    await admin.page.screenshot({ path: join(ARTIFACTS, 'browser-status-admin-desktop.png'), fullPage: true });

    for (const [label, viewport] of [['desktop', DESKTOP], ['phone', PHONE]]) {
      const visitor = await newPage(`visitor-${label}`, viewport);
      await openStatus(visitor.page);
      // The note as text, markup and all: never interpreted as HTML.
      assert.equal(await visitor.page.locator('[data-testid="incident-message"]').textContent(), note);
      assert.equal(await visitor.page.locator('[data-testid="incident-message"] b').count(), 0);
      assert.deepEqual(await axeViolations(visitor.page), []);
      await visitor.page.screenshot({ path: join(ARTIFACTS, `browser-status-incident-${label}.png`), fullPage: true });
      await visitor.context.close();
    }

    await admin.page.setViewportSize(PHONE);
    await admin.page.screenshot({ path: join(ARTIFACTS, 'browser-status-admin-phone.png'), fullPage: true });
    await admin.page.getByRole('button', { name: 'Resolve the note' }).click();
    await admin.page.locator('[data-testid="incident-feedback"]', { hasText: 'The note is resolved.' }).waitFor();
    await admin.page.locator('[data-testid="incident"]').waitFor({ state: 'detached' });
    await admin.context.close();

    const later = await newPage('visitor-after');
    await openStatus(later.page);
    assert.equal(await later.page.locator('[data-testid="incident"]').count(), 0);
    await later.context.close();
  });

  it('had no console errors or warnings, page errors, failed requests or HTTP errors', () => {
    assert.deepEqual(problems, []);
  });
});
