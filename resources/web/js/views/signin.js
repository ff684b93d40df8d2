// /signin: user name or e-mail and password, then, for accounts with two-factor sign-in, a second
// step with the authenticator code or a recovery code. "Sign in with …" buttons for the providers
// the server has configured. Afterwards the visitor goes to ?next= (a path of this site) or home;
// the guard in app.js does that as soon as the session changes.
import { getJson, isAbort } from '../api/http.js';
import { nextFromLocation } from '../auth/redirect.js';
import { fieldMessage } from '../components/field-problems.js';
import { createCodeField, createField, createForm, describeApiError } from '../components/form.js';
import { h } from '../dom.js';
import { t } from '../i18n.js';

function describeSignInError(error, retryAfter) {
  switch (error?.code) {
    case 'invalid_credentials':
      return t('web.signin', 'The user name, e-mail address or password is wrong.');
    case 'account_banned':
      return t('web.signin', 'This account has been suspended. Contact the administrators if you think this is a mistake.');
    case 'invalid_second_factor':
      // The code that turned two-factor sign-in on a moment ago, say: valid, but spent.
      if (error.fields?.code?.code === 'just_used') return fieldMessage(error.fields.code);
      return t('web.signin', 'This code is not valid. Check it and try again.');
    case 'invalid_challenge':
      return t('web.signin', 'This sign-in attempt has expired. Please start again.');
    default:
      return describeApiError(error, retryAfter);
  }
}

// The provider buttons (none when the server has no provider configured).
export function renderProviderButtons(host, { signal, next }) {
  getJson('/api/auth/oauth/providers', { signal })
    .then((answer) => {
      const providers = answer.ok && Array.isArray(answer.body.providers) ? answer.body.providers : [];
      const usable = providers.filter((p) => typeof p.startUrl === 'string' && p.startUrl.startsWith('/api/auth/oauth/'));
      if (usable.length === 0) return;
      // The server redirects back to /oauth/done, which picks up the session from the cookie.
      const returnTo = `/oauth/done?next=${encodeURIComponent(next)}`;
      host.replaceChildren(
        h('p', { class: 'text-body-secondary text-center my-3 signin-divider' }, t('web.signin', 'or')),
        h(
          'div',
          { class: 'd-grid gap-2' },
          usable.map((provider) =>
            h(
              'a',
              {
                class: 'btn btn-outline-secondary',
                href: `${provider.startUrl}?returnTo=${encodeURIComponent(returnTo)}`,
                'data-router-ignore': true,
                dataset: { testid: `oauth-${provider.id}` },
              },
              t('web.signin', 'Sign in with %{provider}', { provider: String(provider.name ?? provider.id) }),
            ),
          ),
        ),
      );
    })
    .catch((error) => {
      if (!isAbort(error)) throw error;
    });
}

// method: "totp" (an authenticator app) or "email" (the server has just mailed a code).
function secondFactorStep(root, { session, router, announce, challenge, method = 'totp', next, restart }) {
  let useRecovery = false;
  const byEmail = method === 'email';
  const codeField = createCodeField({
    label: byEmail ? t('web.signin', 'Code from the e-mail we sent you') : t('web.signin', 'Code from your authenticator app'),
    patternMessage: byEmail ? t('web.signin', 'Enter the 6 digits of the e-mail.') : t('web.signin', 'Enter the 6 digits shown by your app.'),
    hint: byEmail
      ? t('web.signin', 'We sent a 6-digit code to your e-mail address. It works once, for 5 minutes.')
      : t('web.signin', 'Open your authenticator app and enter the 6-digit code for Transcendence.'),
  });
  const recoveryField = createField({
    name: 'recoveryCode',
    label: t('web.signin', 'Recovery code'),
    autocomplete: 'off',
    required: true,
    maxlength: 40,
    hint: t('web.signin', 'One of the recovery codes you saved when you turned on two-factor sign-in. Each works once.'),
  });

  const heading = h('h2', { class: 'h5', id: 'second-factor-heading', tabindex: '-1' }, t('web.signin', 'Two-factor sign-in'));
  const host = h('div');
  const toggle = h('button', { type: 'button', class: 'btn btn-link px-0', dataset: { testid: 'toggle-recovery' } });
  const back = h('button', { type: 'button', class: 'btn btn-link px-0' }, t('web.signin', 'Start again'));
  back.addEventListener('click', restart);

  const draw = () => {
    const field = useRecovery ? recoveryField : codeField;
    field.control.value = '';
    field.setError(null);
    const form = createForm({
      fields: [field],
      submitLabel: t('web.signin', 'Verify'),
      onSubmit: (values) =>
        session.completeSecondFactor(challenge, useRecovery ? { recoveryCode: values.recoveryCode.trim() } : { code: values.code }),
      onSuccess: () => {
        announce(t('web.signin', 'You are signed in.'));
        router.navigate(next, { replace: true });
      },
      describeError: describeSignInError,
    });
    form.element.dataset.testid = 'second-factor-form';
    toggle.textContent = useRecovery
      ? byEmail
        ? t('web.signin', 'Use the code from the e-mail')
        : t('web.signin', 'Use the code from my authenticator app')
      : t('web.signin', 'Use a recovery code instead');
    host.replaceChildren(form.element);
  };
  toggle.addEventListener('click', () => {
    useRecovery = !useRecovery;
    draw();
    (useRecovery ? recoveryField : codeField).control.focus();
  });
  draw();
  root.replaceChildren(
    heading,
    h('p', {}, t('web.signin', 'Your account is protected by a second step.')),
    host,
    h('div', { class: 'd-flex flex-wrap gap-3 mt-2' }, toggle, back),
  );
  codeField.control.focus();
}

