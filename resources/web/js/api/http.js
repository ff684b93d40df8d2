// Same-origin JSON requests. Every non-2xx API answer has the shape
// {"error":{"code":"snake_case","message":"...","fields":{...}}}; a result carries it as `error`.

function errorFrom(status, body) {
  const error = body?.error;
  if (error && typeof error.code === 'string') {
    const result = { code: error.code, message: String(error.message ?? ''), fields: error.fields ?? {} };
    // A 409 "conflict" of the social API says which conflict in `reason`.
    if (typeof error.reason === 'string') result.reason = error.reason;
    return result;
  }
  return { code: 'unexpected_response', message: `HTTP ${status}`, fields: {} };
}

// Resolves to { status, ok, body, error } for any HTTP answer, including 4xx/5xx, so callers can
// show what the server said. A network failure resolves with status 0 and code "network_error".
// An aborted request rejects with the AbortError, which callers leaving a view can ignore.
export async function getJson(path, { signal } = {}) {
  let response;
  try {
    response = await fetch(path, { signal, cache: 'no-store', headers: { Accept: 'application/json' } });
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    return { status: 0, ok: false, body: null, error: { code: 'network_error', message: error.message, fields: {} } };
  }
  let body = null;
  try {
    body = await response.json();
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    // not JSON: body stays null
  }
  const ok = response.ok && body !== null;
  return { status: response.status, ok, body, error: ok ? null : errorFrom(response.status, body) };
}

// Any method, same shape of answer as getJson. body: a value sent as JSON; rawBody with
// contentType: bytes as they are (an avatar upload); token: the access token, sent as Bearer.
// Cookies go only to this origin (the refresh cookie is scoped to /api/auth/refresh).
export async function requestJson(method, path, { body, rawBody, contentType, token, signal } = {}) {
  const headers = { Accept: 'application/json' };
  let payload;
  if (rawBody !== undefined) {
    payload = rawBody;
    headers['Content-Type'] = contentType;
  } else if (body !== undefined) {
    payload = JSON.stringify(body);
    headers['Content-Type'] = 'application/json';
  }
  if (token) headers.Authorization = `Bearer ${token}`;
  let response;
  try {
    response = await fetch(path, { method, headers, body: payload, signal, cache: 'no-store', credentials: 'same-origin' });
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    return { status: 0, ok: false, body: null, error: { code: 'network_error', message: error.message, fields: {} } };
  }
  let parsed = null;
  if (response.status !== 204) {
    try {
      parsed = await response.json();
    } catch (error) {
      if (error.name === 'AbortError') throw error;
    }
  }
  const ok = response.ok && (parsed !== null || response.status === 204);
  return {
    status: response.status,
    ok,
    body: parsed,
    error: ok ? null : errorFrom(response.status, parsed),
    retryAfter: Number(response.headers.get('Retry-After')) || null,
  };
}

export function isAbort(error) {
  return error?.name === 'AbortError';
}
