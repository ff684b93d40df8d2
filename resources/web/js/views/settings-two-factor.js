// Settings › Two-factor authentication: turn it on (secret as a QR image and as text, confirmed with
// a code; the recovery codes are shown once, to copy or download) or off (with a code, a recovery
// code or the password). Without an authenticator app: codes sent by e-mail instead (turned on
// with a code mailed to the confirmed address; the same recovery codes).
import { createCodeField, createField, createForm, describeApiError } from '../components/form.js';
import { h } from '../dom.js';
import { t } from '../i18n.js';

// Only an image data URI goes into <img src>: whatever else the server sent is not shown.
const IMAGE_DATA_URI = /^data:image\/(png|gif|jpeg|webp);base64,[A-Za-z0-9+/=]+$/;

function describeTwoFactorError(error, retryAfter) {
  switch (error?.code) {
    case 'invalid_second_factor':
      return t('web.twofactor', 'This code is not valid. Check it and try again.');
    case 'two_factor_setup_required':
      return t('web.twofactor', 'The setup has expired. Please start again.');
    case 'two_factor_already_enabled':
      return t('web.twofactor', 'Two-factor sign-in is already on.');
    case 'two_factor_not_enabled':
      return t('web.twofactor', 'Two-factor sign-in is already off.');
    case 'email_not_verified':
      return t('web.twofactor', 'Confirm your e-mail address first: the codes are sent there.');
    default:
      return describeApiError(error, retryAfter);
  }
}

function download(filename, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = h('a', { href: url, download: filename, class: 'd-none' });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function recoveryCodesPanel(codes, { announce, onDone }) {
  const text = `${codes.join('\n')}\n`;
  const copy = h('button', { type: 'button', class: 'btn btn-outline-secondary' }, t('web.twofactor', 'Copy the codes'));
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(text);
      announce(t('web.twofactor', 'The recovery codes are copied.'));
    } catch {
      announce(t('web.twofactor', 'Copying is not allowed here. Download the codes instead.'));
    }
  });
  const save = h('button', { type: 'button', class: 'btn btn-outline-secondary', dataset: { testid: 'download-recovery-codes' } }, t('web.twofactor', 'Download the codes'));
  save.addEventListener('click', () => download('transcendence-recovery-codes.txt', text, 'text/plain'));
  const done = h('button', { type: 'button', class: 'btn btn-primary' }, t('web.twofactor', 'I have saved them'));
  done.addEventListener('click', onDone);
  const heading = h('h3', { class: 'h6', tabindex: '-1' }, t('web.twofactor', 'Your recovery codes'));
  const panel = h(
    'div',
    { class: 'alert alert-warning', dataset: { testid: 'recovery-codes' } },
    heading,
    h('p', {}, t('web.twofactor', 'Each code signs you in once if you lose your phone. Keep them somewhere safe: they will not be shown again.')),
    h('ol', { class: 'recovery-codes' }, codes.map((code) => h('li', {}, h('code', {}, code)))),
    h('div', { class: 'd-flex flex-wrap gap-2' }, copy, save, done),
  );
  return { panel, focus: () => heading.focus() };
}

