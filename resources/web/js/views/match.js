// /matches/:id: one stored match (GET /api/matches/{id}): players, scores, duration, how it ended,
// and what its replay log holds (GET /api/matches/{id}/replay).
//
// No timeline of points: the server stores the input log, not when each point was scored; the
// points only reappear by running the engine over the log, which the SPA cannot do (the engine is
// C++). So the page shows the final scores and the log's size, not an invented timeline.
import { h } from '../dom.js';
import { formatDuration, formatNumber, t } from '../i18n.js';
import { isAbort } from '../api/http.js';
import { describeApiError } from '../components/form.js';
import { CHART_COLORS, createChart } from '../people/charts.js';
import { endReasonLabel, formatDateTime, kindLabel, playerName } from '../people/match-labels.js';

function seatKindLabel(kind) {
  switch (kind) {
    case 'user':
      return t('web.dashboard', 'Player');
    case 'guest':
      return t('web.dashboard', 'Guest');
    case 'ai':
      return t('web.dashboard', 'Computer');
    default:
      return String(kind);
  }
}

function ratingChange(player) {
  if (player.ratingBefore === null || player.ratingAfter === null) return '—';
  const delta = player.ratingAfter - player.ratingBefore;
  return `${formatNumber(player.ratingAfter)} (${delta >= 0 ? '+' : ''}${formatNumber(delta)})`;
}

function playersTable(match) {
  const fourPlayers = match.mode === 'four_players';
  return h(
    'div',
    { class: 'table-responsive' },
    h(
      'table',
      { class: 'table align-middle', dataset: { testid: 'match-players' } },
      h('caption', { class: 'visually-hidden' }, t('web.dashboard', 'Players and their results')),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, t('web.dashboard', 'Player')),
          h('th', { scope: 'col' }, fourPlayers ? t('web.dashboard', 'Lives left') : t('web.dashboard', 'Score')),
          h('th', { scope: 'col' }, t('web.dashboard', 'Place')),
          h('th', { scope: 'col' }, t('web.dashboard', 'Rating')),
        ),
      ),
      h(
        'tbody',
        {},
        match.players.map((player) =>
          h(
            'tr',
            {},
            h(
              'th',
              { scope: 'row' },
              player.userId && !player.anonymous ? h('a', { href: `/users/${player.userId}` }, playerName(player)) : playerName(player),
              h('span', { class: 'd-block small text-body-secondary fw-normal' }, seatKindLabel(player.kind)),
              player.forfeited ? h('span', { class: 'badge text-bg-warning ms-1' }, t('web.dashboard', 'Forfeited')) : '',
            ),
            h('td', {}, formatNumber(fourPlayers ? player.livesLeft : player.score)),
            h('td', {}, player.placement === null ? '—' : formatNumber(player.placement)),
            h('td', {}, ratingChange(player)),
          ),
        ),
      ),
    ),
  );
}

function facts(match, replay) {
  const rows = [
    [t('web.dashboard', 'Kind'), kindLabel(match.kind)],
    [t('web.dashboard', 'Started'), formatDateTime(match.startedAt)],
    [t('web.dashboard', 'Duration'), formatDuration(match.durationSeconds)],
    [t('web.dashboard', 'How it ended'), endReasonLabel(match.endReason)],
    [t('web.dashboard', 'Ranked'), match.rated ? t('web.dashboard', 'Yes') : t('web.dashboard', 'No')],
  ];
  if (replay) {
    const seconds = replay.inputs.endStep / (replay.stepsPerSecond || 120);
    rows.push([t('web.dashboard', 'Time in play'), formatDuration(seconds)]);
    rows.push([t('web.dashboard', 'Key presses recorded'), formatNumber(replay.inputs.changes.length)]);
  }
  return h(
    'dl',
    { class: 'row mb-0', dataset: { testid: 'match-facts' } },
    rows.map(([label, value]) => [h('dt', { class: 'col-6 col-sm-4 fw-normal text-body-secondary' }, label), h('dd', { class: 'col-6 col-sm-8' }, value)]),
  );
}

export const matchView = {
  id: 'match',
  requiresSignIn: true,
  title: () => t('web.dashboard', 'Match'),

  async render(root, { params, session, signal }) {
    const id = Number(params.id);
    const heading = h('h1', { class: 'display-6 fw-bold py-3' }, t('web.dashboard', 'Match'));
    const status = h('p', { role: 'status' }, t('web.dashboard', 'Loading the match…'));
    root.append(heading, status);
    if (!Number.isInteger(id) || id < 1) {
      status.textContent = t('web.dashboard', 'There is no such match.');
      return;
    }
    let match;
    let replay;
    try {
      [match, replay] = await Promise.all([
        session.api('GET', `/api/matches/${id}`, { signal }),
        session.api('GET', `/api/matches/${id}/replay`, { signal }),
      ]);
    } catch (e) {
      if (isAbort(e)) return;
      throw e;
    }
    if (!match.ok) {
      status.textContent = match.status === 404 ? t('web.dashboard', 'There is no such match.') : describeApiError(match.error);
      return;
    }
    status.remove();
    const m = match.body;
    const names = m.players.map(playerName).join(t('web.dashboard', ' vs '));
    heading.textContent = t('web.dashboard', 'Match %{id}: %{players}', { id: m.id, players: names });
    const fourPlayers = m.mode === 'four_players';
    root.dataset.loaded = 'true';
    root.append(
      h(
        'div',
        { class: 'row g-4' },
        h(
          'section',
          { class: 'col-lg-7', 'aria-labelledby': 'match-players-heading' },
          h('h2', { id: 'match-players-heading', class: 'h4' }, t('web.dashboard', 'Players')),
          playersTable(m),
          createChart({
            id: 'chart-final-score',
            title: fourPlayers ? t('web.dashboard', 'Lives left at the end') : t('web.dashboard', 'Final score'),
            categoryHeading: t('web.dashboard', 'Player'),
            type: 'bar',
            labels: m.players.map(playerName),
            datasets: [
              {
                label: fourPlayers ? t('web.dashboard', 'Lives left') : t('web.dashboard', 'Score'),
                data: m.players.map((p) => (fourPlayers ? p.livesLeft : p.score)),
                color: m.players.map((p) => (p.placement === 1 ? CHART_COLORS.win : CHART_COLORS.neutral)),
              },
            ],
            signal,
          }),
        ),
        h(
          'section',
          { class: 'col-lg-5', 'aria-labelledby': 'match-facts-heading' },
          h('h2', { id: 'match-facts-heading', class: 'h4' }, t('web.dashboard', 'About this match')),
          facts(m, replay.ok ? replay.body : null),
          h(
            'p',
            { class: 'small text-body-secondary mt-3' },
            t('web.dashboard', 'A timeline of the points is not available: the server keeps the keys pressed, not when each point was scored.'),
          ),
        ),
      ),
    );
  },
};
