// End to end: headless Chromium loads the privacy policy and the terms of service over HTTPS from
// nginx in front of the real server, which fills in the operator's facts (/legal/<page>.<lang>.html,
// not SPA routes; server/legal/). Checks what a reader would notice, in English, French and
// Russian: the page arrives as HTML in its language with no English left in the translations,
// names this platform's operator (scripts/test's TRANSCENDENCE_LEGAL_* test values, some per
// language) and no placeholder, has one h1 and headings in order, every contents link lands on its
// section, the language switcher and the links between the pages and back to the platform work,
// the SPA's footer leads to its own language's page, axe-core finds nothing, nothing breaks the
// Content-Security-Policy (no console errors or warnings), a 360 px screen needs no sideways
// scrolling, and print hides the page furniture. It also keeps the privacy policy honest: every
// cookie the server sets (read from server/ sources) must be named in it.
// Run through scripts/test, which starts the platform and sets TRANSCENDENCE_TEST_BASE_URL.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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
const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

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

const LANGUAGES = ['en', 'fr', 'ru'];
const HEADINGS = {
  privacy: { en: 'Privacy policy', fr: 'Politique de confidentialité', ru: 'Политика конфиденциальности' },
  terms: { en: 'Terms of service', fr: "Conditions d'utilisation", ru: 'Условия использования' },
};
const PAGES = LANGUAGES.flatMap((language) =>
  ['privacy', 'terms'].map((name) => {
    const otherName = name === 'privacy' ? 'terms' : 'privacy';
    return {
      name,
      language,
      path: `/legal/${name}.${language}.html`,
      heading: HEADINGS[name][language],
      other: `/legal/${otherName}.${language}.html`,
      otherHeading: HEADINGS[otherName][language],
    };
  }),
);

// What scripts/test gives the platform's server as TRANSCENDENCE_LEGAL_*: a value per language
// where the script sets one, else the same for all.
const FACTS = {
  'operator-name': 'Testing Operator SAS',
  'postal-address': '42 Testing Street, 99999 Testville',
  'contact-email': 'privacy@operator.test.invalid',
  'minimum-age': '15',
  country: { en: 'Testland', fr: 'Testlandie', ru: 'Тестландия' },
};
const PRIVACY_FACTS = {
  'data-protection-officer': 'Dana Tester, dpo@operator.test.invalid',
  'supervisory-authority': {
    en: 'Testland Data Protection Board',
    fr: 'Autorité testlandaise de protection des données',
    ru: 'Тестландское ведомство по защите данных',
  },
  hosting: { en: 'Testing Hosting GmbH, Testland', fr: 'Testing Hosting GmbH, Testlandie', ru: 'Testing Hosting GmbH, Тестландия' },
  'data-location': { en: 'Testland', fr: 'Testlandie', ru: 'Тестландия' },
};
const TERMS_FACTS = { courts: { en: 'Testville', fr: 'Testville', ru: 'Тествиль' } };
// TRANSCENDENCE_LEGAL_LOG_RETENTION_DAYS=9; backups: scripts/backup's default 14 dumps, one a day.
const RETENTION = {
  en: ['9 days', '14 days', '30 days'],
  fr: ['9\u00a0jours', '14\u00a0jours', '30\u00a0jours'],
  ru: ['9\u00a0дней', '14\u00a0дней', '30\u00a0дней'],
};
// Words that would give away an untranslated passage (checked on the French and Russian pages).
const ENGLISH_WORDS = /\b(the|and|you|your|of|with|we|our|this|that|is|are|will|from|which)\b/i;

const factValue = (value, language) => (typeof value === 'string' ? value : value[language]);
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

