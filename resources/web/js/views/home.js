// /: the home page. A visitor learns what the platform is, plays at once as a guest ("Play now":
// one keyboard or the computer, nothing saved), sees the matches being played and the top of the
// leaderboard (GET /api/play/summary, refreshed every few seconds) and how to get the desktop
// app. A signed-in player gets quick play, friends online (live), their next tournament match,
// their recent results, the live matches and the top of the leaderboard.
import { h } from '../dom.js';
import { formatNumber, t, tn } from '../i18n.js';
import { connectionExplanation, createConnectionBadge } from '../components/connection-status.js';
import { avatarImage } from '../people/avatar.js';
import { formatDateTime, kindLabel, playerName, resultLabel } from '../people/match-labels.js';
import { onPresence, presenceBadge } from '../people/presence.js';
import { getJson } from '../api/http.js';

const SUMMARY_REFRESH_MS = 5000;
// Running tournaments whose bracket is read to find the player's next match.
const TOURNAMENTS_LOOKED_AT = 5;

function card(id, title, ...body) {
  return h(
    'section',
    { class: 'col-md-6 col-xl-4', 'aria-labelledby': id },
    h('div', { class: 'card h-100' }, h('div', { class: 'card-body' }, h('h2', { id, class: 'h5 card-title' }, title), ...body)),
  );
}

function loading() {
  return h('p', { class: 'text-body-secondary mb-0' }, t('web.home', 'Loading…'));
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

function listOrEmpty(items, emptyText, testid) {
  return items.length ? h('ul', { class: 'list-unstyled mb-0', dataset: { testid } }, items) : h('p', { class: 'text-body-secondary mb-0', dataset: { testid } }, emptyText);
}

function liveKindName(kind) {
  return (
    {
      local: t('web.home', 'one keyboard'),
      ai: t('web.home', 'against the computer'),
      remote: t('web.home', 'ranked'),
      private: t('web.home', 'private'),
      four_players: t('web.home', '4 players'),
      tournament: t('web.home', 'tournament'),
    }[kind] ?? kind
  );
}

// The live matches and the leaders of GET /api/play/summary, kept fresh while the page is open.
// Returns the two card bodies.
function summaryBodies(signal, { signedIn }) {
  const live = h('div', { 'aria-live': 'off' }, loading());
  const leaders = h('div', {}, loading());
  let shown = false; // the lists of an answer are on the page
  const load = async () => {
    // Offline, the lists shown stay as they are (the strip under the header says the network is
    // gone) and nothing is asked for; the page asks again as soon as it is back online.
    if (!navigator.onLine) return;
    // Not aborted when the page is left (a cancelled request shows as a failed one): the answer
    // is dropped instead.
    const answer = await getJson('/api/play/summary');
    if (signal.aborted) return;
    if (!answer.ok) {
      // A refresh that failed keeps the lists shown rather than replace them with an error.
      if (shown) return;
      live.replaceChildren(h('p', { class: 'text-body-secondary mb-0', dataset: { testid: 'home-live' } }, t('web.home', 'The live matches could not be loaded.')));
      leaders.replaceChildren(h('p', { class: 'text-body-secondary mb-0', dataset: { testid: 'home-leaders' } }, t('web.home', 'The leaderboard could not be loaded.')));
      return;
    }
    shown = true;
    const { liveCount = 0, live: matches = [], leaders: entries = [] } = answer.body;
    live.replaceChildren(
      // With none, the list's own sentence says so.
      h('p', { class: 'mb-2', hidden: liveCount === 0, dataset: { testid: 'home-live-count' } }, tn('web.home', '%n matches being played now.', liveCount)),
      listOrEmpty(
        matches.map((match) => {
          const four = match.mode === 'four_players';
          const players = match.seats.map((seat) => `${seat.label} ${four ? seat.lives : seat.score}`).join(' – ');
          return h(
            'li',
            { class: 'mb-1', dataset: { testid: 'home-live-match' } },
            signedIn ? h('a', { href: `/live/${encodeURIComponent(match.roomId)}` }, players) : h('span', { class: 'fw-semibold' }, players),
            h('span', { class: 'd-block small text-body-secondary' }, liveKindName(match.kind)),
          );
        }),
        t('web.home', 'No match is being played right now.'),
        'home-live',
      ),
      h('p', { class: 'small mt-2 mb-0' }, signedIn ? h('a', { href: '/live' }, t('web.home', 'Watch the live matches')) : t('web.home', 'Sign in to watch them.')),
    );
    leaders.replaceChildren(
      listOrEmpty(
        entries.map((e) =>
          h(
            'li',
            { class: 'd-flex align-items-center gap-2 mb-1' },
            h('span', { class: 'fw-semibold' }, `${formatNumber(e.rank)}.`),
            avatarImage(e.user, { size: 24 }),
            signedIn ? h('a', { href: `/users/${e.user.id}`, class: 'text-break' }, e.user.displayName) : h('span', { class: 'text-break' }, e.user.displayName),
            h('span', { class: 'ms-auto' }, formatNumber(e.rating)),
          ),
        ),
        t('web.home', 'Nobody to rank yet.'),
        'home-leaders',
      ),
    );
  };
  load();
  const timer = setInterval(load, SUMMARY_REFRESH_MS);
  window.addEventListener('online', load, { signal });
  signal.addEventListener('abort', () => clearInterval(timer));
  return { live, leaders };
}

function desktopAppCard() {
  const code = (text) => h('code', {}, text);
  return card(
    'home-app-title',
    t('web.home', 'The desktop app'),
    h('p', { class: 'card-text' }, t('web.home', 'The desktop app plays the same matches, and also offline on your computer without an account.')),
    h('p', { class: 'card-text mb-1' }, t('web.home', 'Build it from the project’s source code on Debian 12 (Qt 6):')),
    h(
      'ol',
      { class: 'small mb-2', dataset: { testid: 'home-app-steps' } },
      h('li', {}, t('web.home', 'In a copy of the source code, run %{command}: it installs what is missing and builds the server and the app.', { command: 'scripts/run' }).split('scripts/run').flatMap((part, i) => (i ? [code('scripts/run'), part] : [part]))),
      h('li', {}, t('web.home', 'Start the app:'), ' ', code('build/client-qml/transcendence-client')),
      h('li', {}, t('web.home', 'Enter this server’s address:'), ' ', code(location.origin)),
    ),
    h('p', { class: 'card-text small mb-0' }, t('web.home', 'The README’s “Quick start” section has the details.')),
  );
}

function visitorHome(connection, signal) {
  const { live, leaders } = summaryBodies(signal, { signedIn: false });
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
        h('a', { href: '/play', class: 'btn btn-primary btn-lg', dataset: { testid: 'home-play-now' } }, t('web.home', 'Play now')),
        h('a', { href: '/signup', class: 'btn btn-outline-primary btn-lg', dataset: { testid: 'home-signup' } }, t('web.home', 'Create an account')),
        h('a', { href: '/signin', class: 'btn btn-outline-secondary btn-lg' }, t('web.home', 'Sign in')),
      ),
      h(
        'p',
        { class: 'small text-body-secondary mt-2 mb-0' },
        t('web.home', 'No account needed to play against the computer or a friend at your keyboard. A free account adds online matches, tournaments, the leaderboard and your history.'),
      ),
    ),
    h(
      'div',
      { class: 'row g-4' },
      card('home-live-title', t('web.home', 'Live now'), live),
      card('home-leaders-title', t('web.home', 'Top of the leaderboard'), leaders),
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
      desktopAppCard(),
      connectionCard(connection, signal),
    ),
  ];
}

