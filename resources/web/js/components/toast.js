// A short visible confirmation in the corner of the page ("Your profile is saved."), gone after
// a few seconds. Screen readers hear the same text through the page's announcer, so the toast
// itself is hidden from them (it would be read twice). Nothing here uses innerHTML.
import { h } from '../dom.js';

const SHOWN_MS = 5000;
let stack = null;

function ensureStack() {
  if (stack?.isConnected) return stack;
  stack = h('div', { class: 'toast-container position-fixed bottom-0 end-0 p-3 d-flex flex-column gap-2', 'aria-hidden': 'true', dataset: { testid: 'toasts' } });
  document.body.append(stack);
  return stack;
}

// kind: "success" (a save, an achievement) or "info".
export function showToast(text, { kind = 'success' } = {}) {
  const toast = h('div', { class: `alert alert-${kind === 'success' ? 'success' : 'info'} shadow-sm mb-0 py-2`, dataset: { testid: 'toast' } }, text);
  ensureStack().append(toast);
  setTimeout(() => toast.remove(), SHOWN_MS);
  return toast;
}

// Says a confirmation aloud (announce) and shows it.
export function confirmVisibly(announce, text) {
  announce(text);
  showToast(text);
}
