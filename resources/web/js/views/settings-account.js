// Settings sections about the account's access and data: linked sign-in providers, active
// sessions, and privacy (export, anonymize, delete).
import { getJson } from '../api/http.js';
import { createForm, describeApiError } from '../components/form.js';
import { h } from '../dom.js';
import { getLanguage, t } from '../i18n.js';

function formatDateTime(iso) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return date.toLocaleString(getLanguage(), { dateStyle: 'medium', timeStyle: 'short' });
}

function alertBox(kind = 'danger') {
  const box = h('div', { class: `alert alert-${kind} d-none`, role: 'alert' });
  return {
    box,
    show(message) {
      box.textContent = message ?? '';
      box.classList.toggle('d-none', !message);
    },
  };
}

// ---- Linked sign-in providers ----------------------------------------------------------------

export async function renderLinkedProviders(host, { session, announce, signal }) {
  host.replaceChildren(h('p', { class: 'text-body-secondary' }, t('web.settings', 'Loading…')));
  const [providers, links] = await Promise.all([
    getJson('/api/auth/oauth/providers', { signal }),
    session.api('GET', '/api/auth/oauth/links', { signal }),
  ]);
  if (signal.aborted) return;
  const problem = alertBox();
  if (!providers.ok || !links.ok) {
    problem.show(describeApiError(providers.ok ? links.error : providers.error));
    host.replaceChildren(problem.box);
    return;
  }
  const list = Array.isArray(providers.body.providers) ? providers.body.providers : [];
  if (list.length === 0) {
    host.replaceChildren(h('p', { dataset: { testid: 'no-providers' } }, t('web.settings', 'This server offers no other sign-in providers.')));
    return;
  }
  const linked = new Map((links.body.links ?? []).map((link) => [link.provider, link]));
  const items = list.map((provider) => {
    const id = String(provider.id);
    const name = String(provider.name ?? provider.id);
    const link = linked.get(id);
    const button = h('button', { type: 'button', class: `btn btn-sm ${link ? 'btn-outline-danger' : 'btn-outline-primary'}` });
    button.textContent = link ? t('web.settings', 'Unlink %{provider}', { provider: name }) : t('web.settings', 'Link %{provider}', { provider: name });
    button.addEventListener('click', async () => {
      problem.show(null);
      button.disabled = true;
      const path = `/api/auth/oauth/${encodeURIComponent(id)}/link`;
      if (!link) {
        const answer = await session.api('POST', `${path}?returnTo=${encodeURIComponent('/settings')}`);
        if (answer.ok && typeof answer.body.url === 'string' && /^https?:\/\//.test(answer.body.url)) {
          location.assign(answer.body.url); // to the provider, and back to /settings
          return;
        }
        button.disabled = false;
        problem.show(describeApiError(answer.error, answer.retryAfter));
        return;
      }
      const answer = await session.api('DELETE', path);
      button.disabled = false;
      if (answer.ok) {
        announce(t('web.settings', '%{provider} is unlinked.', { provider: name }));
        renderLinkedProviders(host, { session, announce, signal });
      } else if (answer.error?.code === 'last_sign_in_method') {
        problem.show(t('web.settings', 'This is your only way to sign in: set a password before unlinking it.'));
      } else {
        problem.show(describeApiError(answer.error, answer.retryAfter));
      }
    });
    const state = link
      ? t('web.settings', 'Linked as %{login} since %{date}', { login: String(link.login ?? ''), date: formatDateTime(link.linkedAt) })
      : t('web.settings', 'Not linked');
    return h(
      'li',
      { class: 'list-group-item d-flex flex-wrap justify-content-between align-items-center gap-2' },
      h('div', {}, h('strong', {}, name), h('div', { class: 'small text-body-secondary' }, state)),
      button,
    );
  });
  host.replaceChildren(problem.box, h('ul', { class: 'list-group' }, items));
}

// ---- Active sessions --------------------------------------------------------------------------

