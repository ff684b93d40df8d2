// The account flows that go through the player's mailbox: "Forgot password?" (/forgot-password),
// the mailed links (/reset-password#token=…, /verify-email#token=…), the settings sections
// "E-mail address" and "Password", and the banner asking to verify an address. The token of a
// link is in the URL's fragment, which browsers never send to a server.
import { requestJson } from '../api/http.js';
import { createForm, describeApiError } from '../components/form.js';
import { confirmVisibly } from '../components/toast.js';
import { h } from '../dom.js';
import { t } from '../i18n.js';

function tokenFromHash() {
  const params = new URLSearchParams(location.hash.slice(1));
  return params.get('token') ?? '';
}

function narrow(...children) {
  return h('div', { class: 'row justify-content-center py-4' }, h('div', { class: 'col-12 col-sm-10 col-md-7 col-lg-5' }, ...children));
}

function describeLinkError(error, retryAfter) {
  if (error?.code === 'invalid_token') return t('web.account', 'This link is not valid any more: it was already used, or it has expired.');
  if (error?.code === 'email_in_use') return t('web.account', 'Another account uses this address now.');
  return describeApiError(error, retryAfter);
}

function describeChangeError(error, retryAfter) {
  if (error?.code === 'wrong_password') return t('web.account', 'The current password is wrong.');
  return describeApiError(error, retryAfter);
}

// ---- /forgot-password -------------------------------------------------------------------------

export const forgotPasswordView = {
  id: 'forgot-password',
  title: () => t('web.account', 'Forgot your password?'),
  render(root, { announce }) {
    const result = h('div', { role: 'status', class: 'mt-3' });
    const form = createForm({
      fields: [{ name: 'email', type: 'email', label: t('web.account', 'E-mail address of your account'), autocomplete: 'email', required: true, maxlength: 254 }],
      submitLabel: t('web.account', 'Send me a link'),
      onSubmit: (values) => requestJson('POST', '/api/account/password/forgot', { body: { email: values.email.trim() } }),
      onSuccess: () => {
        const message = t('web.account', 'If an account uses this address, a link to choose a new password is on its way. It works once, for 30 minutes.');
        form.element.hidden = true;
        result.replaceChildren(h('div', { class: 'alert alert-success', dataset: { testid: 'forgot-sent' } }, message));
        announce(message);
      },
    });
    form.element.dataset.testid = 'forgot-form';
    root.append(
      narrow(
        h('h1', { class: 'h2 mb-4' }, t('web.account', 'Forgot your password?')),
        h('p', {}, t('web.account', 'Type the e-mail address of your account: we will send it a link to choose a new password.')),
        form.element,
        result,
        h('p', { class: 'mt-4' }, h('a', { href: '/signin' }, t('web.account', 'Back to sign-in'))),
      ),
    );
  },
};

// ---- /reset-password#token=… ------------------------------------------------------------------

export const resetPasswordView = {
  id: 'reset-password',
  title: () => t('web.account', 'Choose a new password'),
  render(root, { announce, session }) {
    const token = tokenFromHash();
    const result = h('div', { role: 'status', class: 'mt-3' });
    const body = h('div');
    if (!token) {
      body.append(h('div', { class: 'alert alert-danger' }, t('web.account', 'This link is not valid any more: it was already used, or it has expired.')));
    } else {
      const form = createForm({
        fields: [
          {
            name: 'password',
            type: 'password',
            label: t('web.account', 'New password'),
            autocomplete: 'new-password',
            required: true,
            minlength: 10,
            maxlength: 128,
            hint: t('web.account', 'At least 10 characters. A few words you will remember make a good one.'),
          },
        ],
        submitLabel: t('web.account', 'Save the new password'),
        onSubmit: (values) => requestJson('POST', '/api/account/password/reset', { body: { token, password: values.password } }),
        onSuccess: async () => {
          history.replaceState(null, '', location.pathname); // the token is spent: off the address bar
          if (session.signedIn) await session.signOut({ local: true });
          const message = t('web.account', 'Your password is changed, and you are signed out everywhere. Sign in with the new one.');
          form.element.hidden = true;
          result.replaceChildren(
            h('div', { class: 'alert alert-success', dataset: { testid: 'reset-done' } }, message),
            h('a', { class: 'btn btn-primary', href: '/signin', dataset: { testid: 'reset-signin' } }, t('web.account', 'Sign in')),
          );
          announce(message);
        },
        describeError: describeLinkError,
      });
      form.element.dataset.testid = 'reset-form';
      body.append(form.element);
    }
    root.append(narrow(h('h1', { class: 'h2 mb-4' }, t('web.account', 'Choose a new password')), body, result));
  },
};

// ---- /verify-email#token=… --------------------------------------------------------------------

