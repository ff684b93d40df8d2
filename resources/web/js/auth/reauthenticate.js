// Step-up authentication: linking a provider, two-factor changes, the data export, and admin bans
// and role changes need the session to have proven its owner within 10 minutes. When the server
// answers 403 reauthentication_required, AuthSession.api() calls the prompt installed here: a modal
// <dialog> asks for the password (or a code from the authenticator app, or a recovery code),
// POST /api/auth/reauthenticate, and the request is sent again. An account with neither a
// password nor two-factor sign-in signs in again with its provider instead (a fresh sign-in is a
// proof too). Cancelling hands the 403 back to the caller, which shows it.
import { getJson } from '../api/http.js';
import { createCodeField, createField, createForm, describeApiError } from '../components/form.js';
import { h } from '../dom.js';
import { t } from '../i18n.js';

function describeProofError(error, retryAfter) {
  if (error?.code === 'two_factor_not_enabled') return t('web.reauth', 'Two-factor sign-in is off: use your password.');
  return describeApiError(error, retryAfter);
}

function providerButtons(host) {
  const next = `${window.location.pathname}${window.location.search}`;
  getJson('/api/auth/oauth/providers').then((answer) => {
    const providers = answer.ok && Array.isArray(answer.body.providers) ? answer.body.providers : [];
    host.replaceChildren(
      ...providers
        .filter((p) => typeof p.startUrl === 'string' && p.startUrl.startsWith('/api/auth/oauth/'))
        .map((provider) =>
          h(
            'a',
            {
              class: 'btn btn-outline-primary',
              href: `${provider.startUrl}?returnTo=${encodeURIComponent(next)}`,
              'data-router-ignore': true,
              dataset: { testid: `reauth-oauth-${provider.id}` },
            },
            t('web.reauth', 'Sign in again with %{provider}', { provider: String(provider.name ?? provider.id) }),
          ),
        ),
    );
  });
}

// Resolves to true once the session has proven its owner, false when the person cancels.
function askForProof(session, announce) {
  return new Promise((resolve) => {
    const user = session.user ?? {};
    const hasPassword = user.hasPassword !== false;
    const hasCode = user.twoFactorEnabled === true;
    let method = hasPassword ? 'password' : 'code';
    const titleId = `reauth-title-${Date.now()}`;
    const dialog = h('dialog', { class: 'reauth-dialog border rounded p-4', 'aria-labelledby': titleId, dataset: { testid: 'reauth-dialog' } });
    let settled = false;
    const finish = (proven) => {
      if (settled) return;
      settled = true;
      dialog.close();
      dialog.remove();
      resolve(proven);
    };
    dialog.addEventListener('cancel', (event) => {
      event.preventDefault();
      finish(false);
    });
    const fields = {
      password: createField({ name: 'password', label: t('web.reauth', 'Your password'), type: 'password', autocomplete: 'current-password', required: true, maxlength: 1024 }),
      code: createCodeField({
        label: t('web.reauth', 'Code from your authenticator app'),
        patternMessage: t('web.reauth', 'Enter the 6 digits shown by your app.'),
      }),
      recoveryCode: createField({ name: 'recoveryCode', label: t('web.reauth', 'Recovery code'), autocomplete: 'off', required: true, maxlength: 40 }),
    };
    const formHost = h('div');
    const switches = h('div', { class: 'd-flex flex-wrap gap-3 mt-2' });
    const cancel = h('button', { type: 'button', class: 'btn btn-link px-0', dataset: { testid: 'reauth-cancel' } }, t('web.reauth', 'Cancel'));
    cancel.addEventListener('click', () => finish(false));

    const draw = () => {
      const field = fields[method];
      field.control.value = '';
      field.setError(null);
      const form = createForm({
        fields: [field],
        submitLabel: t('web.reauth', 'Confirm'),
        onSubmit: (values) => session.api('POST', '/api/auth/reauthenticate', { body: { [method]: values[method].trim() } }),
        onSuccess: () => {
          announce?.(t('web.reauth', 'Thank you. Continuing.'));
          finish(true);
        },
        describeError: describeProofError,
      });
      form.element.dataset.testid = 'reauth-form';
      formHost.replaceChildren(form.element);
      const choices = [];
      if (hasPassword && method !== 'password') choices.push(['password', t('web.reauth', 'Use my password')]);
      if (hasCode && method !== 'code') choices.push(['code', t('web.reauth', 'Use a code from my authenticator app')]);
      if (hasCode && method !== 'recoveryCode') choices.push(['recoveryCode', t('web.reauth', 'Use a recovery code')]);
      switches.replaceChildren(
        ...choices.map(([name, label]) => {
          const button = h('button', { type: 'button', class: 'btn btn-link px-0', dataset: { testid: `reauth-use-${name}` } }, label);
          button.addEventListener('click', () => {
            method = name;
            draw();
            fields[method].control.focus();
          });
          return button;
        }),
        cancel,
      );
      field.control.focus();
    };

    dialog.append(
      h('h2', { class: 'h5', id: titleId }, t('web.reauth', 'Confirm it is you')),
      h('p', {}, t('web.reauth', 'This change needs a recent proof that you are the owner of this account.')),
    );
    if (hasPassword || hasCode) {
      dialog.append(formHost, switches);
    } else {
      const providers = h('div', { class: 'd-grid gap-2' });
      dialog.append(h('p', {}, t('web.reauth', 'Sign in again with the service you use, then try once more.')), providers, h('div', { class: 'mt-2' }, cancel));
      providerButtons(providers);
    }
    document.body.append(dialog);
    dialog.showModal();
    if (hasPassword || hasCode) draw();
  });
}

export function installReauthentication(session, { announce }) {
  session.setReauthenticator(() => askForProof(session, announce));
}
