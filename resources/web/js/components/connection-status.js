import { h } from '../dom.js';
import { t } from '../i18n.js';
import { ConnectionState, OfflineReason } from '../realtime/connection.js';

const BADGE_CLASS = {
  [ConnectionState.Connecting]: 'text-bg-secondary',
  [ConnectionState.Connected]: 'text-bg-success',
  [ConnectionState.Reconnecting]: 'text-bg-warning',
  [ConnectionState.Offline]: 'text-bg-danger',
};

// The short label for the connection's state, e.g. "Reconnecting in 4 s".
export function connectionLabel(connection) {
  switch (connection.state) {
    case ConnectionState.Connected:
      return t('web.connection', 'Connected');
    case ConnectionState.Reconnecting: {
      const seconds = Math.ceil((connection.retryAt - Date.now()) / 1000);
      return seconds > 0
        ? t('web.connection', 'Reconnecting in %{seconds} s', { seconds })
        : t('web.connection', 'Reconnecting…');
    }
    case ConnectionState.Offline:
      return t('web.connection', 'Offline');
    default:
      return t('web.connection', 'Connecting…');
  }
}

// A sentence saying what the state means for the player, or '' when there is nothing to add.
export function connectionExplanation(connection) {
  if (connection.state === ConnectionState.Offline) {
    if (connection.offlineReason === OfflineReason.Idle) {
      return t('web.connection', 'Paused while you were away. It resumes when you use the page.');
    }
    return connection.offlineReason === OfflineReason.UnsupportedVersion
      ? t('web.connection', 'This page is out of date. Reload it to connect again.')
      : t('web.connection', 'Your device is offline. The connection resumes when the network is back.');
  }
  if (connection.state === ConnectionState.Reconnecting) {
    return t('web.connection', 'The connection to the server was lost. Trying again by itself.');
  }
  return '';
}

// A badge that follows the connection until `signal` aborts. data-state carries the untranslated
// state for tests and styles. While reconnecting, it counts down every second.
export function createConnectionBadge(connection, signal, { testid = 'connection-state', className = '' } = {}) {
  const label = h('span', { class: 'connection-label' });
  // Heard, not seen: a lone "Connected" in the header would not say what is connected.
  const prefix = h('span', { class: 'visually-hidden' }, t('web.connection', 'Server connection:'), ' ');
  const badge = h('span', { class: `badge connection-badge ${className}`, dataset: { testid } }, prefix, label);
  let ticker = null;

  const update = () => {
    badge.dataset.state = connection.state;
    badge.className = `badge connection-badge ${BADGE_CLASS[connection.state]} ${className}`;
    label.textContent = connectionLabel(connection);
    badge.title = label.textContent; // the dot alone on a crowded header (app.css) still says it
    const counting = connection.state === ConnectionState.Reconnecting;
    if (counting && ticker === null) ticker = setInterval(update, 1000);
    if (!counting && ticker !== null) {
      clearInterval(ticker);
      ticker = null;
    }
  };

  connection.addEventListener('statechange', update, { signal });
  signal.addEventListener('abort', () => clearInterval(ticker), { once: true });
  update();
  return badge;
}