async function axeViolations(page) {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations.map((v) => `${v.impact} ${v.id} (${v.help}) at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  });
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
    // refreshCookie(), deviceCookie() or newDeviceCookie(), which call it with a k...Cookie
    // constant). Only setHeader/addHeader calls set one; the name alone (e.g. in the list of
    // headers HEAD answers copy) sets nothing.
    for (const match of text.matchAll(/\b(?:setHeader|addHeader)\(\s*"Set-Cookie"\s*,([^;]*);/g)) {
      if (!/\b(setCookie|refreshCookie|deviceCookie|newDeviceCookie)\(/.test(match[1])) unreadable.push(`${relative}: Set-Cookie ${match[1].trim()}`);
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
    it(`serves ${legal.path} as an HTML page in its language, with one h1 and headings in order`, async () => {
      const response = await open(page, legal.path);
      assert.equal(response.headers()['content-language'], legal.language);
      assert.equal(await page.locator('html').getAttribute('lang'), legal.language);
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
      assert.match(await page.locator('.legal-meta').textContent(), /\d+\.\d+/);
      assert.match(await page.locator('.legal-meta time').getAttribute('datetime'), /^\d{4}-\d{2}-\d{2}$/);
      // The stylesheet applied (a missing or blocked one would leave the browser's defaults).
      assert.equal(await page.locator('main').evaluate((main) => getComputedStyle(main).maxWidth), '768px');
    });

    it(`names the operator configured for this platform on ${legal.path}, and nothing left to fill in`, async () => {
      await open(page, legal.path);
      const html = await page.content();
      assert.doesNotMatch(html, /\{\{|\}\}/, 'a template key was not filled in');
      assert.doesNotMatch(html, /placeholder|change-me|\[[A-Z][^\]]*\]|development only|sample\.invalid/i, 'a placeholder or sample value is on the page');
      const facts = { ...FACTS, ...(legal.name === 'privacy' ? PRIVACY_FACTS : TERMS_FACTS) };
      for (const [fact, value] of Object.entries(facts)) {
        const shown = await page.locator(`[data-fact="${fact}"]`).allTextContents();
        assert.ok(shown.length > 0, `no ${fact} on the page`);
        for (const text of shown) assert.equal(text.trim(), factValue(value, legal.language), `${fact} on ${legal.path}`);
      }
      assert.equal(await page.locator('[data-fact="contact-email"]').getAttribute('href'), `mailto:${FACTS['contact-email']}`);
      const text = await page.locator('main').textContent();
      if (legal.name === 'privacy') {
        assert.equal(await page.locator('[data-fact="supervisory-authority"]').getAttribute('href'), 'https://authority.test.invalid/');
        for (const retention of RETENTION[legal.language]) {
          assert.ok(text.includes(retention), `${legal.path} does not say "${retention}"`);
        }
        // The fake "Sign in with 42" provider scripts/test configures is named among the recipients.
        assert.ok((await page.locator('[data-fact="sign-in-providers"]').textContent()).trim().length > 0);
      }
      if (legal.language !== 'en') {
        // Everything around the facts is translated: no English words in the page's own text.
        const pageText = await page.locator('body').evaluate((body) => {
          const copy = body.cloneNode(true);
          copy.querySelectorAll('[data-fact], code, [lang="en"]').forEach((element) => element.remove());
          return copy.textContent.replace(/\s+/g, ' ');
        });
        const english = pageText.match(new RegExp(`.{0,40}${ENGLISH_WORDS.source}.{0,40}`, 'i'));
        assert.equal(english, null, `English left on ${legal.path}: "${english?.[0]}"`);
        assert.equal(await page.locator('meta[name="description"]').getAttribute('content').then((d) => ENGLISH_WORDS.test(d)), false);
      }
    });

    it(`has no accessibility violations on ${legal.path} (axe-core)`, async () => {
      await open(page, legal.path);
      assert.deepEqual(await axeViolations(page), []);
    });

    it(`switches ${legal.path} to the other languages and keeps the language on every link`, async () => {
      await open(page, legal.path);
      const switcher = page.locator('header nav.legal-languages');
      assert.equal(await switcher.locator('a[aria-current="page"]').getAttribute('hreflang'), legal.language);
      const internal = await page.locator('a[href^="/legal/"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      for (const href of internal) {
        if (href.startsWith(`/legal/${legal.name}.`) && !href.includes('#')) continue; // the switcher
        assert.match(href, new RegExp(`^/legal/(privacy|terms)\\.${legal.language}\\.html(#.*)?$`), `${href} leaves ${legal.language}`);
      }
      const target = LANGUAGES.find((language) => language !== legal.language);
      await switcher.locator(`a[hreflang="${target}"]`).click();
      await page.waitForURL(url(`/legal/${legal.name}.${target}.html`));
      assert.equal(await page.locator('html').getAttribute('lang'), target);
      assert.equal((await page.locator('h1').textContent()).trim(), HEADINGS[legal.name][target]);
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
      assert.equal((await page.locator('h1').textContent()).trim(), legal.otherHeading);
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
        await page.pdf({ path: join(ARTIFACTS, `browser-legal-${legal.name}-${legal.language}-print.pdf`), format: 'A4' });
      } finally {
        await page.emulateMedia({ media: 'screen' });
      }
      await page.screenshot({ path: join(ARTIFACTS, `browser-legal-${legal.name}-${legal.language}-desktop.png`), fullPage: true });
    });
  }

  it('names every cookie the server sets in the privacy policy, in every language', async () => {
    const cookies = cookieNamesSetByServer();
    for (const language of LANGUAGES) {
      await open(page, `/legal/privacy.${language}.html`);
      const text = await page.locator('main').textContent();
      for (const name of cookies) {
        assert.ok(text.includes(name), `the ${language} privacy policy does not mention the cookie ${name}`);
      }
    }
  });
});

