// How one message of a conversation looks: a person's text (with its sending state, "Seen" and
// the report menu), a line the server wrote, an invitation card with its live state, the report
// form. Plain functions from data and callbacks to DOM nodes (dom.js h(): text stays text); the
// panel (chat-panel.js) keeps the state and decides when to draw again.
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { avatarImage } from '../people/avatar.js';
import { inviteAnswer, inviteCancel } from '../play/protocol.js';
import { configSummary } from '../views/play.js';
import { clockTime, fullTime, invitationStateText, sendErrorText, shortTime, systemText } from './texts.js';

export function userLink(user, content, extra = {}) {
  return h('a', { href: `/users/${encodeURIComponent(user.id)}`, ...extra }, content);
}

export function systemMessageView(message) {
  const matchId = message.system?.args?.matchId;
  return h(
    'li',
    { class: 'chat-system small text-center', dataset: { testid: 'chat-system', code: message.system?.code ?? '' } },
    h('span', {}, systemText(message)),
    ' ',
    Number.isInteger(matchId) && matchId > 0 ? [h('a', { href: `/matches/${matchId}` }, t('web.chat', 'See the match')), ' '] : null,
    h('time', { datetime: message.sentAt, title: fullTime(message.sentAt), class: 'text-body-secondary' }, shortTime(message.sentAt)),
  );
}

export function invitationView(message, { myId, answer }) {
  const invitation = message.invitation ?? {};
  const from = invitation.from ?? message.sender ?? { id: 0, displayName: '?' };
  const to = invitation.to ?? { id: 0, displayName: '?' };
  const buttons = [];
  if (invitation.state === 'pending' && to.id === myId) {
    const accept = h('button', { type: 'button', class: 'btn btn-sm btn-primary', dataset: { testid: 'chat-invite-accept' } }, t('web.chat', 'Accept'));
    accept.addEventListener('click', () => answer(inviteAnswer(invitation.inviteId, true)));
    const decline = h('button', { type: 'button', class: 'btn btn-sm btn-outline-secondary', dataset: { testid: 'chat-invite-decline' } }, t('web.chat', 'Decline'));
    decline.addEventListener('click', () => answer(inviteAnswer(invitation.inviteId, false)));
    buttons.push(accept, decline);
  } else if (invitation.state === 'pending' && from.id === myId) {
    const cancel = h('button', { type: 'button', class: 'btn btn-sm btn-outline-secondary', dataset: { testid: 'chat-invite-cancel' } }, t('web.chat', 'Cancel the invitation'));
    cancel.addEventListener('click', () => answer(inviteCancel(invitation.inviteId)));
    buttons.push(cancel);
  }
  const title =
    from.id === myId
      ? t('web.chat', 'You invited %{name} to a match', { name: to.displayName })
      : t('web.chat', '%{name} invites you to a match', { name: from.displayName });
  return h(
    'li',
    { class: 'chat-invitation', dataset: { testid: 'chat-invitation', state: invitation.state ?? '', inviteId: String(invitation.inviteId ?? '') } },
    h(
      'div',
      { class: 'card', role: 'group', 'aria-label': title },
      h(
        'div',
        { class: 'card-body p-2' },
        h('p', { class: 'fw-semibold mb-1' }, title),
        invitation.config ? h('p', { class: 'small mb-1', dataset: { testid: 'chat-invite-settings' } }, configSummary(invitation.config)) : null,
        h(
          'p',
          { class: 'small mb-1' },
          h('span', { class: `badge ${invitation.state === 'pending' ? 'text-bg-info' : invitation.state === 'accepted' ? 'text-bg-success' : 'text-bg-secondary'}`, dataset: { testid: 'chat-invite-state' } }, invitationStateText(invitation.state)),
          ' ',
          h('time', { datetime: message.sentAt, title: fullTime(message.sentAt), class: 'text-body-secondary' }, shortTime(message.sentAt)),
        ),
        invitation.state === 'pending' && invitation.expiresAt
          ? h('p', { class: 'small text-body-secondary mb-1' }, t('web.chat', 'Open until %{time}.', { time: clockTime(invitation.expiresAt) }))
          : null,
        buttons.length ? h('div', { class: 'd-flex gap-2' }, buttons) : null,
      ),
    ),
  );
}

