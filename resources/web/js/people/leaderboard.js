// The rating leaderboard (GET /api/leaderboard): a paged table, the player's own rank above it,
// and a filter to rank only oneself and one's friends. Used by the Players page before any search.
import { h } from '../dom.js';
import { formatNumber, t } from '../i18n.js';
import { isAbort } from '../api/http.js';
import { describeApiError } from '../components/form.js';
import { avatarImage } from './avatar.js';

export const LEADERBOARD_PAGE_SIZE = 10;

function row(entry, meId) {
  const mine = entry.user.id === meId;
  return h(
    'tr',
    { class: mine ? 'fw-bold' : null, dataset: { testid: 'leaderboard-row', userId: String(entry.user.id), rank: String(entry.rank) }, 'aria-current': mine ? 'true' : null },
    h('td', { class: 'text-end fw-semibold' }, formatNumber(entry.rank)),
    h(
      'td',
      {},
      h(
        'a',
        { href: `/users/${entry.user.id}`, class: 'd-flex align-items-center gap-2 text-decoration-none' },
        avatarImage(entry.user, { size: 32 }),
        h('span', {}, mine ? t('web.leaderboard', '%{name} (you)', { name: entry.user.displayName }) : entry.user.displayName),
      ),
    ),
    h('td', { class: 'text-end' }, formatNumber(entry.rating)),
    h('td', { class: 'text-end d-none d-sm-table-cell' }, formatNumber(entry.ratedMatches)),
  );
}

// { element, load() }: load() fetches the first page again (after a change of filter).
export function createLeaderboard({ session, signal }) {
  let offset = 0;
  let friendsOnly = false;
  let controller = null;
  const headingId = 'leaderboard-title';
  const you = h('p', { class: 'fw-semibold mb-2', dataset: { testid: 'leaderboard-you' } });
  const status = h('p', { class: 'text-body-secondary', role: 'status', dataset: { testid: 'leaderboard-status' } });
  const body = h('tbody', {});
  const table = h(
    'table',
    { class: 'table table-sm align-middle mb-2', dataset: { testid: 'leaderboard' } },
    h('caption', { class: 'visually-hidden' }, t('web.leaderboard', 'Players by rating, highest first')),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col', class: 'text-end' }, t('web.leaderboard', 'Rank')),
        h('th', { scope: 'col' }, t('web.leaderboard', 'Player')),
        h('th', { scope: 'col', class: 'text-end' }, t('web.leaderboard', 'Rating')),
        h('th', { scope: 'col', class: 'text-end d-none d-sm-table-cell' }, t('web.leaderboard', 'Ranked matches')),
      ),
    ),
    body,
  );
  const previous = h('button', { type: 'button', class: 'btn btn-outline-secondary btn-sm', dataset: { testid: 'leaderboard-previous' } }, t('web.leaderboard', 'Higher ranks'));
  const next = h('button', { type: 'button', class: 'btn btn-outline-secondary btn-sm', dataset: { testid: 'leaderboard-next' } }, t('web.leaderboard', 'Lower ranks'));
  const friendsId = 'leaderboard-friends';
  const friends = h('input', { id: friendsId, type: 'checkbox', class: 'form-check-input', dataset: { testid: 'leaderboard-friends' } });

  const load = async () => {
    controller?.abort();
    controller = new AbortController();
    const mine = controller;
    signal.addEventListener('abort', () => mine.abort(), { once: true });
    const path = `/api/leaderboard?limit=${LEADERBOARD_PAGE_SIZE}&offset=${offset}${friendsOnly ? '&friends=true' : ''}`;
    let answer;
    try {
      answer = await session.api('GET', path, { signal: mine.signal });
    } catch (e) {
      if (isAbort(e)) return;
      throw e;
    }
    if (!answer.ok) {
      status.textContent = describeApiError(answer.error);
      return;
    }
    const page = answer.body;
    const meId = session.user?.id;
    body.replaceChildren(...page.entries.map((entry) => row(entry, meId)));
    you.textContent = page.you
      ? t('web.leaderboard', 'Your rank: %{rank} of %{total}, rating %{rating}.', { rank: formatNumber(page.you.rank), total: formatNumber(page.total), rating: formatNumber(page.you.rating) })
      : '';
    const last = Math.min(page.offset + page.entries.length, page.total);
    status.textContent = page.entries.length
      ? t('web.leaderboard', 'Places %{from} to %{to} of %{total}.', { from: formatNumber(page.offset + 1), to: formatNumber(last), total: formatNumber(page.total) })
      : t('web.leaderboard', 'Nobody to rank yet.');
    previous.disabled = page.offset === 0;
    next.disabled = last >= page.total;
  };

  previous.addEventListener('click', () => {
    offset = Math.max(0, offset - LEADERBOARD_PAGE_SIZE);
    load();
  }, { signal });
  next.addEventListener('click', () => {
    offset += LEADERBOARD_PAGE_SIZE;
    load();
  }, { signal });
  friends.addEventListener('change', () => {
    friendsOnly = friends.checked;
    offset = 0;
    load();
  }, { signal });

  const element = h(
    'section',
    { 'aria-labelledby': headingId, class: 'mb-4', dataset: { testid: 'leaderboard-section' } },
    h('h2', { id: headingId, class: 'h4' }, t('web.leaderboard', 'Leaderboard')),
    you,
    h('div', { class: 'form-check mb-2' }, friends, h('label', { class: 'form-check-label', for: friendsId }, t('web.leaderboard', 'Only me and my friends'))),
    h('div', { class: 'table-responsive' }, table),
    status,
    h('nav', { class: 'd-flex gap-2', 'aria-label': t('web.leaderboard', 'Leaderboard pages') }, previous, next),
  );
  return { element, load };
}
