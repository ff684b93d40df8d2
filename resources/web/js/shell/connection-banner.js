import { h } from '../dom.js';
import { t } from '../i18n.js';
import { connectionExplanation, createConnectionBadge } from '../components/connection-status.js';
import { ConnectionState, OfflineReason } from '../realtime/connection.js';

// A first connection slower than this is worth saying; a page load's usual 100 ms is not.
const SLOW_CONNECT_MS = 2000;

// The strip under the header that says, in words, what the header's connection dot shows by colour
// alone: shown while the page is reconnecting or offline, and while a first connection is slow.
// The header keeps one width whatever the state (its dot has no words), so a long "Reconnecting in
// 4 s" in Russian never wraps it; the words live here, with what they mean for the player.
// Screen readers hear the changes from the announcer (shell/announcer.js), not from this strip.
export function renderConnectionBanner(host, { connection, signal }) {
  // Lost: reconnecting or offline since the last time it was connected. A retry passes through
  // "connecting" on its way back, and the strip stays through it rather than blinking.
  let lost = false;
  // The loss was a pause for a visitor away too long (OfflineReason.Idle), not a problem: its way
  // back through "connecting" stays calm too. Only a failed attempt (reconnecting) or another cause
  // of going offline makes it a loss worth a warning.
  let calm = false;
  let slow = false;
  let slowTimer = null;
  let drawnFor;
  let badgeController = null; // the drawn badge's: it follows the connection until redrawn

  const draw = () => {
    const state = connection.state;
    const show = lost || slow;
    // Away too long is not a problem to warn about; losing the server or the network is.
    const tone = calm || !lost ? 'alert-secondary' : 'alert-warning';
    const key = show ? `${state}:${connection.offlineReason ?? ''}:${tone}` : null;
    if (key === drawnFor) return;
    drawnFor = key;
    badgeController?.abort();
    badgeController = null;
    host.hidden = !show;
    if (!show) {
      host.replaceChildren();
      return;
    }
    // A slow first connection says what is going on too (the badge alone says "Connecting…").
    const explanation =
      slow && !lost && state === ConnectionState.Connecting
        ? t('web.connection', 'The server is slow to answer. Still trying by itself.')
        : connectionExplanation(connection);
    badgeController = new AbortController();
    host.replaceChildren(
      h(
        'div',
        {
          class: `alert ${tone} rounded-0 mb-0 py-2`,
          role: 'region',
          'aria-label': t('web.connection', 'Server connection'),
          dataset: { testid: 'connection-banner', state },
        },
        h(
          'div',
          { class: 'container d-flex flex-wrap align-items-center gap-2' },
          // The badge's own words count down while reconnecting.
          createConnectionBadge(connection, badgeController.signal, { testid: 'connection-banner-state' }),
          explanation ? h('span', {}, explanation) : null,
        ),
      ),
    );
  };

  const stopTimer = () => {
    clearTimeout(slowTimer);
    slowTimer = null;
  };
  const follow = () => {
    const state = connection.state;
    if (state === ConnectionState.Connected) {
      lost = false;
      calm = false;
    }
    if (state === ConnectionState.Reconnecting || state === ConnectionState.Offline) {
      lost = true;
      calm = state === ConnectionState.Offline && connection.offlineReason === OfflineReason.Idle;
    }
    if (state === ConnectionState.Connecting) {
      if (slowTimer === null && !slow) {
        slowTimer = setTimeout(() => {
          slowTimer = null;
          slow = true;
          draw();
        }, SLOW_CONNECT_MS);
      }
    } else {
      stopTimer();
      slow = false;
    }
    draw();
  };

  connection.addEventListener('statechange', follow, { signal });
  signal.addEventListener(
    'abort',
    () => {
      stopTimer();
      badgeController?.abort();
    },
    { once: true },
  );
  follow();
}
