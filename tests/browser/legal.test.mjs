// End to end: headless Chromium loads the privacy policy and the terms of service over HTTPS from
// nginx in front of the real server, as static pages (/legal/*.html, not SPA routes). Checks what
// a reader would notice: the page arrives as HTML, has one h1 and headings in order, every
// contents link lands on its section, the links between the pages and back to the platform work,
// nothing breaks the Content-Security-Policy (no console errors or warnings), a 360 px screen needs
// no sideways scrolling, and print hides the page furniture. It also keeps the privacy policy
// honest: every cookie the server sets (read from server/ sources) must be named in it.
// Run through scripts/test, which starts the platform and sets TRANSCENDENCE_TEST_BASE_URL.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { watchForProblems } from './page-problems.mjs';

const BASE_URL = process.env.TRANSCENDENCE_TEST_BASE_URL?.replace(/\/+$/, '');
if (!BASE_URL) {
  throw new Error('TRANSCENDENCE_TEST_BASE_URL is not set: run through scripts/test (e.g. scripts/test -R browser_legal)');
}
const ARTIFACTS = process.env.TRANSCENDENCE_TEST_ARTIFACTS ?? join(process.cwd(), 'test-results');
const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TIMEOUT = 15_000;

const CHROMIUM_ARGS = [
  '--no-sandbox', // Debian's chromium as root
  '--headless',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  // No outbound calls of its own: the network is closed and refusals would be logged.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const PAGES = [
  { name: 'privacy', path: '/legal/privacy.html', heading: 'Privacy policy', other: '/legal/terms.html' },
  { name: 'terms', path: '/legal/terms.html', heading: 'Terms of service', other: '/legal/privacy.html' },
];

const url = (path) => `${BASE_URL}${path}`;

let browser;
const problems = [];


async function newPage(options) {
  const context = await browser.newContext({ ignoreHTTPSErrors: true, ...options });
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  watchForProblems(page, options.label ?? 'page', problems);
  return page;
}

async function open(page, path) {
  const response = await page.goto(url(path));
  assert.ok(response, `no answer for ${path}`);
  assert.equal(response.status(), 200, `${path} answered ${response.status()}`);
  assert.match(response.headers()['content-type'] ?? '', /^text\/html\b/, `${path} is not served as HTML`);
  return response;
}

