import {
  CloseCode,
  DEFAULT_HEARTBEAT_INTERVAL_MS,
  ErrorCode,
  MessageType,
  hello,
  parseMessage,
  ping,
} from './protocol.js';

export const ConnectionState = Object.freeze({
  Connecting: 'connecting', // socket opening, or open and waiting for the welcome
  Connected: 'connected', // welcome received
  Reconnecting: 'reconnecting', // waiting for the back-off delay (see retryAt)
  Offline: 'offline', // not trying: the network is down, or this page is too old (see offlineReason)
});

export const OfflineReason = Object.freeze({
  Network: 'network',
  UnsupportedVersion: 'unsupported_version',
  Idle: 'idle', // a guest closed for idleness (4009): back when the visitor does something
});

const BACKOFF_BASE_MS = 1_000;
const BACKOFF_CAP_MS = 30_000;
const MAX_PENDING_PINGS = 8;

// Exponential back-off with "equal jitter": half the delay is fixed, half random, so that many
// clients dropped together by a server restart do not all come back in the same instant.
export function backoffDelay(attempt, random = Math.random) {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** attempt);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

// The one WebSocket of the page. It says hello, keeps the heartbeat, measures the ping, and
// reconnects by itself. Events: "change" on any change of the fields below, "statechange" when
// `state` changes, "message" for message types this class does not handle (for later features),
// "servererror" with every "error" message from the server (detail: the message; its `ref` says
// which message it answers), "binary" with every binary frame (detail: an ArrayBuffer; binary
// snapshots, see play/binary-snapshot.js).
export class RealtimeConnection extends EventTarget {
  state = ConnectionState.Connecting;
  retryAt = null; // epoch ms of the next attempt while reconnecting
  offlineReason = null;
  welcome = null; // the server's welcome message while connected
  rttMs = null; // last measured ping round trip
  lastPongServerTime = null;
  lastClose = null; // { code, reason } of the last socket close
  lastServerError = null; // the last "error" message from the server

  #url;
  #createSocket;
  #random;
  #now;
  #socket = null;
  #attempt = 0;
  #retryTimer = null;
  #heartbeatTimer = null;
  #seq = 0;
  #pendingPings = new Map(); // seq -> send time
  #lastPingSentAt = 0;
  #online = true;
  #ticket;

  // ticket: () => a WebSocket ticket (or a promise of one), or null to connect as a guest; asked
  // before each hello.
  constructor(
    url,
    { createSocket = (u) => new WebSocket(u), random = Math.random, now = () => performance.now(), ticket = () => null } = {},
  ) {
    super();
    this.#ticket = ticket;
    this.#url = url;
    this.#createSocket = createSocket;
    this.#random = random;
    this.#now = now;
  }

  start({ online = true } = {}) {
    this.#online = online;
    if (online) {
      this.#open();
    } else {
      this.#goOffline(OfflineReason.Network);
    }
  }

