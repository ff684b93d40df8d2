import { getJson, isAbort } from '../api/http.js';
import { h } from '../dom.js';
import { formatDuration, formatMilliseconds, formatSeconds, formatTime, t } from '../i18n.js';
import { connectionExplanation, createConnectionBadge } from '../components/connection-status.js';
import { PROTOCOL_VERSION } from '../realtime/protocol.js';
import { adminServerPanel, fetchServiceStatus, serviceContent } from '../operations/service-status.js';

// A <dl> of [term, value, testid] rows; rows without a value are left out. `wide` suits a
// full-width card.
function definitionList(rows, { wide = false } = {}) {
  const termClass = wide ? 'col-sm-5 col-lg-3' : 'col-sm-5';
  const valueClass = wide ? 'col-sm-7 col-lg-9' : 'col-sm-7';
  return h(
    'dl',
    { class: 'row mb-0 status-details' },
    rows
      .filter(([, value]) => value !== null && value !== undefined && value !== '')
      .map(([term, value, testid]) => [
        h('dt', { class: termClass }, term),
        h('dd', { class: `${valueClass} text-break`, dataset: testid ? { testid } : undefined }, value),
      ]),
  );
}

function statusBadge(testid, state, label, tone) {
  return h('p', { class: 'mb-3' }, h('span', { class: `badge text-bg-${tone}`, dataset: { testid, state } }, label));
}

function card(columnClass, titleId, title, ...body) {
  return h(
    'section',
    { class: columnClass, 'aria-labelledby': titleId },
    h('div', { class: 'card h-100' }, h('div', { class: 'card-body' }, h('h2', { id: titleId, class: 'h5 card-title' }, title), ...body)),
  );
}

function errorRows(result) {
  return [
    [t('web.status', 'HTTP status'), result.status === 0 ? t('web.status', 'No answer') : String(result.status)],
    [t('web.status', 'Error code'), result.error?.code],
    [t('web.status', 'Message'), result.error?.message],
  ];
}

// GET /healthz: is the server process up?
function healthContent(result) {
  if (!result) return [statusBadge('healthz-status', 'loading', t('web.status', 'Checking…'), 'secondary')];
  if (result.ok && result.body.status === 'ok') {
    return [
      statusBadge('healthz-status', 'ok', t('web.status', 'Running'), 'success'),
      definitionList([
        [t('web.status', 'Version'), result.body.version, 'server-version'],
        [t('web.status', 'Uptime'), Number.isFinite(result.body.uptimeSeconds) ? formatDuration(result.body.uptimeSeconds) : null, 'server-uptime'],
        [t('web.status', 'HTTP status'), String(result.status)],
      ]),
    ];
  }
  return [statusBadge('healthz-status', 'error', t('web.status', 'Not responding'), 'danger'), definitionList(errorRows(result))];
}

// GET /readyz: can the server do its work (is the database reachable)?
function readinessContent(result) {
  if (!result) return [statusBadge('readyz-status', 'loading', t('web.status', 'Checking…'), 'secondary')];
  if (result.ok && result.body.status === 'ready') {
    return [
      statusBadge('readyz-status', 'ready', t('web.status', 'Ready'), 'success'),
      definitionList([
        [t('web.status', 'Database'), result.body.database === 'ok' ? t('web.status', 'Reachable') : String(result.body.database), 'readyz-database'],
        [t('web.status', 'HTTP status'), String(result.status)],
      ]),
    ];
  }
  return [statusBadge('readyz-status', 'unavailable', t('web.status', 'Not ready'), 'danger'), definitionList(errorRows(result))];
}

// The close code and, when the other side gave one, its reason (its own words, untranslated).
function closeDescription({ code, reason }) {
  const text = t('web.status', 'Close code %{code}', { code });
  return reason ? `${text} (${reason})` : text;
}

