// The signed-in state of the page. The access token lives only in this object (never in storage);
// the refresh token is an HttpOnly cookie scoped to /api/auth/refresh that the server sets, so a
// reload or a new tab signs in again silently with refresh(). Tokens are renewed a minute before
// they expire, and once more on a 401 invalid_token.
//
// Events: "change" (signed in, signed out, or the user changed), "expired" (the session ended
// without the user asking: revoked, banned, or the refresh token was refused).
import { requestJson } from '../api/http.js';

const RENEW_BEFORE_EXPIRY_MS = 60_000;
// Whether this browser holds a refresh cookie (which is HttpOnly, so invisible here): set on
// sign-in, cleared on sign-out, so a visitor who never signed in does not ask the server for a
// refresh that can only fail (and would log an error in the console).
const SIGNED_IN_HINT = 'transcendence.signedIn';

function readHint() {
  try {
    return localStorage.getItem(SIGNED_IN_HINT) === '1';
  } catch {
    return true; // storage disabled: ask the server
  }
}

function writeHint(signedIn) {
  try {
    if (signedIn) localStorage.setItem(SIGNED_IN_HINT, '1');
    else localStorage.removeItem(SIGNED_IN_HINT);
  } catch {
    // storage disabled
  }
}

export class AuthSession extends EventTarget {
  #accessToken = null;
  #user = null;
  #sessionId = null;
  #renewTimer = null;
  #refreshing = null;
  #reauthenticate = null;
  #proving = null;

  get user() {
    return this.#user;
  }

  get signedIn() {
    return this.#accessToken !== null;
  }

  get sessionId() {
    return this.#sessionId;
  }

  get isAdmin() {
    return this.#user?.role === 'admin';
  }

  // On page load: the refresh cookie, if any, signs the page in. Resolves either way.
  async restore() {
    if (readHint()) await this.refresh({ quiet: true });
  }

  async register({ username, email, password, displayName }) {
    const body = { username, email, password, client: 'web' };
    if (displayName) body.displayName = displayName;
    const answer = await requestJson('POST', '/api/auth/register', { body });
    if (answer.ok) this.#adopt(answer.body);
    return answer;
  }

  // Resolves to the answer; when a second factor is needed, answer.body.twoFactorRequired is true
  // and answer.body.challenge goes to completeSecondFactor().
  async signIn(login, password) {
    const answer = await requestJson('POST', '/api/auth/login', { body: { login, password, client: 'web' } });
    if (answer.ok && !answer.body.twoFactorRequired) this.#adopt(answer.body);
    return answer;
  }

  // factor: { code } (authenticator app) or { recoveryCode }.
  async completeSecondFactor(challenge, factor) {
    const answer = await requestJson('POST', '/api/auth/login/2fa', { body: { challenge, ...factor } });
    if (answer.ok) this.#adopt(answer.body);
    return answer;
  }

  // A session the server handed over another way (the OAuth callback page).
  adopt(sessionBody) {
    this.#adopt(sessionBody);
  }

  // local: only forget the session here, when the server has already ended it (account deleted).
  async signOut({ everywhere = false, local = false } = {}) {
    if (this.signedIn && !local) {
      await this.api('POST', everywhere ? '/api/auth/logout-all' : '/api/auth/logout').catch(() => {});
    }
    this.#clear();
    this.dispatchEvent(new Event('change'));
  }

  // Renews the access token with the refresh cookie; concurrent calls share one request.
  refresh({ quiet = false } = {}) {
    if (!this.#refreshing) {
      this.#refreshing = this.#doRefresh(quiet).finally(() => {
        this.#refreshing = null;
      });
    }
    return this.#refreshing;
  }

  async #doRefresh(quiet) {
    const wasSignedIn = this.signedIn;
    const answer = await requestJson('POST', '/api/auth/refresh', { body: {} });
    if (answer.ok) {
      this.#adopt(answer.body);
      return true;
    }
    if (answer.status === 0 || answer.status === 429 || answer.status >= 500) {
      // The server is unreachable or busy: keep what we have and try again shortly, also on a
      // page load that has a session to restore (it signs in when the renewal goes through).
      if (wasSignedIn || readHint()) this.#scheduleRenewal(answer.retryAfter ? answer.retryAfter * 1000 : 10_000);
      return false;
    }
    this.#clear();
    if (wasSignedIn && !quiet) this.dispatchEvent(new Event('expired'));
    if (wasSignedIn) this.dispatchEvent(new Event('change'));
    return false;
  }

  // An API request with the access token. A 401 invalid_token (expired) renews once and retries;
  // a session that cannot be renewed signs the page out ("expired").
  // A 403 reauthentication_required (a sensitive change, and no recent proof of the owner) asks
  // for one through the installed prompt (auth/reauthenticate.js) and retries once.
  async api(method, path, { body, signal, rawBody, contentType } = {}) {
    const send = () => requestJson(method, path, { body, signal, rawBody, contentType, token: this.#accessToken });
    let answer = await send();
    if (answer.status === 401 && this.signedIn) {
      const renewed = await this.refresh();
      if (!renewed) return answer;
      answer = await send();
    }
    if (answer.status === 403 && answer.error?.code === 'reauthentication_required' && this.#reauthenticate && this.signedIn) {
      if (await this.#proveOwner()) answer = await send();
    }
    return answer;
  }

  // prompt: () => Promise<boolean>, true once POST /api/auth/reauthenticate went through.
  setReauthenticator(prompt) {
    this.#reauthenticate = prompt;
  }

  // Requests refused together share one prompt.
  #proveOwner() {
    if (!this.#proving) {
      this.#proving = Promise.resolve(this.#reauthenticate()).finally(() => {
        this.#proving = null;
      });
    }
    return this.#proving;
  }

  // The signed-in user changed (profile edits): everyone showing it redraws.
  setUser(user) {
    this.#user = { ...this.#user, ...user };
    this.dispatchEvent(new Event('change'));
  }

  // A single-use ticket for the WebSocket hello (a promise); null at once when signed out.
  wsTicket() {
    if (!this.signedIn) return null;
    return this.#fetchTicket();
  }

  async #fetchTicket() {
    const answer = await this.api('POST', '/api/auth/ws-ticket');
    return answer.ok ? answer.body.ticket : null;
  }

  #adopt(session) {
    const changed = this.#user?.id !== session.user?.id || !this.signedIn;
    this.#accessToken = session.accessToken;
    writeHint(true);
    this.#sessionId = session.sessionId ?? this.#sessionId;
    this.#user = session.user ?? this.#user;
    const lifetimeMs = Math.max(30_000, (Number(session.expiresIn) || 900) * 1000);
    this.#scheduleRenewal(lifetimeMs - RENEW_BEFORE_EXPIRY_MS);
    if (changed) this.dispatchEvent(new Event('change'));
  }

  #scheduleRenewal(delayMs) {
    clearTimeout(this.#renewTimer);
    this.#renewTimer = setTimeout(() => this.refresh(), Math.max(5_000, delayMs));
  }

  #clear() {
    clearTimeout(this.#renewTimer);
    this.#renewTimer = null;
    this.#accessToken = null;
    this.#user = null;
    this.#sessionId = null;
    writeHint(false);
  }
}
