// /live: the matches running now (GET /api/play/live); "Watch" opens the spectator view.
import { h } from '../dom.js';
import { t } from '../i18n.js';

function kindName(kind) {
  return (
    {
      local: t('web.play', 'one keyboard'),
      ai: t('web.play', 'against the computer'),
      remote: t('web.play', 'ranked'),
      private: t('web.play', 'private'),
      four_players: t('web.play', '4 players'),
      tournament: t('web.play', 'tournament'),
    }[kind] ?? kind
  );
}

export const liveView = {
  id: 'live',
  requiresSignIn: true,
  title: () => t('web.play', 'Live matches'),

  render(root, { session, signal }) {
    const list = h('ul', { class: 'list-group', dataset: { testid: 'live-list' } }, h('li', { class: 'list-group-item' }, t('web.play', 'Loading…')));
    const refresh = h('button', { type: 'button', class: 'btn btn-outline-secondary btn-sm' }, t('web.play', 'Refresh'));
    root.append(
      h('h1', { class: 'h2' }, t('web.play', 'Live matches')),
      h('p', {}, t('web.play', 'Matches being played now. Watching is read-only.')),
      h('div', { class: 'mb-2' }, refresh),
      list,
    );
    const load = async () => {
      const answer = await session.api('GET', '/api/play/live', { signal });
      if (signal.aborted) return;
      if (!answer.ok) {
        list.replaceChildren(h('li', { class: 'list-group-item' }, t('web.play', 'The live matches could not be loaded.')));
        return;
      }
      const matches = answer.body.matches ?? [];
      if (matches.length === 0) {
        list.replaceChildren(h('li', { class: 'list-group-item', dataset: { testid: 'live-empty' } }, t('web.play', 'No match is being played right now.')));
        return;
      }
      list.replaceChildren(
        ...matches.map((match) => {
          const four = match.mode === 'four_players';
          const players = match.seats.map((seat) => `${seat.label} ${four ? seat.lives : seat.score}`).join(' – ');
          return h(
            'li',
            { class: 'list-group-item d-flex flex-wrap align-items-center gap-2', dataset: { testid: 'live-match', room: match.roomId } },
            h(
              'span',
              { class: 'flex-grow-1 text-break' },
              h('span', { class: 'fw-semibold' }, players),
              h('span', { class: 'd-block small text-body-secondary' }, t('web.play', '%{kind} · %{spectators} watching', { kind: kindName(match.kind), spectators: match.spectators })),
            ),
            h('a', { class: 'btn btn-primary btn-sm', href: `/live/${encodeURIComponent(match.roomId)}`, dataset: { testid: 'watch-match' } }, t('web.play', 'Watch'), h('span', { class: 'visually-hidden' }, ` ${players}`)),
          );
        }),
      );
    };
    refresh.addEventListener('click', load, { signal });
    const timer = setInterval(load, 5000);
    signal.addEventListener('abort', () => clearInterval(timer));
    load();
  },
};
