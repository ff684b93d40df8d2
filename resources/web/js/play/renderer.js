// Draws a match on a <canvas> at the display's refresh rate (requestAnimationFrame). The server's
// snapshots (60 a second while running) are shown about 1.5 snapshot intervals in the past,
// interpolated between the two that surround that moment on the server's tick clock (120 steps a
// second); the paddles this page controls are predicted: moved at once from the keys held since
// the last input the server acknowledged (lastInputSeq), starting again from the server's
// position with every snapshot. Geometry mirrors common/engine/Arena.cpp (docs/game.md, "Units").
import { STEPS_PER_SECOND } from './protocol.js';

const TICKS_PER_MS = STEPS_PER_SECOND / 1000;
const INTERPOLATION_DELAY_TICKS = 3; // 1.5 snapshot intervals of 2 steps
const PADDLE_INSET = 4;
const PADDLE_THICKNESS = 2;
const BALL_SIZE = 2;
export const SEAT_COLOURS = ['#4dabf7', '#ff8787', '#69db7c', '#ffd43b'];
const PICKUP_LETTERS = { bigger_paddle: 'B', smaller_opponent_paddle: 'S', faster_ball: 'F', multi_ball: 'M' };

// fractions of the arena and half sizes, as in Arena.cpp obstacleSpecs()
const OBSTACLES = {
  one_vs_one: {
    classic: [],
    pillars: [[0.5, 0.2, 3, 7], [0.5, 0.8, 3, 7]],
    crossroads: [[0.28, 0.22, 4, 4], [0.72, 0.22, 4, 4], [0.28, 0.78, 4, 4], [0.72, 0.78, 4, 4]],
  },
  four_players: {
    classic: [],
    pillars: [[0.3, 0.3, 3, 3], [0.7, 0.3, 3, 3], [0.3, 0.7, 3, 3], [0.7, 0.7, 3, 3]],
    crossroads: [[0.22, 0.25, 4, 4], [0.75, 0.22, 4, 4], [0.78, 0.75, 4, 4], [0.25, 0.78, 4, 4]],
  },
};

export function arenaOf(config) {
  const duel = config.mode !== 'four_players';
  const width = duel ? 160 : 120;
  const height = duel ? 120 : 120;
  const corner = duel ? 0 : 10;
  const blocks = (OBSTACLES[config.mode]?.[config.map] ?? []).map(([cx, cy, hw, hh]) => ({
    x: cx * width - hw,
    y: cy * height - hh,
    w: 2 * hw,
    h: 2 * hh,
  }));
  if (!duel) {
    blocks.push(
      { x: 0, y: 0, w: corner, h: corner },
      { x: width - corner, y: 0, w: corner, h: corner },
      { x: 0, y: height - corner, w: corner, h: corner },
      { x: width - corner, y: height - corner, w: corner, h: corner },
    );
  }
  return { width, height, corner, blocks, duel, players: duel ? 2 : 4 };
}

// seat 0 left, 1 right, 2 top, 3 bottom; position is the paddle's centre along its side
function paddleRect(arena, seat, position, length) {
  const along = [position - length / 2, length];
  switch (seat) {
    case 0:
      return { x: PADDLE_INSET, y: along[0], w: PADDLE_THICKNESS, h: along[1] };
    case 1:
      return { x: arena.width - PADDLE_INSET - PADDLE_THICKNESS, y: along[0], w: PADDLE_THICKNESS, h: along[1] };
    case 2:
      return { x: along[0], y: PADDLE_INSET, w: along[1], h: PADDLE_THICKNESS };
    default:
      return { x: along[0], y: arena.height - PADDLE_INSET - PADDLE_THICKNESS, w: along[1], h: PADDLE_THICKNESS };
  }
}

function clampPaddle(arena, seat, position, length) {
  const extent = seat < 2 ? arena.height : arena.width;
  const min = arena.corner + length / 2;
  const max = extent - arena.corner - length / 2;
  return Math.min(max, Math.max(min, position));
}

