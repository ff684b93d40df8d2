// The SPA's binary snapshot decoder (resources/web/js/play/binary-snapshot.js) on frames written
// byte by byte from the layout in docs/protocol.md ("Binary snapshots"), the room tag on the same
// FNV-1a vectors as the C++ test (tests/common/BinarySnapshotTest.cpp), and malformed frames:
// every one refused (null), never an exception. Runs in node.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { decodeBinarySnapshot, roomTag } from '../../resources/web/js/play/binary-snapshot.js';

const u16 = (value) => [value & 0xff, value >> 8];
const u32 = (value) => [value & 0xff, (value >> 8) & 0xff, (value >> 16) & 0xff, (value >>> 24) & 0xff];
function varint(value) {
  const bytes = [];
  while (value >= 0x80) {
    bytes.push((value % 0x80) | 0x80);
    value = Math.floor(value / 0x80);
  }
  bytes.push(value);
  return bytes;
}
const units = (value) => u16(Math.round(value * 256));
const frame = (...parts) => new Uint8Array(parts.flat()).buffer;

// A classic 1v1 snapshot while running: seat 0 holds "up", a paddle hit in the events.
const RUNNING = [
  [1], // version
  varint(301), // lastInputSeq 300
  u32(roomTag('room-1')),
  varint(7200), // tick
  [2 | (1 << 2)], // room phase running, engine phase playing, no phaseEndsInMs, no winner
  [1 << 4], // no seat missing, receiver 1
  [2], // players
  [1], units(60.5), units(16), varint(3), varint(0),
  [0], units(59.25), units(16), varint(10), varint(0),
  [1], varint(4), units(80.125), units(33.5), u16(32767), u16(0x10000 - 32767), // one ball: direction (1, -1) raw
  [0], // no pickups
  varint(1), [1, 0x01 | 0x02 | 0x10, 1], varint(4), units(150), units(33.5), // paddle_hit
];

describe('binary snapshots', () => {
  it('names rooms by the FNV-1a hash of their id', () => {
    assert.equal(roomTag(''), 2166136261);
    assert.equal(roomTag('a'), 0xe40c292c);
    assert.equal(roomTag('foobar'), 0xbf9cf968);
  });

  it('decodes a classic 1v1 frame into the shape of the JSON snapshot', () => {
    const bytes = frame(...RUNNING);
    assert.ok(bytes.byteLength + 2 <= 64, `${bytes.byteLength} bytes`);
    const decoded = decodeBinarySnapshot(bytes);
    assert.equal(decoded.roomTag, roomTag('room-1'));
    assert.deepEqual(decoded.message, {
      type: 'snapshot',
      tick: 7200,
      lastInputSeq: 300,
      state: {
        step: 7200,
        phase: 'playing',
        winner: -1,
        receiver: 1,
        players: [
          { input: 'up', paddle: 60.5, paddleLength: 16, score: 3, lives: 0, eliminated: false, biggerPaddle: false, smallerPaddle: false },
          { input: 'none', paddle: 59.25, paddleLength: 16, score: 10, lives: 0, eliminated: false, biggerPaddle: false, smallerPaddle: false },
        ],
        balls: [{ id: 4, x: 80.125, y: 33.5, dx: 1, dy: -1 }],
        pickups: [],
      },
      events: [{ type: 'paddle_hit', x: 150, y: 33.5, player: 1, ballId: 4 }],
      phase: 'running',
      phaseEndsInMs: null,
      missingSeats: [],
    });
  });

  it('reads a paused four-player frame with power-ups, missing seats and a deadline', () => {
    const player = (flags, lives) => [[flags], units(50), units(24), varint(0), varint(lives)];
    const decoded = decodeBinarySnapshot(
      frame(
        [1], varint(0), u32(7), varint(2 ** 40), // no lastInputSeq; a tick past 32 bits
        [3 | (0 << 2) | 0x10], [0b1010 | (2 << 4)], varint(29500),
        [4], ...player(0x08, 3), ...player(0x04, 0), ...player(0x10 | 2, 2), ...player(0, 1),
        [0], [1], varint(9), [3], units(60), units(60),
        varint(1), [8, 0x04 | 0x08 | 0x10], varint(9), [3], units(60), units(60),
      ),
    );
    const { message } = decoded;
    assert.equal(message.lastInputSeq, null);
    assert.equal(message.tick, 2 ** 40);
    assert.equal(message.phase, 'paused');
    assert.equal(message.phaseEndsInMs, 29500);
    assert.deepEqual(message.missingSeats, [1, 3]);
    assert.equal(message.state.receiver, 2);
    assert.deepEqual(message.state.players.map((p) => [p.input, p.lives, p.eliminated, p.biggerPaddle, p.smallerPaddle]), [
      ['none', 3, false, true, false],
      ['none', 0, true, false, false],
      ['down', 2, false, false, true],
      ['none', 1, false, false, false],
    ]);
    assert.deepEqual(message.state.pickups, [{ id: 9, kind: 'multi_ball', x: 60, y: 60 }]);
    assert.deepEqual(message.events, [{ type: 'power_up_spawned', x: 60, y: 60, pickupId: 9, kind: 'multi_ball' }]);
  });

  it('refuses every truncation, trailing bytes and bad values', () => {
    const whole = new Uint8Array(frame(...RUNNING));
    for (let size = 0; size < whole.length; size += 1) {
      assert.equal(decodeBinarySnapshot(whole.slice(0, size).buffer), null, `prefix of ${size} bytes`);
    }
    assert.equal(decodeBinarySnapshot(frame([...whole, 0])), null);
    // offsets: version 0, lastInputSeq 1-2, tag 3-6, tick 7-8, phases 9, seats 10, players 11
    const broken = (index, value) => {
      const bytes = whole.slice();
      bytes[index] = value;
      return decodeBinarySnapshot(bytes.buffer);
    };
    assert.equal(broken(0, 2), null, 'version 2');
    assert.equal(broken(9, 2 | (3 << 2)), null, 'engine phase 3');
    assert.equal(broken(9, 2 | (5 << 5)), null, 'winner 4 of 2');
    assert.equal(broken(10, 0x40), null, 'reserved seat bits');
    assert.equal(broken(10, 0x04), null, 'missing seat 2 of 2');
    assert.equal(broken(11, 3), null, 'three players');
    assert.equal(broken(12, 3), null, 'input 3');
    assert.equal(decodeBinarySnapshot(frame([1], [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f])), null, 'varint over 2^53');
    assert.equal(decodeBinarySnapshot(new TextEncoder().encode('{"type":"snapshot"}').buffer), null, 'JSON text');
    for (let seed = 1; seed < 2000; seed += 1) {
      // random corruptions: decoded or refused, never thrown
      const bytes = whole.slice();
      bytes[seed % bytes.length] = (seed * 7919) & 0xff;
      decodeBinarySnapshot(bytes.buffer);
    }
  });
});
