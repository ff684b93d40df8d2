// /tournaments: the list (GET /api/tournaments), creating a local tournament (3 to 16 aliases
// played at this keyboard) or an online one; /tournaments/:id: its bracket (rounds as columns,
// lists with headings for screen readers), the next match, and the owner's and entrants' actions.
// Live changes come as tournamentUpdate / tournamentMatchReady / tournamentOver messages.
import { h } from '../dom.js';
import { t, tn } from '../i18n.js';
import { fieldMessage } from '../components/field-problems.js';
import { playClient } from '../play/play-client.js';
import { playTournamentMatch, validateConfig } from '../play/protocol.js';
import { configSummary, currentSettings } from './play.js';

const STATUS = () => ({
  open: t('web.tournaments', 'open for entries'),
  running: t('web.tournaments', 'running'),
  finished: t('web.tournaments', 'finished'),
  cancelled: t('web.tournaments', 'cancelled'),
});

// Aliases: 3 to 16, each 1 to 32 characters, unique ignoring case. Returns a message or null.
export function aliasProblem(aliases) {
  if (aliases.length < 3 || aliases.length > 16) return t('web.tournaments', 'Enter 3 to 16 players, one per line.');
  if (aliases.some((alias) => alias.length < 1 || alias.length > 32)) return t('web.tournaments', 'Each name must have 1 to 32 characters.');
  const seen = new Set();
  for (const alias of aliases) {
    const key = alias.toLocaleLowerCase();
    if (seen.has(key)) return t('web.tournaments', 'The name %{name} appears twice.', { name: alias });
    seen.add(key);
  }
  return null;
}

function field(id, label, control, hint) {
  const error = h('div', { id: `${id}-error`, class: 'invalid-feedback' });
  control.id = id;
  control.setAttribute('aria-describedby', hint ? `${id}-hint ${id}-error` : `${id}-error`);
  const wrapper = h('div', { class: 'mb-3' }, h('label', { class: 'form-label', for: id }, label), control, hint ? h('div', { id: `${id}-hint`, class: 'form-text' }, hint) : null, error);
  const setError = (text) => {
    error.textContent = text ?? '';
    control.classList.toggle('is-invalid', Boolean(text));
    if (text) control.setAttribute('aria-invalid', 'true');
    else control.removeAttribute('aria-invalid');
  };
  return { wrapper, setError, control };
}

function serverMessage(answer) {
  if (answer.error?.code === 'network_error') return t('web.tournaments', 'The server cannot be reached. Try again.');
  return answer.error?.message || t('web.tournaments', 'That did not work. Try again.');
}

