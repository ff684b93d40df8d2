// /: the home page. A visitor learns what the platform is and how to start (an account plays in
// the browser; the desktop app also plays offline without one). A signed-in player gets quick
// play, friends online, the top of the leaderboard and their recent results.
import { h } from '../dom.js';
import { formatNumber, t } from '../i18n.js';
import { connectionExplanation, createConnectionBadge } from '../components/connection-status.js';
import { avatarImage } from '../people/avatar.js';
import { formatDateTime, kindLabel, playerName, resultLabel } from '../people/match-labels.js';
import { presenceBadge } from '../people/presence.js';

function card(id, title, ...body) {
  return h(
    'section',
    { class: 'col-md-6 col-xl-4', 'aria-labelledby': id },
    h('div', { class: 'card h-100' }, h('div', { class: 'card-body' }, h('h2', { id, class: 'h5 card-title' }, title), ...body)),
  );
}

function connectionCard(connection, signal) {
  const explanation = h('p', { class: 'mb-0 mt-2 small' });
  const update = () => {
    explanation.textContent = connectionExplanation(connection);
    explanation.hidden = explanation.textContent === '';
  };
  connection.addEventListener('statechange', update, { signal });
  update();
  return card(
    'home-connection-title',
    t('web.home', 'Live connection'),
    h('p', { class: 'card-text' }, t('web.home', 'This page keeps a live connection to the game server. Matches, chat and tournament updates travel over it.')),
    h('p', { class: 'mb-0 fs-5' }, createConnectionBadge(connection, signal, { testid: 'home-connection-state' })),
    explanation,
    h('p', { class: 'mt-2 mb-0' }, h('a', { href: '/status' }, t('web.home', 'See the server status'))),
  );
}

function visitorHome(connection, signal) {
  return [
    h(
      'section',
      { class: 'py-4 py-md-5', 'aria-labelledby': 'home-title' },
      h('h1', { id: 'home-title', class: 'display-5 fw-bold' }, t('web.home', 'Welcome to Transcendence')),
      h(
        'p',
        { class: 'lead col-lg-9' },
        t('web.home', 'Transcendence is a Pong tournament platform. Play in the browser or in the desktop app, challenge your friends, and climb the tournament brackets.'),
      ),
      h(
        'div',
        { class: 'd-flex flex-wrap gap-2' },
        h('a', { href: '/signup?next=%2Fplay', class: 'btn btn-primary btn-lg', dataset: { testid: 'home-play-now' } }, t('web.home', 'Play now')),
        h('a', { href: '/signin', class: 'btn btn-outline-secondary btn-lg' }, t('web.home', 'Sign in')),
      ),
      h('p', { class: 'small text-body-secondary mt-2 mb-0' }, t('web.home', 'A free account takes a minute: matches in the browser are played on the server and saved to your history.')),
    ),
    h(
      'div',
      { class: 'row g-4' },
      card(
        'home-features-title',
        t('web.home', 'What you can do here'),
        h(
          'ul',
          { class: 'mb-0' },
          h('li', {}, t('web.home', 'Pong against a friend on one keyboard, against the computer, or online.')),
          h('li', {}, t('web.home', 'Tournaments with brackets that update live.')),
          h('li', {}, t('web.home', 'A leaderboard, achievements and levels, your match history and statistics.')),
        ),
      ),
      card(
        'home-app-title',
        t('web.home', 'The desktop app'),
        h('p', { class: 'card-text' }, t('web.home', 'The desktop app plays the same matches, and also offline on your computer without an account.')),
        h('p', { class: 'card-text mb-0' }, t('web.home', 'It is built from the project’s source code with Qt 6: see “Quick start” in its README.')),
      ),
      connectionCard(connection, signal),
    ),
  ];
}

function listOrEmpty(items, emptyText, testid) {
  return items.length ? h('ul', { class: 'list-unstyled mb-0', dataset: { testid } }, items) : h('p', { class: 'text-body-secondary mb-0', dataset: { testid } }, emptyText);
}

