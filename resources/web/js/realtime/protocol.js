// The WebSocket protocol as the web client speaks it. It mirrors common/protocol/ProtocolVersion.h,
// ConnectionMessages.h and ProtocolError.h (the definition) and docs/protocol.md: change them together.

import { APP_VERSION } from '../version.js';

export const PROTOCOL_VERSION = 1;
export const CLIENT_NAME = `web/${APP_VERSION}`;

// The server refuses larger text frames before parsing them.
export const MAX_MESSAGE_BYTES = 16 * 1024;

// Used until the welcome message says otherwise; the server drops a connection silent for IDLE_TIMEOUT_MS.
export const DEFAULT_HEARTBEAT_INTERVAL_MS = 15_000;
export const IDLE_TIMEOUT_MS = 45_000;

export const MessageType = Object.freeze({
  Hello: 'hello',
  Welcome: 'welcome',
  Ping: 'ping',
  Pong: 'pong',
  Error: 'error',
});

export const ErrorCode = Object.freeze({
  MessageTooLarge: 'message_too_large',
  MalformedJson: 'malformed_json',
  MissingType: 'missing_type',
  UnknownType: 'unknown_type',
  InvalidField: 'invalid_field',
  HelloRequired: 'hello_required',
  UnsupportedVersion: 'unsupported_version',
  BinaryNotSupported: 'binary_not_supported',
});

export const CloseCode = Object.freeze({
  GoingAway: 1001, // server shutdown
  HeartbeatTimeout: 4000,
  UnsupportedVersion: 4001,
  HelloRequired: 4002,
  TooManyConnections: 4008, // per address or account; retried with the usual back-off
  IdleGuest: 4009, // a guest that only sent heartbeats for the guest idle limit
});

const MAX_SEQ = Number.MAX_SAFE_INTEGER; // 2^53 - 1, as in ConnectionMessages.cpp

export function socketUrl(location) {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}/ws`;
}

// ticket: from POST /api/auth/ws-ticket, to be a signed-in connection; without one, a guest.
// Snapshots come as binary frames (play/binary-snapshot.js), unless encoding says 'json'.
export function hello(ticket = null, encoding = 'binary') {
  const message = { type: MessageType.Hello, version: PROTOCOL_VERSION, client: CLIENT_NAME, encoding };
  if (ticket) message.ticket = ticket;
  return message;
}

export function ping(seq) {
  return { type: MessageType.Ping, seq };
}

function isInteger(value, min, max) {
  return Number.isInteger(value) && value >= min && value <= max;
}

function isIsoTime(value) {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value));
}

// Checks what the receiver relies on, like the C++ fromJson() functions. Returns the message object,
// or { type: null, problem } for a frame that is not a valid message. Unknown types pass through, so
// features added later (game, chat) can handle their own messages.
export function parseMessage(text) {
  let message;
  try {
    message = JSON.parse(text);
  } catch {
    return { type: null, problem: ErrorCode.MalformedJson };
  }
  if (message === null || typeof message !== 'object' || Array.isArray(message)) {
    return { type: null, problem: ErrorCode.MalformedJson };
  }
  if (typeof message.type !== 'string' || message.type === '') {
    return { type: null, problem: ErrorCode.MissingType };
  }
  const valid = {
    [MessageType.Welcome]: (m) =>
      isInteger(m.version, 1, 1_000_000) &&
      isInteger(m.heartbeatIntervalMs, 1, 3_600_000) &&
      isIsoTime(m.serverTime),
    [MessageType.Pong]: (m) => isInteger(m.seq, 0, MAX_SEQ) && isIsoTime(m.serverTime),
    [MessageType.Error]: (m) => typeof m.code === 'string' && m.code !== '',
  }[message.type];
  if (valid && !valid(message)) {
    return { type: null, problem: ErrorCode.InvalidField };
  }
  return message;
}
