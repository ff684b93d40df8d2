// The play and tournament messages of the WebSocket protocol as the web client speaks them. It mirrors
// common/protocol/PlayMessages.h, LobbyMessages.h and TournamentMessages.h, the engine's MatchConfig
// (common/engine/MatchConfig.h) and docs/protocol.md ("Play", "Tournaments"), docs/game.md: change
// them together.

export const PlayMessage = Object.freeze({
  // client -> server
  Play: 'play',
  Queue: 'queue',
  LeaveQueue: 'leaveQueue',
  Invite: 'invite',
  InviteAnswer: 'inviteAnswer',
  InviteCancel: 'inviteCancel',
  Input: 'input',
  Pause: 'pause',
  Resume: 'resume',
  Leave: 'leave',
  Join: 'join',
  Watch: 'watch',
  Replay: 'replay',
  PlayTournamentMatch: 'playTournamentMatch',
  // server -> client
  Queued: 'queued',
  QueueLeft: 'queueLeft',
  InviteSent: 'inviteSent',
  Invitation: 'invitation',
  InviteClosed: 'inviteClosed',
  MatchStarted: 'matchStarted',
  Snapshot: 'snapshot',
  MatchPaused: 'matchPaused',
  MatchResumed: 'matchResumed',
  Latency: 'latency',
  ActiveMatch: 'activeMatch',
  MatchMoved: 'matchMoved',
  MatchOver: 'matchOver',
  TournamentMatchReady: 'tournamentMatchReady',
  TournamentUpdate: 'tournamentUpdate',
  TournamentOver: 'tournamentOver',
});

export const PlayError = Object.freeze({
  NotAuthenticated: 'not_authenticated',
  AlreadyPlaying: 'already_playing',
  AlreadyQueued: 'already_queued',
  NotQueued: 'not_queued',
  NotPlaying: 'not_playing',
  SeatNotControlled: 'seat_not_controlled',
  PauseNotAllowed: 'pause_not_allowed',
  RoomNotFound: 'room_not_found',
  NotAPlayer: 'not_a_player',
  NotFriends: 'not_friends',
  UserOffline: 'user_offline',
  UserBusy: 'user_busy',
  InviteNotFound: 'invite_not_found',
  Unavailable: 'unavailable',
  MatchNotFound: 'match_not_found',
  InputRateLimited: 'input_rate_limited',
  GuestLimit: 'guest_limit',
  GuestIdle: 'guest_idle',
  TournamentNotFound: 'tournament_not_found',
  NotTournamentOwner: 'not_tournament_owner',
  NoTournamentMatch: 'no_tournament_match',
});

export const Key = Object.freeze({ Up: 'up', Down: 'down', None: 'none' });
export const Phase = Object.freeze({ Waiting: 'waiting', Countdown: 'countdown', Running: 'running', Paused: 'paused' });
export const STEPS_PER_SECOND = 120;
export const SNAPSHOTS_PER_SECOND = 60;
const MAX_SEQ = Number.MAX_SAFE_INTEGER;

// ---- MatchConfig (docs/game.md, "Configuration") ----
export const MODES = ['one_vs_one', 'four_players'];
export const MAPS = ['classic', 'pillars', 'crossroads'];
export const POWER_UPS = ['bigger_paddle', 'smaller_opponent_paddle', 'faster_ball', 'multi_ball'];
export const DIFFICULTIES = ['easy', 'normal', 'hard'];

// name -> [min, max, integer?]
export const NUMERIC_LIMITS = Object.freeze({
  ballSpeed: [20, 240, false],
  ballSpeedIncrement: [0, 40, false],
  ballMaxSpeed: [20, 320, false],
  paddleLength: [4, 48, false],
  paddleSpeed: [20, 300, false],
  scoreLimit: [1, 50, true],
  lives: [1, 20, true],
  serveDelay: [0, 5, false],
  powerUpSpawnInterval: [1, 60, false],
  powerUpLifetime: [1, 60, false],
  powerUpDuration: [1, 60, false],
});

export const DEFAULT_CONFIG = Object.freeze({
  mode: 'one_vs_one',
  map: 'classic',
  ballSpeed: 75,
  ballSpeedIncrement: 9,
  ballMaxSpeed: 180,
  paddleLength: 16,
  paddleSpeed: 70,
  scoreLimit: 11,
  winByTwo: false,
  lives: 5,
  serveDelay: 1,
  powerUps: Object.freeze([]),
  powerUpSpawnInterval: 8,
  powerUpLifetime: 10,
  powerUpDuration: 8,
});