export const tournamentsView = {
  id: 'tournaments',
  requiresSignIn: true,
  title: () => t('web.tournaments', 'Tournaments'),

  render(root, { session, signal, router, announce }) {
    const list = h('ul', { class: 'list-group', dataset: { testid: 'tournament-list' } });
    const load = async () => {
      const answer = await session.api('GET', '/api/tournaments?limit=50', { signal });
      if (signal.aborted) return;
      if (!answer.ok) {
        list.replaceChildren(h('li', { class: 'list-group-item' }, t('web.tournaments', 'The tournaments could not be loaded.')));
        return;
      }
      const items = answer.body.tournaments ?? [];
      list.replaceChildren(
        ...(items.length
          ? items.map((item) =>
              h(
                'li',
                { class: 'list-group-item d-flex flex-wrap gap-2 align-items-center' },
                h('a', { href: `/tournaments/${item.id}`, class: 'fw-semibold flex-grow-1 text-break' }, item.name),
                h(
                  'span',
                  { class: 'small text-body-secondary' },
                  item.kind === 'local' ? t('web.tournaments', 'local') : t('web.tournaments', 'online'),
                  ' · ',
                  STATUS()[item.status] ?? item.status,
                  ' · ',
                  tn('web.tournaments', '%n players', item.playerCount),
                  item.winner?.label ? ` · ${t('web.tournaments', 'winner: %{name}', { name: item.winner.label })}` : '',
                ),
              ),
            )
          : [h('li', { class: 'list-group-item' }, t('web.tournaments', 'No tournament yet.'))]),
      );
    };

    // --- create ---
    const kind = h('select', { class: 'form-select' }, h('option', { value: 'local' }, t('web.tournaments', 'Local: everyone at this keyboard')), h('option', { value: 'online' }, t('web.tournaments', 'Online: players join from their accounts')));
    const name = field('tournament-name', t('web.tournaments', 'Name'), h('input', { class: 'form-control', maxlength: 64, required: true }));
    const kindField = field('tournament-kind', t('web.tournaments', 'Kind'), kind);
    const aliases = field(
      'tournament-aliases',
      t('web.tournaments', 'Players (one name per line, in seeding order)'),
      h('textarea', { class: 'form-control', rows: 5 }),
      t('web.tournaments', '3 to 16 names of 1 to 32 characters, all different.'),
    );
    const minPlayers = field('tournament-min', t('web.tournaments', 'Players needed to start'), h('input', { class: 'form-control', type: 'number', min: 3, max: 16, value: 3 }));
    const maxPlayers = field('tournament-max', t('web.tournaments', 'Most players'), h('input', { class: 'form-control', type: 'number', min: 3, max: 16, value: 16 }));
    const onlineFields = h('div', { class: 'row' }, h('div', { class: 'col-6' }, minPlayers.wrapper), h('div', { class: 'col-6' }, maxPlayers.wrapper));
    const config = { ...currentSettings(), mode: 'one_vs_one' };
    const configValid = Object.keys(validateConfig(config)).length === 0;
    const configNote = h(
      'p',
      { class: 'small', dataset: { testid: 'tournament-settings' } },
      t('web.tournaments', 'Every match uses the settings chosen on the Play page: %{settings}.', { settings: configSummary(config) }),
      ' ',
      h('a', { href: '/play' }, t('web.tournaments', 'Change the settings')),
    );
    const formError = h('div', { class: 'alert alert-danger', role: 'alert', hidden: true });
    const submit = h('button', { type: 'submit', class: 'btn btn-primary', dataset: { testid: 'create-tournament' } }, t('web.tournaments', 'Create the tournament'));
    const showKind = () => {
      aliases.wrapper.hidden = kind.value !== 'local';
      onlineFields.hidden = kind.value !== 'online';
    };
    kind.addEventListener('change', showKind, { signal });
    showKind();
    const form = h('form', { novalidate: true, 'aria-labelledby': 'create-tournament-title' }, kindField.wrapper, name.wrapper, aliases.wrapper, onlineFields, configNote, formError, submit);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      formError.hidden = true;
      const body = { kind: kind.value, name: name.control.value.trim() };
      if (configValid) body.config = config;
      let bad = null;
      name.setError(null);
      aliases.setError(null);
      minPlayers.setError(null);
      maxPlayers.setError(null);
      if (body.name.length < 1 || body.name.length > 64) {
        name.setError(t('web.tournaments', 'Enter a name of 1 to 64 characters.'));
        bad ??= name.control;
      }
      if (body.kind === 'local') {
        body.aliases = aliases.control.value.split('\n').map((line) => line.trim()).filter((line) => line !== '');
        const problem = aliasProblem(body.aliases);
        if (problem) {
          aliases.setError(problem);
          bad ??= aliases.control;
        }
      } else {
        body.minPlayers = Number(minPlayers.control.value);
        body.maxPlayers = Number(maxPlayers.control.value);
        if (!Number.isInteger(body.minPlayers) || body.minPlayers < 3 || body.minPlayers > 16) {
          minPlayers.setError(t('web.tournaments', 'Enter a whole number from 3 to 16.'));
          bad ??= minPlayers.control;
        }
        if (!Number.isInteger(body.maxPlayers) || body.maxPlayers < 3 || body.maxPlayers > 16 || body.maxPlayers < body.minPlayers) {
          maxPlayers.setError(t('web.tournaments', 'Enter a whole number from 3 to 16, at least the players needed.'));
          bad ??= maxPlayers.control;
        }
      }
      if (bad) {
        bad.focus();
        return;
      }
      submit.disabled = true;
      const answer = await session.api('POST', '/api/tournaments', { body, signal });
      submit.disabled = false;
      if (answer.ok) {
        announce(t('web.tournaments', 'Tournament created.'));
        router.navigate(`/tournaments/${answer.body.id}`);
        return;
      }
      const fields = answer.error?.fields ?? {};
      for (const [key, problem] of Object.entries(fields)) {
        const message = fieldMessage(problem);
        if (key === 'name') name.setError(message);
        else if (key.startsWith('aliases')) aliases.setError(message);
        else if (key === 'minPlayers') minPlayers.setError(message);
        else if (key === 'maxPlayers') maxPlayers.setError(message);
      }
      formError.textContent = serverMessage(answer);
      formError.hidden = false;
    }, { signal });

    root.append(
      h('h1', { class: 'h2' }, t('web.tournaments', 'Tournaments')),
      h(
        'div',
        { class: 'row g-4' },
        h('section', { class: 'col-lg-7', 'aria-labelledby': 'tournament-list-title' }, h('h2', { id: 'tournament-list-title', class: 'h4' }, t('web.tournaments', 'All tournaments')), list),
        h('section', { class: 'col-lg-5', 'aria-labelledby': 'create-tournament-title' }, h('div', { class: 'card' }, h('div', { class: 'card-body' }, h('h2', { id: 'create-tournament-title', class: 'h4 card-title' }, t('web.tournaments', 'New tournament')), form))),
      ),
    );
    load();
  },
};

