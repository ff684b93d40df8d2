// Keyboard and touch input for the seats this page controls. Keys are read by physical position
// (KeyboardEvent.code), only while the game area has focus, and never scroll the page.
//
// Local matches (every seat at this keyboard):
//   seat 0 (left)   W / S
//   seat 1 (right)  Arrow Up / Arrow Down
//   seat 2 (top)    C (left) / V (right)      -- "up" moves towards the lower coordinate: left
//   seat 3 (bottom) N (left) / M (right)
// One seat (remote, private, tournament, AI): W/S, the arrow keys (and A/D for a top or bottom
// seat) all move it.
import { Key } from './protocol.js';

export const LOCAL_BINDINGS = [
  { up: ['KeyW'], down: ['KeyS'] },
  { up: ['ArrowUp'], down: ['ArrowDown'] },
  { up: ['KeyC'], down: ['KeyV'] },
  { up: ['KeyN'], down: ['KeyM'] },
];
const SINGLE_VERTICAL = { up: ['KeyW', 'ArrowUp'], down: ['KeyS', 'ArrowDown'] };
const SINGLE_HORIZONTAL = { up: ['KeyW', 'ArrowUp', 'KeyA', 'ArrowLeft'], down: ['KeyS', 'ArrowDown', 'KeyD', 'ArrowRight'] };

// seats: the seats this page controls. onKey(seat, key) when the key a seat holds changes.
export function bindingsFor(seats) {
  const map = new Map(); // code -> { seat, dir }
  const add = (seat, binding) => {
    for (const code of binding.up) map.set(code, { seat, dir: Key.Up });
    for (const code of binding.down) map.set(code, { seat, dir: Key.Down });
  };
  if (seats.length === 1) {
    add(seats[0], seats[0] < 2 ? SINGLE_VERTICAL : SINGLE_HORIZONTAL);
  } else {
    for (const seat of seats) add(seat, LOCAL_BINDINGS[seat]);
  }
  return map;
}

export class SeatInput {
  #bindings;
  #onKey;
  #held = new Map(); // seat -> [{ source, dir }] in press order
  #sent = new Map(); // seat -> key last reported

  constructor({ target, seats, onKey, signal }) {
    this.#bindings = bindingsFor(seats);
    this.#onKey = onKey;
    for (const seat of seats) {
      this.#held.set(seat, []);
      this.#sent.set(seat, Key.None);
    }
    target.addEventListener('keydown', (event) => this.#onKeyDown(event), { signal });
    target.addEventListener('keyup', (event) => this.#onKeyUp(event), { signal });
    // Focus gone (another window, a click elsewhere): no key stays held.
    target.addEventListener('blur', () => this.releaseAll(), { signal });
  }

  press(seat, dir, source) {
    const list = this.#held.get(seat);
    if (!list || list.some((entry) => entry.source === source)) return;
    list.push({ source, dir });
    this.#update(seat);
  }

  release(source) {
    for (const [seat, list] of this.#held) {
      const index = list.findIndex((entry) => entry.source === source);
      if (index >= 0) {
        list.splice(index, 1);
        this.#update(seat);
      }
    }
  }

  releaseAll() {
    for (const [seat, list] of this.#held) {
      list.length = 0;
      this.#update(seat);
    }
  }

  #onKeyDown(event) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const binding = this.#bindings.get(event.code);
    if (!binding) return;
    event.preventDefault(); // no page scrolling with the arrow keys
    if (event.repeat) return;
    this.press(binding.seat, binding.dir, event.code);
  }

  #onKeyUp(event) {
    if (!this.#bindings.has(event.code)) return;
    event.preventDefault();
    this.release(event.code);
  }

  #update(seat) {
    const list = this.#held.get(seat);
    const key = list.length ? list.at(-1).dir : Key.None;
    if (this.#sent.get(seat) === key) return;
    this.#sent.set(seat, key);
    this.#onKey(seat, key);
  }
}

// On-screen buttons for touch screens: one pair per controlled seat (pointer events, so a finger
// held down keeps the key held).
export function attachTouchButton(button, input, seat, dir, signal) {
  const source = `touch-${seat}-${dir}`;
  const down = (event) => {
    event.preventDefault();
    button.setPointerCapture?.(event.pointerId);
    input.press(seat, dir, source);
  };
  const up = () => input.release(source);
  button.addEventListener('pointerdown', down, { signal });
  for (const type of ['pointerup', 'pointercancel', 'lostpointercapture']) button.addEventListener(type, up, { signal });
  button.addEventListener('contextmenu', (event) => event.preventDefault(), { signal });
}
