// /signup: a new account, signed in at once, then on to ?next= or home. The server checks the
// password against its list of common passwords; its per-field answers show under each field.
// The terms checkbox is checked here only: the API has no field to record it.
import { nextFromLocation } from '../auth/redirect.js';
import { createForm } from '../components/form.js';
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { legalPageUrl } from '../shell/legal-links.js';
import { renderProviderButtons } from './signin.js';

let nextId = 0;

function newTabLink(href, text) {
  return h(
    'a',
    { href, target: '_blank', rel: 'noopener' },
    text,
    h('span', { class: 'visually-hidden' }, ` ${t('web.signup', '(opens in a new tab)')}`),
  );
}

// A required checkbox in the shape createForm takes ({ name, wrapper, control, setError }).
function consentField() {
  const id = `field-consent-${++nextId}`;
  const errorId = `${id}-error`;
  const control = h('input', { id, name: 'consent', type: 'checkbox', class: 'form-check-input', required: true, 'aria-describedby': errorId });
  const error = h('div', { id: errorId, class: 'invalid-feedback' });
  // One sentence for translators; the two links go where its placeholders are.
  const sentence = t('web.signup', 'I have read the %{privacy} and the %{terms}.');
  const links = {
    privacy: newTabLink(legalPageUrl('privacy'), t('web.signup', 'privacy policy')),
    terms: newTabLink(legalPageUrl('terms'), t('web.signup', 'terms of service')),
  };
  const parts = sentence.split(/%\{(\w+)\}/).map((part, i) => (i % 2 === 1 ? (links[part] ?? part) : part));
  const label = h('label', { class: 'form-check-label', for: id }, parts);
  const setError = (message) => {
    error.textContent = message ? t('web.signup', 'Please confirm that you have read the privacy policy and the terms of service.') : '';
    control.classList.toggle('is-invalid', Boolean(message));
    if (message) control.setAttribute('aria-invalid', 'true');
    else control.removeAttribute('aria-invalid');
  };
  control.addEventListener('change', () => setError(null));
  return { name: 'consent', control, setError, wrapper: h('div', { class: 'form-check mb-3' }, control, label, error) };
}

export const signUpView = {
  id: 'signup',
  signedOutOnly: true,
  title: () => t('web.signup', 'Create an account'),
  render(root, { session, router, announce, signal }) {
    const next = nextFromLocation();
    const form = createForm({
      fields: [
        {
          name: 'username',
          label: t('web.signup', 'User name'),
          autocomplete: 'username',
          required: true,
          minlength: 3,
          maxlength: 20,
          pattern: '[A-Za-z0-9_]{3,20}',
          patternMessage: t('web.signup', 'Use 3 to 20 letters, digits or underscores.'),
          hint: t('web.signup', '3 to 20 letters (A–Z), digits or underscores. You sign in with it.'),
        },
        { name: 'email', label: t('web.signup', 'E-mail address'), type: 'email', autocomplete: 'email', required: true, maxlength: 254 },
        {
          name: 'password',
          label: t('web.signup', 'Password'),
          type: 'password',
          autocomplete: 'new-password',
          required: true,
          minlength: 10,
          maxlength: 128,
          hint: t('web.signup', '10 to 128 characters. Common passwords are refused; a few unrelated words make a strong one.'),
        },
        {
          name: 'displayName',
          label: t('web.signup', 'Display name (optional)'),
          autocomplete: 'nickname',
          minlength: 3,
          maxlength: 20,
          hint: t('web.signup', 'What other players see, 3 to 20 characters. Your user name if left empty.'),
        },
        consentField(),
      ],
      submitLabel: t('web.signup', 'Create my account'),
      onSubmit: (values) =>
        session.register({
          username: values.username.trim(),
          email: values.email.trim(),
          password: values.password,
          displayName: values.displayName.trim() || undefined,
        }),
      onSuccess: () => {
        announce(t('web.signup', 'Your account is ready. You are signed in.'));
        router.navigate(next, { replace: true });
      },
    });
    form.element.dataset.testid = 'signup-form';
    const providers = h('div');
    renderProviderButtons(providers, { signal, next });
    root.append(
      h(
        'div',
        { class: 'row justify-content-center py-4' },
        h(
          'div',
          { class: 'col-12 col-sm-10 col-md-8 col-lg-6' },
          h('h1', { class: 'h2 mb-4' }, t('web.signup', 'Create an account')),
          form.element,
          providers,
          h(
            'p',
            { class: 'mt-4' },
            t('web.signup', 'Already have an account?'),
            ' ',
            h('a', { href: next === '/' ? '/signin' : `/signin?next=${encodeURIComponent(next)}` }, t('web.signup', 'Sign in')),
          ),
        ),
      ),
    );
  },
};