const direction = (key) => (key === 'up' ? -1 : key === 'down' ? 1 : 0);
const lerp = (a, b, f) => a + (b - a) * f;

// The score drawn on the field as in 1972: block digits of seven segments either side of the net
// (1v1), or each side's lives by its paddle (four players). Drawn in arena units, so they grow
// and shrink with the field and stay sharp at every size.
const SEGMENTS = {
  // a (top), b (top right), c (bottom right), d (bottom), e (bottom left), f (top left), g (middle)
  0: 'abcdef', 1: 'bc', 2: 'abdeg', 3: 'abcdg', 4: 'bcfg', 5: 'acdfg', 6: 'acdefg', 7: 'abc', 8: 'abcdefg', 9: 'abcdfg',
};
const DIGIT_WIDTH = 8;
const DIGIT_HEIGHT = 14;
const STROKE = 2;

function drawDigit(ctx, digit, x, y, { width = DIGIT_WIDTH, height = DIGIT_HEIGHT, stroke = STROKE } = {}) {
  const half = height / 2;
  const bars = {
    a: [x, y, width, stroke],
    b: [x + width - stroke, y, stroke, half],
    c: [x + width - stroke, y + half, stroke, half],
    d: [x, y + height - stroke, width, stroke],
    e: [x, y + half, stroke, half],
    f: [x, y, stroke, half],
    g: [x, y + half - stroke / 2, width, stroke],
  };
  for (const segment of SEGMENTS[digit] ?? '') ctx.fillRect(...bars[segment]);
}

// Draws a number with its digits `gap` apart; align: 'right' ends at x, 'left' starts at x.
export function drawNumber(ctx, value, x, y, { align = 'left', width = DIGIT_WIDTH, height = DIGIT_HEIGHT, stroke = STROKE, gap = 3 } = {}) {
  const digits = String(Math.max(0, Math.floor(value)));
  const total = digits.length * width + (digits.length - 1) * gap;
  let left = align === 'right' ? x - total : align === 'center' ? x - total / 2 : x;
  for (const digit of digits) {
    drawDigit(ctx, Number(digit), left, y, { width, height, stroke });
    left += width + gap;
  }
}

export class MatchRenderer {
  #canvas;
  #context;
  #config;
  #arena;
  #controlled;
  #snapshots = []; // { tick, receivedAt, message } while running, oldest first
  #latest = null; // { receivedAt, message }
  #offset = null; // server tick - local ms * TICKS_PER_MS
  #inputs = []; // { seq, seat, key, time } not yet acknowledged
  #frame = 0;
  #flashUntil = 0;
  #reducedMotion;
  #stopped = false; // over: the newest state as it is, not the interpolated past
  #resizeObserver;

  constructor(canvas, { config, controlledSeats = [] }) {
    this.#canvas = canvas;
    this.#context = canvas.getContext('2d');
    this.#config = config;
    this.#arena = arenaOf(config);
    this.#controlled = new Set(controlledSeats);
    // The system's setting, or the person's own choice in the settings (html.reduce-motion).
    const media = window.matchMedia('(prefers-reduced-motion: reduce)');
    this.#reducedMotion = () => media.matches || document.documentElement.classList.contains('reduce-motion');
    this.#resizeObserver = new ResizeObserver(() => this.#resize());
    this.#resizeObserver.observe(canvas);
    this.#resize();
  }

  get arena() {
    return this.#arena;
  }

  start() {
    const loop = () => {
      this.#draw(performance.now());
      this.#frame = requestAnimationFrame(loop);
    };
    this.#frame = requestAnimationFrame(loop);
  }

  // The match is over: draw the last state once and stop.
  stop() {
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#stopped = true;
    this.#draw(performance.now());
  }