export const signInView = {
  id: 'signin',
  signedOutOnly: true,
  title: () => t('web.signin', 'Sign in'),
  render(root, { session, router, announce, signal }) {
    const next = nextFromLocation();
    const step = h('div');
    const providers = h('div');
    const signUpLink = h('a', { href: next === '/' ? '/signup' : `/signup?next=${encodeURIComponent(next)}` }, t('web.signin', 'Create an account'));

    const firstStep = () => {
      providers.hidden = false;
      const form = createForm({
        fields: [
          { name: 'login', label: t('web.signin', 'User name or e-mail address'), autocomplete: 'username', required: true, maxlength: 254 },
          { name: 'password', label: t('web.signin', 'Password'), type: 'password', autocomplete: 'current-password', required: true, maxlength: 1024 },
        ],
        submitLabel: t('web.signin', 'Sign in'),
        onSubmit: async (values) => {
          const answer = await session.signIn(values.login.trim(), values.password);
          if (answer.ok && answer.body.twoFactorRequired) {
            providers.hidden = true; // the password is accepted: no other way in is on offer now
            const method = answer.body.method === 'email' ? 'email' : 'totp';
            secondFactorStep(step, { session, router, announce, challenge: answer.body.challenge, method, next, restart: firstStep });
            announce(method === 'email' ? t('web.signin', 'Enter the code we sent you by e-mail.') : t('web.signin', 'Enter the code from your authenticator app.'));
            return null; // handled: no error, no navigation
          }
          return answer;
        },
        onSuccess: (answer) => {
          if (!answer) return;
          announce(t('web.signin', 'You are signed in.'));
          router.navigate(next, { replace: true });
        },
        describeError: describeSignInError,
      });
      form.element.dataset.testid = 'signin-form';
      step.replaceChildren(form.element);
    };
    firstStep();
    renderProviderButtons(providers, { signal, next });

    root.append(
      h(
        'div',
        { class: 'row justify-content-center py-4' },
        h(
          'div',
          { class: 'col-12 col-sm-10 col-md-7 col-lg-5' },
          h('h1', { class: 'h2 mb-4' }, t('web.signin', 'Sign in')),
          step,
          h('p', { class: 'mt-2' }, h('a', { href: '/forgot-password', dataset: { testid: 'forgot-link' } }, t('web.signin', 'Forgot your password?'))),
          providers,
          h('p', { class: 'mt-4' }, t('web.signin', 'New here?'), ' ', signUpLink),
        ),
      ),
    );
  },
};

// /oauth/done: where the server sends the browser back after "Sign in with …". The server has set
// the refresh cookie; the access token comes from it. Once signed in, the guard sends the visitor
// on to ?next=. For an account with two-factor sign-in, #challenge= leads to the second step.
export const oauthDoneView = {
  id: 'oauth-done',
  signedOutOnly: true,
  title: () => t('web.signin', 'Signing in'),
  render(root, { session, router, announce, signal }) {
    // An account with two-factor sign-in on: the provider only vouched for the first step, and the
    // server sent a challenge in the fragment (never sent to any server). It leaves the address
    // bar at once; the code is asked for as after a password.
    const fragment = new URLSearchParams(window.location.hash.slice(1));
    const challenge = fragment.get('challenge');
    const method = fragment.get('method') === 'email' ? 'email' : 'totp';
    if (challenge) {
      const next = nextFromLocation();
      window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}`);
      const step = h('div');
      root.append(
        h(
          'div',
          { class: 'row justify-content-center py-4' },
          h('div', { class: 'col-12 col-sm-10 col-md-7 col-lg-5' }, h('h1', { class: 'h2 mb-4' }, t('web.signin', 'Sign in')), step),
        ),
      );
      const restart = () => router.navigate(next === '/' ? '/signin' : `/signin?next=${encodeURIComponent(next)}`, { replace: true });
      secondFactorStep(step, { session, router, announce, challenge, method, next, restart });
      announce(method === 'email' ? t('web.signin', 'Enter the code we sent you by e-mail.') : t('web.signin', 'Enter the code from your authenticator app.'));
      return;
    }
    const status = h('p', { role: 'status' }, t('web.signin', 'Completing the sign-in…'));
    root.append(h('div', { class: 'py-4' }, h('h1', { class: 'h2' }, t('web.signin', 'Signing in')), status));
    session.refresh({ quiet: true }).then((signedIn) => {
      if (signal.aborted || signedIn) return; // signed in: the guard has already moved on
      status.replaceChildren(
        t('web.signin', 'The sign-in could not be completed.'),
        ' ',
        h('a', { href: `/signin?next=${encodeURIComponent(nextFromLocation())}` }, t('web.signin', 'Try again')),
      );
    });
  },
};
