// /play/:roomId (a player) and /live/:roomId (a spectator): the match screen. The canvas draws the
// server's snapshots (js/play/renderer.js); the scoreboard, pings, phase and result are text beside
// it, and goals, pauses and the end are announced. A reload or a reconnect takes the seats back
// (`join`); a spectator's page watches again (`watch`).
import { h } from '../dom.js';
import { t, tn } from '../i18n.js';
import { ConnectionState } from '../realtime/connection.js';
import { playClient } from '../play/play-client.js';
import { Key, PlayError, join, leave, pause, resume, watch } from '../play/protocol.js';
import { MatchRenderer } from '../play/renderer.js';
import { isMuted, onMutedChange, playEventSound, setMuted } from '../play/sounds.js';
import { SeatInput, attachTouchButton } from '../play/input.js';
import { configSummary } from './play.js';
import { achievementTitle, achievementsEarnedBy } from '../people/achievements.js';
import { confirmVisibly } from '../components/toast.js';

// Set while this page plays a match that is not over: leaving asks first.
let leaveQuestion = null;

function reasonText(reason) {
  switch (reason) {
    case 'completed':
      return t('web.play', 'The match was played to the end.');
    case 'left':
      return t('web.play', 'A player left the match.');
    case 'disconnected':
      return t('web.play', 'A player did not come back in time.');
    case 'no_show':
      return t('web.play', 'A player did not show up.');
    default:
      return t('web.play', 'Nobody won: the match was abandoned.');
  }
}

function keyHelp(seats) {
  if (seats.length === 0) return t('web.play', 'You are watching: the keys do nothing here.');
  if (seats.length === 1) {
    return seats[0] < 2
      ? t('web.play', 'Move your paddle with W and S or the Up and Down arrow keys while the game field has focus.')
      : t('web.play', 'Move your paddle with A and D or the Left and Right arrow keys while the game field has focus.');
  }
  if (seats.length === 2) {
    return t('web.play', 'Left player: W and S. Right player: Up and Down arrow keys. Click the game field or tab to it first.');
  }
  return t(
    'web.play',
    'Left: W and S. Right: Up and Down arrows. Top: C (left) and V (right). Bottom: N (left) and M (right). Click the game field or tab to it first.',
  );
}

function phaseText(phase) {
  switch (phase) {
    case 'waiting':
      return t('web.play', 'Waiting for the players');
    case 'countdown':
      return t('web.play', 'Get ready');
    case 'paused':
      return t('web.play', 'Paused');
    default:
      return t('web.play', 'Playing');
  }
}

// The server plays stored matches back with "replay" (docs/protocol.md).
function supportsReplay() {
  return true;
}

