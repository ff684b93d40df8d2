// The page's play state, above the views: it follows the play and tournament messages of the one
// WebSocket, whichever view is shown, so that a match found by the queue, an accepted invitation or a
// tournament room reaches the player anywhere in the app. installPlay() (app.js) creates it;
// views get it with playClient().
//
// Events (all with detail = the message): "started", "snapshot", "paused", "resumed", "latency",
// "over", "queue" (queued / queueLeft), "invites" (the invitation lists changed), "active",
// "moved", "tournament" (tournamentUpdate / tournamentMatchReady / tournamentOver), "error" (a
// server error about a play message).
import { ConnectionState } from '../realtime/connection.js';
import { decodeBinarySnapshot, roomTag } from './binary-snapshot.js';
import { PlayMessage, isPlayMessage, input as inputMessage, replay as replayMessage } from './protocol.js';

const PLAY_TYPES = new Set(Object.values(PlayMessage));

let instance = null;

export function playClient() {
  return instance;
}

export class PlayClient extends EventTarget {
  match = null; // the matchStarted message of the room this page is in, or null
  snapshot = null; // the newest snapshot of that room
  paused = null; // the newest matchPaused while paused, or null
  latency = null; // the newest latency message
  over = null; // the matchOver of the last room (kept until another match starts)
  queued = null; // the newest queued message while in a queue, or null
  activeMatch = null; // activeMatch from the server: a running room with our seat, not joined here
  invitations = new Map(); // inviteId -> invitation (received)
  sentInvites = new Map(); // inviteId -> inviteSent
  tournamentForRoom = new Map(); // roomId -> tournamentId, for "back to the bracket"
  pendingTournament = null; // tournamentId of the last playTournamentMatch sent
  detached = false; // the connection that was in the room closed: join again

  #connection;
  #router;
  #seq = 0;
  #replayRequested = false;
  #roomTag = null; // binary snapshots name the room by this tag (roomTag(match.roomId))

