// /play: choose how to play (one keyboard, the computer, the matchmaking queue, a friend, four
// players) and the match settings (MatchConfig, docs/game.md), checked here before the server
// checks them again. The match itself is the match view (/play/:roomId), which the play client
// opens when the server says matchStarted.
import { h } from '../dom.js';
import { t, tn } from '../i18n.js';
import { playClient } from '../play/play-client.js';
import {
  DEFAULT_CONFIG,
  MAPS,
  NUMERIC_LIMITS,
  POWER_UPS,
  invite,
  inviteCancel,
  leaveQueue,
  play,
  queue,
  validateConfig,
} from '../play/protocol.js';

// The settings stay as chosen while the page is open.
let settings = structuredClone({ ...DEFAULT_CONFIG, powerUps: [] });

// The settings last chosen on /play (tournaments use them too).
export function currentSettings() {
  return structuredClone(settings);
}

export function mapName(map) {
  return { classic: t('web.play', 'Classic'), pillars: t('web.play', 'Pillars'), crossroads: t('web.play', 'Crossroads') }[map] ?? map;
}

export function powerUpName(kind) {
  return (
    {
      bigger_paddle: t('web.play', 'Bigger paddle'),
      smaller_opponent_paddle: t('web.play', 'Smaller opponent paddles'),
      faster_ball: t('web.play', 'Faster ball'),
      multi_ball: t('web.play', 'Multi-ball'),
    }[kind] ?? kind
  );
}

// One line that tells the players what they are about to play.
export function configSummary(config) {
  const parts = [
    config.mode === 'four_players' ? t('web.play', '4 players') : t('web.play', '1 vs 1'),
    t('web.play', 'map %{map}', { map: mapName(config.map) }),
    config.mode === 'four_players'
      ? tn('web.play', '%n lives', config.lives)
      : config.winByTwo
        ? t('web.play', 'first to %{points}, by two clear points', { points: config.scoreLimit })
        : t('web.play', 'first to %{points}', { points: config.scoreLimit }),
    t('web.play', 'ball speed %{speed}', { speed: config.ballSpeed }),
    t('web.play', 'paddle %{length}', { length: config.paddleLength }),
    config.powerUps?.length
      ? t('web.play', 'power-ups: %{list}', { list: config.powerUps.map(powerUpName).join(', ') })
      : t('web.play', 'no power-ups'),
  ];
  return parts.join(' · ');
}

const FIELD_LABELS = () => ({
  ballSpeed: t('web.play', 'Ball speed (serve)'),
  ballSpeedIncrement: t('web.play', 'Speed added per hit'),
  ballMaxSpeed: t('web.play', 'Maximum ball speed'),
  paddleLength: t('web.play', 'Paddle size'),
  paddleSpeed: t('web.play', 'Paddle speed'),
  scoreLimit: t('web.play', 'Points to win (1 vs 1)'),
  lives: t('web.play', 'Lives (4 players)'),
  serveDelay: t('web.play', 'Seconds before a serve'),
  powerUpSpawnInterval: t('web.play', 'Seconds between power-ups'),
  powerUpLifetime: t('web.play', 'Seconds a power-up stays'),
  powerUpDuration: t('web.play', 'Seconds an effect lasts'),
});

function problemText(code, name) {
  const [min, max] = NUMERIC_LIMITS[name] ?? [];
  switch (code) {
    case 'range':
      return t('web.play', 'Enter a number from %{min} to %{max}.', { min, max });
    case 'integer':
      return t('web.play', 'Enter a whole number.');
    case 'below_ball_speed':
      return t('web.play', 'Must be at least the ball speed.');
    default:
      return t('web.play', 'This value is not valid.');
  }
}