// The player's next match in an online tournament they are still in: the first of their
// matches not played yet, in the first running tournament that has one; else an open
// tournament they have joined.
async function nextTournamentMatch(session) {
  const me = session.user?.id;
  const list = await session.api('GET', '/api/tournaments?status=running,open&limit=20');
  if (!list.ok) return { failed: true };
  const online = (list.body.tournaments ?? []).filter((tournament) => tournament.kind === 'online');
  const running = online.filter((tournament) => tournament.status === 'running').slice(0, TOURNAMENTS_LOOKED_AT);
  const open = online.filter((tournament) => tournament.status === 'open').slice(0, TOURNAMENTS_LOOKED_AT);
  const details = await Promise.all([...running, ...open].map((tournament) => session.api('GET', `/api/tournaments/${tournament.id}`)));
  for (const answer of details) {
    if (!answer.ok) continue;
    const tournament = answer.body;
    const mine = (tournament.entries ?? []).find((entry) => entry.userId === me && !entry.left && entry.eliminatedInRound === null);
    if (!mine) continue;
    if (tournament.status === 'open') return { tournament, waitingForStart: true };
    const match = (tournament.matches ?? []).find(
      (m) => m.status !== 'finished' && (m.players ?? []).some((player) => player?.entryId === mine.id),
    );
    if (match) {
      const opponent = match.players.find((player) => player && player.entryId !== mine.id) ?? null;
      return { tournament, match, opponent };
    }
  }
  return {};
}