function playerName(player) {
  if (player === null || player === undefined) return t('web.tournaments', 'to be decided');
  return player.label ?? t('web.tournaments', 'anonymous');
}

function resultText(match) {
  return (
    {
      played: t('web.tournaments', 'played'),
      walkover: t('web.tournaments', 'walkover'),
      bye: t('web.tournaments', 'bye'),
      forfeit: t('web.tournaments', 'forfeit'),
    }[match.result] ?? ''
  );
}

function roundName(round, rounds) {
  if (round === rounds) return t('web.tournaments', 'Final');
  if (round === rounds - 1) return t('web.tournaments', 'Semi-finals');
  return t('web.tournaments', 'Round %{number}', { number: round });
}

export const tournamentView = {
  id: 'tournament',
  requiresSignIn: true,
  title: () => t('web.tournaments', 'Tournament'),

  render(root, { session, signal, params, announce }) {
    const client = playClient();
    const id = Number(params.id);
    const heading = h('h1', { class: 'h2' }, t('web.tournaments', 'Tournament'));
    const info = h('p', { dataset: { testid: 'tournament-info' } });
    const next = h('div', { class: 'mb-3', dataset: { testid: 'next-match' } });
    const actions = h('div', { class: 'd-flex flex-wrap gap-2 mb-3' });
    const error = h('div', { class: 'alert alert-danger', role: 'alert', hidden: true, dataset: { testid: 'tournament-error' } });
    const bracket = h('div', { class: 'tournament-bracket', dataset: { testid: 'bracket' } });
    const entries = h('ul', { class: 'list-unstyled', dataset: { testid: 'entries' } });
    root.append(
      heading,
      info,
      error,
      next,
      actions,
      h('section', { 'aria-labelledby': 'bracket-title' }, h('h2', { id: 'bracket-title', class: 'h4' }, t('web.tournaments', 'Bracket')), bracket),
      h('section', { 'aria-labelledby': 'entries-title', class: 'mt-3' }, h('h2', { id: 'entries-title', class: 'h4' }, t('web.tournaments', 'Players')), entries),
      h('p', {}, h('a', { href: '/tournaments' }, t('web.tournaments', 'All tournaments'))),
    );
    const showError = (text) => {
      error.textContent = text ?? '';
      error.hidden = !text;
    };
    let lastAnnouncement = null;
    let tournament = null;

    const button = (text, testid, onClick, style = 'btn-primary') => {
      const node = h('button', { type: 'button', class: `btn ${style}`, dataset: { testid } }, text);
      node.addEventListener('click', onClick, { signal });
      return node;
    };
    const post = async (path, body) => {
      showError('');
      const answer = await session.api('POST', `/api/tournaments/${id}${path}`, { body, signal });
      if (signal.aborted) return;
      if (answer.ok) draw(answer.body);
      else showError(serverMessage(answer));
    };

    const draw = (data) => {
      tournament = data;
      heading.textContent = data.name;
      const me = session.user?.id;
      const owner = data.owner?.id === me;
      const myEntry = (data.entries ?? []).find((entry) => entry.userId === me && !entry.left);
      info.textContent = [
        data.kind === 'local' ? t('web.tournaments', 'Local tournament') : t('web.tournaments', 'Online tournament'),
        STATUS()[data.status] ?? data.status,
        data.winner ? t('web.tournaments', 'Winner: %{name}', { name: playerName(data.winner) }) : null,
      ]
        .filter(Boolean)
        .join(' · ');

      // next match
      const nextMatch = data.nextMatch;
      const announcement = nextMatch ? nextMatch.announcement ?? `${playerName(nextMatch.players?.[0])} vs ${playerName(nextMatch.players?.[1])}` : null;
      next.replaceChildren();
      if (data.status === 'finished') {
        next.append(h('p', { class: 'alert alert-success mb-0', dataset: { testid: 'tournament-winner' } }, data.winner ? t('web.tournaments', '%{name} wins the tournament!', { name: playerName(data.winner) }) : t('web.tournaments', 'The tournament ended without a winner.')));
      } else if (announcement) {
        next.append(h('p', { class: 'fs-5 mb-0' }, t('web.tournaments', 'Next match: %{match}', { match: announcement })));
        if (announcement !== lastAnnouncement) announce(t('web.tournaments', 'Next match: %{match}', { match: announcement }));
      }
      lastAnnouncement = announcement;

      actions.replaceChildren();
      if (data.kind === 'local' && data.status === 'running' && nextMatch) {
        actions.append(
          button(t('web.tournaments', 'Play this match on this keyboard'), 'play-tournament-match', () => {
            showError('');
            client.pendingTournament = id;
            if (!client.send(playTournamentMatch(id))) showError(t('web.tournaments', 'Not connected to the server yet. Try again in a moment.'));
          }),
        );
      }
      if (data.kind === 'online') {
        if (data.status === 'open' && !myEntry) {
          const alias = h('input', { id: 'tournament-alias', class: 'form-control form-control-sm', maxlength: 32, placeholder: session.user?.displayName ?? '' });
          actions.append(
            h('label', { class: 'visually-hidden', for: 'tournament-alias' }, t('web.tournaments', 'Name in this tournament (optional)')),
            alias,
            button(t('web.tournaments', 'Join'), 'join-tournament', () => {
              const value = alias.value.trim();
              if (value.length > 32) {
                showError(t('web.tournaments', 'Each name must have 1 to 32 characters.'));
                return;
              }
              post('/join', value ? { alias: value } : {});
            }),
          );
        }
        if (myEntry && (data.status === 'open' || data.status === 'running')) {
          actions.append(button(t('web.tournaments', 'Leave the tournament'), 'leave-tournament', () => {
            if (window.confirm(t('web.tournaments', 'Leave this tournament? Once it runs, you forfeit your matches.'))) post('/leave');
          }, 'btn-outline-danger'));
        }
        if (owner && data.status === 'open') {
          actions.append(button(t('web.tournaments', 'Start now'), 'start-tournament', () => post('/start')));
          actions.append(button(t('web.tournaments', 'Cancel the tournament'), 'cancel-tournament', () => post('/cancel'), 'btn-outline-danger'));
        }
        const mine = (data.matches ?? []).find((match) => match.status === 'ready' && match.roomId && match.players?.some((p) => p && p.entryId === myEntry?.id));
        if (mine) {
          actions.append(button(t('web.tournaments', 'Enter your match'), 'enter-tournament-match', () => client.send({ type: 'join', roomId: mine.roomId })));
        }
      }

      // bracket: one column per round
      const rounds = data.rounds ?? 0;
      const columns = [];
      for (let round = 1; round <= rounds; round += 1) {
        const matches = (data.matches ?? []).filter((match) => match.round === round).sort((a, b) => a.slot - b.slot);
        columns.push(
          h(
            'section',
            { class: 'bracket-round', 'aria-labelledby': `round-${round}` },
            h('h3', { id: `round-${round}`, class: 'h6' }, roundName(round, rounds)),
            h(
              'ol',
              { class: 'list-unstyled' },
              matches.map((match) =>
                h(
                  'li',
                  { class: `bracket-match card mb-2 ${match.status === 'ready' ? 'border-primary' : ''}`, dataset: { testid: 'bracket-match', status: match.status } },
                  h(
                    'ul',
                    { class: 'list-unstyled mb-0 p-2' },
                    [0, 1].map((i) => {
                      const player = match.players?.[i];
                      const won = player && match.winnerEntryId === player.entryId;
                      return h('li', { class: won ? 'fw-bold' : '' }, playerName(player), won ? ` – ${t('web.tournaments', 'winner')}` : '');
                    }),
                    match.status === 'finished'
                      ? h('li', { class: 'small text-body-secondary' }, resultText(match), match.matchId ? [' · ', h('a', { href: `/matches/${match.matchId}` }, t('web.tournaments', 'record'))] : null)
                      : match.status === 'ready'
                        ? h('li', { class: 'small text-primary' }, t('web.tournaments', 'ready to play'))
                        : null,
                  ),
                ),
              ),
            ),
          ),
        );
      }
      bracket.replaceChildren(...(columns.length ? columns : [h('p', {}, t('web.tournaments', 'The bracket is drawn when the tournament starts.'))]));
      entries.replaceChildren(
        ...(data.entries ?? []).map((entry) =>
          h('li', {}, playerName(entry), entry.seed ? ` (${t('web.tournaments', 'seed %{seed}', { seed: entry.seed })})` : '', entry.left ? ` – ${t('web.tournaments', 'left')}` : ''),
        ),
      );
    };

    const load = async () => {
      const answer = await session.api('GET', `/api/tournaments/${id}`, { signal });
      if (signal.aborted) return;
      if (answer.ok) draw(answer.body);
      else showError(answer.status === 404 ? t('web.tournaments', 'This tournament does not exist.') : serverMessage(answer));
    };

    client.addEventListener('tournament', (event) => {
      if (event.detail.tournamentId !== id) return;
      if (event.detail.type === 'tournamentOver') {
        announce(event.detail.winner ? t('web.tournaments', '%{name} wins the tournament!', { name: playerName(event.detail.winner) }) : t('web.tournaments', 'The tournament ended without a winner.'));
      }
      load();
    }, { signal });
    client.addEventListener('error', (event) => {
      if (event.detail.ref !== 'playTournamentMatch') return;
      client.pendingTournament = null;
      showError(
        {
          no_tournament_match: t('web.tournaments', 'No match is ready to be played.'),
          already_playing: t('web.tournaments', 'A match is already being played.'),
        }[event.detail.code] ?? event.detail.message ?? event.detail.code,
      );
    }, { signal });
    if (Number.isInteger(id) && id > 0) load();
    else showError(t('web.tournaments', 'This tournament does not exist.'));
    void tournament;
  },
};
