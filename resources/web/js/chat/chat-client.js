// The page's chat state, above the views and the panel: conversations with their server-computed
// unread counts, the messages held per conversation, sends waiting for their acknowledgement, who
// is typing. It follows the chat messages of the one WebSocket and the REST API of docs/chat.md.
// No DOM here (tests/browser/chat-client.test.mjs drives it in node with a fake socket).
//
// Delivery (docs/chat.md, "Guarantees"): each send gets a clientMessageId once and keeps it on
// every retry; a send is "sending" until chatSent (or a chatMessage carrying our id) arrives, and
// is sent again with the same id after a reconnect. Messages are held by id, so the same message
// arriving by chatSent, chatMessage, chatSync or REST is shown once. After a reconnect, chatSync
// asks for what was missed after the last seq held per conversation.
//
// Events: "conversations" (the list, an unread count or the mute changed), "messages" (detail:
// { conversationId }), "typing" ({ conversationId }), "incoming" (a message from someone else:
// { message }), "reset" (another account: every view starts over).
import { ConnectionState } from '../realtime/connection.js';
import { CHAT_TYPES, ChatMessage, HISTORY_PAGE, TYPING_SEND_INTERVAL_MS, TYPING_SHOWN_MS, chatRead, chatSend, chatSync, chatTyping, isChatServerMessage } from './protocol.js';

let instance = null;

export function chatClient() {
  return instance;
}

function newThread() {
  return { byId: new Map(), pending: new Map(), hasMore: true, loadedOnce: false, loading: null };
}

export class ChatClient extends EventTarget {
  conversations = new Map(); // id -> Conversation (docs/chat.md shapes), kept current
  mutedUntil = null; // ISO time while the account is muted
  loaded = false; // the conversation list came at least once
  loadError = null;

  #connection;
  #session;
  #now;
  #uuid;
  #threads = new Map(); // conversationId -> { byId, pending, hasMore, loadedOnce, loading }
  #typing = new Map(); // conversationId -> Map userId -> { user, until }
  #typingSentAt = new Map(); // conversationId -> time of our last chatTyping
  #unsentReads = new Map(); // conversationId -> seq read while the socket was down
  #connectedBefore = false;
  #userId = null;
  #listLoading = null;
  #later;