function tournamentBody(session, signal) {
  const body = h('div', {}, loading());
  nextTournamentMatch(session).then((next) => {
    if (signal.aborted) return;
    const link = (tournament) => h('a', { href: `/tournaments/${tournament.id}`, class: 'fw-semibold text-break' }, tournament.name);
    if (next.failed) {
      body.replaceChildren(h('p', { class: 'text-body-secondary mb-0', dataset: { testid: 'home-tournament' } }, t('web.home', 'Your tournaments could not be loaded.')));
    } else if (next.waitingForStart) {
      body.replaceChildren(
        h('p', { class: 'mb-0', dataset: { testid: 'home-tournament' } }, link(next.tournament), h('span', { class: 'd-block small' }, t('web.home', 'You have joined: it starts when its organiser starts it.'))),
      );
    } else if (next.match) {
      const rounds = next.tournament.rounds;
      const round = next.match.round === rounds ? t('web.home', 'The final') : t('web.home', 'Round %{round} of %{rounds}', { round: next.match.round, rounds });
      const against = next.opponent?.label
        ? t('web.home', 'against %{name}', { name: next.opponent.label })
        : t('web.home', 'against the winner of the match before');
      const ready = next.match.status === 'ready';
      body.replaceChildren(
        h(
          'div',
          { dataset: { testid: 'home-tournament' } },
          h('p', { class: 'mb-1' }, link(next.tournament)),
          h('p', { class: 'mb-2' }, `${round} · ${against}`),
          ready
            ? h('a', { href: `/tournaments/${next.tournament.id}`, class: 'btn btn-primary btn-sm', dataset: { testid: 'home-tournament-ready' } }, t('web.home', 'Your match is ready: go to the bracket'))
            : h('p', { class: 'small text-body-secondary mb-0' }, t('web.home', 'Waiting for the other players of this round.')),
        ),
      );
    } else {
      body.replaceChildren(
        h(
          'p',
          { class: 'text-body-secondary mb-0', dataset: { testid: 'home-tournament' } },
          t('web.home', 'You are in no tournament now.'),
          ' ',
          h('a', { href: '/tournaments' }, t('web.home', 'Find one to join')),
        ),
      );
    }
  });
  return body;
}

function friendsBody(session, connection, signal) {
  const body = h('div', {}, loading());
  let friends = null; // the answer's list, kept current by presence messages
  let failed = false;
  const draw = () => {
    if (friends === null && !failed) return;
    const online = (friends ?? []).filter((f) => f.presence !== 'offline');
    body.replaceChildren(
      listOrEmpty(
        online.map((f) => h('li', { class: 'd-flex align-items-center gap-2 mb-1' }, avatarImage(f, { size: 28 }), h('a', { href: `/users/${f.id}`, class: 'text-break' }, f.displayName), presenceBadge(f.presence))),
        failed ? t('web.home', 'Your friends could not be loaded.') : t('web.home', 'None of your friends is online.'),
        'home-friends',
      ),
      h('p', { class: 'mt-2 mb-0' }, h('a', { href: '/friends' }, t('web.home', 'All your friends'))),
    );
  };
  onPresence(connection, signal, ({ userId, status }) => {
    const friend = friends?.find((f) => f.id === userId);
    if (!friend) return;
    friend.presence = status;
    draw();
  });
  session.api('GET', '/api/friends').then((answer) => {
    if (signal.aborted) return;
    failed = !answer.ok;
    friends = answer.body?.friends ?? [];
    draw();
  });
  return body;
}

function recentBody(session, signal) {
  const body = h('div', {}, loading());
  const me = session.user?.id;
  session.api('GET', `/api/users/${me}/matches?limit=5`).then((answer) => {
    if (signal.aborted) return;
    const matches = answer.body?.matches ?? [];
    body.replaceChildren(
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
        answer.ok ? t('web.home', 'No matches yet: your results will show here.') : t('web.home', 'Your results could not be loaded.'),
        'home-recent',
      ),
      h('p', { class: 'mt-2 mb-0' }, h('a', { href: '/dashboard' }, t('web.home', 'Your statistics'))),
    );
  });
  return body;
}

function yourRankBody(session, signal) {
  const body = h('p', { class: 'small mt-2 mb-0', dataset: { testid: 'home-your-rank' }, hidden: true });
  session.api('GET', '/api/leaderboard?limit=1').then((answer) => {
    if (signal.aborted || !answer.body?.you) return;
    body.textContent = t('web.home', 'Your rank: %{rank} of %{total}.', { rank: formatNumber(answer.body.you.rank), total: formatNumber(answer.body.total) });
    body.hidden = false;
  });
  return body;
}

function playerHome(session, connection, signal) {
  const { live, leaders } = summaryBodies(signal, { signedIn: true });
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
      card('home-friends-title', t('web.home', 'Friends online'), friendsBody(session, connection, signal)),
      card('home-tournament-title', t('web.home', 'Your next tournament match'), tournamentBody(session, signal)),
      card('home-recent-title', t('web.home', 'Your recent results'), recentBody(session, signal)),
      card('home-live-title', t('web.home', 'Live now'), live),
      card(
        'home-leaders-title',
        t('web.home', 'Top of the leaderboard'),
        leaders,
        yourRankBody(session, signal),
        h('p', { class: 'mt-2 mb-0' }, h('a', { href: '/users' }, t('web.home', 'The whole leaderboard'))),
      ),
      connectionCard(connection, signal),
    ),
  ];
}

export const homeView = {
  id: 'home',
  title: () => t('web.home', 'Home'),

  render(root, { connection, session, signal }) {
    let controller = null;
    const draw = () => {
      controller?.abort();
      controller = new AbortController();
      // Each drawing's timers and listeners end with it (a redraw, or leaving the page).
      const drawSignal = controller.signal;
      root.replaceChildren(...(session.signedIn ? playerHome(session, connection, drawSignal) : visitorHome(connection, drawSignal)));
      root.dataset.home = session.signedIn ? 'player' : 'visitor';
    };
    signal.addEventListener('abort', () => controller?.abort());
    session.addEventListener('change', draw, { signal });
    draw();
  },
};
