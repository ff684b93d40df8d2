// Where to go after signing in: the ?next= of the address, but only a path of this site. Anything
// that could leave it ("//evil.example", "https://…", "/\evil", control characters) becomes "/",
// and so do the sign-in pages themselves, which would only send the visitor on again.
const SIGNED_OUT_PAGES = new Set(['/signin', '/signup', '/oauth/done']);

export function safeNextPath(value, fallback = '/') {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//')) return fallback;
  // Browsers read "\" as "/" and drop tabs and newlines, so "/\evil" or "/\t/evil" would leave.
  if (/[\\\u0000-\u001f\u007f]/.test(value)) return fallback;
  let url;
  try {
    url = new URL(value, location.origin);
  } catch {
    return fallback;
  }
  if (url.origin !== location.origin || SIGNED_OUT_PAGES.has(url.pathname)) return fallback;
  return url.pathname + url.search + url.hash;
}

// The ?next= of the current address, made safe.
export function nextFromLocation() {
  return safeNextPath(new URLSearchParams(location.search).get('next'));
}