function renderMatch(root, context, { spectator }) {
  const { params, signal, announce, connection, router } = context;
  const client = playClient();
  const roomId = params.roomId;

  const heading = h('h1', { class: 'h3 mb-2' }, spectator ? t('web.play', 'Watching a match') : t('web.play', 'Match'));
  const status = h('p', { class: 'mb-2', dataset: { testid: 'match-status' } }, t('web.play', 'Joining the match…'));
  const scoreboard = h('ol', { class: 'list-unstyled play-scoreboard mb-0', dataset: { testid: 'scoreboard' } });
  const ownPing = h('p', { class: 'small text-body-secondary mb-0', dataset: { testid: 'own-ping' } });
  const settings = h('p', { class: 'small text-body-secondary mb-0', dataset: { testid: 'match-settings' } });
  const overlay = h('div', { class: 'play-overlay', dataset: { testid: 'match-overlay' }, hidden: true });
  const canvas = h('canvas', { class: 'play-canvas', role: 'img', 'aria-label': t('web.play', 'Game field') });
  const stage = h(
    'div',
    {
      class: 'play-stage',
      tabindex: '0',
      role: 'application',
      'aria-roledescription': t('web.play', 'game field'),
      'aria-label': t('web.play', 'Game field'),
      dataset: { testid: 'game-stage' },
    },
    canvas,
    overlay,
  );
  const touch = h('div', { class: 'play-touch', hidden: true });
  const help = h('p', { class: 'small mb-2', dataset: { testid: 'key-help' } });
  const controls = h('div', { class: 'd-flex flex-wrap gap-2 my-2' });
  // Sounds for hits, bounces and points, with a remembered mute choice.
  const soundButton = h('button', { type: 'button', class: 'btn btn-outline-secondary', dataset: { testid: 'sound-toggle' } });
  const drawSoundButton = () => {
    const muted = isMuted();
    soundButton.textContent = muted ? t('web.play', 'Turn sound on') : t('web.play', 'Turn sound off');
    soundButton.dataset.muted = String(muted);
  };
  soundButton.addEventListener('click', () => setMuted(!isMuted()), { signal });
  onMutedChange(drawSoundButton, { signal });
  drawSoundButton();
  // What the letters of the power-ups on the field mean (only when power-ups are on).
  const legendList = h('dl', { class: 'd-flex flex-wrap gap-3 mb-0' });
  const legend = h('div', { class: 'play-legend small d-flex flex-wrap gap-2 mb-2', hidden: true, dataset: { testid: 'power-up-legend' } }, h('span', { class: 'fw-semibold' }, t('web.play', 'Power-ups:')), legendList);
  const result = h('section', { class: 'card my-3', hidden: true, 'aria-labelledby': 'match-result-title', dataset: { testid: 'match-result' } });
  const problem = h('div', { class: 'alert alert-warning', role: 'alert', hidden: true, dataset: { testid: 'match-problem' } });

  root.append(
    heading,
    status,
    problem,
    result,
    h(
      'div',
      { class: 'row g-3' },
      h('div', { class: 'col-lg-9' }, stage, touch, legend, help, controls),
      h(
        'aside',
        { class: 'col-lg-3', 'aria-labelledby': 'scoreboard-title' },
        h('h2', { id: 'scoreboard-title', class: 'h5' }, t('web.play', 'Scoreboard')),
        scoreboard,
        ownPing,
        settings,
      ),
    ),
  );

  let renderer = null;
  let input = null;
  let match = null;
  let seats = [];
  let lastScores = null;
  let lastPhase = null;
  let announcedOver = false;
  let setupController = null;
  let requested = false;
  const pauseButton = h('button', { type: 'button', class: 'btn btn-outline-secondary', hidden: true, dataset: { testid: 'pause' } });
  const leaveButton = h(
    'button',
    { type: 'button', class: 'btn btn-outline-danger', hidden: true, dataset: { testid: 'leave' } },
    spectator ? t('web.play', 'Stop watching') : t('web.play', 'Leave the match'),
  );
  controls.append(pauseButton, leaveButton, soundButton);

  const inMatch = () => match && !match.spectating && client.match?.roomId === roomId && client.over?.roomId !== roomId;
  leaveQuestion = null;
  // Only a match between people counts as a loss when left; practice (local, ai) just ends.
  const practice = () => match?.kind === 'local' || match?.kind === 'ai';
  const leaveText = () =>
    practice() ? t('web.play', 'Leave this match? It ends here.') : t('web.play', 'Leave this match? Leaving a match between people counts as a loss.');
  const updateLeaveQuestion = () => {
    leaveQuestion = !spectator && inMatch() ? leaveText() : null;
  };
  window.addEventListener(
    'beforeunload',
    (event) => {
      if (leaveQuestion) {
        event.preventDefault();
        event.returnValue = ''; // Chromium still needs it
      }
    },
    { signal },
  );
  signal.addEventListener('abort', () => {
    leaveQuestion = null;
    renderer?.destroy();
    setupController?.abort();
    // Leaving the view by a link or Back (after confirming) gives the seats up, or stops watching.
    if (match && client.inRoom(roomId)) connection.send(leave());
  });

  const showProblem = (text) => {
    problem.textContent = text;
    problem.hidden = !text;
  };

  const label = (seat) => match?.seats.find((s) => s.seat === seat)?.label ?? t('web.play', 'Player %{number}', { number: seat + 1 });
  const four = () => match?.config.mode === 'four_players';
  const valueOf = (player) => (player ? (four() ? player.lives : player.score) : 0);

  const drawScoreboard = () => {
    if (!match) return;
    const state = client.snapshot?.roomId === roomId ? client.snapshot.state : null;
    const pings = new Map((client.latency?.seats ?? []).map((entry) => [entry.seat, entry.pingMs]));
    const missing = new Set(client.snapshot?.roomId === roomId ? client.snapshot.missingSeats ?? [] : []);
    const single = match.seats.filter((s) => s.controlledByYou).length === 1;
    scoreboard.replaceChildren(
      ...match.seats.map((seat) => {
        const player = state?.players[seat.seat];
        const ping = pings.get(seat.seat);
        return h(
          'li',
          { class: 'play-score d-flex align-items-center gap-2 py-1', dataset: { testid: `score-seat-${seat.seat}` } },
          h('span', { class: `play-swatch play-swatch-${seat.seat}`, 'aria-hidden': 'true' }),
          h(
            'span',
            { class: 'flex-grow-1 text-break' },
            h('span', { class: 'fw-semibold', dataset: { testid: 'seat-label' } }, seat.label),
            seat.controlledByYou && !match.spectating && single ? ` (${t('web.play', 'you')})` : '',
            player?.eliminated ? ` – ${t('web.play', 'out')}` : '',
            missing.has(seat.seat) ? ` – ${t('web.play', 'missing')}` : '',
            h(
              'span',
              { class: 'd-block small text-body-secondary' },
              seat.kind === 'ai'
                ? t('web.play', 'computer')
                : ping === null || ping === undefined
                  ? t('web.play', 'ping unknown')
                  : t('web.play', 'ping %{ms} ms', { ms: ping }),
            ),
          ),
          h(
            'span',
            { class: 'fs-4 fw-bold', dataset: { testid: 'seat-score' } },
            four() ? tn('web.play', '%n lives', valueOf(player)) : String(valueOf(player)),
          ),
        );
      }),
    );
    const rtt = connection.rttMs;
    ownPing.textContent = rtt === null ? '' : t('web.play', 'Your connection: %{ms} ms round trip', { ms: rtt });
    canvas.setAttribute(
      'aria-label',
      t('web.play', 'Game field. Score: %{score}', {
        score: match.seats.map((seat) => `${seat.label} ${valueOf(state?.players[seat.seat])}`).join(', '),
      }),
    );
  };

  const drawOverlay = () => {
    const snapshot = client.snapshot?.roomId === roomId ? client.snapshot : null;
    if (!match || client.over?.roomId === roomId || !snapshot) {
      overlay.hidden = true;
      return;
    }
    const seconds = snapshot.phaseEndsInMs === null ? null : Math.ceil(snapshot.phaseEndsInMs / 1000);
    const lines = [];
    overlay.dataset.phase = snapshot.phase;
    if (snapshot.phase === 'countdown') {
      lines.push(h('p', { class: 'play-overlay-big mb-1', dataset: { testid: 'countdown' } }, seconds === null ? '…' : String(seconds)));
      lines.push(h('p', { class: 'mb-0' }, t('web.play', 'Get ready')));
    } else if (snapshot.phase === 'paused' || snapshot.phase === 'waiting') {
      lines.push(h('p', { class: 'play-overlay-big mb-1' }, snapshot.phase === 'paused' ? t('web.play', 'Paused') : t('web.play', 'Waiting for the players')));
      const missing = client.paused?.missing ?? snapshot.missingSeats.map((seat) => ({ seat, label: label(seat), forfeitInMs: null }));
      missing.forEach((entry, index) => {
        const forfeit = index === 0 && seconds !== null ? seconds : entry.forfeitInMs === null ? null : Math.ceil(entry.forfeitInMs / 1000);
        const name = entry.label ?? label(entry.seat);
        lines.push(
          h(
            'p',
            { class: 'mb-0', dataset: { testid: 'missing-player' } },
            forfeit === null
              ? t('web.play', '%{name} is missing.', { name })
              : t('web.play', '%{name} is missing: forfeit in %{seconds} s.', { name, seconds: forfeit }),
          ),
        );
      });
    }
    overlay.replaceChildren(...lines);
    overlay.hidden = lines.length === 0;
  };

  const drawControls = () => {
    const own = match && !match.spectating;
    const over = client.over?.roomId === roomId;
    const pausable = own && (match.kind === 'local' || match.kind === 'ai') && !over;
    pauseButton.hidden = !pausable;
    pauseButton.textContent = client.snapshot?.phase === 'paused' ? t('web.play', 'Resume') : t('web.play', 'Pause');
    leaveButton.hidden = !match || over;
    updateLeaveQuestion();
  };

  pauseButton.addEventListener('click', () => connection.send(client.snapshot?.phase === 'paused' ? resume() : pause()), { signal });
  leaveButton.addEventListener(
    'click',
    () => {
      if (match?.spectating) {
        connection.send(leave());
        match = null;
        router.navigate('/live', { force: true });
        return;
      }
      if (!window.confirm(leaveText())) return;
      connection.send(leave());
    },
    { signal },
  );

  const players = (started) => started.seats.map((seat) => seat.label).join(' vs ');

  const setup = (started) => {
    match = started;
    setupController?.abort();
    setupController = new AbortController();
    renderer?.destroy();
    seats = started.spectating ? [] : started.seats.filter((seat) => seat.controlledByYou).map((seat) => seat.seat);
    canvas.classList.toggle('play-canvas-square', started.config.mode === 'four_players');
    renderer = new MatchRenderer(canvas, { config: started.config, controlledSeats: seats });
    renderer.start();
    help.textContent = keyHelp(seats);
    const kinds = started.config.powerUps ?? [];
    const names = {
      bigger_paddle: ['B', t('web.play', 'bigger paddle')],
      smaller_opponent_paddle: ['S', t('web.play', 'smaller paddles for the others')],
      faster_ball: ['F', t('web.play', 'faster ball')],
      multi_ball: ['M', t('web.play', 'more balls')],
    };
    legendList.replaceChildren(
      ...kinds.filter((kind) => names[kind]).map((kind) => h('div', { class: 'd-flex gap-1' }, h('dt', { class: 'fw-bold play-legend-letter' }, names[kind][0]), h('dd', { class: 'mb-0' }, names[kind][1]))),
    );
    legend.hidden = kinds.length === 0;
    settings.textContent = configSummary(started.config);
    settings.prepend(h('span', { class: 'd-block fw-semibold' }, t('web.play', 'Settings')));
    heading.textContent = started.spectating
      ? started.replay
        ? t('web.play', 'Replay: %{players}', { players: players(started) })
        : t('web.play', 'Watching: %{players}', { players: players(started) })
      : t('web.play', 'Match: %{players}', { players: players(started) });
    showProblem('');
    result.hidden = true;
    input = null;
    touch.hidden = true;
    if (seats.length) {
      input = new SeatInput({
        target: stage,
        seats,
        signal: setupController.signal,
        onKey: (seat, key) => renderer.noteInput(client.sendInput(seat, key), seat, key),
      });
      // Touch screens: a pair of buttons per seat.
      if (window.matchMedia('(pointer: coarse)').matches) {
        touch.hidden = false;
        touch.replaceChildren(
          ...seats.map((seat) => {
            const vertical = seat < 2;
            const up = h('button', { type: 'button', class: 'btn btn-secondary play-touch-button' }, vertical ? t('web.play', 'Up') : t('web.play', 'Left'));
            const down = h('button', { type: 'button', class: 'btn btn-secondary play-touch-button' }, vertical ? t('web.play', 'Down') : t('web.play', 'Right'));
            attachTouchButton(up, input, seat, Key.Up, setupController.signal);
            attachTouchButton(down, input, seat, Key.Down, setupController.signal);
            return h('div', { class: `play-touch-pair play-touch-seat-${seat}`, role: 'group', 'aria-label': t('web.play', 'Controls of %{name}', { name: label(seat) }) }, up, down);
          }),
        );
      }
      // After the router has focused the heading: the keys go to the game field from the start.
      setTimeout(() => {
        if (!setupController.signal.aborted && !document.activeElement?.closest('input, select, textarea')) stage.focus();
      }, 0);
    }
    lastScores = null;
    lastPhase = null;
    announcedOver = false;
    status.textContent = t('web.play', 'Joining the match…');
    if (client.snapshot?.roomId === roomId) onSnapshot(client.snapshot);
    drawScoreboard();
    drawOverlay();
    drawControls();
    announce(
      started.spectating
        ? t('web.play', 'Watching %{players}.', { players: players(started) })
        : t('web.play', 'Match started: %{players}. %{settings}', { players: players(started), settings: configSummary(started.config) }),
    );
  };

  const scoresOf = (state) => state.players.map((p) => valueOf(p));

  function onSnapshot(snapshot) {
    renderer?.pushSnapshot(snapshot);
    const scores = scoresOf(snapshot.state);
    if (lastScores && scores.some((value, i) => value !== lastScores[i])) {
      announce(match.seats.map((seat) => `${seat.label} ${scores[seat.seat]}`).join(', '));
    }
    for (const event of snapshot.events ?? []) {
      if (event.type === 'player_eliminated') announce(t('web.play', '%{name} is out.', { name: label(event.player) }));
    }
    lastScores = scores;
    if (snapshot.phase !== lastPhase) {
      if (snapshot.phase === 'countdown') {
        announce(tn('web.play', 'Get ready: play starts in %n seconds.', Math.ceil((snapshot.phaseEndsInMs ?? 3000) / 1000)));
      }
      if (snapshot.phase === 'running' && lastPhase !== null) announce(t('web.play', 'Play!'));
      lastPhase = snapshot.phase;
      status.textContent = phaseText(snapshot.phase);
      status.dataset.phase = snapshot.phase;
      drawControls();
    }
    drawScoreboard();
    drawOverlay();
  }

  const showResult = (over) => {
    if (!match) return;
    input?.releaseAll();
    setupController?.abort();
    renderer?.stop();
    touch.hidden = true;
    drawControls();
    drawScoreboard();
    overlay.hidden = true;
    const winner = over.winnerSeat === null ? null : label(over.winnerSeat);
    const headline = winner === null ? t('web.play', 'No winner') : t('web.play', '%{name} wins!', { name: winner });
    status.textContent = t('web.play', 'Match over');
    status.dataset.phase = 'over';
    const tournamentId = client.tournamentForRoom.get(roomId);
    const replayButton =
      over.matchId !== null && supportsReplay()
        ? h('button', { type: 'button', class: 'btn btn-outline-primary', dataset: { testid: 'watch-replay' } }, t('web.play', 'Watch the replay'))
        : null;
    replayButton?.addEventListener('click', () => client.requestReplay(over.matchId), { signal });
    result.replaceChildren(
      h(
        'div',
        { class: 'card-body' },
        h('h2', { id: 'match-result-title', class: 'h4 card-title', dataset: { testid: 'match-winner' } }, headline),
        h('p', { class: 'card-text', dataset: { testid: 'match-reason' } }, reasonText(over.reason)),
        h(
          'ul',
          { class: 'list-unstyled' },
          over.seats.map((seat) =>
            h(
              'li',
              {},
              `${label(seat.seat)}: ${four() ? tn('web.play', '%n lives', seat.lives) : seat.score}`,
              seat.forfeited ? ` (${t('web.play', 'forfeited')})` : '',
            ),
          ),
        ),
        h(
          'div',
          { class: 'd-flex flex-wrap gap-2' },
          over.matchId !== null
            ? h('a', { class: 'btn btn-primary', href: `/matches/${over.matchId}`, dataset: { testid: 'match-link' } }, t('web.play', 'See the match record'))
            : context.session.signedIn
              ? h('p', { class: 'mb-0' }, t('web.play', 'This match could not be stored.'))
              : h('a', { class: 'btn btn-primary', href: '/signup?next=%2Fplay', dataset: { testid: 'guest-signup' } }, t('web.play', 'Create an account to keep your results')),
          replayButton,
          tournamentId !== undefined
            ? h('a', { class: 'btn btn-outline-primary', href: `/tournaments/${tournamentId}`, dataset: { testid: 'back-to-tournament' } }, t('web.play', 'Back to the tournament'))
            : null,
          h('a', { class: 'btn btn-outline-secondary', href: '/play' }, t('web.play', 'Play again')),
        ),
      ),
    );
    if (over.matchId === null && !context.session.signedIn) {
      result.firstElementChild.insertBefore(
        h('p', { class: 'card-text small', dataset: { testid: 'guest-not-saved' } }, t('web.play', 'Guest matches are not saved.')),
        result.firstElementChild.lastElementChild,
      );
    }
    result.hidden = false;
    if (!announcedOver) {
      announcedOver = true;
      announce(`${t('web.play', 'Match over')}. ${headline} ${reasonText(over.reason)}`);
      if (!spectator && over.matchId !== null && context.session.signedIn) announceAchievements(over.matchId);
    }
  };

  // What this match earned (the server awards achievements as it stores the match).
  const announceAchievements = async (matchId) => {
    let codes;
    try {
      codes = await achievementsEarnedBy(context.session, matchId, { signal });
    } catch (e) {
      if (e?.name === 'AbortError') return;
      throw e;
    }
    for (const code of codes) confirmVisibly(announce, t('web.achievements', 'Achievement unlocked: %{title}', { title: achievementTitle(code) }));
  };

  // Entering the room: a player takes their seats back, anyone else watches.
  const enter = () => {
    if (!client.connected || client.inRoom(roomId) || client.over?.roomId === roomId) return;
    // A guest's match ends with its connection: there is nothing to come back to.
    if (!context.session.signedIn) {
      status.textContent = '';
      showProblem(t('web.play', 'This match is over or does not exist.'));
      return;
    }
    requested = true;
    connection.send(spectator || match?.spectating ? watch(roomId) : join(roomId));
  };

  client.addEventListener('started', (event) => {
    if (event.detail.roomId === roomId) setup(event.detail);
  }, { signal });
  client.addEventListener('snapshot', (event) => {
    if (event.detail.roomId !== roomId || !match) return;
    onSnapshot(event.detail);
    for (const matchEvent of event.detail.events ?? []) playEventSound(matchEvent.type);
  }, { signal });
  client.addEventListener('paused', (event) => {
    if (event.detail.roomId !== roomId) return;
    const names = event.detail.missing.map((entry) => entry.label).join(', ');
    announce(
      event.detail.reason === 'requested'
        ? t('web.play', 'The match is paused.')
        : t('web.play', 'The match is paused: waiting for %{names}.', { names: names || '…' }),
    );
    drawOverlay();
    drawControls();
  }, { signal });
  client.addEventListener('resumed', (event) => {
    if (event.detail.roomId !== roomId) return;
    announce(tn('web.play', 'Everyone is here: play resumes in %n seconds.', Math.ceil(event.detail.startsInMs / 1000)));
  }, { signal });
  client.addEventListener('latency', (event) => {
    if (event.detail.roomId === roomId) drawScoreboard();
  }, { signal });
  client.addEventListener('over', (event) => {
    if (event.detail.roomId === roomId) showResult(event.detail);
  }, { signal });
  client.addEventListener('moved', (event) => {
    if (event.detail.roomId !== roomId) return;
    setupController?.abort();
    match = null;
    updateLeaveQuestion();
    showProblem(t('web.play', 'This match continues in another tab or app.'));
  }, { signal });
  client.addEventListener('error', (event) => {
    const error = event.detail;
    if (error.ref === 'replay') {
      showProblem(t('web.play', 'The replay could not be started.'));
      return;
    }
    if (error.code === PlayError.GuestIdle) {
      showProblem(t('web.play', 'The match ended because nobody played for a while.'));
      return;
    }
    if (!requested) return;
    if ((error.ref === 'join' || error.ref === 'watch') && (error.code === PlayError.RoomNotFound || error.code === 'invalid_field')) {
      requested = false;
      status.textContent = '';
      showProblem(t('web.play', 'This match is over or does not exist.'));
    } else if (error.ref === 'join' && error.code === PlayError.NotAPlayer) {
      // Not one of its players: watch it instead.
      connection.send(watch(roomId));
    }
  }, { signal });
  // A new connection is in no room: come back (the server also says activeMatch).
  connection.addEventListener('statechange', () => {
    if (connection.state === ConnectionState.Connected) enter();
  }, { signal });
  connection.addEventListener('change', () => drawScoreboard(), { signal });

  if (client.match?.roomId === roomId) {
    setup(client.match);
    if (client.over?.roomId === roomId) showResult(client.over);
    else enter(); // after a reconnect that happened on another view
  } else {
    enter();
  }
}

export const playMatchView = {
  id: 'play-match',
  // Guests play too (their own local and ai matches).
  requiresSignIn: false,
  title: () => t('web.play', 'Match'),
  confirmLeave: () => leaveQuestion,
  render(root, context) {
    renderMatch(root, context, { spectator: false });
  },
};

export const spectateView = {
  id: 'spectate',
  requiresSignIn: true,
  title: () => t('web.play', 'Watching a match'),
  render(root, context) {
    renderMatch(root, context, { spectator: true });
  },
};