// Like MatchConfig::fromJson: every problem at once, as { field: code } with code one of
// 'range', 'integer', 'value', 'below_ball_speed', 'duplicate'. Empty object: valid.
export function validateConfig(config) {
  const errors = {};
  if (!MODES.includes(config.mode)) errors.mode = 'value';
  if (!MAPS.includes(config.map)) errors.map = 'value';
  for (const [name, [min, max, integer]] of Object.entries(NUMERIC_LIMITS)) {
    const value = config[name];
    if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) errors[name] = 'range';
    else if (integer && !Number.isInteger(value)) errors[name] = 'integer';
  }
  if (!errors.ballSpeed && !errors.ballMaxSpeed && config.ballMaxSpeed < config.ballSpeed) {
    errors.ballMaxSpeed = 'below_ball_speed';
  }
  if (typeof config.winByTwo !== 'boolean') errors.winByTwo = 'value';
  if (!Array.isArray(config.powerUps) || config.powerUps.some((kind) => !POWER_UPS.includes(kind))) {
    errors.powerUps = 'value';
  } else if (new Set(config.powerUps).size !== config.powerUps.length) {
    errors.powerUps = 'duplicate';
  }
  return errors;
}

export function isDefaultConfig(config) {
  return Object.entries(DEFAULT_CONFIG).every(([name, value]) =>
    Array.isArray(value) ? JSON.stringify(value) === JSON.stringify(config[name]) : config[name] === value,
  );
}

export function playerCount(config) {
  return config.mode === 'four_players' ? 4 : 2;
}

// ---- client -> server ----
export const play = (kind, config, difficulty) => {
  const message = { type: PlayMessage.Play, kind };
  if (config) message.config = config;
  if (kind === 'ai') message.difficulty = difficulty ?? 'normal';
  return message;
};
export const queue = (mode, config) => (config ? { type: PlayMessage.Queue, mode, config } : { type: PlayMessage.Queue, mode });
export const leaveQueue = () => ({ type: PlayMessage.LeaveQueue });
export const invite = (userId, config) => (config ? { type: PlayMessage.Invite, userId, config } : { type: PlayMessage.Invite, userId });
export const inviteAnswer = (inviteId, accept) => ({ type: PlayMessage.InviteAnswer, inviteId, accept });
export const inviteCancel = (inviteId) => ({ type: PlayMessage.InviteCancel, inviteId });
export const input = (seq, seat, key) => ({ type: PlayMessage.Input, seq: Math.min(seq, MAX_SEQ), seat, key });
export const pause = () => ({ type: PlayMessage.Pause });
export const resume = () => ({ type: PlayMessage.Resume });
export const leave = () => ({ type: PlayMessage.Leave });
export const join = (roomId) => ({ type: PlayMessage.Join, roomId });
export const watch = (roomId) => ({ type: PlayMessage.Watch, roomId });
export const replay = (matchId, speed = 1) => ({ type: PlayMessage.Replay, matchId, speed });
export const playTournamentMatch = (tournamentId) => ({ type: PlayMessage.PlayTournamentMatch, tournamentId });

// ---- server -> client: the checks the client relies on ----
const isString = (value) => typeof value === 'string' && value !== '';
const isInt = (value) => Number.isInteger(value);
const VALIDATORS = {
  [PlayMessage.MatchStarted]: (m) =>
    isString(m.roomId) && isString(m.kind) && m.config && typeof m.config === 'object' && Array.isArray(m.seats),
  [PlayMessage.Snapshot]: (m) =>
    isString(m.roomId) && isInt(m.tick) && m.state && Array.isArray(m.state.players) && Array.isArray(m.state.balls),
  [PlayMessage.MatchPaused]: (m) => isString(m.roomId) && Array.isArray(m.missing),
  [PlayMessage.MatchResumed]: (m) => isString(m.roomId),
  [PlayMessage.Latency]: (m) => isString(m.roomId) && Array.isArray(m.seats),
  [PlayMessage.MatchOver]: (m) => isString(m.roomId) && Array.isArray(m.seats),
  [PlayMessage.ActiveMatch]: (m) => isString(m.roomId),
  [PlayMessage.MatchMoved]: (m) => isString(m.roomId),
  // inviteId is a UUID string (common/protocol/LobbyMessages.h), not a number.
  [PlayMessage.Invitation]: (m) => isString(m.inviteId) && m.from && m.config,
  [PlayMessage.InviteSent]: (m) => isString(m.inviteId) && m.to,
  [PlayMessage.InviteClosed]: (m) => isString(m.inviteId) && isString(m.reason),
  [PlayMessage.Queued]: (m) => isString(m.mode),
  [PlayMessage.QueueLeft]: (m) => isString(m.reason),
  [PlayMessage.TournamentMatchReady]: (m) => isInt(m.tournamentId) && isString(m.roomId),
  [PlayMessage.TournamentUpdate]: (m) => isInt(m.tournamentId),
  [PlayMessage.TournamentOver]: (m) => isInt(m.tournamentId),
};

// Whether a message of the play feature is well formed (false for other types).
export function isPlayMessage(message) {
  const valid = VALIDATORS[message?.type];
  return Boolean(valid && valid(message));
}