export const verifyEmailView = {
  id: 'verify-email',
  title: () => t('web.account', 'Confirm your e-mail address'),
  render(root, { session, signal, announce }) {
    const status = h('div', { role: 'status' }, h('p', {}, t('web.account', 'Confirming your address…')));
    root.append(narrow(h('h1', { class: 'h2 mb-4' }, t('web.account', 'Confirm your e-mail address')), status));
    const token = tokenFromHash();
    const done = (ok, message) => {
      status.replaceChildren(
        h('div', { class: `alert ${ok ? 'alert-success' : 'alert-danger'}`, dataset: { testid: ok ? 'verify-done' : 'verify-failed' } }, message),
        h('a', { class: 'btn btn-primary', href: session.signedIn ? '/settings' : '/signin' }, session.signedIn ? t('web.account', 'Go to the settings') : t('web.account', 'Sign in')),
      );
      announce(message);
    };
    if (!token) {
      done(false, t('web.account', 'This link is not valid any more: it was already used, or it has expired.'));
      return;
    }
    requestJson('POST', '/api/account/email/verify', { body: { token }, signal }).then((answer) => {
      if (signal.aborted) return;
      if (!answer.ok) {
        done(false, describeLinkError(answer.error, answer.retryAfter));
        return;
      }
      history.replaceState(null, '', location.pathname);
      if (session.signedIn) session.setUser({ email: answer.body.email, emailVerified: true });
      done(true, t('web.account', 'Thank you: %{email} is confirmed.', { email: String(answer.body.email ?? '') }));
    });
  },
};

// ---- the banner for an unverified address -----------------------------------------------------

export function renderVerifyBanner(host, { session, announce }) {
  const user = session.signedIn ? session.user : null;
  if (!user?.email || user.emailVerified !== false) {
    host.replaceChildren();
    host.hidden = true;
    return;
  }
  const resend = h('button', { type: 'button', class: 'btn btn-sm btn-outline-dark', dataset: { testid: 'verify-resend' } }, t('web.account', 'Send the link again'));
  const note = h('span', { class: 'small' });
  resend.addEventListener('click', async () => {
    resend.disabled = true;
    const answer = await session.api('POST', '/api/account/email/resend');
    note.textContent = answer.ok ? t('web.account', 'Sent. Check your mailbox.') : describeApiError(answer.error, answer.retryAfter);
    announce(note.textContent);
  });
  host.hidden = false;
  host.replaceChildren(
    h(
      'div',
      { class: 'alert alert-warning rounded-0 mb-0 py-2', role: 'region', 'aria-label': t('web.account', 'Confirm your e-mail address'), dataset: { testid: 'verify-banner' } },
      h(
        'div',
        { class: 'container d-flex flex-wrap align-items-center gap-2' },
        h('span', {}, t('web.account', 'Please confirm your e-mail address %{email}: follow the link we sent you.', { email: String(user.email) })),
        resend,
        note,
      ),
    ),
  );
}

// ---- settings: e-mail address and password ----------------------------------------------------

export function renderEmailSection(host, { session, announce, account }) {
  const verified = account.emailVerified === true;
  const state = account.email
    ? h(
        'p',
        { dataset: { testid: 'email-state' } },
        h('strong', {}, String(account.email)),
        ' ',
        h('span', { class: `badge ${verified ? 'text-bg-success' : 'text-bg-warning'}` }, verified ? t('web.account', 'Confirmed') : t('web.account', 'Not confirmed yet')),
      )
    : h('p', {}, t('web.account', 'No e-mail address yet.'));
  const fields = [{ name: 'email', type: 'email', label: t('web.account', 'New e-mail address'), autocomplete: 'email', required: true, maxlength: 254 }];
  if (account.hasPassword) {
    fields.push({ name: 'currentPassword', type: 'password', label: t('web.account', 'Current password'), autocomplete: 'current-password', required: true, maxlength: 1024 });
  }
  const form = createForm({
    fields,
    submitLabel: t('web.account', 'Change the address'),
    onSubmit: (values) => session.api('POST', '/api/account/email', { body: { email: values.email.trim(), ...(account.hasPassword ? { currentPassword: values.currentPassword } : {}) } }),
    onSuccess: () => {
      confirmVisibly(announce, t('web.account', 'Almost done: follow the link we sent to the new address. Until then, the old one stays.'));
      form.element.reset();
    },
    describeError: describeChangeError,
  });
  form.element.dataset.testid = 'email-form';
  host.replaceChildren(state, form.element);
}

export function renderPasswordSection(host, { session, announce, account }) {
  const fields = [];
  if (account.hasPassword) {
    fields.push({ name: 'currentPassword', type: 'password', label: t('web.account', 'Current password'), autocomplete: 'current-password', required: true, maxlength: 1024 });
  }
  fields.push({
    name: 'newPassword',
    type: 'password',
    label: t('web.account', 'New password'),
    autocomplete: 'new-password',
    required: true,
    minlength: 10,
    maxlength: 128,
    hint: t('web.account', 'At least 10 characters. A few words you will remember make a good one.'),
  });
  const form = createForm({
    fields,
    submitLabel: account.hasPassword ? t('web.account', 'Change the password') : t('web.account', 'Set a password'),
    onSubmit: (values) => session.api('POST', '/api/account/password', { body: values }),
    onSuccess: () => {
      confirmVisibly(announce, t('web.account', 'Password saved. Your other sessions are signed out.'));
      form.element.reset();
      if (!account.hasPassword) {
        account.hasPassword = true;
        renderPasswordSection(host, { session, announce, account });
      }
    },
    describeError: describeChangeError,
  });
  form.element.dataset.testid = 'password-form';
  host.replaceChildren(
    h('p', { class: 'text-body-secondary' }, account.hasPassword ? t('web.account', 'Your other sessions are signed out when it changes.') : t('web.account', 'Your account signs in with a provider. Set a password to sign in with your name too.')),
    form.element,
  );
}
