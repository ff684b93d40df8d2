// /users: find players by user name or display name (GET /api/users?query=, a prefix search),
// searched as you type after a short pause. Before any search, the rating leaderboard.
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { isAbort } from '../api/http.js';
import { describeApiError } from '../components/form.js';
import { avatarImage } from '../people/avatar.js';
import { createLeaderboard } from '../people/leaderboard.js';

const DEBOUNCE_MS = 300;
const PAGE_SIZE = 20;

function resultItem(user) {
  return h(
    'li',
    { class: 'list-group-item' },
    h(
      'a',
      { href: `/users/${user.id}`, class: 'd-flex align-items-center gap-3 text-decoration-none', dataset: { testid: 'search-result' } },
      avatarImage(user, { size: 40 }),
      h('span', {}, h('span', { class: 'd-block fw-semibold' }, user.displayName), h('span', { class: 'd-block small text-body-secondary' }, `@${user.username}`)),
    ),
  );
}

export const userSearchView = {
  id: 'user-search',
  requiresSignIn: true,
  title: () => t('web.users', 'Players'),

  render(root, { session, announce, signal }) {
    const inputId = 'player-search';
    const input = h('input', {
      id: inputId,
      type: 'search',
      class: 'form-control',
      autocomplete: 'off',
      maxlength: 50,
      'aria-describedby': `${inputId}-hint`,
      'aria-controls': 'player-results',
    });
    const results = h('ul', { id: 'player-results', class: 'list-group mb-3' });
    const status = h('p', { class: 'text-body-secondary', role: 'status', dataset: { testid: 'search-status' } });
    const more = h('button', { type: 'button', class: 'btn btn-outline-secondary d-none' }, t('web.users', 'Show more players'));
    let timer = null;
    let controller = null;
    let query = '';
    let offset = 0;
    const leaderboard = createLeaderboard({ session, signal });
    const showLeaderboard = (shown) => leaderboard.element.classList.toggle('d-none', !shown);

    const search = async (append) => {
      controller?.abort();
      controller = new AbortController();
      const mine = controller;
      signal.addEventListener('abort', () => mine.abort(), { once: true });
      const path = `/api/users?query=${encodeURIComponent(query)}&limit=${PAGE_SIZE}&offset=${offset}`;
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
      const { users, hasMore } = answer.body;
      if (append) results.append(...users.map(resultItem));
      else results.replaceChildren(...users.map(resultItem));
      more.classList.toggle('d-none', !hasMore);
      const count = results.children.length;
      const text =
        count === 0
          ? t('web.users', 'No player found for “%{query}”.', { query })
          : t('web.users', 'Players found for “%{query}”: %{count}.', { count: hasMore ? `${count}+` : count, query });
      status.textContent = text;
      announce(text);
    };

    input.addEventListener('input', () => {
      clearTimeout(timer);
      const wanted = input.value.trim();
      showLeaderboard(!wanted);
      if (!wanted) {
        controller?.abort();
        query = '';
        results.replaceChildren();
        more.classList.add('d-none');
        status.textContent = '';
        return;
      }
      timer = setTimeout(() => {
        query = wanted;
        offset = 0;
        search(false);
      }, DEBOUNCE_MS);
    }, { signal });
    more.addEventListener('click', () => {
      offset += PAGE_SIZE;
      search(true);
    }, { signal });
    signal.addEventListener('abort', () => clearTimeout(timer), { once: true });

    root.append(
      h('h1', { class: 'display-6 fw-bold py-3' }, t('web.users', 'Players')),
      h(
        'form',
        { role: 'search', class: 'mb-3 col-lg-6', onsubmit: (event) => event.preventDefault() },
        h('label', { for: inputId, class: 'form-label' }, t('web.users', 'Search for a player')),
        input,
        h('div', { id: `${inputId}-hint`, class: 'form-text' }, t('web.users', 'The beginning of a user name or display name.')),
      ),
      status,
      results,
      more,
      leaderboard.element,
    );
    leaderboard.load();
  },
};