function realtimeContent(connection, signal) {
  const { welcome } = connection;
  const explanation = connectionExplanation(connection);
  const close = connection.lastClose;
  const serverError = connection.lastServerError;
  return [
    h('p', { class: 'mb-3' }, createConnectionBadge(connection, signal, { testid: 'ws-state' })),
    explanation ? h('p', { class: 'small' }, explanation) : null,
    definitionList([
      [t('web.status', 'Protocol version (this page)'), String(PROTOCOL_VERSION), 'protocol-version'],
      [t('web.status', 'Protocol version (server)'), welcome ? String(welcome.version) : null, 'server-protocol-version'],
      [t('web.status', 'Server'), welcome?.server, 'ws-server'],
      [t('web.status', 'Connection id'), welcome?.connectionId, 'connection-id'],
      [t('web.status', 'Heartbeat interval'), welcome ? formatSeconds(welcome.heartbeatIntervalMs / 1000) : null],
      [t('web.status', 'Ping round trip'), connection.rttMs !== null ? formatMilliseconds(connection.rttMs) : null, 'ping-rtt'],
      [t('web.status', 'Server time (last pong)'), connection.lastPongServerTime ? formatTime(connection.lastPongServerTime) : null],
      [t('web.status', 'Last disconnection'), close ? closeDescription(close) : null, 'last-close'],
      [t('web.status', 'Last server error'), serverError ? `${serverError.code}: ${serverError.message ?? ''}` : null],
    ], { wide: true }),
  ];
}

export const statusView = {
  id: 'status',
  title: () => t('web.status', 'Server status'),

  render(root, { connection, session, signal }) {
    const serviceBody = h('div');
    const healthBody = h('div');
    const readinessBody = h('div');
    const realtimeBody = h('div');
    // Announced after each check, so "Check again" is not silent for screen reader users.
    const checkedAt = h('p', { class: 'mb-0 small text-body-secondary', role: 'status', dataset: { testid: 'checked-at' } });
    const checkButton = h('button', { type: 'button', class: 'btn btn-outline-primary' }, t('web.status', 'Check again'));
    const checks = h(
      'div',
      { class: 'row g-4' },
      card('col-12', 'status-service-title', t('web.status', 'Service'), serviceBody),
      session?.isAdmin ? card('col-12', 'status-admin-title', t('web.status', 'Server (admins)'), adminServerPanel(session, signal, () => check())) : null,
      card('col-md-6', 'status-health-title', t('web.status', 'Web server'), healthBody),
      card('col-md-6', 'status-readiness-title', t('web.status', 'Database'), readinessBody),
      card('col-12', 'status-realtime-title', t('web.status', 'Real-time connection'), realtimeBody),
    );

    let checking = false;
    const check = async () => {
      if (checking) return;
      checking = true;
      checkButton.disabled = true;
      checks.setAttribute('aria-busy', 'true');
      healthBody.replaceChildren(...healthContent(null));
      readinessBody.replaceChildren(...readinessContent(null));
      serviceBody.replaceChildren(...serviceContent(null));
      try {
        const [health, readiness, service] = await Promise.all([
          getJson('/healthz', { signal }),
          getJson('/readyz', { signal }),
          fetchServiceStatus(signal),
        ]);
        serviceBody.replaceChildren(...serviceContent(service).filter(Boolean));
        healthBody.replaceChildren(...healthContent(health));
        readinessBody.replaceChildren(...readinessContent(readiness));
        checkedAt.textContent = t('web.status', 'Last checked at %{time}.', { time: formatTime(new Date()) });
      } catch (error) {
        if (!isAbort(error)) throw error;
        return; // the view was left
      } finally {
        checking = false;
        checkButton.disabled = false;
        checks.removeAttribute('aria-busy');
      }
    };
    checkButton.addEventListener('click', check);

    // The badge inside follows the state by itself; the rest is redrawn on every change (pong, welcome).
    // A child controller ends the previous badge's listeners at each redraw.
    let badgeController = null;
    const renderRealtime = () => {
      badgeController?.abort();
      badgeController = new AbortController();
      const badgeSignal = AbortSignal.any([signal, badgeController.signal]);
      realtimeBody.replaceChildren(...realtimeContent(connection, badgeSignal).filter(Boolean));
    };
    connection.addEventListener('change', renderRealtime, { signal });
    renderRealtime();

    root.append(
      h(
        'section',
        { class: 'py-4', 'aria-labelledby': 'status-title' },
        h('h1', { id: 'status-title', class: 'display-6 fw-bold' }, t('web.status', 'Server status')),
        h('p', { class: 'lead' }, t('web.status', 'Live answers from this server’s health checks and from the page’s real-time connection.')),
        h('div', { class: 'd-flex flex-wrap align-items-center gap-3' }, checkButton, checkedAt),
      ),
      checks,
    );
    check();
  },
};