// The settings form; returns { element, read(mode) -> config or null (errors shown) }.
function settingsForm(signal) {
  const labels = FIELD_LABELS();
  const fields = new Map(); // name -> { input, error }
  const numberField = (name, { main = false } = {}) => {
    const [min, max, integer] = NUMERIC_LIMITS[name];
    const id = `play-setting-${name}`;
    const input = h('input', {
      id,
      name,
      type: 'number',
      class: 'form-control',
      min,
      max,
      step: integer ? 1 : 'any',
      inputmode: integer ? 'numeric' : 'decimal',
      value: settings[name],
      'aria-describedby': `${id}-error`,
      required: true,
    });
    const error = h('div', { id: `${id}-error`, class: 'invalid-feedback' });
    fields.set(name, { input, error });
    return h('div', { class: main ? 'col-6 col-md-4' : 'col-6 col-md-4' }, h('label', { class: 'form-label', for: id }, labels[name]), input, error);
  };
  const mapSelect = h(
    'select',
    { id: 'play-setting-map', class: 'form-select', name: 'map' },
    MAPS.map((map) => h('option', { value: map, selected: settings.map === map }, mapName(map))),
  );
  const winByTwo = h('input', { id: 'play-setting-winByTwo', class: 'form-check-input', type: 'checkbox', checked: settings.winByTwo });
  const powerUpBoxes = POWER_UPS.map((kind) =>
    h('input', { id: `play-powerup-${kind}`, class: 'form-check-input', type: 'checkbox', value: kind, checked: settings.powerUps.includes(kind) }),
  );
  const summary = h('p', { class: 'small text-body-secondary mb-0', dataset: { testid: 'settings-summary' } });
  const reset = h('button', { type: 'button', class: 'btn btn-outline-secondary btn-sm' }, t('web.play', 'Back to the classic game'));

  const collect = (mode) => {
    const config = { mode, map: mapSelect.value, winByTwo: winByTwo.checked, powerUps: powerUpBoxes.filter((box) => box.checked).map((box) => box.value) };
    for (const [name, { input }] of fields) config[name] = input.value.trim() === '' ? NaN : Number(input.value);
    return config;
  };
  const showErrors = (errors) => {
    let first = null;
    for (const [name, { input, error }] of fields) {
      const problem = errors[name] ? problemText(errors[name], name) : '';
      error.textContent = problem;
      input.classList.toggle('is-invalid', Boolean(problem));
      if (problem) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
      if (problem && !first) first = input;
    }
    return first;
  };
  const refreshSummary = () => {
    const config = collect(settings.mode);
    const errors = validateConfig(config);
    const valid = Object.keys(errors).length === 0;
    summary.textContent = valid ? configSummary(config) : t('web.play', 'Some settings need your attention.');
    // Valid settings are kept for the next match and for new tournaments.
    if (valid) settings = { ...config };
  };
  reset.addEventListener('click', () => {
    settings = structuredClone({ ...DEFAULT_CONFIG, powerUps: [] });
    for (const [name, { input }] of fields) input.value = settings[name];
    mapSelect.value = settings.map;
    winByTwo.checked = false;
    for (const box of powerUpBoxes) box.checked = false;
    showErrors({});
    refreshSummary();
  }, { signal });

  const element = h(
    'form',
    { class: 'card', novalidate: true, 'aria-labelledby': 'play-settings-title', dataset: { testid: 'play-settings' } },
    h(
      'div',
      { class: 'card-body' },
      h('h2', { id: 'play-settings-title', class: 'h5 card-title' }, t('web.play', 'Match settings')),
      summary,
      h(
        'div',
        { class: 'row g-3 mt-1' },
        h('div', { class: 'col-6 col-md-4' }, h('label', { class: 'form-label', for: 'play-setting-map' }, t('web.play', 'Map')), mapSelect),
        numberField('scoreLimit', { main: true }),
        numberField('lives', { main: true }),
        numberField('ballSpeed', { main: true }),
        numberField('paddleLength', { main: true }),
        numberField('paddleSpeed', { main: true }),
      ),
      h(
        'div',
        { class: 'form-check mt-3' },
        winByTwo,
        h('label', { class: 'form-check-label', for: 'play-setting-winByTwo' }, t('web.play', 'Win by two clear points (1 vs 1)')),
      ),
      h(
        'fieldset',
        { class: 'mt-3' },
        h('legend', { class: 'h6' }, t('web.play', 'Power-ups')),
        powerUpBoxes.map((box) => h('div', { class: 'form-check form-check-inline' }, box, h('label', { class: 'form-check-label', for: box.id }, powerUpName(box.value)))),
      ),
      h(
        'details',
        { class: 'mt-2' },
        h('summary', {}, t('web.play', 'More settings')),
        h(
          'div',
          { class: 'row g-3 mt-1' },
          numberField('ballSpeedIncrement'),
          numberField('ballMaxSpeed'),
          numberField('serveDelay'),
          numberField('powerUpSpawnInterval'),
          numberField('powerUpLifetime'),
          numberField('powerUpDuration'),
        ),
      ),
      h('div', { class: 'mt-3' }, reset),
    ),
  );
  element.addEventListener('input', refreshSummary, { signal });
  element.addEventListener('change', refreshSummary, { signal });
  element.addEventListener('submit', (event) => event.preventDefault(), { signal });
  refreshSummary();

  return {
    element,
    // The configuration for a mode, or null after showing what is wrong.
    read(mode) {
      const config = collect(mode);
      const errors = validateConfig(config);
      const first = showErrors(errors);
      if (first) {
        first.closest('details')?.setAttribute('open', '');
        first.focus();
        return null;
      }
      settings = { ...config };
      return config;
    },
    showServerErrors(message) {
      // "play.config has invalid fields: ballSpeed: ...; scoreLimit: ..."
      const errors = {};
      for (const part of String(message).split(/[:;]\s*/)) if (fields.has(part.trim())) errors[part.trim()] = 'value';
      const first = showErrors(errors);
      first?.focus();
    },
  };
}