  destroy() {
    cancelAnimationFrame(this.#frame);
    this.#resizeObserver.disconnect();
  }

  // Every input this page sent for a seat it controls (seq null: not sent).
  noteInput(seq, seat, key) {
    if (seq === null) return;
    this.#inputs.push({ seq, seat, key, time: performance.now() });
  }

  pushSnapshot(message) {
    const now = performance.now();
    this.#latest = { receivedAt: now, message };
    if (message.lastInputSeq !== null && message.lastInputSeq !== undefined) {
      this.#inputs = this.#inputs.filter((entry) => entry.seq > message.lastInputSeq);
    }
    if (message.phase !== 'running') {
      // The tick stands still: show this state as it is, and start the clock again on resume.
      this.#snapshots = [];
      this.#offset = null;
      return;
    }
    const sample = message.tick - now * TICKS_PER_MS;
    if (this.#offset === null || Math.abs(sample - this.#offset) > 24) this.#offset = sample;
    else this.#offset += (sample - this.#offset) * 0.05;
    if (this.#snapshots.length && this.#snapshots.at(-1).tick >= message.tick) return; // late: older than what we have
    this.#snapshots.push({ tick: message.tick, message });
    if (this.#snapshots.length > 16) this.#snapshots.shift();
    if (message.events?.some((event) => event.type === 'point_scored' || event.type === 'life_lost')) {
      this.#flashUntil = now + 250;
    }
  }

  #resize() {
    const rect = this.#canvas.getBoundingClientRect();
    const ratio = window.devicePixelRatio || 1;
    const width = Math.max(1, Math.round(rect.width * ratio));
    const height = Math.max(1, Math.round(rect.height * ratio));
    if (this.#canvas.width !== width || this.#canvas.height !== height) {
      this.#canvas.width = width;
      this.#canvas.height = height;
    }
    this.#draw(performance.now());
  }

  // The state to show: interpolated between the two snapshots around the render tick.
  #viewState(now) {
    if (!this.#latest) return null;
    const newest = this.#latest.message.state;
    if (this.#stopped || this.#latest.message.phase !== 'running' || this.#snapshots.length === 0 || this.#offset === null) {
      return { players: newest.players.map((p) => ({ ...p })), balls: newest.balls, pickups: newest.pickups ?? [] };
    }
    const renderTick = now * TICKS_PER_MS + this.#offset - INTERPOLATION_DELAY_TICKS;
    const list = this.#snapshots;
    let a = list[0];
    let b = list[0];
    for (let i = list.length - 1; i >= 0; i -= 1) {
      if (list[i].tick <= renderTick) {
        a = list[i];
        b = list[Math.min(i + 1, list.length - 1)];
        break;
      }
    }
    const from = a.message.state;
    const to = b.message.state;
    const span = b.tick - a.tick;
    const f = span > 0 ? Math.min(1, Math.max(0, (renderTick - a.tick) / span)) : 1;
    const players = to.players.map((p, seat) => {
      const q = from.players[seat];
      return q ? { ...p, paddle: lerp(q.paddle, p.paddle, f), paddleLength: lerp(q.paddleLength, p.paddleLength, f) } : { ...p };
    });
    const balls = to.balls.map((ball) => {
      const old = from.balls.find((candidate) => candidate.id === ball.id);
      if (!old || Math.hypot(ball.x - old.x, ball.y - old.y) > 30) return ball;
      return { ...ball, x: lerp(old.x, ball.x, f), y: lerp(old.y, ball.y, f) };
    });
    return { players, balls, pickups: to.pickups ?? [] };
  }

  // Where a paddle this page controls is now: the server's newest position, moved by the keys
  // held since then (unacknowledged inputs at the time they were pressed).
  #predicted(seat, now) {
    const { receivedAt, message } = this.#latest;
    const player = message.state.players[seat];
    if (!player || message.phase !== 'running' || player.eliminated) return player?.paddle;
    const speed = this.#config.paddleSpeed;
    const length = player.paddleLength;
    let position = player.paddle;
    let key = player.input;
    let time = receivedAt;
    for (const entry of this.#inputs) {
      if (entry.seat !== seat) continue;
      if (entry.time <= time) {
        key = entry.key;
        continue;
      }
      position = clampPaddle(this.#arena, seat, position + (direction(key) * speed * (entry.time - time)) / 1000, length);
      time = entry.time;
      key = entry.key;
    }
    return clampPaddle(this.#arena, seat, position + (direction(key) * speed * Math.max(0, now - time)) / 1000, length);
  }

  #draw(now) {
    const ctx = this.#context;
    const arena = this.#arena;
    const scale = this.#canvas.width / arena.width;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.fillStyle = '#0b0d12';
    ctx.fillRect(0, 0, this.#canvas.width, this.#canvas.height);
    ctx.setTransform(scale, 0, 0, scale, 0, 0);

    // centre line (1v1) or centre mark (four players)
    ctx.fillStyle = 'rgba(255, 255, 255, 0.25)';
    if (arena.duel) {
      for (let y = 2; y < arena.height; y += 8) ctx.fillRect(arena.width / 2 - 0.4, y, 0.8, 4);
    } else {
      ctx.fillRect(arena.width / 2 - 0.5, arena.height / 2 - 0.5, 1, 1);
    }
    ctx.fillStyle = '#868e96';
    for (const block of arena.blocks) ctx.fillRect(block.x, block.y, block.w, block.h);

    const state = this.#viewState(now);
    if (!state) return;

    // The score, behind the paddles and the ball.
    ctx.fillStyle = '#8e9196'; // opaque: overlapping bars stay one colour
    if (arena.duel) {
      drawNumber(ctx, state.players[0]?.score ?? 0, arena.width / 2 - 12, 6, { align: 'right' });
      drawNumber(ctx, state.players[1]?.score ?? 0, arena.width / 2 + 12, 6, { align: 'left' });
    } else {
      const small = { width: 5, height: 9, stroke: 1.4, gap: 2, align: 'center' };
      const spots = [[arena.width * 0.22, arena.height / 2 - 4.5], [arena.width * 0.78, arena.height / 2 - 4.5], [arena.width / 2, arena.height * 0.2], [arena.width / 2, arena.height * 0.72]];
      state.players.forEach((player, seat) => {
        if (player.eliminated || !spots[seat]) return;
        ctx.fillStyle = SEAT_COLOURS[seat];
        ctx.globalAlpha = 0.55;
        drawNumber(ctx, player.lives ?? 0, spots[seat][0], spots[seat][1], small);
        ctx.globalAlpha = 1;
      });
    }

    state.players.forEach((player, seat) => {
      if (player.eliminated) {
        // the side is a wall now
        ctx.fillStyle = '#495057';
        const wall = [
          { x: 0, y: 0, w: 1, h: arena.height },
          { x: arena.width - 1, y: 0, w: 1, h: arena.height },
          { x: 0, y: 0, w: arena.width, h: 1 },
          { x: 0, y: arena.height - 1, w: arena.width, h: 1 },
        ][seat];
        ctx.fillRect(wall.x, wall.y, wall.w, wall.h);
        return;
      }
      const position = this.#controlled.has(seat) ? this.#predicted(seat, now) : player.paddle;
      const rect = paddleRect(arena, seat, position, player.paddleLength);
      ctx.fillStyle = SEAT_COLOURS[seat];
      ctx.fillRect(rect.x, rect.y, rect.w, rect.h);
    });

    ctx.font = '4px sans-serif';
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    for (const pickup of state.pickups) {
      ctx.fillStyle = '#cc5de8';
      ctx.beginPath();
      ctx.arc(pickup.x, pickup.y, 3, 0, Math.PI * 2);
      ctx.fill();
      ctx.fillStyle = '#fff';
      ctx.fillText(PICKUP_LETTERS[pickup.kind] ?? '?', pickup.x, pickup.y + 0.2);
    }

    ctx.fillStyle = '#f8f9fa';
    for (const ball of state.balls) ctx.fillRect(ball.x - BALL_SIZE / 2, ball.y - BALL_SIZE / 2, BALL_SIZE, BALL_SIZE);

    // A short flash on a point, not for people who asked for less motion.
    if (now < this.#flashUntil && !this.#reducedMotion()) {
      ctx.fillStyle = `rgba(255, 255, 255, ${(0.12 * (this.#flashUntil - now)) / 250})`;
      ctx.fillRect(0, 0, arena.width, arena.height);
    }
  }
}
