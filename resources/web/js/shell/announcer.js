import { t } from '../i18n.js';
import { ConnectionState, OfflineReason } from '../realtime/connection.js';

// Speaks short messages through the polite live region that index.html provides (it must exist
// before the first message, or screen readers miss it).
export function createAnnouncer(region) {
  let timer = null;
  return (text) => {
    // Emptying first and filling on the next tick makes a repeated message be spoken again.
    region.textContent = '';
    clearTimeout(timer);
    timer = setTimeout(() => {
      region.textContent = text;
    }, 100);
  };
}

// Announces losing and regaining the server. Retries are not announced one by one: a
// screen reader user hears "lost" once, then "connected" when it comes back.
export function announceConnectionChanges(connection, announce) {
  let previous = connection.state;
  connection.addEventListener('statechange', () => {
    const state = connection.state;
    if (state === ConnectionState.Connected) {
      announce(t('web.connection', 'Connected to the server.'));
    } else if (state === ConnectionState.Reconnecting && previous === ConnectionState.Connected) {
      announce(t('web.connection', 'The connection to the server was lost. Trying again by itself.'));
    } else if (state === ConnectionState.Offline) {
      announce(
        connection.offlineReason === OfflineReason.Idle
          ? t('web.connection', 'Paused while you were away. It resumes when you use the page.')
          : connection.offlineReason === OfflineReason.UnsupportedVersion
            ? t('web.connection', 'This page is out of date. Reload it to connect again.')
            : t('web.connection', 'Your device is offline. The connection resumes when the network is back.'),
      );
    }
    if (state !== ConnectionState.Connecting) previous = state;
  });
}
