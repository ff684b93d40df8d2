// /matches/:id: one stored match (GET /api/matches/{id}): players, scores, duration, how it ended,
// what its replay log holds (GET /api/matches/{id}/replay), and the match over time (GET
// /api/matches/{id}/timeline: the server replays the log with the engine): the score after each
// point, paddle hits per player and the rallies.
import { h } from '../dom.js';
import { formatDuration, formatNumber, t, tn } from '../i18n.js';
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

const SEAT_COLORS = ['#0d6efd', '#dc3545', '#198754', '#6f42c1'];

// The score (1v1) or the lives (four players) after each point, and paddle hits per player.
function timelineSection(match, timeline, signal) {
  const fourPlayers = match.mode === 'four_players';
  const names = match.players.map(playerName);
  const labels = [t('web.dashboard', 'Start'), ...timeline.points.map((p) => formatClock(p.atSeconds))];
  const start = match.players.map(() => (fourPlayers ? null : 0));
  const overTime = names.map((name, seat) => ({
    label: name,
    data: [fourPlayers ? (timeline.points[0]?.lives[seat] ?? null) : start[seat], ...timeline.points.map((p) => (fourPlayers ? p.lives[seat] : p.scores[seat]))],
    color: SEAT_COLORS[seat % SEAT_COLORS.length],
  }));
  return h(
    'section',
    { class: 'col-12', 'aria-labelledby': 'match-timeline-heading' },
    h('h2', { id: 'match-timeline-heading', class: 'h4' }, t('web.dashboard', 'Over time')),
    timeline.points.length === 0
      ? h('p', { class: 'text-body-secondary' }, t('web.dashboard', 'No point was scored in this match.'))
      : createChart({
          id: 'chart-timeline',
          title: fourPlayers ? t('web.dashboard', 'Lives after each point') : t('web.dashboard', 'Score after each point'),
          categoryHeading: t('web.dashboard', 'Time'),
          type: 'line',
          labels,
          datasets: overTime,
          signal,
        }),
    createChart({
      id: 'chart-hits',
      title: t('web.dashboard', 'Paddle hits'),
      categoryHeading: t('web.dashboard', 'Player'),
      type: 'bar',
      labels: names,
      datasets: [{ label: t('web.dashboard', 'Hits'), data: timeline.hits, color: names.map((_, seat) => SEAT_COLORS[seat % SEAT_COLORS.length]) }],
      signal,
    }),
  );
}

// 75.5 seconds -> "1:15".
function formatClock(seconds) {
  const whole = Math.floor(seconds);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

function facts(match, replay, timeline) {
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
  if (timeline && timeline.rallies.count > 0) {
    rows.push([t('web.dashboard', 'Longest rally'), tn('web.dashboard', '%n hits', timeline.rallies.longest)]);
    rows.push([
      t('web.dashboard', 'Average rally'),
      tn('web.dashboard', '%n hits', Math.round(timeline.rallies.average * 10) / 10),
    ]);
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
    let timeline;
    try {
      [match, replay, timeline] = await Promise.all([
        session.api('GET', `/api/matches/${id}`, { signal }),
        session.api('GET', `/api/matches/${id}/replay`, { signal }),
        session.api('GET', `/api/matches/${id}/timeline`, { signal }),
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
          facts(m, replay.ok ? replay.body : null, timeline.ok ? timeline.body : null),
        ),
        timeline.ok ? timelineSection(m, timeline.body, signal) : null,
      ),
    );
  },
};
