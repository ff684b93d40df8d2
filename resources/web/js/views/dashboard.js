// /dashboard: your own results in charts: wins and losses per day, rating history, points won and
// lost, and a tally per kind of match; then your stats and match history. Every chart carries its
// data as a table too (people/charts.js).
import { h } from '../dom.js';
import { getLanguage, t } from '../i18n.js';
import { isAbort } from '../api/http.js';
import { describeApiError } from '../components/form.js';
import { CHART_COLORS, createChart } from '../people/charts.js';
import { kindLabel } from '../people/match-labels.js';
import { createMatchHistory } from '../people/match-history.js';
import { statsList } from './user.js';

const HISTORY_PAGE = 50;
const HISTORY_PAGES = 4; // the results chart covers the last 200 matches at most
const KINDS = ['remote', 'private', 'four_players', 'tournament', 'ai', 'local'];

async function recentMatches(session, userId, signal) {
  const matches = [];
  for (let page = 0; page < HISTORY_PAGES; page += 1) {
    const answer = await session.api('GET', `/api/users/${userId}/matches?limit=${HISTORY_PAGE}&offset=${page * HISTORY_PAGE}`, { signal });
    if (!answer.ok) return { error: answer.error };
    matches.push(...answer.body.matches);
    if (!answer.body.hasMore) break;
  }
  return { matches };
}

const dayKey = (iso) => iso.slice(0, 10); // UTC day, as the server stores it
const dayLabel = (key) => new Date(`${key}T00:00:00Z`).toLocaleDateString(getLanguage(), { dateStyle: 'medium', timeZone: 'UTC' });
const timeLabel = (iso) => new Date(iso).toLocaleString(getLanguage(), { dateStyle: 'short', timeStyle: 'short' });

function resultsChart(matches, signal) {
  const days = new Map();
  for (const match of [...matches].reverse()) {
    if (match.result !== 'win' && match.result !== 'loss') continue;
    const key = dayKey(match.endedAt ?? match.startedAt);
    const tally = days.get(key) ?? { win: 0, loss: 0 };
    tally[match.result] += 1;
    days.set(key, tally);
  }
  if (days.size === 0) {
    return h('p', { class: 'text-body-secondary' }, t('web.dashboard', 'No wins or losses yet: play a match to see them here.'));
  }
  const keys = [...days.keys()].sort();
  return createChart({
    id: 'chart-results',
    title: t('web.dashboard', 'Wins and losses per day (practice included)'),
    categoryHeading: t('web.dashboard', 'Day'),
    type: 'bar',
    stacked: true,
    labels: keys.map(dayLabel),
    datasets: [
      { label: t('web.dashboard', 'Wins'), data: keys.map((k) => days.get(k).win), color: CHART_COLORS.win },
      { label: t('web.dashboard', 'Losses'), data: keys.map((k) => days.get(k).loss), color: CHART_COLORS.loss },
    ],
    signal,
  });
}

function ratingChart(stats, signal) {
  if (!stats.ratingHistory?.length) {
    return h(
      'p',
      { class: 'text-body-secondary', dataset: { testid: 'no-rating-history' } },
      t('web.dashboard', 'No ranked matches yet: your rating is %{rating}.', { rating: stats.rating }),
    );
  }
  return createChart({
    id: 'chart-rating',
    title: t('web.dashboard', 'Rating after each ranked match'),
    categoryHeading: t('web.dashboard', 'Match end'),
    type: 'line',
    labels: stats.ratingHistory.map((point) => timeLabel(point.at)),
    datasets: [{ label: t('web.dashboard', 'Rating'), data: stats.ratingHistory.map((p) => p.rating), color: CHART_COLORS.primary }],
    signal,
  });
}