  // The page tells us about the browser's online/offline events.
  setNetworkOnline(online) {
    if (online === this.#online) return;
    this.#online = online;
    if (!online) {
      this.#dropSocket();
      this.#goOffline(OfflineReason.Network);
    } else if (this.state === ConnectionState.Offline && this.offlineReason === OfflineReason.Network) {
      this.#attempt = 0;
      this.#open();
    }
  }

  // The visitor did something: a connection closed for idleness comes back.
  resumeAfterIdle() {
    if (this.state !== ConnectionState.Offline || this.offlineReason !== OfflineReason.Idle) return;
    if (!this.#online) return;
    this.#attempt = 0;
    this.#open();
  }

  // Opens a new connection now (e.g. after signing in or out, so the server knows who this is).
  reconnect() {
    if (!this.#online) return;
    this.#dropSocket(1000, 'reconnecting');
    this.#attempt = 0;
    this.#open();
  }

  // Sends a message when connected; returns whether it was sent.
  send(message) {
    if (this.state !== ConnectionState.Connected || !this.#socket) return false;
    this.#socket.send(JSON.stringify(message));
    return true;
  }

  #open() {
    clearTimeout(this.#retryTimer);
    this.#retryTimer = null;
    this.retryAt = null;
    this.offlineReason = null;
    this.#setState(ConnectionState.Connecting);

    const socket = this.#createSocket(this.#url);
    socket.binaryType = 'arraybuffer';
    this.#socket = socket;
    socket.onopen = () => {
      const sendHello = (ticket) => {
        if (this.#socket === socket && socket.readyState === 1 /* OPEN */) {
          socket.send(JSON.stringify(hello(ticket)));
        }
      };
      const ticket = this.#ticket();
      if (ticket && typeof ticket.then === 'function') {
        ticket.then(sendHello, () => sendHello(null)); // refused: a guest connection then
      } else {
        sendHello(ticket);
      }
    };
    socket.onmessage = (event) => this.#onMessage(event);
    socket.onclose = (event) => this.#onClose(event);
    // An error is always followed by a close event, which decides what to do.
    socket.onerror = () => {};
  }

  #onMessage(event) {
    if (event.data instanceof ArrayBuffer) {
      // Binary frames carry snapshots only, after the welcome.
      if (this.state === ConnectionState.Connected) this.dispatchEvent(new CustomEvent('binary', { detail: event.data }));
      return;
    }
    if (typeof event.data !== 'string') return;
    const message = parseMessage(event.data);
    switch (message.type) {
      case null:
        return; // not a valid message; the server never sends one, so there is nothing to answer
      case MessageType.Welcome:
        this.#attempt = 0;
        this.welcome = message;
        this.#setState(ConnectionState.Connected);
        this.#startHeartbeat(message.heartbeatIntervalMs || DEFAULT_HEARTBEAT_INTERVAL_MS);
        return;
      case MessageType.Pong:
        this.#onPong(message);
        return;
      case MessageType.Error:
        this.lastServerError = message;
        this.dispatchEvent(new CustomEvent('servererror', { detail: message }));
        if (message.code === ErrorCode.UnsupportedVersion) {
          this.offlineReason = OfflineReason.UnsupportedVersion;
        }
        this.#changed();
        return;
      default:
        this.dispatchEvent(new CustomEvent('message', { detail: message }));
    }
  }

  #onPong(message) {
    const sentAt = this.#pendingPings.get(message.seq);
    if (sentAt === undefined) return;
    this.#pendingPings.delete(message.seq);
    this.rttMs = Math.max(0, Math.round(this.#now() - sentAt));
    this.lastPongServerTime = message.serverTime;
    this.#changed();
  }

  #onClose(event) {
    this.#socket = null;
    this.lastClose = { code: event.code, reason: event.reason };
    this.#resetSession();
    if (event.code === CloseCode.UnsupportedVersion || this.offlineReason === OfflineReason.UnsupportedVersion) {
      // Retrying cannot help: only a reload brings the newer client that the server expects.
      this.#goOffline(OfflineReason.UnsupportedVersion);
    } else if (!this.#online) {
      this.#goOffline(OfflineReason.Network);
    } else if (event.code === CloseCode.IdleGuest) {
      // Reconnecting at once would undo what the server meant: wait for the visitor.
      this.#goOffline(OfflineReason.Idle);
    } else {
      this.#scheduleRetry();
    }
  }

  #scheduleRetry() {
    const delay = backoffDelay(this.#attempt, this.#random);
    this.#attempt += 1;
    this.retryAt = Date.now() + delay;
    this.#retryTimer = setTimeout(() => this.#open(), delay);
    this.#setState(ConnectionState.Reconnecting);
  }

  #goOffline(reason) {
    clearTimeout(this.#retryTimer);
    this.#retryTimer = null;
    this.retryAt = null;
    this.offlineReason = reason;
    this.#setState(ConnectionState.Offline);
  }

  #startHeartbeat(intervalMs) {
    clearInterval(this.#heartbeatTimer);
    this.#sendPing(); // at once, so the ping shows without waiting a whole interval
    this.#heartbeatTimer = setInterval(() => {
      // A ping unanswered for a whole interval means a half-open connection: the browser may not
      // notice for minutes, so drop it and reconnect. Only the latest ping counts, so a timer that
      // the browser throttles in a background tab causes no false alarm.
      if (this.#pendingPings.has(this.#seq) && this.#now() - this.#lastPingSentAt >= intervalMs) {
        this.#dropSocket(CloseCode.HeartbeatTimeout, 'heartbeat timeout');
        this.#scheduleRetry();
        return;
      }
      this.#sendPing();
    }, intervalMs);
  }

  #sendPing() {
    this.#seq += 1;
    this.#lastPingSentAt = this.#now();
    this.#pendingPings.set(this.#seq, this.#lastPingSentAt);
    if (this.#pendingPings.size > MAX_PENDING_PINGS) {
      this.#pendingPings.delete(this.#pendingPings.keys().next().value);
    }
    this.#socket.send(JSON.stringify(ping(this.#seq)));
  }

  // Closes the socket without waiting for its close event (which may never come on a dead link).
  #dropSocket(code = 1000, reason = '') {
    const socket = this.#socket;
    this.#socket = null;
    this.#resetSession();
    if (!socket) return;
    socket.onmessage = socket.onclose = socket.onerror = null;
    // Closing a socket that is still connecting makes Chromium log a warning: close it once open.
    if (socket.readyState === 0 /* CONNECTING */) {
      socket.onopen = () => socket.close(code, reason);
    } else {
      socket.onopen = null;
      socket.close(code, reason);
    }
    this.lastClose = { code, reason };
  }

  #resetSession() {
    clearInterval(this.#heartbeatTimer);
    this.#heartbeatTimer = null;
    this.#pendingPings.clear();
    this.welcome = null;
    this.rttMs = null;
    this.lastPongServerTime = null;
  }

  #setState(state) {
    const changed = state !== this.state;
    this.state = state;
    if (changed) this.dispatchEvent(new Event('statechange'));
    this.#changed();
  }

  #changed() {
    this.dispatchEvent(new Event('change'));
  }
}
