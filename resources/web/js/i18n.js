// Translations for the SPA. The strings live in the same Qt Linguist .ts files as the QML app's;
// the build turns them into /i18n/<lang>.json. Each t() call names a context ("web.<feature>") and
// an English source text, and must be declared in resources/web/strings/<feature>.js, which lupdate
// reads (tests/browser/catalogue.test.mjs checks both ways): so always pass two string literals,
// never variables. Placeholders look like %{name}: t(context, source, { name: value }).
// A text with a count has plural forms: tn(context, source, count, params), its source written
// with %n for the count ("%n lives") and declared with qsTranslate(context, source, "", n) so that
// lupdate makes it a plural message (one form per plural category of each language).

const STORAGE_KEY = 'transcendence.language';
const SOURCE_LANGUAGE = { code: 'en', name: 'English' };

let languages = [SOURCE_LANGUAGE];
let current = SOURCE_LANGUAGE.code;
let messages = {};
let plurals = {};
const events = new EventTarget();

// Strings shown in the source language because the current language lacks them, as
// "context | source": tests read window.transcendenceMissingStrings to find untranslated text.
const missing = new Set();
if (typeof window !== 'undefined') {
  Object.defineProperty(window, 'transcendenceMissingStrings', { get: () => [...missing] });
}

function fill(text, params) {
  if (!params) return text;
  return text.replace(/%\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}

// Qt Linguist lists a language's plural forms in CLDR's category order (English and French: one,
// other; Russian: one, few, many), so the category's place among the language's categories is the
// form's index. Categories a language has beyond its forms (French "many" for millions, Russian
// "other" for fractions) take the last form.
const CATEGORY_ORDER = ['zero', 'one', 'two', 'few', 'many', 'other'];
const pluralRules = new Map();

function pluralIndex(language, count, formCount) {
  if (!pluralRules.has(language)) {
    const rules = new Intl.PluralRules(language);
    const categories = CATEGORY_ORDER.filter((category) => rules.resolvedOptions().pluralCategories.includes(category));
    pluralRules.set(language, { rules, categories });
  }
  const { rules, categories } = pluralRules.get(language);
  return Math.min(categories.indexOf(rules.select(count)), formCount - 1);
}

export function t(context, source, params) {
  const found = messages[context]?.[source];
  if (!found && current !== SOURCE_LANGUAGE.code) missing.add(`${context} | ${source}`);
  return fill(found || source, params);
}

// A text with a count (%n in the source), in the plural form the count takes in this language.
export function tn(context, source, count, params) {
  const forms = plurals[context]?.[source];
  if (!forms) missing.add(`${context} | ${source}`); // even English needs its forms written
  const text = forms ? forms[Math.max(0, pluralIndex(current, count, forms.length))] : source;
  return fill(text.replace(/%n/g, formatNumber(count, { maximumFractionDigits: 1 })), params);
}

export function getLanguage() {
  return current;
}

export function getLanguages() {
  return languages;
}

export function onLanguageChange(listener, options) {
  events.addEventListener('change', listener, options);
}

async function fetchJson(path) {
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.json();
}

function readStoredLanguage() {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage disabled (privacy settings): fall back to the browser's languages
  }
}

function storeLanguage(code) {
  try {
    localStorage.setItem(STORAGE_KEY, code);
  } catch {
    // the choice then lasts for this page only
  }
}

function preferredLanguage() {
  const available = new Set(languages.map((language) => language.code));
  const wanted = [readStoredLanguage(), ...(navigator.languages ?? [navigator.language])];
  for (const tag of wanted) {
    if (!tag) continue;
    if (available.has(tag)) return tag;
    const primary = tag.toLowerCase().split('-')[0];
    if (available.has(primary)) return primary;
  }
  return SOURCE_LANGUAGE.code;
}

async function load(code) {
  const catalogue = await fetchJson(`/i18n/${encodeURIComponent(code)}.json`);
  messages = catalogue.messages ?? {};
  plurals = catalogue.plurals ?? {};
  current = code;
  missing.clear();
  document.documentElement.lang = code;
}

export async function initI18n() {
  try {
    const list = await fetchJson('/i18n/languages.json');
    if (Array.isArray(list) && list.length > 0) languages = list;
  } catch {
    // Without the catalogue list the page still works, in the source language.
    languages = [SOURCE_LANGUAGE];
  }
  const code = preferredLanguage();
  try {
    await load(code);
  } catch {
    messages = {};
    plurals = {};
    current = SOURCE_LANGUAGE.code;
    document.documentElement.lang = current;
  }
}

// Whether this browser chose a language itself (which then wins over the account's).
export function hasStoredLanguage() {
  return readStoredLanguage() !== null;
}

export async function setLanguage(code) {
  if (code === current || !languages.some((language) => language.code === code)) return;
  await load(code);
  storeLanguage(code);
  events.dispatchEvent(new Event('change'));
}

// Locale-aware formatting in the chosen language.
export function formatNumber(value, options) {
  return new Intl.NumberFormat(current, options).format(value);
}

export function formatMilliseconds(ms) {
  return formatNumber(ms, { style: 'unit', unit: 'millisecond', unitDisplay: 'short' });
}

export function formatSeconds(seconds) {
  return formatNumber(seconds, { style: 'unit', unit: 'second', unitDisplay: 'short' });
}

export function formatDuration(totalSeconds) {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const parts = {
    days: Math.floor(seconds / 86_400),
    hours: Math.floor((seconds % 86_400) / 3_600),
    minutes: Math.floor((seconds % 3_600) / 60),
    seconds: seconds % 60,
  };
  // DurationFormat writes nothing at all for a zero duration.
  if (typeof Intl.DurationFormat === 'function' && seconds > 0) {
    return new Intl.DurationFormat(current, { style: 'short' }).format(parts);
  }
  return formatSeconds(seconds);
}

export function formatTime(isoOrDate) {
  const date = isoOrDate instanceof Date ? isoOrDate : new Date(isoOrDate);
  return date.toLocaleTimeString(current);
}
