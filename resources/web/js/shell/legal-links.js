// Links to the privacy policy and the terms of service in the SPA's language. The server renders
// one document per language (/legal/privacy.fr.html, ...; resources/legal/); the unsuffixed
// address picks a language from the browser's Accept-Language, which may differ from the language
// chosen here (localStorage), so the SPA always names its own.
import { getLanguage } from '../i18n.js';

// The languages resources/legal/ has documents for.
const LEGAL_LANGUAGES = new Set(['en', 'fr', 'ru']);

export function legalPageUrl(document) {
  const language = getLanguage();
  return LEGAL_LANGUAGES.has(language) ? `/legal/${document}.${language}.html` : `/legal/${document}.html`;
}