export function textMessageView(message, { myId, grouped, seen, reportOpen, onRetry, onDiscard, onToggleReport, reportForm }) {
  const mine = message.sender?.id === myId;
  const sender = message.sender ?? { id: 0, displayName: '?' };
  const removed = message.removed === 'moderator' ? t('web.chat', 'Removed by a moderator') : message.removed ? t('web.chat', 'Deleted with its account') : null;
  const textNode = h('p', { class: `chat-text mb-0${removed ? ' fst-italic text-body-secondary' : ''}`, dataset: { testid: 'chat-text' } }, removed ?? message.text);
  const status = [];
  if (message.pending?.state === 'sending') status.push(h('span', { class: 'small text-body-secondary', dataset: { testid: 'chat-pending' } }, t('web.chat', 'Sending…')));
  if (message.pending?.state === 'failed') {
    const retry = h('button', { type: 'button', class: 'btn btn-link btn-sm p-0' }, t('web.chat', 'Try again'));
    retry.addEventListener('click', onRetry);
    const discard = h('button', { type: 'button', class: 'btn btn-link btn-sm p-0' }, t('web.chat', 'Delete'));
    discard.addEventListener('click', onDiscard);
    status.push(h('span', { class: 'small text-danger', dataset: { testid: 'chat-failed', code: message.pending.error?.code ?? '' } }, t('web.chat', 'Not sent: %{reason}', { reason: sendErrorText(message.pending.error) })), ' ', retry, ' ', discard);
  }
  if (seen) status.push(h('span', { class: 'small text-body-secondary', dataset: { testid: 'chat-seen' } }, t('web.chat', 'Seen')));

  let menu = null;
  if (!mine && message.id !== null && !message.removed) {
    const report = h('button', { type: 'button', class: 'btn btn-link btn-sm p-0 chat-report-toggle', 'aria-expanded': String(reportOpen), dataset: { testid: 'chat-report' } }, t('web.chat', 'Report'));
    report.setAttribute('aria-label', t('web.chat', 'Report this message from %{name}', { name: sender.displayName }));
    report.addEventListener('click', onToggleReport);
    menu = report;
  }
  return h(
    'li',
    { class: `chat-message${mine ? ' chat-mine' : ''}${grouped ? ' chat-grouped' : ''}`, dataset: { testid: 'chat-message', messageId: String(message.id ?? ''), mine: String(mine) } },
    grouped ? h('span', { class: 'chat-avatar-space', 'aria-hidden': 'true' }) : userLink(sender, avatarImage(sender, { size: 32, alt: t('web.chat', 'Profile of %{name}', { name: sender.displayName }) }), { class: 'chat-avatar-link flex-shrink-0' }),
    h(
      'div',
      { class: 'chat-bubble-wrap' },
      grouped
        ? null
        : h(
            'p',
            { class: 'chat-meta small mb-0' },
            userLink(sender, sender.displayName, { class: 'chat-sender fw-semibold link-body-emphasis', dataset: { testid: 'chat-sender' } }),
            ' ',
            h('time', { datetime: message.sentAt, title: fullTime(message.sentAt), class: 'text-body-secondary' }, shortTime(message.sentAt)),
          ),
      h('div', { class: 'chat-bubble' }, textNode),
      status.length || menu ? h('div', { class: 'chat-status d-flex flex-wrap gap-2 align-items-baseline' }, status, menu) : null,
      reportOpen ? reportForm() : null,
    ),
  );
}

export function reportFormView(message, { send, onClose }) {
  const id = `chat-report-reason-${message.id}`;
  const reason = h(
    'select',
    { id, class: 'form-select form-select-sm' },
    h('option', { value: 'spam' }, t('web.chat', 'Spam')),
    h('option', { value: 'abuse' }, t('web.chat', 'Abuse or harassment')),
    h('option', { value: 'cheating' }, t('web.chat', 'Cheating')),
    h('option', { value: 'other' }, t('web.chat', 'Something else')),
  );
  const comment = h('textarea', { id: `chat-report-comment-${message.id}`, class: 'form-control form-control-sm', rows: '2', maxlength: '500' });
  const result = h('p', { class: 'small mb-0', role: 'status' });
  const submit = h('button', { type: 'submit', class: 'btn btn-sm btn-danger' }, t('web.chat', 'Send the report'));
  const cancel = h('button', { type: 'button', class: 'btn btn-sm btn-outline-secondary' }, t('web.chat', 'Cancel'));
  cancel.addEventListener('click', () => onClose(null));
  const form = h(
    'form',
    { class: 'chat-report-form border rounded p-2 mt-1', novalidate: true, dataset: { testid: 'chat-report-form' } },
    h('label', { class: 'form-label small mb-0', for: id }, t('web.chat', 'Why do you report it?')),
    reason,
    h('label', { class: 'form-label small mb-0 mt-1', for: comment.id }, t('web.chat', 'Comment (optional)')),
    comment,
    h('div', { class: 'd-flex gap-2 mt-2' }, submit, cancel),
    result,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    submit.disabled = true;
    const answer = await send(reason.value, comment.value.trim());
    submit.disabled = false;
    if (answer.ok || answer.error?.code === 'already_reported') {
      onClose(answer.ok ? t('web.chat', 'Thank you: the moderators will look at this message.') : t('web.chat', 'You already reported this message.'));
      return;
    }
    result.textContent = t('web.chat', 'The report could not be sent: %{reason}', { reason: answer.error?.message ?? answer.error?.code ?? '' });
  });
  return form;
}
