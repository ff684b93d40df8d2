// The status page's service part (GET /api/status): each component up or degraded, live
// figures, the incident note; and for admins the "Server" figures (GET /api/admin/server) with
// the form that posts or resolves the note. docs/operations.md, "Status page".
import { getJson, isAbort } from '../api/http.js';
import { h } from '../dom.js';
import { formatDuration, formatMilliseconds, formatNumber, formatTime, t } from '../i18n.js';

const ADMIN_REFRESH_MS = 10_000;

function componentName(key) {
  switch (key) {
    case 'api':
      return t('web.status', 'API');
    case 'realtime':
      return t('web.status', 'Real-time play');
    case 'database':
      return t('web.status', 'Database');
    default:
      return key;
  }
}

function stateBadge(state, testid) {
  const up = state === 'up';
  return h(
    'span',
    { class: `badge text-bg-${up ? 'success' : 'warning'}`, dataset: { testid, state } },
    up ? t('web.status', 'Up') : t('web.status', 'Degraded'),
  );
}

function severityLabel(severity) {
  if (severity === 'outage') return t('web.status', 'Outage');
  if (severity === 'info') return t('web.status', 'Information');
  return t('web.status', 'Degraded service');
}

function incidentNote(incident) {
  if (!incident) return null;
  const tone = incident.severity === 'outage' ? 'danger' : incident.severity === 'info' ? 'info' : 'warning';
  return h(
    'div',
    { class: `alert alert-${tone} mb-3`, dataset: { testid: 'incident', severity: incident.severity } },
    h('p', { class: 'fw-semibold mb-1' }, severityLabel(incident.severity)),
    // The admin's own words, as text (never HTML).
    h('p', { class: 'mb-1', dataset: { testid: 'incident-message' } }, incident.message),
    h('p', { class: 'small mb-0' }, t('web.status', 'Since %{time}', { time: formatTime(incident.since) })),
  );
}

export function serviceContent(result) {
  if (!result) {
    return [h('p', { class: 'mb-0' }, h('span', { class: 'badge text-bg-secondary', dataset: { testid: 'service-status', state: 'loading' } }, t('web.status', 'Checking…')))];
  }
  if (!result.ok) {
    return [
      h('p', { class: 'mb-0' }, h('span', { class: 'badge text-bg-danger', dataset: { testid: 'service-status', state: 'error' } }, t('web.status', 'Not responding'))),
    ];
  }
  const body = result.body;
  return [
    incidentNote(body.incident),
    h(
      'p',
      { class: 'mb-3' },
      h(
        'span',
        {
          class: `badge text-bg-${body.status === 'up' ? 'success' : body.status === 'outage' ? 'danger' : 'warning'}`,
          dataset: { testid: 'service-status', state: body.status },
        },
        body.status === 'up'
          ? t('web.status', 'All systems working')
          : body.status === 'outage'
            ? t('web.status', 'Outage')
            : t('web.status', 'Some parts are degraded'),
      ),
    ),
    h(
      'ul',
      { class: 'list-unstyled row row-cols-1 row-cols-sm-2 row-cols-lg-3 g-2 mb-3' },
      Object.entries(body.components).map(([key, state]) =>
        h('li', { class: 'col d-flex justify-content-between gap-2' }, h('span', {}, componentName(key)), stateBadge(state, `component-${key}`)),
      ),
    ),
    h(
      'dl',
      { class: 'row mb-0' },
      h('dt', { class: 'col-sm-5' }, t('web.status', 'Players online')),
      h('dd', { class: 'col-sm-7', dataset: { testid: 'players-online' } }, formatNumber(body.playersOnline)),
      h('dt', { class: 'col-sm-5' }, t('web.status', 'Matches being played')),
      h('dd', { class: 'col-sm-7', dataset: { testid: 'live-matches' } }, formatNumber(body.liveMatches)),
    ),
  ];
}

export async function fetchServiceStatus(signal) {
  return getJson('/api/status', { signal });
}