function pointsChart(stats, signal) {
  if (stats.pointsFor === 0 && stats.pointsAgainst === 0) {
    return h(
      'p',
      { class: 'text-body-secondary', dataset: { testid: 'no-points' } },
      t('web.dashboard', 'No points yet in counted matches (one against one, practice excluded).'),
    );
  }
  return createChart({
    id: 'chart-points',
    title: t('web.dashboard', 'Points won and lost (counted one-against-one matches)'),
    categoryHeading: t('web.dashboard', 'Points'),
    type: 'bar',
    labels: [t('web.dashboard', 'Won'), t('web.dashboard', 'Lost')],
    datasets: [{ label: t('web.dashboard', 'Points'), data: [stats.pointsFor, stats.pointsAgainst], color: [CHART_COLORS.win, CHART_COLORS.loss] }],
    signal,
  });
}

function kindsChart(stats, signal) {
  const kinds = KINDS.filter((kind) => (stats.byKind?.[kind]?.played ?? 0) > 0);
  if (kinds.length === 0) {
    return h('p', { class: 'text-body-secondary' }, t('web.dashboard', 'No matches played yet.'));
  }
  return createChart({
    id: 'chart-kinds',
    title: t('web.dashboard', 'Matches by kind'),
    categoryHeading: t('web.dashboard', 'Kind of match'),
    type: 'bar',
    labels: kinds.map(kindLabel),
    datasets: [
      { label: t('web.dashboard', 'Played'), data: kinds.map((k) => stats.byKind[k].played), color: CHART_COLORS.neutral },
      { label: t('web.dashboard', 'Wins'), data: kinds.map((k) => stats.byKind[k].wins), color: CHART_COLORS.win },
      { label: t('web.dashboard', 'Losses'), data: kinds.map((k) => stats.byKind[k].losses), color: CHART_COLORS.loss },
    ],
    signal,
  });
}

function card(title, ...content) {
  return h('div', { class: 'col-lg-6' }, h('div', { class: 'card h-100' }, h('div', { class: 'card-body' }, h('h2', { class: 'h5 card-title' }, title), content)));
}

export const dashboardView = {
  id: 'dashboard',
  requiresSignIn: true,
  title: () => t('web.dashboard', 'Dashboard'),

  async render(root, { session, signal }) {
    const userId = session.user.id;
    const status = h('p', { role: 'status' }, t('web.dashboard', 'Loading your results…'));
    root.append(h('h1', { class: 'display-6 fw-bold py-3' }, t('web.dashboard', 'Dashboard')), status);
    let stats;
    let history;
    try {
      [stats, history] = await Promise.all([
        session.api('GET', `/api/users/${userId}/stats`, { signal }),
        recentMatches(session, userId, signal),
      ]);
    } catch (e) {
      if (isAbort(e)) return;
      throw e;
    }
    if (!stats.ok || history.error) {
      status.textContent = describeApiError(stats.ok ? history.error : stats.error);
      return;
    }
    status.remove();
    const s = stats.body;
    root.append(
      h(
        'div',
        { class: 'row g-4 mb-4' },
        card(t('web.dashboard', 'Results over time'), resultsChart(history.matches, signal)),
        card(t('web.dashboard', 'Rating'), ratingChart(s, signal)),
        card(t('web.dashboard', 'Points'), pointsChart(s, signal)),
        card(t('web.dashboard', 'Kinds of match'), kindsChart(s, signal)),
      ),
      h(
        'section',
        { class: 'mb-4 col-lg-8', 'aria-labelledby': 'dashboard-stats-heading' },
        h('h2', { id: 'dashboard-stats-heading', class: 'h4' }, t('web.dashboard', 'Your statistics')),
        h('p', { class: 'small text-body-secondary', dataset: { testid: 'stats-scope' } }, t('web.dashboard', 'Wins, losses, streaks and points count matches against people only; practice (one keyboard, or against the computer) is in the chart above and in “Kinds of match”.')),
        statsList(s),
      ),
      createMatchHistory({ session, userId, signal }),
    );
    root.dataset.loaded = 'true';
  },
};