export async function renderSessions(host, { session, announce, router, signal }) {
  const answer = await session.api('GET', '/api/auth/sessions', { signal });
  if (signal.aborted) return;
  const problem = alertBox();
  if (!answer.ok) {
    problem.show(describeApiError(answer.error, answer.retryAfter));
    host.replaceChildren(problem.box);
    return;
  }
  const sessions = Array.isArray(answer.body.sessions) ? answer.body.sessions : [];
  const items = sessions.map((entry) => {
    const current = entry.current === true || entry.id === session.sessionId;
    const client = entry.client === 'app' ? t('web.settings', 'Desktop app') : t('web.settings', 'Web browser');
    const details = [
      entry.userAgent ? String(entry.userAgent) : null,
      entry.ipAddress ? t('web.settings', 'Address: %{ip}', { ip: String(entry.ipAddress) }) : null,
      t('web.settings', 'Last active: %{date}', { date: formatDateTime(entry.lastSeenAt) }),
      t('web.settings', 'Signed in: %{date}', { date: formatDateTime(entry.createdAt) }),
    ].filter(Boolean);
    let action = null;
    if (!current) {
      action = h('button', { type: 'button', class: 'btn btn-sm btn-outline-danger' }, t('web.settings', 'Sign out this session'));
      action.addEventListener('click', async () => {
        action.disabled = true;
        const revoked = await session.api('DELETE', `/api/auth/sessions/${encodeURIComponent(entry.id)}`);
        if (revoked.ok || revoked.status === 404) {
          announce(t('web.settings', 'The session is signed out.'));
          renderSessions(host, { session, announce, router, signal });
        } else {
          action.disabled = false;
          problem.show(describeApiError(revoked.error, revoked.retryAfter));
        }
      });
    }
    return h(
      'li',
      { class: 'list-group-item d-flex flex-wrap justify-content-between align-items-start gap-2', dataset: { testid: 'session', sessionId: String(entry.id), current: String(current) } },
      h(
        'div',
        { class: 'session-details' },
        h('strong', {}, client),
        current ? [' ', h('span', { class: 'badge text-bg-primary', dataset: { testid: 'this-device' } }, t('web.settings', 'This device'))] : null,
        details.map((line) => h('div', { class: 'small text-body-secondary text-break' }, line)),
      ),
      action,
    );
  });

  const everywhere = h('button', { type: 'button', class: 'btn btn-outline-danger' }, t('web.settings', 'Sign out everywhere'));
  const confirmArea = h('div', { class: 'mt-3' });
  everywhere.addEventListener('click', () => {
    const yes = h('button', { type: 'button', class: 'btn btn-danger', dataset: { testid: 'confirm-signout-everywhere' } }, t('web.settings', 'Yes, sign out everywhere'));
    const no = h('button', { type: 'button', class: 'btn btn-link' }, t('web.settings', 'Cancel'));
    const question = h('p', { tabindex: '-1' }, t('web.settings', 'Every session of this account ends, this one too. Continue?'));
    no.addEventListener('click', () => {
      confirmArea.replaceChildren(everywhere);
      everywhere.focus();
    });
    yes.addEventListener('click', async () => {
      yes.disabled = true;
      await session.signOut({ everywhere: true });
      announce(t('web.settings', 'You are signed out on every device.'));
      router.navigate('/');
    });
    confirmArea.replaceChildren(question, h('div', { class: 'd-flex flex-wrap gap-2' }, yes, no));
    question.focus();
  });
  confirmArea.append(everywhere);
  host.replaceChildren(problem.box, h('ul', { class: 'list-group', dataset: { testid: 'sessions' } }, items), confirmArea);
}

// ---- Privacy ------------------------------------------------------------------------------------

function describePrivacyError(error, retryAfter) {
  if (error?.code === 'reauthentication_required') {
    return t('web.settings', 'For your safety, sign out and sign in again, then retry within 10 minutes.');
  }
  return describeApiError(error, retryAfter);
}