  constructor({ connection, session, now = () => Date.now(), uuid = () => crypto.randomUUID(), later = (f, ms) => setTimeout(f, ms) }) {
    super();
    this.#later = later;
    this.#connection = connection;
    this.#session = session;
    this.#now = now;
    this.#uuid = uuid;
    this.#userId = session.user?.id ?? null;
    connection.addEventListener('message', (event) => this.#onMessage(event.detail));
    connection.addEventListener('statechange', () => {
      if (connection.state === ConnectionState.Connected) this.#onConnected();
    });
    session.addEventListener('change', () => {
      const now = session.user?.id ?? null;
      if (now === this.#userId) return;
      this.#userId = now;
      this.#reset();
    });
  }

  get userId() {
    return this.#session.user?.id ?? null;
  }

  get signedIn() {
    return Boolean(this.#session.signedIn);
  }

  get totalUnread() {
    let total = 0;
    for (const conversation of this.conversations.values()) total += conversation.unread ?? 0;
    return total;
  }

  get muted() {
    return this.mutedUntil !== null && Date.parse(this.mutedUntil) > this.#now();
  }

  // Conversations, most recent activity first.
  sortedConversations() {
    const activity = (c) => Date.parse(c.lastMessage?.sentAt ?? c.createdAt ?? 0) || 0;
    return [...this.conversations.values()].sort((a, b) => activity(b) - activity(a) || b.id - a.id);
  }

  // The held messages of a conversation by seq, then our sends not yet acknowledged (each with
  // pending: { state: 'sending' | 'failed', error }).
  messagesOf(conversationId) {
    const thread = this.#threads.get(conversationId);
    if (!thread) return [];
    const confirmed = [...thread.byId.values()].sort((a, b) => a.seq - b.seq);
    return [...confirmed, ...thread.pending.values()];
  }

  hasMoreHistory(conversationId) {
    return this.#threads.get(conversationId)?.hasMore ?? true;
  }

  historyLoaded(conversationId) {
    return this.#threads.get(conversationId)?.loadedOnce ?? false;
  }

  typingIn(conversationId) {
    const now = this.#now();
    return [...(this.#typing.get(conversationId)?.values() ?? [])].filter((entry) => entry.until > now).map((entry) => entry.user);
  }

  // ---- REST ----

  async loadConversations() {
    if (!this.signedIn) return;
    if (this.#listLoading) return this.#listLoading;
    this.#listLoading = (async () => {
      const answer = await this.#session.api('GET', '/api/chat/conversations');
      if (!answer.ok) {
        this.loadError = answer.error;
      } else {
        this.loadError = null;
        this.loaded = true;
        this.mutedUntil = answer.body.mutedUntil ?? null;
        for (const conversation of answer.body.conversations ?? []) this.#upsertConversation(conversation);
      }
      this.#emit('conversations');
    })().finally(() => {
      this.#listLoading = null;
    });
    return this.#listLoading;
  }

  // The DM with a player (created once on the server). Resolves to { conversation } or { error }.
  async openDirect(userId) {
    const answer = await this.#session.api('POST', `/api/chat/direct/${encodeURIComponent(userId)}`);
    if (!answer.ok) return { error: answer.error };
    const conversation = this.#upsertConversation(answer.body.conversation);
    this.#emit('conversations');
    return { conversation };
  }

  // A conversation this page does not know yet (a link, a stored panel state, a new message).
  async ensureConversation(id) {
    if (this.conversations.has(id)) return this.conversations.get(id);
    const answer = await this.#session.api('GET', `/api/chat/conversations/${encodeURIComponent(id)}`);
    if (!answer.ok) return null;
    const conversation = this.#upsertConversation(answer.body.conversation);
    this.#emit('conversations');
    return conversation;
  }

  // One page of older history (the newest page the first time). Resolves to { added } or { error }.
  async loadOlder(conversationId) {
    const thread = this.#thread(conversationId);
    if (thread.loading) return thread.loading;
    thread.loading = (async () => {
      const held = [...thread.byId.values()].map((m) => m.seq);
      const oldest = thread.loadedOnce && held.length ? Math.min(...held) : null;
      const query = oldest === null ? `limit=${HISTORY_PAGE}` : `before=${oldest}&limit=${HISTORY_PAGE}`;
      const answer = await this.#session.api('GET', `/api/chat/conversations/${conversationId}/messages?${query}`);
      if (!answer.ok) return { error: answer.error };
      const messages = answer.body.messages ?? [];
      let added = 0;
      for (const message of messages) if (this.#hold(message)) added += 1;
      thread.hasMore = Boolean(answer.body.hasMore);
      thread.loadedOnce = true;
      this.#emit('messages', { conversationId });
      return { added };
    })().finally(() => {
      thread.loading = null;
    });
    return thread.loading;
  }

  // Catch-up by REST when chatSync said more than 200 were missed.
  async #loadAfter(conversationId) {
    for (let guard = 0; guard < 100; guard += 1) {
      const after = this.#highestSeq(conversationId);
      const answer = await this.#session.api('GET', `/api/chat/conversations/${conversationId}/messages?after=${after}&limit=100`);
      if (!answer.ok) return;
      const messages = answer.body.messages ?? [];
      for (const message of messages) this.#receive(message, { quiet: true });
      this.#emit('messages', { conversationId });
      if (!answer.body.hasMore || messages.length === 0) return;
    }
  }

  async report(messageId, reason, comment) {
    const body = { reason };
    if (comment) body.comment = comment;
    return this.#session.api('POST', `/api/chat/messages/${encodeURIComponent(messageId)}/report`, { body });
  }

  // ---- sending ----

  // Returns the pending message; it is sent now when connected, otherwise after the reconnect.
  send(conversationId, text) {
    const thread = this.#thread(conversationId);
    const clientMessageId = this.#uuid();
    const me = this.#session.user;
    const pending = {
      id: null,
      conversationId,
      seq: null,
      kind: 'text',
      text,
      sender: me ? { id: me.id, displayName: me.displayName, avatarUrl: me.avatarUrl ?? null } : null,
      sentAt: new Date(this.#now()).toISOString(),
      clientMessageId,
      removed: null,
      system: null,
      invitation: null,
      pending: { state: 'sending', error: null },
    };
    thread.pending.set(clientMessageId, pending);
    this.#typingSentAt.delete(conversationId);
    this.#transmit(pending);
    this.#emit('messages', { conversationId });
    return pending;
  }

  // A refused send, tried again with the same clientMessageId.
  retry(conversationId, clientMessageId) {
    const pending = this.#threads.get(conversationId)?.pending.get(clientMessageId);
    if (!pending) return;
    pending.pending = { state: 'sending', error: null };
    this.#transmit(pending);
    this.#emit('messages', { conversationId });
  }

  discard(conversationId, clientMessageId) {
    this.#threads.get(conversationId)?.pending.delete(clientMessageId);
    this.#emit('messages', { conversationId });
  }

  #transmit(pending) {
    this.#connection.send(chatSend(pending.conversationId, pending.text, pending.clientMessageId));
  }

  // Called on input in the composer: at most one chatTyping every 2 s.
  typing(conversationId) {
    const last = this.#typingSentAt.get(conversationId) ?? -Infinity;
    if (this.#now() - last < TYPING_SEND_INTERVAL_MS) return;
    if (this.#connection.send(chatTyping(conversationId))) this.#typingSentAt.set(conversationId, this.#now());
  }

  // Everything shown is read: moves our marker to the newest held seq (never back).
  markRead(conversationId) {
    const conversation = this.conversations.get(conversationId);
    if (!conversation) return;
    const newest = Math.max(conversation.lastSeq ?? 0, this.#highestSeq(conversationId));
    if (newest <= (conversation.readSeq ?? 0) && !conversation.unread) return;
    conversation.readSeq = Math.max(conversation.readSeq ?? 0, newest);
    conversation.unread = 0;
    // Without the socket, the marker goes with the next connection.
    if (!this.#connection.send(chatRead(conversationId, newest))) this.#unsentReads.set(conversationId, newest);
    this.#emit('conversations');
  }

  // ---- the socket ----

  #onConnected() {
    if (!this.signedIn) return;
    const reconnect = this.#connectedBefore;
    this.#connectedBefore = true;
    if (reconnect) {
      // What was missed, per conversation, after the last seq held here.
      const conversations = [...this.conversations.values()].map((c) => ({ id: c.id, afterSeq: Math.max(this.#highestSeq(c.id), c.lastSeq ?? 0) }));
      if (conversations.length) this.#connection.send(chatSync(conversations));
    }
    for (const [conversationId, seq] of this.#unsentReads) this.#connection.send(chatRead(conversationId, seq));
    this.#unsentReads.clear();
    // Sends never acknowledged go again, with the same ids (the server stores each once).
    for (const thread of this.#threads.values()) {
      for (const pending of thread.pending.values()) if (pending.pending.state === 'sending') this.#transmit(pending);
    }
    // New conversations and unread counts from while we were away.
    this.loadConversations();
  }

  #onMessage(message) {
    if (!CHAT_TYPES.has(message.type) || !isChatServerMessage(message)) return;
    switch (message.type) {
      case ChatMessage.Sent:
        this.#receive(message.message, { quiet: true, clientMessageId: message.clientMessageId });
        return;
      case ChatMessage.SendFailed:
        this.#sendFailed(message);
        return;
      case ChatMessage.Message:
        this.#receive(message.message, { quiet: false });
        return;
      case ChatMessage.MessageUpdated:
        this.#updated(message.message);
        return;
      case ChatMessage.Messages:
        for (const m of message.messages) this.#receive(m, { quiet: true, noGapCheck: true });
        if (message.complete === false) this.#loadAfter(message.conversationId);
        this.#emit('messages', { conversationId: message.conversationId });
        this.#emit('conversations');
        return;
      case ChatMessage.Conversation:
        this.#upsertConversation(message.conversation);
        this.#emit('conversations');
        return;
      case ChatMessage.Typing:
        this.#typingOf(message);
        return;
      case ChatMessage.Read:
        this.#readOf(message);
        return;
      default:
    }
  }

  #sendFailed(message) {
    for (const thread of this.#threads.values()) {
      const pending = thread.pending.get(message.clientMessageId);
      if (!pending) continue;
      pending.pending = {
        state: 'failed',
        error: { code: message.code, message: message.message ?? '', retryAfterMs: message.retryAfterMs ?? null, until: message.until ?? null },
      };
      if (message.code === 'muted' && message.until) {
        this.mutedUntil = message.until;
        this.#emit('conversations');
      }
      this.#emit('messages', { conversationId: pending.conversationId });
      return;
    }
  }

  // A message from the server, however it came. Returns whether it was new.
  #receive(message, { quiet, clientMessageId = null, noGapCheck = false }) {
    const conversationId = message.conversationId;
    const thread = this.#thread(conversationId);
    // Our own send, acknowledged here or seen from another path: no longer pending.
    const ours = clientMessageId ?? (message.sender?.id === this.userId ? message.clientMessageId : null);
    if (ours) thread.pending.delete(ours);
    const conversation = this.conversations.get(conversationId);
    if (!conversation) {
      // A conversation we did not know (created elsewhere): fetch it, with its counts.
      const isNew = this.#hold(message);
      this.ensureConversation(conversationId).then(() => this.#emit('messages', { conversationId }));
      if (isNew && !quiet && message.sender?.id !== this.userId) this.#emit('incoming', { message });
      return isNew;
    }
    const previousHighest = this.#highestSeq(conversationId);
    const isNew = this.#hold(message);
    if (isNew) {
      // A message the server's view of the conversation already counted (chatConversation came
      // first, or the list was read after it) is not counted again.
      const counted = message.seq <= (conversation.lastSeq ?? 0);
      if (!counted) {
        conversation.lastSeq = message.seq;
        conversation.lastMessage = message;
      }
      const mine = message.sender?.id === this.userId;
      if (!mine && !counted && message.seq > (conversation.readSeq ?? 0)) conversation.unread = (conversation.unread ?? 0) + 1;
      if (mine && message.seq > (conversation.readSeq ?? 0)) conversation.readSeq = message.seq;
      // Someone who writes has stopped typing.
      if (message.sender && this.#typing.get(conversationId)?.delete(message.sender.id)) this.#emit('typing', { conversationId });
      // A hole before this message (a lost push): ask for it.
      if (!noGapCheck && thread.loadedOnce && previousHighest > 0 && message.seq > previousHighest + 1) {
        this.#connection.send(chatSync([{ id: conversationId, afterSeq: previousHighest }]));
      }
    }
    this.#emit('messages', { conversationId });
    this.#emit('conversations');
    if (isNew && !quiet && message.sender?.id !== this.userId) this.#emit('incoming', { message });
    return isNew;
  }

  #updated(message) {
    const thread = this.#thread(message.conversationId);
    if (thread.byId.has(message.id) || thread.loadedOnce) thread.byId.set(message.id, message);
    const conversation = this.conversations.get(message.conversationId);
    if (conversation?.lastMessage?.id === message.id) conversation.lastMessage = message;
    this.#emit('messages', { conversationId: message.conversationId });
    this.#emit('conversations');
  }

  #typingOf(message) {
    if (message.user.id === this.userId) return;
    let people = this.#typing.get(message.conversationId);
    if (!people) {
      people = new Map();
      this.#typing.set(message.conversationId, people);
    }
    people.set(message.user.id, { user: message.user, until: this.#now() + TYPING_SHOWN_MS });
    this.#emit('typing', { conversationId: message.conversationId });
    this.#later(() => this.#emit('typing', { conversationId: message.conversationId }), TYPING_SHOWN_MS + 50);
  }

  #readOf(message) {
    const conversation = this.conversations.get(message.conversationId);
    if (!conversation) return;
    if (message.userId === this.userId) {
      // The server answers each marker as its worker finishes: an older marker's answer may come
      // after a newer one's, and its count is stale then. Only a marker at or past ours counts.
      if (Number.isInteger(message.unread) && message.seq >= (conversation.readSeq ?? 0)) conversation.unread = message.unread;
      conversation.readSeq = Math.max(conversation.readSeq ?? 0, message.seq);
      this.#emit('conversations');
    } else {
      conversation.peerReadSeq = Math.max(conversation.peerReadSeq ?? 0, message.seq);
    }
    this.#emit('messages', { conversationId: message.conversationId });
  }

  // ---- state ----

  #thread(conversationId) {
    let thread = this.#threads.get(conversationId);
    if (!thread) {
      thread = newThread();
      this.#threads.set(conversationId, thread);
    }
    return thread;
  }

  #hold(message) {
    const thread = this.#thread(message.conversationId);
    const isNew = !thread.byId.has(message.id);
    thread.byId.set(message.id, message);
    return isNew;
  }

  #highestSeq(conversationId) {
    let highest = 0;
    for (const message of this.#threads.get(conversationId)?.byId.values() ?? []) highest = Math.max(highest, message.seq);
    return highest;
  }

  #upsertConversation(conversation) {
    const known = this.conversations.get(conversation.id);
    const merged = known ? { ...known, ...conversation } : { ...conversation };
    if (known) {
      // The newest of what we hold and what the server said (a push may have been faster).
      merged.lastSeq = Math.max(known.lastSeq ?? 0, conversation.lastSeq ?? 0);
      if ((known.lastSeq ?? 0) > (conversation.lastSeq ?? 0)) merged.lastMessage = known.lastMessage;
      merged.peerReadSeq = Math.max(known.peerReadSeq ?? 0, conversation.peerReadSeq ?? 0);
      // Our read marker never goes back: a list answered before a markRead the server has since
      // taken (a reconnect asks for it beside the catch-up) must not bring the unread count back.
      // A conversation read up to its last message has nothing unread.
      merged.readSeq = Math.max(known.readSeq ?? 0, conversation.readSeq ?? 0);
      if ((known.readSeq ?? 0) > (conversation.readSeq ?? 0) && merged.readSeq >= merged.lastSeq) merged.unread = 0;
    }
    this.conversations.set(conversation.id, merged);
    if (conversation.lastMessage && this.#threads.get(conversation.id)?.loadedOnce) this.#hold(conversation.lastMessage);
    return merged;
  }

  #reset() {
    this.conversations.clear();
    this.#threads.clear();
    this.#typing.clear();
    this.#typingSentAt.clear();
    this.#unsentReads.clear();
    this.mutedUntil = null;
    this.loaded = false;
    this.#connectedBefore = false;
    this.#emit('reset');
    this.#emit('conversations');
    if (this.signedIn) this.loadConversations();
  }

  #emit(name, detail = null) {
    this.dispatchEvent(new CustomEvent(name, { detail }));
  }
}

export function installChat({ connection, session }) {
  instance = new ChatClient({ connection, session });
  if (session.signedIn) instance.loadConversations();
  return instance;
}
