// Short match sounds made with Web Audio (no sound files): a tick for a paddle hit, a lower one
// for a wall, a falling tone for a point. The player's mute choice is remembered in this browser.
// An AudioContext may only start after a gesture: it is created on the first sound after one.
const STORAGE_KEY = 'transcendence.sound';
const TONES = {
  paddle_hit: { frequency: 660, duration: 0.05, type: 'square' },
  wall_bounce: { frequency: 330, duration: 0.04, type: 'square' },
  obstacle_bounce: { frequency: 330, duration: 0.04, type: 'square' },
  point_scored: { frequency: 520, to: 180, duration: 0.35, type: 'triangle' },
  life_lost: { frequency: 520, to: 180, duration: 0.35, type: 'triangle' },
};

let context = null;
const listeners = new Set();

export function isMuted() {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'off';
  } catch {
    return false;
  }
}

export function setMuted(muted) {
  try {
    localStorage.setItem(STORAGE_KEY, muted ? 'off' : 'on');
  } catch {
    // the choice then lasts for this page only
  }
  for (const listener of listeners) listener(muted);
}

export function onMutedChange(listener, { signal } = {}) {
  listeners.add(listener);
  signal?.addEventListener('abort', () => listeners.delete(listener), { once: true });
}

function audio() {
  if (context) return context;
  const Context = window.AudioContext ?? window.webkitAudioContext;
  if (!Context || !navigator.userActivation?.hasBeenActive) return null;
  context = new Context();
  return context;
}

// Plays the sound of one engine event type (snapshot events), unless muted.
export function playEventSound(type) {
  const tone = TONES[type];
  if (!tone || isMuted()) return false;
  const ctx = audio();
  if (!ctx) return false;
  const now = ctx.currentTime;
  const oscillator = ctx.createOscillator();
  const gain = ctx.createGain();
  oscillator.type = tone.type;
  oscillator.frequency.setValueAtTime(tone.frequency, now);
  if (tone.to) oscillator.frequency.exponentialRampToValueAtTime(tone.to, now + tone.duration);
  gain.gain.setValueAtTime(0.08, now);
  gain.gain.exponentialRampToValueAtTime(0.0001, now + tone.duration);
  oscillator.connect(gain).connect(ctx.destination);
  oscillator.start(now);
  oscillator.stop(now + tone.duration + 0.02);
  return true;
}
