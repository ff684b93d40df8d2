// The SPA's first load on the wire: headless Chromium (Debian's) visits the running platform with
// an empty cache and sums what went over the network, as Chromium's DevTools counts it
// (Network.loadingFinished encodedDataLength: headers + body as transferred, so compressed size
// when compressed). Two visits, each in a fresh context (nothing cached):
//   1. "/" signed out, the first page a visitor sees;
//   2. "/play" signed in (a new account, signed in by the API before the visit, so the visit
//      loads the page, its modules, the translations and the signed-in API answers).
// The WebSocket's frames are not counted (they are not part of a page load).
//
//   node bench/web/first-load.mjs https://localhost:8443 [--json]
// (the base URL of a running platform: scripts/run; certificate errors are ignored.)
import { chromium } from 'playwright-core';

const base = (process.argv[2] ?? 'https://localhost:8443').replace(/\/+$/, '');
const asJson = process.argv.includes('--json');
const ARGS = ['--no-sandbox', '--headless', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

async function measure(browser, path, signIn) {
  const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1280, height: 800 }, locale: 'en-US' });
  if (signIn) {
    const username = `fl_${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`.slice(0, 20);
    const response = await context.request.post(`${base}/api/auth/register`, {
      data: { username, email: `${username}@example.com`, password: 'correct-horse-battery-staple-9', client: 'web' },
    });
    if (response.status() !== 201) throw new Error(`sign-up failed: ${response.status()} ${await response.text()}`);
    await context.addInitScript(() => localStorage.setItem('transcendence.signedIn', '1'));
  }
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const requests = new Map();
  const rows = [];
  cdp.on('Network.requestWillBeSent', (event) => requests.set(event.requestId, { url: event.request.url }));
  cdp.on('Network.responseReceived', (event) => {
    const entry = requests.get(event.requestId);
    if (entry) {
      entry.status = event.response.status;
      entry.encoding = event.response.headers['content-encoding'] ?? event.response.headers['Content-Encoding'] ?? '';
      entry.type = event.type;
    }
  });
  cdp.on('Network.loadingFinished', (event) => {
    const entry = requests.get(event.requestId);
    if (entry && entry.type !== 'WebSocket') rows.push({ ...entry, bytes: event.encodedDataLength });
  });
  await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
  if (signIn) await page.locator('[data-testid="account-name"]').waitFor({ state: 'attached' });
  await page.waitForLoadState('networkidle');
  await context.close();
  const bytes = rows.reduce((sum, row) => sum + row.bytes, 0);
  return { path, signedIn: signIn, requests: rows.length, bytes, rows };
}

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
try {
  const visits = [await measure(browser, '/', false), await measure(browser, '/play', true)];
  if (asJson) {
    console.log(JSON.stringify(visits, null, 2));
  } else {
    for (const visit of visits) {
      console.log(`${visit.path} (${visit.signedIn ? 'signed in' : 'signed out'}): ${visit.requests} requests, ${(visit.bytes / 1024).toFixed(1)} KB transferred`);
      const biggest = [...visit.rows].sort((a, b) => b.bytes - a.bytes).slice(0, 5);
      for (const row of biggest) console.log(`    ${(row.bytes / 1024).toFixed(1).padStart(7)} KB  ${row.encoding || 'identity'}  ${row.url.replace(base, '')}`);
    }
    const total = visits.reduce((sum, visit) => sum + visit.bytes, 0);
    console.log(`both visits: ${visits.reduce((sum, v) => sum + v.requests, 0)} requests, ${(total / 1024).toFixed(1)} KB`);
  }
} finally {
  await browser.close();
}