// A button that opens a confirmation asking the password (when the account has one).
function dangerAction({ label, explanation, confirmLabel, testid, needsPassword, run }) {
  const area = h('div', { class: 'mb-3' });
  const open = h('button', { type: 'button', class: 'btn btn-outline-danger', dataset: { testid } }, label);
  const close = () => {
    area.replaceChildren(open);
    open.focus();
  };
  open.addEventListener('click', () => {
    const cancel = h('button', { type: 'button', class: 'btn btn-link' }, t('web.settings', 'Cancel'));
    cancel.addEventListener('click', close);
    const fields = needsPassword
      ? [{ name: 'password', label: t('web.settings', 'Your password'), type: 'password', autocomplete: 'current-password', required: true, maxlength: 1024 }]
      : [];
    const form = createForm({ fields, submitLabel: confirmLabel, onSubmit: run, describeError: describePrivacyError });
    form.submit.classList.replace('btn-primary', 'btn-danger');
    form.element.append(cancel);
    form.element.dataset.testid = `${testid}-form`;
    const heading = h('p', { class: 'fw-semibold', tabindex: '-1' }, explanation);
    area.replaceChildren(h('div', { class: 'border border-danger rounded p-3' }, heading, form.element));
    (form.element.querySelector('input') ?? heading).focus();
  });
  area.append(open);
  return area;
}

export function renderPrivacy(host, { session, announce, router, account }) {
  const problem = alertBox();
  const exportButton = h('button', { type: 'button', class: 'btn btn-outline-primary', dataset: { testid: 'export-data' } }, t('web.settings', 'Download my data (JSON)'));
  exportButton.addEventListener('click', async () => {
    problem.show(null);
    exportButton.disabled = true;
    const answer = await session.api('GET', '/api/users/me/export');
    exportButton.disabled = false;
    if (!answer.ok) {
      problem.show(describeApiError(answer.error, answer.retryAfter));
      return;
    }
    const url = URL.createObjectURL(new Blob([JSON.stringify(answer.body, null, 2)], { type: 'application/json' }));
    const name = `transcendence-export-${String(session.user?.username ?? 'account').replace(/[^A-Za-z0-9_]/g, '')}.json`;
    const link = h('a', { href: url, download: name, class: 'd-none' });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    announce(t('web.settings', 'Your data is downloading.'));
  });

  const needsPassword = account?.hasPassword !== false;
  const finish = async (message) => {
    // Every session has ended on the server: forget this one here without asking it again.
    await session.signOut({ local: true });
    announce(message);
    router.navigate('/');
  };
  const answerOrFinish = (message) => async (answer) => {
    if (answer.ok) await finish(message);
    return answer;
  };
  const anonymize = dangerAction({
    label: t('web.settings', 'Anonymize my account'),
    explanation: t('web.settings', 'Your name, e-mail, profile and sign-in methods are erased; your match results stay, under an anonymous name. You will be signed out and cannot sign in again. This cannot be undone.'),
    confirmLabel: t('web.settings', 'Anonymize my account'),
    testid: 'anonymize-account',
    needsPassword,
    run: async (values) =>
      answerOrFinish(t('web.settings', 'Your account is anonymized.'))(
        await session.api('POST', '/api/users/me/anonymize', { body: needsPassword ? { password: values.password } : {} }),
      ),
  });
  const remove = dangerAction({
    label: t('web.settings', 'Delete my account'),
    explanation: t('web.settings', 'Your account and everything that refers to it are erased; matches you played stay without your name. You will be signed out. This cannot be undone.'),
    confirmLabel: t('web.settings', 'Delete my account for good'),
    testid: 'delete-account',
    needsPassword,
    run: async (values) =>
      answerOrFinish(t('web.settings', 'Your account is deleted.'))(
        await session.api('POST', '/api/users/me/delete', { body: needsPassword ? { password: values.password } : {} }),
      ),
  });

  host.replaceChildren(
    problem.box,
    h('h3', { class: 'h6' }, t('web.settings', 'Your data')),
    h('p', {}, t('web.settings', 'Everything the platform keeps about you, in one JSON file.')),
    h('div', { class: 'mb-4' }, exportButton),
    h('h3', { class: 'h6' }, t('web.settings', 'Leave the platform')),
    anonymize,
    remove,
  );
}
