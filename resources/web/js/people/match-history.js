// A user's match history (GET /api/users/{id}/matches), newest first, a page at a time. Each entry
// links to the match's own page.
import { h } from '../dom.js';
import { formatDuration, t } from '../i18n.js';
import { isAbort } from '../api/http.js';
import { endReasonLabel, formatDateTime, kindLabel, playerName, resultLabel } from './match-labels.js';

const PAGE_SIZE = 10;
const RESULT_CLASS = { win: 'text-bg-success', loss: 'text-bg-danger', none: 'text-bg-secondary' };

function score(entry) {
  if (entry.mode === 'four_players') {
    return t('web.users', 'Lives left: %{lives}', { lives: entry.player.livesLeft });
  }
  const theirs = entry.opponents.map((p) => p.score).join('–');
  return `${entry.player.score}–${theirs}`;
}

function entryItem(entry) {
  const opponents = entry.opponents.map(playerName).join(', ');
  return h(
    'li',
    { class: 'list-group-item', dataset: { testid: 'match-entry', matchId: entry.id } },
    h(
      'div',
      { class: 'd-flex flex-wrap gap-2 align-items-center' },
      h('span', { class: `badge ${RESULT_CLASS[entry.result] ?? RESULT_CLASS.none}` }, resultLabel(entry.result)),
      h(
        'a',
        { href: `/matches/${entry.id}`, class: 'fw-semibold' },
        opponents ? t('web.users', 'Against %{opponents}', { opponents }) : kindLabel(entry.kind),
      ),
      h('span', { class: 'ms-auto fw-semibold' }, score(entry)),
    ),
    h(
      'div',
      { class: 'small text-body-secondary' },
      [formatDateTime(entry.startedAt), kindLabel(entry.kind), formatDuration(entry.durationSeconds), endReasonLabel(entry.endReason)].join(' · '),
    ),
  );
}

// Returns the section's element; it loads itself and stops when `signal` aborts.
export function createMatchHistory({ session, userId, signal, headingLevel = 'h2' }) {
  const list = h('ul', { class: 'list-group mb-3', dataset: { testid: 'match-history' } });
  const status = h('p', { class: 'text-body-secondary', role: 'status' });
  const previous = h('button', { type: 'button', class: 'btn btn-outline-secondary btn-sm' }, t('web.users', 'Newer matches'));
  const next = h('button', { type: 'button', class: 'btn btn-outline-secondary btn-sm' }, t('web.users', 'Older matches'));
  const pager = h('nav', { class: 'd-flex gap-2 align-items-center', 'aria-label': t('web.users', 'Match history pages') }, previous, next);
  let offset = 0;

  const load = async () => {
    status.textContent = t('web.users', 'Loading matches…');
    previous.disabled = next.disabled = true;
    let answer;
    try {
      answer = await session.api('GET', `/api/users/${encodeURIComponent(userId)}/matches?limit=${PAGE_SIZE}&offset=${offset}`, { signal });
    } catch (error) {
      if (isAbort(error)) return;
      throw error;
    }
    if (!answer.ok) {
      status.textContent = t('web.users', 'The match history could not be loaded.');
      return;
    }
    const { matches, total, hasMore } = answer.body;
    list.replaceChildren(...matches.map(entryItem));
    list.classList.toggle('d-none', matches.length === 0);
    status.textContent =
      total === 0
        ? t('web.users', 'No matches played yet.')
        : t('web.users', 'Matches %{from} to %{to} of %{total}.', { from: offset + 1, to: offset + matches.length, total });
    previous.disabled = offset === 0;
    next.disabled = !hasMore;
    pager.classList.toggle('d-none', total <= PAGE_SIZE);
  };
  previous.addEventListener('click', () => {
    offset = Math.max(0, offset - PAGE_SIZE);
    load();
  }, { signal });
  next.addEventListener('click', () => {
    offset += PAGE_SIZE;
    load();
  }, { signal });
  load();

  return h(
    'section',
    { class: 'mb-4', 'aria-labelledby': `match-history-${userId}` },
    h(headingLevel, { id: `match-history-${userId}`, class: 'h4' }, t('web.users', 'Match history')),
    status,
    list,
    pager,
  );
}