  constructor({ connection, router }) {
    super();
    this.#connection = connection;
    this.#router = router;
    connection.addEventListener('message', (event) => this.#onMessage(event.detail));
    connection.addEventListener('binary', (event) => this.#onBinary(event.detail));
    connection.addEventListener('servererror', (event) => {
      const error = event.detail;
      if (PLAY_TYPES.has(error.ref)) this.#emit('error', error);
    });
    connection.addEventListener('statechange', () => {
      if (connection.state !== ConnectionState.Connected) {
        // The server forgets this connection's queue place and invitations with it; the seat
        // waits for us (activeMatch comes with the next welcome).
        this.queued = null;
        this.detached = this.match !== null;
        this.sentInvites.clear();
        this.invitations.clear();
        this.activeMatch = null;
        this.#emit('queue', null);
        this.#emit('invites', null);
      }
    });
  }

  get connected() {
    return this.#connection.state === ConnectionState.Connected;
  }

  get rttMs() {
    return this.#connection.rttMs;
  }

  get userId() {
    return this.#connection.welcome?.user?.id ?? null;
  }

  send(message) {
    return this.#connection.send(message);
  }

  // Sends the key a seat holds; seq grows for the whole page (a new connection counts afresh,
  // and a larger number is always accepted).
  sendInput(seat, key) {
    this.#seq += 1;
    const seq = this.#seq;
    return this.send(inputMessage(seq, seat, key)) ? seq : null;
  }

  // Plays a stored match back to this page (a spectator's room marked replay).
  requestReplay(matchId) {
    this.#replayRequested = this.send(replayMessage(matchId));
    return this.#replayRequested;
  }

  // Whether this page is (still) in the room.
  inRoom(roomId) {
    return this.match?.roomId === roomId && !this.detached && this.over?.roomId !== roomId;
  }

  #emit(name, detail) {
    this.dispatchEvent(new CustomEvent(name, { detail }));
  }

  // A binary snapshot of the room this page is in becomes the same message a JSON one would be.
  #onBinary(buffer) {
    const decoded = decodeBinarySnapshot(buffer);
    if (!decoded || this.match === null || decoded.roomTag !== this.#roomTag) return;
    this.#onMessage({ ...decoded.message, roomId: this.match.roomId });
  }

  #onMessage(message) {
    if (!PLAY_TYPES.has(message.type)) return;
    if (!isPlayMessage(message)) return; // malformed: the server never sends one
    switch (message.type) {
      case PlayMessage.MatchStarted:
        if (this.#replayRequested && message.spectating) message = { ...message, replay: true };
        this.#replayRequested = false;
        this.match = message;
        this.#roomTag = roomTag(message.roomId);
        this.detached = false;
        this.snapshot = null;
        this.paused = null;
        this.latency = null;
        this.over = null;
        this.activeMatch = null;
        if (this.pendingTournament !== null && (message.kind === 'local' || message.kind === 'tournament') && !message.spectating) {
          this.tournamentForRoom.set(message.roomId, this.pendingTournament);
          this.pendingTournament = null;
        }
        this.#emit('started', message);
        this.#showRoom(message);
        return;
      case PlayMessage.Snapshot:
        if (message.roomId !== this.match?.roomId) return;
        this.snapshot = message;
        if (message.phase === 'running' || message.phase === 'countdown') this.paused = null;
        this.#emit('snapshot', message);
        return;
      case PlayMessage.MatchPaused:
        if (message.roomId !== this.match?.roomId) return;
        this.paused = message;
        this.#emit('paused', message);
        return;
      case PlayMessage.MatchResumed:
        if (message.roomId !== this.match?.roomId) return;
        this.paused = null;
        this.#emit('resumed', message);
        return;
      case PlayMessage.Latency:
        if (message.roomId !== this.match?.roomId) return;
        this.latency = message;
        this.#emit('latency', message);
        return;
      case PlayMessage.MatchOver:
        if (message.roomId !== this.match?.roomId) return;
        this.over = message;
        this.paused = null;
        this.#emit('over', message);
        return;
      case PlayMessage.MatchMoved:
        if (message.roomId === this.match?.roomId) {
          this.match = null;
          this.#emit('moved', message);
        }
        return;
      case PlayMessage.ActiveMatch:
        this.activeMatch = message;
        this.#emit('active', message);
        return;
      case PlayMessage.Queued:
        this.queued = message;
        this.#emit('queue', message);
        return;
      case PlayMessage.QueueLeft:
        this.queued = null;
        this.#emit('queue', message);
        return;
      case PlayMessage.Invitation:
        this.invitations.set(message.inviteId, { ...message, receivedAt: performance.now() });
        this.#emit('invites', message);
        return;
      case PlayMessage.InviteSent:
        this.sentInvites.set(message.inviteId, { ...message, receivedAt: performance.now() });
        this.#emit('invites', message);
        return;
      case PlayMessage.InviteClosed:
        this.invitations.delete(message.inviteId);
        this.sentInvites.delete(message.inviteId);
        this.#emit('invites', message);
        return;
      case PlayMessage.TournamentMatchReady:
        this.tournamentForRoom.set(message.roomId, message.tournamentId);
        this.#emit('tournament', message);
        return;
      case PlayMessage.TournamentUpdate:
      case PlayMessage.TournamentOver:
        this.#emit('tournament', message);
        return;
      default:
    }
  }

  // A match this page entered is shown by the match view, wherever the user was.
  #showRoom(message) {
    const path = message.spectating ? `/live/${encodeURIComponent(message.roomId)}` : `/play/${encodeURIComponent(message.roomId)}`;
    if (location.pathname !== path) this.#router.navigate(path, { force: true });
  }
}

export function installPlay({ connection, router }) {
  instance = new PlayClient({ connection, router });
  return instance;
}
