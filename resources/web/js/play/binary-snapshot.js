// Binary snapshots: the compact form of the "snapshot" message the server sends in binary frames to a
// connection that said "encoding": "binary" in hello. Mirrors common/protocol/BinarySnapshot.cpp;
// docs/protocol.md ("Binary snapshots") gives the byte layout: change them together.

export const BINARY_SNAPSHOT_VERSION = 1;

const ROOM_PHASES = ['waiting', 'countdown', 'running', 'paused'];
const ENGINE_PHASES = ['serving', 'playing', 'over'];
const INPUTS = ['none', 'up', 'down'];
const POWER_UPS = ['bigger_paddle', 'smaller_opponent_paddle', 'faster_ball', 'multi_ball'];
const EVENTS = [
  'serve',
  'paddle_hit',
  'wall_bounce',
  'obstacle_bounce',
  'point_scored',
  'life_lost',
  'player_eliminated',
  'match_over',
  'power_up_spawned',
  'power_up_taken',
  'power_up_vanished',
  'power_up_expired',
];
const KIND_EVENTS = new Set(['power_up_spawned', 'power_up_taken', 'power_up_vanished', 'power_up_expired']);
const MAX_BALLS = 3;
const MAX_PICKUPS = 2;
const MAX_EVENTS = 4096;
const UNITS = 256; // positions are in 1/256 of an arena unit

// The tag frames carry instead of the room id: 32-bit FNV-1a of its UTF-8 bytes.
export function roomTag(roomId) {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(roomId)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

class Malformed extends Error {}

class Reader {
  #view;
  #offset = 0;

  constructor(buffer) {
    this.#view = new DataView(buffer);
  }

  u8() {
    if (this.#offset >= this.#view.byteLength) throw new Malformed('truncated');
    return this.#view.getUint8(this.#offset++);
  }

  u16() {
    if (this.#offset + 2 > this.#view.byteLength) throw new Malformed('truncated');
    const value = this.#view.getUint16(this.#offset, true);
    this.#offset += 2;
    return value;
  }

  u32() {
    if (this.#offset + 4 > this.#view.byteLength) throw new Malformed('truncated');
    const value = this.#view.getUint32(this.#offset, true);
    this.#offset += 4;
    return value;
  }

  // Unsigned LEB128 up to 2^53 (bit operators are 32-bit: multiply instead).
  varint() {
    let value = 0;
    let scale = 1;
    for (let shift = 0; ; shift += 7) {
      const byte = this.u8();
      if (shift === 49 && byte > 0x10) throw new Malformed('varint too large');
      value += (byte & 0x7f) * scale;
      if ((byte & 0x80) === 0) {
        if (value > 2 ** 53) throw new Malformed('varint too large');
        return value;
      }
      scale *= 128;
    }
  }

  units() {
    return this.u16() / UNITS;
  }

  direction() {
    if (this.#offset + 2 > this.#view.byteLength) throw new Malformed('truncated');
    const value = this.#view.getInt16(this.#offset, true);
    this.#offset += 2;
    return value / 32767;
  }

  get atEnd() {
    return this.#offset === this.#view.byteLength;
  }
}

function check(condition, problem) {
  if (!condition) throw new Malformed(problem);
}

function readEvent(r, players) {
  const typeIndex = r.u8();
  const fields = r.u8();
  check(typeIndex < EVENTS.length && fields <= 0x1f, 'bad event');
  const type = EVENTS[typeIndex];
  const event = { type };
  let player;
  let ballId;
  let pickupId;
  let kind;
  let x = 0;
  let y = 0;
  if (fields & 0x01) {
    player = r.u8();
    check(player < players, 'bad event player');
  }
  if (fields & 0x02) ballId = r.varint();
  if (fields & 0x04) pickupId = r.varint();
  check(Boolean(fields & 0x08) === KIND_EVENTS.has(type), 'bad event kind');
  if (fields & 0x08) {
    kind = POWER_UPS[r.u8()];
    check(kind !== undefined, 'bad event kind');
  }
  if (fields & 0x10) {
    x = r.units();
    y = r.units();
  }
  // The same keys as MatchEvent::toJson.
  event.x = x;
  event.y = y;
  if (player !== undefined) event.player = player;
  if (ballId !== undefined) event.ballId = ballId;
  if (pickupId !== undefined) event.pickupId = pickupId;
  if (kind !== undefined) event.kind = kind;
  return event;
}

// Decodes one frame (an ArrayBuffer) into { roomTag, message }, message shaped like the JSON
// "snapshot" (roomId left out: the caller knows which room has that tag); null if malformed.
export function decodeBinarySnapshot(buffer) {
  try {
    const r = new Reader(buffer);
    check(r.u8() === BINARY_SNAPSHOT_VERSION, 'version');
    const seq = r.varint();
    const tag = r.u32();
    const tick = r.varint();
    const phases = r.u8();
    const enginePhase = ENGINE_PHASES[(phases >> 2) & 3];
    const winner = (phases >> 5) - 1;
    check(enginePhase !== undefined && winner <= 3, 'bad phase byte');
    const seats = r.u8();
    check(seats >> 6 === 0, 'bad seats byte');
    const receiver = (seats >> 4) & 3;
    const phaseEndsInMs = phases & 0x10 ? r.varint() : null;
    const playerCount = r.u8();
    check(playerCount === 2 || playerCount === 4, 'player count');
    check(winner < playerCount && receiver < playerCount && (seats & 0x0f) >> playerCount === 0, 'bad seat');
    const missingSeats = [0, 1, 2, 3].filter((seat) => seats & (1 << seat));
    const players = [];
    for (let i = 0; i < playerCount; i += 1) {
      const flags = r.u8();
      check((flags & 3) < 3 && flags <= 0x1f, 'bad player flags');
      players.push({
        input: INPUTS[flags & 3],
        paddle: r.units(),
        paddleLength: r.units(),
        score: r.varint(),
        lives: r.varint(),
        eliminated: Boolean(flags & 0x04),
        biggerPaddle: Boolean(flags & 0x08),
        smallerPaddle: Boolean(flags & 0x10),
      });
    }
    const ballCount = r.u8();
    check(ballCount <= MAX_BALLS, 'too many balls');
    const balls = [];
    for (let i = 0; i < ballCount; i += 1) {
      balls.push({ id: r.varint(), x: r.units(), y: r.units(), dx: r.direction(), dy: r.direction() });
    }
    const pickupCount = r.u8();
    check(pickupCount <= MAX_PICKUPS, 'too many power-ups');
    const pickups = [];
    for (let i = 0; i < pickupCount; i += 1) {
      const id = r.varint();
      const kind = POWER_UPS[r.u8()];
      check(kind !== undefined, 'bad power-up kind');
      pickups.push({ id, kind, x: r.units(), y: r.units() });
    }
    const eventCount = r.varint();
    check(eventCount <= MAX_EVENTS, 'too many events');
    const events = [];
    for (let i = 0; i < eventCount; i += 1) events.push(readEvent(r, playerCount));
    check(r.atEnd, 'trailing bytes');
    return {
      roomTag: tag,
      message: {
        type: 'snapshot',
        tick,
        lastInputSeq: seq === 0 ? null : seq - 1,
        state: { step: tick, phase: enginePhase, winner, receiver, players, balls, pickups },
        events,
        phase: ROOM_PHASES[phases & 3],
        phaseEndsInMs,
        missingSeats,
      },
    };
  } catch (error) {
    if (error instanceof Malformed || error instanceof RangeError) return null;
    throw error;
  }
}