export function errorText(error) {
  switch (error.code) {
    case 'already_playing':
      return t('web.play', 'You are already in a match.');
    case 'already_queued':
      return t('web.play', 'You are already waiting in a queue.');
    case 'not_friends':
      return t('web.play', 'You can only invite your friends.');
    case 'user_offline':
      return t('web.play', 'This friend is not online.');
    case 'user_busy':
      return t('web.play', 'This friend is busy in a match or a queue.');
    case 'unavailable':
      return t('web.play', 'The server is busy for a moment. Try again.');
    case 'guest_limit':
      return t('web.play', 'Too many guest matches are being played right now. Try again in a few minutes, or sign in.');
    case 'invalid_field':
      return t('web.play', 'The server refused these settings: %{details}', { details: error.message ?? '' });
    default:
      return t('web.play', 'That did not work (%{code}).', { code: error.code });
  }
}

export const playView = {
  id: 'play',
  // A visitor plays as a guest: one keyboard or the computer, never saved (docs/protocol.md, "Guests").
  title: () => t('web.play', 'Play'),

  render(root, { signal, announce, session }) {
    const client = playClient();
    const guest = !session.signedIn;
    const form = settingsForm(signal);
    const alert = h('div', { class: 'alert alert-danger', role: 'alert', hidden: true, dataset: { testid: 'play-error' } });
    const showError = (text) => {
      alert.textContent = text;
      alert.hidden = !text;
    };
    const requireConnection = () => {
      if (client.connected) return true;
      showError(t('web.play', 'Not connected to the server yet. Wait a moment and try again.'));
      return false;
    };
    const send = (message) => {
      showError('');
      if (requireConnection()) client.send(message);
    };

    const difficulty = h(
      'select',
      { id: 'play-difficulty', class: 'form-select' },
      h('option', { value: 'easy' }, t('web.play', 'Easy')),
      h('option', { value: 'normal', selected: true }, t('web.play', 'Normal')),
      h('option', { value: 'hard' }, t('web.play', 'Hard')),
    );
    const button = (testid, text, onClick, style = 'btn-primary') => {
      const node = h('button', { type: 'button', class: `btn ${style}`, dataset: { testid } }, text);
      node.addEventListener('click', onClick, { signal });
      return node;
    };
    const withConfig = (mode, make) => () => {
      const config = form.read(mode);
      if (config) send(make(config));
    };

    const queueStatus = h('div', { class: 'mt-2', dataset: { testid: 'queue-status' } });
    const drawQueue = () => {
      const queued = client.queued;
      if (!queued) {
        queueStatus.replaceChildren();
        return;
      }
      const leave = button('leave-queue', t('web.play', 'Leave the queue'), () => send(leaveQueue()), 'btn-outline-secondary btn-sm');
      queueStatus.replaceChildren(
        h(
          'div',
          { class: 'alert alert-info d-flex flex-wrap align-items-center gap-2 mb-0' },
          h(
            'span',
            { class: 'flex-grow-1' },
            queued.mode === 'four_players' ? t('web.play', 'Looking for 3 opponents.') : t('web.play', 'Looking for an opponent.'),
            ' ',
            t('web.play', 'Players waiting: %{count}. Rating %{rating}, accepting ±%{window}. Waited %{seconds} s.', {
              count: queued.waiting,
              rating: queued.rating,
              window: queued.window,
              seconds: Math.round((queued.waitedMs ?? 0) / 1000),
            }),
          ),
          leave,
        ),
      );
    };

    const friendsList = h('ul', { class: 'list-group', dataset: { testid: 'friends-list' } });
    const sentList = h('ul', { class: 'list-unstyled mt-2 mb-0', dataset: { testid: 'sent-invites' } });
    const drawSent = () => {
      sentList.replaceChildren(
        ...[...client.sentInvites.values()].map((sent) => {
          const left = Math.max(0, Math.round((sent.expiresInMs - (performance.now() - sent.receivedAt)) / 1000));
          return h(
            'li',
            { class: 'd-flex flex-wrap align-items-center gap-2 mb-1' },
            h('span', {}, t('web.play', 'Invitation sent to %{name}: waiting for an answer (%{seconds} s left).', { name: sent.to.displayName, seconds: left })),
            button('cancel-invite', t('web.play', 'Cancel'), () => send(inviteCancel(sent.inviteId)), 'btn-outline-secondary btn-sm'),
          );
        }),
      );
    };
    const loadFriends = async () => {
      const answer = await session.api('GET', '/api/friends', { signal });
      if (signal.aborted) return;
      if (!answer.ok) {
        friendsList.replaceChildren(h('li', { class: 'list-group-item' }, t('web.play', 'Your friends could not be loaded.')));
        return;
      }
      const friends = answer.body.friends ?? [];
      if (friends.length === 0) {
        friendsList.replaceChildren(h('li', { class: 'list-group-item' }, t('web.play', 'No friends yet. Add some from their profiles to invite them.')));
        return;
      }
      friendsList.replaceChildren(
        ...friends.map((friend) => {
          const online = friend.presence === 'online';
          const presence = { online: t('web.play', 'online'), in_game: t('web.play', 'in a match'), offline: t('web.play', 'offline') }[friend.presence] ?? friend.presence;
          const inviteButton = button(
            'invite-friend',
            t('web.play', 'Invite %{name}', { name: friend.displayName }),
            withConfig('one_vs_one', (config) => invite(friend.id, config)),
            'btn-outline-primary btn-sm',
          );
          inviteButton.disabled = !online;
          return h(
            'li',
            { class: 'list-group-item d-flex flex-wrap align-items-center gap-2' },
            h('span', { class: 'flex-grow-1 text-break' }, friend.displayName, ' ', h('span', { class: 'small text-body-secondary' }, `(${presence})`)),
            inviteButton,
          );
        }),
      );
    };

    client.addEventListener('queue', (event) => {
      drawQueue();
      const message = event.detail;
      if (message?.type === 'queued' && message.waitedMs === 0) announce(t('web.play', 'You are in the queue.'));
      if (message?.type === 'queueLeft' && message.reason === 'left') announce(t('web.play', 'You left the queue.'));
    }, { signal });
    client.addEventListener('invites', (event) => {
      drawSent();
      const message = event.detail;
      if (message?.type === 'inviteSent') announce(t('web.play', 'Invitation sent to %{name}.', { name: message.to.displayName }));
      if (message?.type === 'inviteClosed' && message.reason !== 'accepted' && message.from?.userId !== session.user?.id) {
        const reasons = {
          declined: t('web.play', 'Your invitation was declined.'),
          cancelled: t('web.play', 'The invitation was cancelled.'),
          expired: t('web.play', 'The invitation expired.'),
          unavailable: t('web.play', 'The invitation could not be delivered.'),
        };
        if (reasons[message.reason]) announce(reasons[message.reason]);
      }
    }, { signal });
    client.addEventListener('error', (event) => {
      const error = event.detail;
      if (!['play', 'queue', 'leaveQueue', 'invite', 'inviteCancel'].includes(error.ref)) return;
      showError(errorText(error));
      if (error.code === 'invalid_field' && /config/.test(error.message ?? '')) form.showServerErrors(error.message);
    }, { signal });
    const timer = setInterval(() => {
      drawSent();
      if (client.queued) drawQueue();
    }, 1000);
    signal.addEventListener('abort', () => clearInterval(timer));

    const modeCard = (id, title, text, ...controls) =>
      h(
        'section',
        { class: 'col-md-6 col-xl-4', 'aria-labelledby': id },
        h('div', { class: 'card h-100' }, h('div', { class: 'card-body d-flex flex-column gap-2' }, h('h3', { id, class: 'h6 card-title mb-0' }, title), h('p', { class: 'card-text small mb-1' }, text), ...controls)),
      );

    const guestNote = guest
      ? h(
          'div',
          { class: 'alert alert-info', dataset: { testid: 'guest-note' } },
          h('p', { class: 'mb-1' }, t('web.play', 'You are playing as a guest: your matches are not saved and do not count for the leaderboard.')),
          h('p', { class: 'mb-2' }, t('web.play', 'With a free account you also play online, join tournaments and keep your results.')),
          h(
            'div',
            { class: 'd-flex flex-wrap gap-2' },
            h('a', { href: '/signup?next=%2Fplay', class: 'btn btn-primary btn-sm' }, t('web.play', 'Create a free account')),
            h('a', { href: '/signin?next=%2Fplay', class: 'btn btn-secondary btn-sm' }, t('web.play', 'Sign in')),
          ),
        )
      : null;
    const onlineModes = guest
      ? []
      : [
          modeCard(
            'mode-queue',
            t('web.play', 'Online matchmaking'),
            t('web.play', 'Meet players of a similar rating who chose the same settings.'),
            h(
              'div',
              { class: 'd-flex flex-wrap gap-2' },
              button('queue-1v1', t('web.play', 'Find an opponent'), withConfig('one_vs_one', (config) => queue('one_vs_one', config))),
              button('queue-four', t('web.play', 'Find a 4-player match'), withConfig('four_players', (config) => queue('four_players', config)), 'btn-outline-primary'),
            ),
            queueStatus,
          ),
          h(
            'section',
            { class: 'col-md-12 col-xl-8', 'aria-labelledby': 'mode-friend' },
            h(
              'div',
              { class: 'card h-100' },
              h(
                'div',
                { class: 'card-body' },
                h('h3', { id: 'mode-friend', class: 'h6 card-title' }, t('web.play', 'Invite a friend')),
                h('p', { class: 'card-text small' }, t('web.play', 'A private 1 vs 1 with the settings below. Your friend must be online.')),
                friendsList,
                sentList,
              ),
            ),
          ),
        ];
    root.append(
      h('h1', { class: 'h2 mb-3' }, t('web.play', 'Play')),
      ...(guestNote ? [guestNote] : []),
      alert,
      h(
        'section',
        { 'aria-labelledby': 'play-modes-title', class: 'mb-4' },
        h('h2', { id: 'play-modes-title', class: 'h4' }, t('web.play', 'Choose how to play')),
        h(
          'div',
          { class: 'row g-3' },
          modeCard(
            'mode-local',
            t('web.play', 'Two players, one keyboard'),
            t('web.play', 'Left player W and S, right player the Up and Down arrows.'),
            button('play-local', t('web.play', 'Start a local match'), withConfig('one_vs_one', (config) => play('local', config))),
          ),
          modeCard(
            'mode-ai',
            t('web.play', 'Against the computer'),
            t('web.play', 'You play on the left.'),
            h('div', {}, h('label', { class: 'form-label', for: 'play-difficulty' }, t('web.play', 'Difficulty')), difficulty),
            button('play-ai', t('web.play', 'Play the computer'), withConfig('one_vs_one', (config) => play('ai', config, difficulty.value))),
          ),
          modeCard(
            'mode-four',
            t('web.play', 'Four players, one keyboard'),
            t('web.play', 'Left W/S, right Up/Down, top C/V, bottom N/M.'),
            button('play-four-local', t('web.play', 'Start a 4-player match'), withConfig('four_players', (config) => play('local', config))),
          ),
          ...onlineModes,
        ),
      ),
      form.element,
      ...(guest ? [] : [h('p', { class: 'mt-3' }, h('a', { href: '/live' }, t('web.play', 'Watch the matches being played now')))]),
    );
    drawQueue();
    drawSent();
    if (!guest) loadFriends();
  },
};