describe('which language a reader gets', () => {
  it('answers /legal/privacy.html in the browser\'s language, and revalidates with the ETag', async () => {
    const page = await newPage({ label: 'russian browser', viewport: { width: 1280, height: 800 }, locale: 'ru-RU' });
    const response = await open(page, '/legal/privacy.html');
    assert.equal(await page.locator('html').getAttribute('lang'), 'ru');
    assert.equal(response.headers()['vary'], 'Accept-Language');
    const etag = response.headers()['etag'];
    assert.match(etag ?? '', /^"[0-9a-f]{32}"$/);
    const again = await page.request.get(url('/legal/privacy.html'), { headers: { 'Accept-Language': 'ru', 'If-None-Match': etag } });
    assert.equal(again.status(), 304);
    const french = await page.request.get(url('/legal/privacy.html'), { headers: { 'Accept-Language': 'fr-CA,fr;q=0.9' } });
    assert.equal(french.headers()['content-language'], 'fr');
    assert.equal((await page.request.get(url('/legal/privacy.de.html'))).status(), 404);
    await page.context().close();
  });

  it('follows the SPA\'s language from its footer and sign-up form', async () => {
    // The language chosen in the SPA (localStorage) wins over the browser's (English here).
    const page = await newPage({ label: 'french spa', viewport: { width: 1280, height: 800 }, locale: 'en-US' });
    await page.addInitScript(() => localStorage.setItem('transcendence.language', 'fr'));
    await page.goto(url('/'));
    await page.locator('html[lang="fr"]').waitFor();
    const footer = page.locator('#site-footer');
    assert.equal(await footer.getByRole('link', { name: 'Politique de confidentialité' }).getAttribute('href'), '/legal/privacy.fr.html');
    await footer.getByRole('link', { name: "Conditions d'utilisation" }).click();
    await page.waitForURL(url('/legal/terms.fr.html'));
    assert.equal((await page.locator('h1').textContent()).trim(), "Conditions d'utilisation");
    await page.context().close();

    // Without a choice, the browser's language.
    const russian = await newPage({ label: 'russian spa', viewport: { width: 1280, height: 800 }, locale: 'ru-RU' });
    await russian.goto(url('/signup'));
    await russian.locator('html[lang="ru"]').waitFor();
    const privacyLink = russian.locator('main a[href^="/legal/privacy"]');
    await privacyLink.waitFor();
    assert.equal(await privacyLink.getAttribute('href'), '/legal/privacy.ru.html');
    assert.equal(await russian.locator('#site-footer a[href^="/legal/terms"]').getAttribute('href'), '/legal/terms.ru.html');
    await russian.context().close();
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
      await page.screenshot({ path: join(ARTIFACTS, `browser-legal-${legal.name}-${legal.language}-phone.png`), fullPage: true });
    });
  }
});

describe('the whole run', () => {
  it('had no console errors or warnings, page errors, failed requests or HTTP errors', () => {
    assert.deepEqual(problems.map(String), []);
  });
});
