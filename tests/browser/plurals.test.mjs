// The SPA's plural forms (tn() in resources/web/js/i18n.js) with the real catalogues the build
// wrote (build/web/i18n/<lang>.json, from translations/*.ts by ts2json), in node: each language
// picks its own form for a count, as Qt Linguist lists them (English and French two, Russian
// three). The browser side is driven in first-player.test.mjs (a form's "at least %n characters").
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const I18N_DIR = process.env.TRANSCENDENCE_WEB_I18N_DIR;
if (!I18N_DIR) throw new Error('TRANSCENDENCE_WEB_I18N_DIR is not set: run through ctest (browser_plurals)');

// What the module touches of a page: fetch for the catalogues, <html lang>, the browser's
// languages (English first, as the source language).
globalThis.document = { documentElement: {} };
Object.defineProperty(globalThis, 'navigator', { value: { languages: ['en'] }, configurable: true, writable: true });
globalThis.fetch = async (path) => {
  const file = join(I18N_DIR, decodeURIComponent(path.replace(/^\/i18n\//, '')));
  return { ok: true, status: 200, json: async () => JSON.parse(readFileSync(file, 'utf8')) };
};

const { initI18n, setLanguage, tn, getLanguage } = await import('../../resources/web/js/i18n.js');

const COUNTS = [0, 1, 2, 3, 4, 5, 11, 21, 22, 25, 101, 111];
const EXPECTED = {
  en: ['0 lives', '1 life', '2 lives', '3 lives', '4 lives', '5 lives', '11 lives', '21 lives', '22 lives', '25 lives', '101 lives', '111 lives'],
  fr: ['0 vie', '1 vie', '2 vies', '3 vies', '4 vies', '5 vies', '11 vies', '21 vies', '22 vies', '25 vies', '101 vies', '111 vies'],
  ru: ['0 жизней', '1 жизнь', '2 жизни', '3 жизни', '4 жизни', '5 жизней', '11 жизней', '21 жизнь', '22 жизни', '25 жизней', '101 жизнь', '111 жизней'],
};

describe('plural forms', () => {
  before(async () => {
    await initI18n();
  });

  for (const [language, forms] of Object.entries(EXPECTED)) {
    it(`${language}: each count takes its language's form`, async () => {
      await setLanguage(language);
      assert.equal(getLanguage(), language);
      assert.deepEqual(COUNTS.map((count) => tn('web.play', '%n lives', count)), forms);
    });
  }

  it('keeps the other placeholders and formats the count for the language', async () => {
    await setLanguage('fr');
    assert.equal(tn('web.form', 'Use at least %n characters.', 1), 'Utilisez au moins 1 caractère.');
    assert.equal(tn('web.dashboard', '%n hits', 2.5), '2,5 renvois');
    await setLanguage('en');
    assert.equal(tn('web.dashboard', '%n hits', 1234), '1,234 hits');
  });
});
