// /settings: the account's language, this browser's display preferences, two-factor sign-in,
// linked sign-in providers, active sessions, and privacy. Each section is its own <section> with
// an <h2>; the account is read fresh from GET /api/users/me when the page opens.
import { isAbort } from '../api/http.js';
import { readPreferences, savePreferences, TEXT_SIZES } from '../accessibility.js';
import { describeApiError } from '../components/form.js';
import { confirmVisibly } from '../components/toast.js';
import { h } from '../dom.js';
import { formatNumber, getLanguage, getLanguages, setLanguage, t } from '../i18n.js';
import { renderEmailSection, renderPasswordSection } from './account-mail.js';
import { renderLinkedProviders, renderPrivacy, renderSessions } from './settings-account.js';
import { renderTwoFactorSection } from './settings-two-factor.js';

function section(id, title, ...body) {
  return h(
    'section',
    { class: 'settings-section card mb-4', 'aria-labelledby': `${id}-heading`, id },
    h('div', { class: 'card-body' }, h('h2', { id: `${id}-heading`, class: 'h4 card-title mb-3' }, title), ...body),
  );
}

// After a language change the page is drawn again: the keyboard goes back to the language select.
let focusLanguageSelect = false;

// The account's language (PATCH /api/users/me) is also the page's: the header switcher follows.
function languageSection({ session, announce, account }) {
  const id = 'settings-language-select';
  const accountLanguage = account?.language || session.user?.language || getLanguage();
  const known = getLanguages().some((language) => language.code === accountLanguage);
  const select = h(
    'select',
    { id, class: 'form-select settings-select', dataset: { testid: 'settings-language' } },
    getLanguages().map(({ code, name }) => h('option', { value: code, lang: code, selected: code === (known ? accountLanguage : getLanguage()) }, name)),
  );
  const problem = h('div', { class: 'alert alert-danger d-none mt-2', role: 'alert' });
  select.addEventListener('change', async () => {
    problem.classList.add('d-none');
    select.disabled = true;
    const code = select.value;
    const answer = await session.api('PATCH', '/api/users/me', { body: { language: code } });
    select.disabled = false;
    if (!answer.ok) {
      problem.textContent = describeApiError(answer.error, answer.retryAfter);
      problem.classList.remove('d-none');
      return;
    }
    session.setUser({ language: code });
    focusLanguageSelect = true;
    try {
      await setLanguage(code); // redraws the page, header switcher included
    } catch {
      focusLanguageSelect = false;
      announce(t('web.settings', 'The language could not be loaded. Please try again.'));
      return;
    }
    confirmVisibly(announce, t('web.settings', 'Language saved.'));
  });
  if (focusLanguageSelect) {
    focusLanguageSelect = false;
    queueMicrotask(() => select.focus());
  }
  return section(
    'settings-language',
    t('web.settings', 'Language'),
    h('label', { class: 'form-label', for: id }, t('web.settings', 'Language of your account')),
    select,
    h('div', { class: 'form-text' }, t('web.settings', 'Saved with your account; this site switches to it at once.')),
    problem,
  );
}

function accessibilitySection({ announce }) {
  const preferences = readPreferences();
  const check = (key, label, hint, checked) => {
    const id = `settings-${key}`;
    const input = h('input', { type: 'checkbox', role: 'switch', class: 'form-check-input', id, checked, 'aria-describedby': `${id}-hint`, dataset: { testid: id } });
    input.addEventListener('change', () => {
      savePreferences({ [key]: input.checked });
      confirmVisibly(announce, t('web.settings', 'Display preference saved.'));
    });
    return h(
      'div',
      { class: 'form-check form-switch mb-3' },
      input,
      h('label', { class: 'form-check-label', for: id }, label),
      h('div', { id: `${id}-hint`, class: 'form-text' }, hint),
    );
  };
  const sizeName = 'settings-text-size';
  const sizes = h(
    'fieldset',
    { class: 'mb-3' },
    h('legend', { class: 'form-label fs-6' }, t('web.settings', 'Text size')),
    TEXT_SIZES.map((size) => {
      const id = `${sizeName}-${size}`;
      const radio = h('input', { type: 'radio', class: 'form-check-input', name: sizeName, id, value: String(size), checked: size === preferences.textSize, dataset: { testid: id } });
      radio.addEventListener('change', () => {
        savePreferences({ textSize: size });
        confirmVisibly(announce, t('web.settings', 'Display preference saved.'));
      });
      return h('div', { class: 'form-check form-check-inline' }, radio, h('label', { class: 'form-check-label', for: id }, formatNumber(size / 100, { style: 'percent' })));
    }),
  );
  const systemReduces = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  return section(
    'settings-accessibility',
    t('web.settings', 'Accessibility'),
    h('p', { class: 'text-body-secondary' }, t('web.settings', 'These choices apply to this browser.')),
    check('highContrast', t('web.settings', 'High contrast'), t('web.settings', 'Black text on white, underlined links and a strong focus outline.'), preferences.highContrast),
    sizes,
    check(
      'reduceMotion',
      t('web.settings', 'Reduce motion'),
      t('web.settings', 'No animations or transitions. Follows your system setting until you change it.'),
      preferences.reduceMotion ?? systemReduces,
    ),
  );
}

export const settingsView = {
  id: 'settings',
  requiresSignIn: true,
  title: () => t('web.settings', 'Settings'),
  render(root, context) {
    const { session, signal } = context;
    const accountSections = h('div', {}, h('p', { class: 'text-body-secondary' }, t('web.settings', 'Loading…')));
    root.append(
      h(
        'div',
        { class: 'py-4 settings' },
        h('h1', { class: 'h2 mb-4' }, t('web.settings', 'Settings')),
        accountSections,
      ),
    );
    session
      .api('GET', '/api/users/me', { signal })
      .then((answer) => {
        if (signal.aborted) return;
        if (!answer.ok) {
          accountSections.replaceChildren(h('div', { class: 'alert alert-danger', role: 'alert' }, describeApiError(answer.error, answer.retryAfter)));
          return;
        }
        const account = answer.body;
        const email = h('div');
        const password = h('div');
        const twoFactor = h('div');
        const providers = h('div');
        const sessions = h('div', {}, h('p', { class: 'text-body-secondary' }, t('web.settings', 'Loading…')));
        const privacy = h('div');
        const shared = { ...context, account };
        accountSections.replaceChildren(
          languageSection(shared),
          accessibilitySection(shared),
          section('settings-email', t('web.account', 'E-mail address'), email),
          section('settings-password', t('web.account', 'Password'), password),
          section('settings-two-factor', t('web.settings', 'Two-factor authentication'), twoFactor),
          section('settings-providers', t('web.settings', 'Linked sign-in providers'), providers),
          section('settings-sessions', t('web.settings', 'Active sessions'), sessions),
          section('settings-privacy', t('web.settings', 'Privacy'), privacy),
        );
        renderEmailSection(email, shared);
        renderPasswordSection(password, shared);
        renderTwoFactorSection(twoFactor, shared);
        renderPrivacy(privacy, shared);
        renderLinkedProviders(providers, shared).catch((error) => {
          if (!isAbort(error)) throw error;
        });
        renderSessions(sessions, shared).catch((error) => {
          if (!isAbort(error)) throw error;
        });
      })
      .catch((error) => {
        if (!isAbort(error)) throw error;
      });
  },
};
