// Friends' presence: the labels, a badge, and the live "presence" WebSocket messages
// (docs/protocol.md, "Presence"). Only friends' presence is ever known.
import { h } from '../dom.js';
import { t } from '../i18n.js';

export function presenceLabel(status) {
  switch (status) {
    case 'online':
      return t('web.friends', 'Online');
    case 'in_game':
      return t('web.friends', 'In a game');
    default:
      return t('web.friends', 'Offline');
  }
}

const BADGE_CLASS = { online: 'text-bg-success', in_game: 'text-bg-primary', offline: 'text-bg-secondary' };

// The text says the status; the colour only repeats it.
export function presenceBadge(status) {
  const known = status in BADGE_CLASS ? status : 'offline';
  return h(
    'span',
    { class: `badge rounded-pill ${BADGE_CLASS[known]}`, dataset: { testid: 'presence', presence: known } },
    presenceLabel(known),
  );
}

// Calls listener({ userId, status }) for each presence message until `signal` aborts.
export function onPresence(connection, signal, listener) {
  connection.addEventListener(
    'message',
    (event) => {
      const message = event.detail;
      if (message?.type !== 'presence' || !Number.isInteger(message.userId)) return;
      listener({ userId: message.userId, status: String(message.status) });
    },
    { signal },
  );
}