async function fitsWidth(page) {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

// Every cookie the server can set, read from its sources: names given to setCookie() as a string
// literal or through a k...Cookie constant. A Set-Cookie header built any other way fails the scan,
// so a new cookie cannot slip past the privacy policy unnoticed.
function cookieNamesSetByServer() {
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(cpp|h)$/.test(entry.name)) files.push({ path, text: readFileSync(path, 'utf8') });
    }
  };
  walk(join(REPO_ROOT, 'server'));

  const constants = new Map();
  for (const { text } of files) {
    for (const match of text.matchAll(/\b(k\w*Cookie)\s*=\s*"([^"]+)"/g)) constants.set(match[1], match[2]);
  }
  const names = new Set();
  const unreadable = [];
  for (const { path, text } of files) {
    const relative = path.slice(REPO_ROOT.length);
    for (const match of text.matchAll(/\bsetCookie\(\s*([^,]+),/g)) {
      const argument = match[1].trim();
      if (/QByteArray\s*&/.test(argument)) continue; // the declaration and definition themselves
      const literal = argument.match(/^(?:QByteArrayLiteral\()?"([^"]+)"/);
      const constant = argument.match(/(?:^|::)(k\w*Cookie)$/);
      if (literal) names.add(literal[1]);
      else if (constant && constants.has(constant[1])) names.add(constants.get(constant[1]));
      else unreadable.push(`${relative}: setCookie(${argument}, ...)`);
    }
    // Each Set-Cookie header the code sets must get its value from setCookie() (directly or via
    // refreshCookie()). Only setHeader/addHeader calls set one; the name alone (e.g. in the list
    // of headers HEAD answers copy) sets nothing.
    for (const match of text.matchAll(/\b(?:setHeader|addHeader)\(\s*"Set-Cookie"\s*,([^;]*);/g)) {
      if (!/\b(setCookie|refreshCookie)\(/.test(match[1])) unreadable.push(`${relative}: Set-Cookie ${match[1].trim()}`);
    }
  }
  assert.deepEqual(unreadable, [], 'cookies set in a way this scan cannot read: teach it, and name them in privacy.html');
  assert.ok(names.size > 0, 'found no cookie in server/: the scan is broken');
  return [...names].sort();
}

before(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
});

describe('legal pages on a desktop', () => {
  let page;
  before(async () => {
    page = await newPage({ label: 'desktop', viewport: { width: 1280, height: 800 }, locale: 'en-US' });
  });

  for (const legal of PAGES) {
    it(`serves ${legal.path} as a static HTML page with one h1 and headings in order`, async () => {
      await open(page, legal.path);
      assert.equal(await page.locator('html').getAttribute('lang'), 'en');
      assert.match(await page.title(), new RegExp(`${legal.heading}.*Transcendence`));
      assert.equal(await page.locator('h1').count(), 1);
      assert.equal((await page.locator('h1').textContent()).trim(), legal.heading);
      // Not the SPA: its frame would have been index.html with a script.
      assert.equal(await page.locator('script').count(), 0);
      for (const landmark of ['header', 'nav', 'main', 'footer']) {
        assert.ok((await page.locator(landmark).count()) >= 1, `no <${landmark}> landmark`);
      }
      const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((headings) =>
        headings.map((heading) => Number(heading.tagName[1])),
      );
      assert.equal(levels[0], 1, 'the first heading is not the h1');
      levels.forEach((level, index) => {
        if (index > 0) assert.ok(level <= levels[index - 1] + 1, `heading level jumps from h${levels[index - 1]} to h${level}`);
      });
      assert.match(await page.locator('.legal-meta').textContent(), /Version \d+\.\d+.*Last updated: \d{4}-\d{2}-\d{2}/);
      // The stylesheet applied (a missing or blocked one would leave the browser's defaults).
      assert.equal(await page.locator('main').evaluate((main) => getComputedStyle(main).maxWidth), '768px');
      assert.notEqual(
        await page.locator('.placeholder').first().evaluate((element) => getComputedStyle(element).backgroundColor),
        'rgba(0, 0, 0, 0)',
        'operator placeholders are not highlighted',
      );
    });

    it(`has a target for every in-page link of ${legal.path}, and the contents links land there`, async () => {
      await open(page, legal.path);
      const tocLinks = await page.locator('nav.legal-toc a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      assert.ok(tocLinks.length >= 5, 'the table of contents is missing or nearly empty');
      const inPage = await page.locator('a[href^="#"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      for (const href of new Set([...tocLinks, ...inPage])) {
        assert.match(href, /^#./, `contents link ${href} is not an in-page link`);
        assert.equal(await page.locator(`[id="${href.slice(1)}"]`).count(), 1, `no element with id ${href.slice(1)}`);
      }
      // Following the last entry scrolls its heading into view.
      const last = tocLinks.at(-1);
      await page.locator(`nav.legal-toc a[href="${last}"]`).click();
      assert.equal(new URL(page.url()).hash, last);
      const top = await page.locator(`[id="${last.slice(1)}"]`).evaluate((target) => target.getBoundingClientRect().top);
      assert.ok(top >= 0 && top < 800, `${last} is not on screen after following its link (top ${top})`);
    });

    it(`links from ${legal.path} to ${legal.other} and back to the platform`, async () => {
      await open(page, legal.path);
      // Links into the other page's sections (e.g. privacy.html#deletion) must have their target.
      const crossLinks = await page
        .locator(`a[href^="${legal.other}#"]`)
        .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      await page.locator(`footer a[href="${legal.other}"]`).click();
      await page.waitForURL(url(legal.other));
      const otherHeading = PAGES.find((candidate) => candidate.path === legal.other).heading;
      assert.equal((await page.locator('h1').textContent()).trim(), otherHeading);
      for (const href of crossLinks) {
        const id = href.split('#')[1];
        assert.equal(await page.locator(`[id="${id}"]`).count(), 1, `${href}: no element with id ${id}`);
      }
      await page.goBack();
      await page.waitForURL(url(legal.path));

      await page.locator('header a[href="/"]').click();
      await page.locator('#main > [data-view="home"]').waitFor();
      assert.equal(new URL(page.url()).pathname, '/');
    });

    it(`prints ${legal.path} without the page furniture`, async () => {
      await open(page, legal.path);
      await page.emulateMedia({ media: 'print' });
      try {
        assert.equal(await page.locator('header.legal-header').isVisible(), false);
        assert.equal(await page.locator('nav.legal-toc').isVisible(), false);
        assert.equal(await page.locator('h1').isVisible(), true);
        await page.pdf({ path: join(ARTIFACTS, `browser-legal-${legal.name}-print.pdf`), format: 'A4' });
      } finally {
        await page.emulateMedia({ media: 'screen' });
      }
      await page.screenshot({ path: join(ARTIFACTS, `browser-legal-${legal.name}-desktop.png`), fullPage: true });
    });
  }

  it('names every cookie the server sets in the privacy policy', async () => {
    const cookies = cookieNamesSetByServer();
    await open(page, '/legal/privacy.html');
    const text = await page.locator('main').textContent();
    for (const name of cookies) {
      assert.ok(text.includes(name), `the privacy policy does not mention the cookie ${name}`);
    }
  });
});

describe('legal pages on a phone', () => {
  let page;
  before(async () => {
    page = await newPage({ label: 'phone', viewport: { width: 360, height: 740 }, locale: 'en-US', isMobile: true, hasTouch: true });
  });

  for (const legal of PAGES) {
    it(`fits ${legal.path} into 360 px without sideways scrolling`, async () => {
      await open(page, legal.path);
      assert.ok(await fitsWidth(page), `${legal.path} scrolls sideways at 360 px`);
      // Also after jumping to a section (long words in code or placeholders would show here).
      const last = await page.locator('nav.legal-toc a').last().getAttribute('href');
      await page.locator(`nav.legal-toc a[href="${last}"]`).click();
      assert.ok(await fitsWidth(page), `${legal.path}${last} scrolls sideways at 360 px`);
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: join(ARTIFACTS, `browser-legal-${legal.name}-phone.png`), fullPage: true });
    });
  }
});

describe('the whole run', () => {
  it('had no console errors or warnings, page errors, failed requests or HTTP errors', () => {
    assert.deepEqual(problems.map(String), []);
  });
});
