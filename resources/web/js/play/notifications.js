// Notices shown on every page: an invitation to a match (with its settings, accept or decline,
// and its expiry), a running match of ours that this page is not in (resume it), and a tournament
// match ready to enter before its deadline. Each is announced when it arrives.
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { configSummary } from '../views/play.js';
import { inviteAnswer, join } from './protocol.js';

export function installPlayNotifications({ client, router, announce }) {
  const region = h('aside', { class: 'play-toasts', 'aria-label': t('web.play', 'Match notifications'), dataset: { testid: 'play-notifications' } });
  document.body.append(region);
  const readyMatches = new Map(); // roomId -> tournamentMatchReady

  let ticking = []; // [node, () => text]: countdowns updated every second without a redraw (focus stays)
  const line = (text) => {
    if (typeof text !== 'function') return h('p', { class: 'small mb-1' }, text);
    const node = h('p', { class: 'small mb-1' }, text());
    ticking.push([node, text]);
    return node;
  };
  const card = (testid, title, lines, ...buttons) =>
    h(
      'div',
      { class: 'card shadow play-toast', role: 'group', 'aria-label': title, dataset: { testid } },
      h('div', { class: 'card-body p-3' }, h('p', { class: 'fw-semibold mb-1' }, title), ...lines.map(line), h('div', { class: 'd-flex flex-wrap gap-2 mt-2' }, ...buttons)),
    );
  const button = (text, style, testid, onClick) => {
    const node = h('button', { type: 'button', class: `btn btn-sm ${style}`, dataset: { testid } }, text);
    node.addEventListener('click', onClick);
    return node;
  };

  const draw = () => {
    ticking = [];
    const cards = [];
    for (const invitation of client.invitations.values()) {
      const left = Math.max(0, Math.round((invitation.expiresInMs - (performance.now() - invitation.receivedAt)) / 1000));
      if (left <= 0) continue;
      cards.push(
        card(
          'invitation',
          t('web.play', '%{name} invites you to a match', { name: invitation.from.displayName }),
          [
            configSummary(invitation.config),
            () => t('web.play', 'Expires in %{seconds} s.', { seconds: Math.max(0, Math.round((invitation.expiresInMs - (performance.now() - invitation.receivedAt)) / 1000)) }),
          ],
          button(t('web.play', 'Accept'), 'btn-primary', 'accept-invitation', () => client.send(inviteAnswer(invitation.inviteId, true))),
          button(t('web.play', 'Decline'), 'btn-outline-secondary', 'decline-invitation', () => {
            client.send(inviteAnswer(invitation.inviteId, false));
            client.invitations.delete(invitation.inviteId);
            draw();
          }),
        ),
      );
    }
    const active = client.activeMatch;
    if (active && !location.pathname.startsWith(`/play/${active.roomId}`) && !client.inRoom(active.roomId)) {
      cards.push(
        card(
          'active-match',
          t('web.play', 'Your match is still running'),
          [t('web.play', 'Go back to it before your seat is forfeited.')],
          button(t('web.play', 'Resume the match'), 'btn-primary', 'resume-active', () => {
            client.activeMatch = null;
            router.navigate(`/play/${encodeURIComponent(active.roomId)}`);
          }),
        ),
      );
    }
    for (const ready of readyMatches.values()) {
      if (client.inRoom(ready.roomId) || Date.parse(ready.deadline) < Date.now()) {
        readyMatches.delete(ready.roomId);
        continue;
      }
      cards.push(
        card(
          'tournament-ready',
          t('web.play', 'Your tournament match is ready: %{you} vs %{opponent}', { you: ready.you?.label ?? '?', opponent: ready.opponent?.label ?? '?' }),
          [() => t('web.play', 'Enter within %{seconds} s or lose by walkover.', { seconds: Math.max(0, Math.round((Date.parse(ready.deadline) - Date.now()) / 1000)) })],
          button(t('web.play', 'Enter the match'), 'btn-primary', 'join-tournament-match', () => {
            readyMatches.delete(ready.roomId);
            client.send(join(ready.roomId));
            draw();
          }),
        ),
      );
    }
    region.replaceChildren(...cards);
  };

  client.addEventListener('invites', (event) => {
    if (event.detail?.type === 'invitation') {
      announce(t('web.play', '%{name} invites you to a match.', { name: event.detail.from.displayName }));
    }
    draw();
  });
  client.addEventListener('active', () => {
    draw();
    if (!location.pathname.startsWith(`/play/${client.activeMatch?.roomId}`)) announce(t('web.play', 'Your match is still running.'));
  });
  client.addEventListener('started', draw);
  client.addEventListener('tournament', (event) => {
    if (event.detail.type === 'tournamentMatchReady') {
      readyMatches.set(event.detail.roomId, event.detail);
      announce(t('web.play', 'Your tournament match is ready.'));
    }
    draw();
  });
  router.addEventListener('navigate', draw);
  setInterval(() => {
    const expired = [...client.invitations.values()].some((invitation) => performance.now() - invitation.receivedAt > invitation.expiresInMs);
    if (expired) {
      for (const [id, invitation] of client.invitations) if (performance.now() - invitation.receivedAt > invitation.expiresInMs) client.invitations.delete(id);
      draw();
      return;
    }
    for (const [node, text] of ticking) node.textContent = text();
  }, 1000);
}