function figureRows(figures) {
  const mib = (bytes) => formatNumber(bytes / 1_048_576, { maximumFractionDigits: 0 });
  return [
    [t('web.status', 'Version'), figures.version],
    [t('web.status', 'Uptime'), formatDuration(figures.uptimeSeconds)],
    [t('web.status', 'Connections (signed in / guests)'), `${formatNumber(figures.connections.signedIn)} / ${formatNumber(figures.connections.guests)}`, 'admin-connections'],
    [t('web.status', 'Matches being played'), formatNumber(figures.liveMatches)],
    [t('web.status', 'Players waiting in queues'), formatNumber(figures.queued)],
    [t('web.status', 'Requests (server errors)'), `${formatNumber(figures.http.requests)} (${formatNumber(figures.http.serverErrors)})`, 'admin-requests'],
    [t('web.status', 'Slowest 1 % of answers under'), formatMilliseconds(figures.http.latencyP99Ms)],
    [t('web.status', 'Game steps late by (99 %)'), formatMilliseconds(figures.tickLatenessP99Ms)],
    [t('web.status', 'Jobs waiting for the database'), formatNumber(figures.workerQueueDepth)],
    [t('web.status', 'Sign-ins (failed)'), `${formatNumber(figures.signIns.succeeded)} (${formatNumber(figures.signIns.failed)})`],
    [t('web.status', 'Refused by rate limits'), formatNumber(figures.rateLimited)],
    [t('web.status', 'Memory'), t('web.status', '%{mib} MiB', { mib: mib(figures.process.residentBytes) })],
    [t('web.status', 'CPU time'), formatDuration(figures.process.cpuSeconds)],
  ];
}

function deployList(deploys) {
  if (!deploys || deploys.length === 0) return h('p', { class: 'small mb-0' }, t('web.status', 'No deploy yet.'));
  return h(
    'ul',
    { class: 'list-unstyled small mb-0', dataset: { testid: 'admin-deploys' } },
    deploys.map((deploy) =>
      h('li', {}, `${formatTime(deploy.receivedAt)} · ${deploy.event} ${deploy.ref ?? ''} · ${deploy.result}`),
    ),
  );
}

// The admins' part: live figures every 10 s, and the incident form.
export function adminServerPanel(session, signal, onIncidentChanged) {
  const figures = h('div', { dataset: { testid: 'admin-figures' } });
  const message = h('textarea', { id: 'incident-message', class: 'form-control', rows: '2', maxlength: '500', required: true });
  const severity = h(
    'select',
    { id: 'incident-severity', class: 'form-select' },
    h('option', { value: 'degraded' }, severityLabel('degraded')),
    h('option', { value: 'outage' }, severityLabel('outage')),
    h('option', { value: 'info' }, severityLabel('info')),
  );
  const feedback = h('p', { class: 'small mb-0', role: 'status', dataset: { testid: 'incident-feedback' } });
  const post = h('button', { type: 'submit', class: 'btn btn-primary' }, t('web.status', 'Post the note'));
  const resolve = h('button', { type: 'button', class: 'btn btn-outline-secondary' }, t('web.status', 'Resolve the note'));
  const form = h(
    'form',
    { class: 'vstack gap-2 mt-3', 'aria-labelledby': 'incident-form-title' },
    h('h3', { id: 'incident-form-title', class: 'h6 mb-0' }, t('web.status', 'Incident note')),
    h('label', { for: 'incident-message', class: 'form-label mb-0' }, t('web.status', 'What players should know')),
    message,
    h('label', { for: 'incident-severity', class: 'form-label mb-0' }, t('web.status', 'Severity')),
    severity,
    h('div', { class: 'd-flex flex-wrap gap-2' }, post, resolve),
    feedback,
  );

  const load = async () => {
    const answer = await session.api('GET', '/api/admin/server', { signal });
    if (!answer.ok) {
      figures.replaceChildren(h('p', { class: 'mb-0' }, answer.error?.message ?? ''));
      return;
    }
    figures.replaceChildren(
      h(
        'dl',
        { class: 'row mb-2' },
        figureRows(answer.body).flatMap(([term, value, testid]) => [
          h('dt', { class: 'col-sm-6' }, term),
          h('dd', { class: 'col-sm-6', dataset: testid ? { testid } : undefined }, value),
        ]),
      ),
      h('h3', { class: 'h6' }, t('web.status', 'Recent deploys')),
      deployList(answer.body.deploys),
    );
  };
  const guarded = () => load().catch((error) => { if (!isAbort(error)) throw error; });
  const timer = setInterval(guarded, ADMIN_REFRESH_MS);
  signal.addEventListener('abort', () => clearInterval(timer));
  guarded();

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    post.disabled = true;
    const answer = await session.api('POST', '/api/admin/status/incident', { body: { message: message.value, severity: severity.value }, signal });
    post.disabled = false;
    feedback.textContent = answer.ok ? t('web.status', 'The note is on the status page.') : (answer.error?.fields?.message ?? answer.error?.message ?? '');
    if (answer.ok) {
      message.value = '';
      onIncidentChanged();
    }
  }, { signal });
  resolve.addEventListener('click', async () => {
    const answer = await session.api('DELETE', '/api/admin/status/incident', { signal });
    feedback.textContent = answer.ok ? t('web.status', 'The note is resolved.') : t('web.status', 'No note is open.');
    onIncidentChanged();
  }, { signal });

  return h('div', {}, figures, form);
}
