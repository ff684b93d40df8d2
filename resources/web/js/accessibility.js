// Display preferences of this browser (not of the account): high contrast, text size, reduced
// motion. Kept in localStorage and applied as classes on <html> before the first render, so the
// page never flashes in the wrong style; css/app.css does the rest.
//   html.theme-high-contrast   black on white, underlined links, strong focus ring
//   html.text-size-125 / -150  larger root font size (Bootstrap sizes in rem follow)
//   html.reduce-motion         no animations or transitions
// Reduced motion follows the system's prefers-reduced-motion until the person chooses.
const STORAGE_KEY = 'transcendence.accessibility';
export const TEXT_SIZES = [100, 125, 150];

function systemPrefersReducedMotion() {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

export function readPreferences() {
  let stored = {};
  try {
    stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') ?? {};
  } catch {
    stored = {}; // storage disabled or damaged: the defaults
  }
  return {
    highContrast: stored.highContrast === true,
    textSize: TEXT_SIZES.includes(stored.textSize) ? stored.textSize : 100,
    // null: not chosen, follow the system
    reduceMotion: typeof stored.reduceMotion === 'boolean' ? stored.reduceMotion : null,
  };
}

// Whether animations should be avoided now (for views that animate from JavaScript).
export function prefersReducedMotion(preferences = readPreferences()) {
  return preferences.reduceMotion ?? systemPrefersReducedMotion();
}

export function applyPreferences(preferences = readPreferences()) {
  const root = document.documentElement;
  root.classList.toggle('theme-high-contrast', preferences.highContrast);
  for (const size of TEXT_SIZES) root.classList.toggle(`text-size-${size}`, size !== 100 && size === preferences.textSize);
  root.classList.toggle('reduce-motion', prefersReducedMotion(preferences));
}

export function savePreferences(changes) {
  const preferences = { ...readPreferences(), ...changes };
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(preferences));
  } catch {
    // storage disabled: the choice lasts for this page only
  }
  applyPreferences(preferences);
  return preferences;
}
