// The account's notification inbox (docs/chat.md: GET /api/notifications, POST
// /api/notifications/read, WebSocket "notification" and "notificationsRead"), kept for the bell.
// No DOM here. Events: "change" (the list or the unread count changed), "notification" (a new one
// arrived live: detail = the notification).
import { ConnectionState } from '../realtime/connection.js';
import { ChatMessage, isChatServerMessage } from './protocol.js';

let instance = null;

export function notificationClient() {
  return instance;
}

export class NotificationClient extends EventTarget {
  items = new Map(); // id -> Notification
  unread = 0;
  hasMore = false;
  loaded = false;
  loadError = null;

  #session;
  #userId;
  #loading = null;

  constructor({ connection, session }) {
    super();
    this.#session = session;
    this.#userId = session.user?.id ?? null;
    connection.addEventListener('message', (event) => this.#onMessage(event.detail));
    let connectedBefore = false;
    connection.addEventListener('statechange', () => {
      if (connection.state !== ConnectionState.Connected || !session.signedIn) return;
      // Whatever came while the socket was down.
      if (connectedBefore) this.load();
      connectedBefore = true;
    });
    session.addEventListener('change', () => {
      const now = session.user?.id ?? null;
      if (now === this.#userId) return;
      this.#userId = now;
      this.items.clear();
      this.unread = 0;
      this.loaded = false;
      this.#emit('change');
      if (session.signedIn) this.load();
    });
  }

  // Newest first.
  sorted() {
    return [...this.items.values()].sort((a, b) => b.id - a.id);
  }

  async load() {
    if (!this.#session.signedIn) return;
    if (this.#loading) return this.#loading;
    this.#loading = (async () => {
      const answer = await this.#session.api('GET', '/api/notifications?limit=20');
      if (!answer.ok) {
        this.loadError = answer.error;
      } else {
        this.loadError = null;
        this.loaded = true;
        this.unread = answer.body.unread ?? 0;
        this.hasMore = Boolean(answer.body.hasMore);
        for (const item of answer.body.notifications ?? []) this.items.set(item.id, item);
      }
      this.#emit('change');
    })().finally(() => {
      this.#loading = null;
    });
    return this.#loading;
  }

  async loadMore() {
    const ids = [...this.items.keys()];
    if (!ids.length) return this.load();
    const answer = await this.#session.api('GET', `/api/notifications?limit=20&before=${Math.min(...ids)}`);
    if (!answer.ok) return;
    this.hasMore = Boolean(answer.body.hasMore);
    for (const item of answer.body.notifications ?? []) this.items.set(item.id, item);
    this.#emit('change');
  }

  // ids: the notifications to mark read, or null for all of them.
  async markRead(ids = null) {
    const body = ids === null ? { all: true } : { ids };
    for (const item of this.items.values()) if (ids === null || ids.includes(item.id)) item.read = true;
    this.#emit('change');
    const answer = await this.#session.api('POST', '/api/notifications/read', { body });
    if (answer.ok) {
      this.unread = answer.body.unread ?? 0;
      this.#emit('change');
    }
    return answer;
  }

  #onMessage(message) {
    if (message.type !== ChatMessage.Notification && message.type !== ChatMessage.NotificationsRead) return;
    if (!isChatServerMessage(message)) return;
    if (message.type === ChatMessage.Notification) {
      const isNew = !this.items.has(message.notification.id);
      this.items.set(message.notification.id, message.notification);
      if (Number.isInteger(message.unread)) this.unread = message.unread;
      this.#emit('change');
      if (isNew) this.#emit('notification', message.notification);
      return;
    }
    // Another device marked some read: the list is stale, read it again.
    this.unread = message.unread;
    this.#emit('change');
    this.load();
  }

  #emit(name, detail = null) {
    this.dispatchEvent(new CustomEvent(name, { detail }));
  }
}

export function installNotifications({ connection, session }) {
  instance = new NotificationClient({ connection, session });
  if (session.signedIn) instance.load();
  return instance;
}