function playerHome(session, connection, signal) {
  const friends = h('div', {}, h('p', { class: 'text-body-secondary mb-0' }, t('web.home', 'Loading…')));
  const leaders = h('div', {}, h('p', { class: 'text-body-secondary mb-0' }, t('web.home', 'Loading…')));
  const recent = h('div', {}, h('p', { class: 'text-body-secondary mb-0' }, t('web.home', 'Loading…')));
  const load = async () => {
    const me = session.user?.id;
    // Not aborted when the page is left (three small reads; a cancelled request shows as a
    // failed one): their answers are dropped instead.
    const answers = await Promise.all([
      session.api('GET', '/api/friends'),
      session.api('GET', '/api/leaderboard?limit=5'),
      session.api('GET', `/api/users/${me}/matches?limit=5`),
    ]);
    if (signal.aborted) return;
    const [friendsAnswer, leadersAnswer, recentAnswer] = answers;
    const online = (friendsAnswer.body?.friends ?? []).filter((f) => f.presence !== 'offline');
    friends.replaceChildren(
      listOrEmpty(
        online.map((f) => h('li', { class: 'd-flex align-items-center gap-2 mb-1' }, avatarImage(f, { size: 28 }), h('a', { href: `/users/${f.id}` }, f.displayName), presenceBadge(f.presence))),
        friendsAnswer.ok ? t('web.home', 'None of your friends is online.') : t('web.home', 'Your friends could not be loaded.'),
        'home-friends',
      ),
    );
    const entries = leadersAnswer.body?.entries ?? [];
    leaders.replaceChildren(
      listOrEmpty(
        entries.map((e) => h('li', { class: 'd-flex gap-2 mb-1' }, h('span', { class: 'fw-semibold' }, `${formatNumber(e.rank)}.`), h('a', { href: `/users/${e.user.id}` }, e.user.displayName), h('span', { class: 'ms-auto' }, formatNumber(e.rating)))),
        t('web.home', 'Nobody to rank yet.'),
        'home-leaders',
      ),
      leadersAnswer.body?.you ? h('p', { class: 'small mt-2 mb-0', dataset: { testid: 'home-your-rank' } }, t('web.home', 'Your rank: %{rank} of %{total}.', { rank: formatNumber(leadersAnswer.body.you.rank), total: formatNumber(leadersAnswer.body.total) })) : null,
      h('p', { class: 'mt-2 mb-0' }, h('a', { href: '/users' }, t('web.home', 'The whole leaderboard'))),
    );
    const matches = recentAnswer.body?.matches ?? [];
    recent.replaceChildren(
      listOrEmpty(
        matches.map((m) => {
          const against = m.opponents.map(playerName).join(', ');
          return h(
            'li',
            { class: 'mb-1' },
            h('a', { href: `/matches/${m.id}` }, `${resultLabel(m.result)} · ${against || kindLabel(m.kind)}`),
            h('span', { class: 'd-block small text-body-secondary' }, formatDateTime(m.startedAt)),
          );
        }),
        t('web.home', 'No matches yet: your results will show here.'),
        'home-recent',
      ),
    );
  };
  load();
  const name = session.user?.displayName ?? '';
  return [
    h(
      'section',
      { class: 'py-4', 'aria-labelledby': 'home-title' },
      h('h1', { id: 'home-title', class: 'display-6 fw-bold' }, t('web.home', 'Welcome back, %{name}', { name })),
      h(
        'div',
        { class: 'd-flex flex-wrap gap-2' },
        h('a', { href: '/play', class: 'btn btn-primary btn-lg', dataset: { testid: 'home-quick-play' } }, t('web.home', 'Quick play')),
        h('a', { href: '/tournaments', class: 'btn btn-outline-secondary btn-lg' }, t('web.home', 'Tournaments')),
      ),
    ),
    h(
      'div',
      { class: 'row g-4' },
      card('home-friends-title', t('web.home', 'Friends online'), friends),
      card('home-leaders-title', t('web.home', 'Top of the leaderboard'), leaders),
      card('home-recent-title', t('web.home', 'Your recent results'), recent),
      connectionCard(connection, signal),
    ),
  ];
}

export const homeView = {
  id: 'home',
  title: () => t('web.home', 'Home'),

  render(root, { connection, session, signal }) {
    const draw = () => {
      root.replaceChildren(...(session.signedIn ? playerHome(session, connection, signal) : visitorHome(connection, signal)));
      root.dataset.home = session.signedIn ? 'player' : 'visitor';
    };
    session.addEventListener('change', draw, { signal });
    draw();
  },
};