export function renderTwoFactorSection(host, { session, announce, account }) {
  let enabled = Boolean(account?.twoFactorEnabled ?? session.user?.twoFactorEnabled);
  let emailEnabled = Boolean(account?.emailTwoFactorEnabled ?? session.user?.emailTwoFactorEnabled);
  const draw = () => {
    if (emailEnabled) {
      host.replaceChildren(
        h(
          'p',
          {},
          h('span', { class: 'badge text-bg-success', dataset: { testid: 'twofactor-status', state: 'email' } }, t('web.twofactor', 'On')),
          ' ',
          t('web.twofactor', 'Signing in asks for a code sent to your e-mail address.'),
        ),
        emailDisableArea(),
      );
      return;
    }
    const status = h(
      'p',
      {},
      h(
        'span',
        { class: `badge text-bg-${enabled ? 'success' : 'secondary'}`, dataset: { testid: 'twofactor-status', state: enabled ? 'on' : 'off' } },
        enabled ? t('web.twofactor', 'On') : t('web.twofactor', 'Off'),
      ),
      ' ',
      enabled
        ? t('web.twofactor', 'Signing in asks for a code from your authenticator app.')
        : t('web.twofactor', 'Add a code from an authenticator app to your password when you sign in.'),
    );
    if (enabled) host.replaceChildren(status, disableArea());
    else host.replaceChildren(status, enableArea(), emailEnableArea());
  };

  // Codes by e-mail: one is mailed to confirm, then each sign-in mails a new one.
  const emailEnableArea = () => {
    const area = h('div', { class: 'mt-3' });
    const start = h('button', { type: 'button', class: 'btn btn-outline-primary', dataset: { testid: 'twofactor-email-start' } }, t('web.twofactor', 'Use codes sent by e-mail'));
    const problem = h('div', { class: 'alert alert-danger d-none', role: 'alert' });
    start.addEventListener('click', async () => {
      start.disabled = true;
      const answer = await session.api('POST', '/api/auth/2fa/email/start');
      start.disabled = false;
      if (!answer.ok) {
        problem.textContent = describeTwoFactorError(answer.error, answer.retryAfter);
        problem.classList.remove('d-none');
        return;
      }
      area.replaceChildren(emailConfirmPanel(String(answer.body.sentTo ?? '')));
    });
    area.append(h('p', { class: 'mb-2' }, t('web.twofactor', 'No authenticator app? Get each sign-in code by e-mail instead.')), problem, start);
    return area;
  };

  const emailConfirmPanel = (sentTo) => {
    const codeField = createCodeField({
      label: t('web.twofactor', '6-digit code from the e-mail'),
      patternMessage: t('web.twofactor', 'Enter the 6 digits of the e-mail.'),
    });
    const cancel = h('button', { type: 'button', class: 'btn btn-link' }, t('web.twofactor', 'Cancel'));
    cancel.addEventListener('click', draw);
    const heading = h('h3', { class: 'h6', tabindex: '-1' }, t('web.twofactor', 'Check your mailbox'));
    const form = createForm({
      fields: [codeField],
      submitLabel: t('web.twofactor', 'Confirm and turn on'),
      onSubmit: (values) => session.api('POST', '/api/auth/2fa/email/enable', { body: { code: values.code } }),
      onSuccess: (answer) => {
        emailEnabled = true;
        session.setUser({ emailTwoFactorEnabled: true });
        announce(t('web.twofactor', 'Sign-in codes by e-mail are on.'));
        const codes = Array.isArray(answer.body.recoveryCodes) ? answer.body.recoveryCodes.map(String) : [];
        const shown = recoveryCodesPanel(codes, { announce, onDone: draw });
        host.replaceChildren(shown.panel);
        shown.focus();
      },
      describeError: describeTwoFactorError,
    });
    form.element.dataset.testid = 'twofactor-email-form';
    form.element.append(cancel);
    queueMicrotask(() => heading.focus());
    return h('div', { class: 'border rounded p-3' }, heading, h('p', {}, t('web.twofactor', 'We sent a 6-digit code to %{address}. Enter it within 10 minutes.', { address: sentTo })), form.element);
  };

  const emailDisableArea = () => {
    const off = h('button', { type: 'button', class: 'btn btn-outline-danger', dataset: { testid: 'twofactor-email-disable' } }, t('web.twofactor', 'Turn off codes by e-mail'));
    const problem = h('div', { class: 'alert alert-danger d-none', role: 'alert' });
    off.addEventListener('click', async () => {
      off.disabled = true;
      const answer = await session.api('POST', '/api/auth/2fa/email/disable');
      off.disabled = false;
      if (!answer.ok) {
        problem.textContent = describeTwoFactorError(answer.error, answer.retryAfter);
        problem.classList.remove('d-none');
        return;
      }
      emailEnabled = false;
      session.setUser({ emailTwoFactorEnabled: false });
      announce(t('web.twofactor', 'Sign-in codes by e-mail are off.'));
      draw();
    });
    return h('div', {}, problem, off);
  };

  const enableArea = () => {
    const area = h('div');
    const start = h('button', { type: 'button', class: 'btn btn-primary', dataset: { testid: 'twofactor-start' } }, t('web.twofactor', 'Turn on two-factor sign-in'));
    const problem = h('div', { class: 'alert alert-danger d-none', role: 'alert' });
    start.addEventListener('click', async () => {
      start.disabled = true;
      const answer = await session.api('POST', '/api/auth/2fa/setup');
      start.disabled = false;
      if (!answer.ok) {
        problem.textContent = describeTwoFactorError(answer.error, answer.retryAfter);
        problem.classList.remove('d-none');
        return;
      }
      area.replaceChildren(setupPanel(answer.body));
    });
    area.append(problem, start);
    return area;
  };

  const setupPanel = ({ secret, qrCode }) => {
    const picture = IMAGE_DATA_URI.test(String(qrCode ?? ''))
      ? h('img', { src: qrCode, class: 'twofactor-qr img-fluid border', alt: t('web.twofactor', 'QR code to scan with your authenticator app'), width: 200, height: 200 })
      : null;
    const codeField = createCodeField({
      label: t('web.twofactor', '6-digit code from the app'),
      patternMessage: t('web.twofactor', 'Enter the 6 digits shown by your app.'),
    });
    const cancel = h('button', { type: 'button', class: 'btn btn-link' }, t('web.twofactor', 'Cancel'));
    cancel.addEventListener('click', draw);
    const heading = h('h3', { class: 'h6', tabindex: '-1' }, t('web.twofactor', 'Set up your authenticator app'));
    const form = createForm({
      fields: [codeField],
      submitLabel: t('web.twofactor', 'Confirm and turn on'),
      extra: [],
      onSubmit: (values) => session.api('POST', '/api/auth/2fa/enable', { body: { code: values.code } }),
      onSuccess: (answer) => {
        enabled = true;
        session.setUser({ twoFactorEnabled: true });
        announce(t('web.twofactor', 'Two-factor sign-in is on.'));
        const codes = Array.isArray(answer.body.recoveryCodes) ? answer.body.recoveryCodes.map(String) : [];
        const shown = recoveryCodesPanel(codes, { announce, onDone: draw });
        host.replaceChildren(shown.panel);
        shown.focus();
      },
      describeError: describeTwoFactorError,
    });
    form.element.dataset.testid = 'twofactor-enable-form';
    form.element.append(cancel);
    const panel = h(
      'div',
      { class: 'border rounded p-3' },
      heading,
      h('p', {}, t('web.twofactor', 'Scan this QR code with an authenticator app, or type in the key below. Then enter the code the app shows.')),
      picture,
      h('p', { class: 'mt-2 mb-1' }, t('web.twofactor', 'Key to type in:')),
      h('p', {}, h('code', { class: 'twofactor-secret', dataset: { testid: 'twofactor-secret' } }, String(secret ?? ''))),
      form.element,
    );
    queueMicrotask(() => heading.focus());
    return panel;
  };

  const disableArea = () => {
    const methods = [
      ['code', t('web.twofactor', 'A code from my app')],
      ['recoveryCode', t('web.twofactor', 'A recovery code')],
      ...(account?.hasPassword !== false ? [['password', t('web.twofactor', 'My password')]] : []),
    ];
    let method = 'code';
    const fieldFor = {
      code: createCodeField({ label: t('web.twofactor', '6-digit code from the app'), patternMessage: t('web.twofactor', 'Enter the 6 digits shown by your app.') }),
      recoveryCode: createField({ name: 'recoveryCode', label: t('web.twofactor', 'Recovery code'), autocomplete: 'off', required: true, maxlength: 40 }),
      password: createField({ name: 'password', label: t('web.twofactor', 'Password'), type: 'password', autocomplete: 'current-password', required: true, maxlength: 1024 }),
    };
    const formHost = h('div');
    const drawForm = () => {
      const form = createForm({
        fields: [fieldFor[method]],
        submitLabel: t('web.twofactor', 'Turn off two-factor sign-in'),
        onSubmit: (values) => session.api('POST', '/api/auth/2fa/disable', { body: { [method]: values[method].trim() } }),
        onSuccess: () => {
          enabled = false;
          session.setUser({ twoFactorEnabled: false });
          announce(t('web.twofactor', 'Two-factor sign-in is off.'));
          draw();
        },
        describeError: describeTwoFactorError,
      });
      form.submit.classList.replace('btn-primary', 'btn-outline-danger');
      form.element.dataset.testid = 'twofactor-disable-form';
      formHost.replaceChildren(form.element);
    };
    const name = `twofactor-method-${Math.random().toString(36).slice(2)}`;
    const choices = h(
      'fieldset',
      { class: 'mb-3' },
      h('legend', { class: 'form-label fs-6' }, t('web.twofactor', 'To turn it off, confirm with')),
      methods.map(([value, label]) => {
        const id = `${name}-${value}`;
        const radio = h('input', { type: 'radio', class: 'form-check-input', name, id, value, checked: value === method });
        radio.addEventListener('change', () => {
          method = value;
          drawForm();
        });
        return h('div', { class: 'form-check form-check-inline' }, radio, h('label', { class: 'form-check-label', for: id }, label));
      }),
    );
    drawForm();
    return h('div', {}, choices, formHost);
  };

  draw();
}
