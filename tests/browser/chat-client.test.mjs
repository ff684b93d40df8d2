// The SPA's chat state (resources/web/js/chat/chat-client.js) against a fake socket and a fake
// REST API, in node: the delivery rules of docs/chat.md — a send keeps its clientMessageId on every
// retry, is pending until acknowledged, is shown once however it comes back, a reconnect asks for
// what was missed after the last seq held, refusals keep their code, unread and "seen" follow the
// server's read markers.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ChatClient } from '../../resources/web/js/chat/chat-client.js';
import { ConnectionState } from '../../resources/web/js/realtime/connection.js';
import { codePoints } from '../../resources/web/js/chat/protocol.js';

const ME = { id: 7, displayName: 'Ann', avatarUrl: null };
const PEER = { id: 9, displayName: 'Ben', avatarUrl: null };

class FakeConnection extends EventTarget {
  state = ConnectionState.Connecting;
  sent = [];
  send(message) {
    if (this.state !== ConnectionState.Connected) return false;
    this.sent.push(message);
    return true;
  }
  setState(state) {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
  receive(message) {
    this.dispatchEvent(new CustomEvent('message', { detail: message }));
  }
}

class FakeSession extends EventTarget {
  user = ME;
  signedIn = true;
  calls = [];
  constructor(routes) {
    super();
    this.routes = routes;
  }
  async api(method, path, options = {}) {
    this.calls.push({ method, path, body: options.body });
    const answer = this.routes(method, path, options.body);
    return answer ?? { ok: false, status: 404, error: { code: 'not_found' } };
  }
}

const conversation = (extra = {}) => ({
  id: 1,
  kind: 'direct',
  title: 'Ben',
  peer: PEER,
  tournamentId: null,
  lastSeq: 2,
  readSeq: 2,
  peerReadSeq: 0,
  unread: 0,
  lastMessage: null,
  createdAt: '2026-12-01T10:00:00Z',
  ...extra,
});

const message = (seq, sender, extra = {}) => ({
  id: 100 + seq,
  conversationId: 1,
  seq,
  kind: 'text',
  text: `message ${seq}`,
  sender,
  sentAt: new Date(Date.UTC(2026, 11, 1, 10, seq)).toISOString(),
  clientMessageId: null,
  removed: null,
  system: null,
  invitation: null,
  ...extra,
});

async function setup({ history = [message(1, PEER), message(2, ME)], listed = () => [conversation()] } = {}) {
  const connection = new FakeConnection();
  const session = new FakeSession((method, path) => {
    if (method === 'GET' && path === '/api/chat/conversations') {
      return { ok: true, status: 200, body: { conversations: listed(), totalUnread: 0, mutedUntil: null } };
    }
    if (method === 'GET' && path.startsWith('/api/chat/conversations/1/messages?limit=')) {
      return { ok: true, status: 200, body: { messages: [...history].reverse(), hasMore: false } };
    }
    if (method === 'GET' && path.startsWith('/api/chat/conversations/1/messages?after=')) {
      return { ok: true, status: 200, body: { messages: [], hasMore: false } };
    }
    return null;
  });
  let n = 0;
  const chat = new ChatClient({ connection, session, uuid: () => `00000000-0000-4000-8000-00000000000${(n += 1)}`, later: () => {} });
  await chat.loadConversations();
  await chat.loadOlder(1);
  return { chat, connection, session };
}

const texts = (chat) => chat.messagesOf(1).map((m) => m.text);

describe('chat client', () => {
  it('counts code points the way the server does (trimmed)', () => {
    assert.equal(codePoints('  héllo  '), 5);
    assert.equal(codePoints('🏓🏓'), 2); // two code points, four UTF-16 units
  });

  it('keeps a send pending until acknowledged, sends it on connect, and shows it once', async () => {
    const { chat, connection } = await setup();
    const pending = chat.send(1, 'hello');
    assert.equal(connection.sent.length, 0, 'nothing goes out while disconnected');
    assert.deepEqual(texts(chat), ['message 1', 'message 2', 'hello']);
    assert.equal(chat.messagesOf(1).at(-1).pending.state, 'sending');

    connection.setState(ConnectionState.Connected);
    const sends = connection.sent.filter((m) => m.type === 'chatSend');
    assert.deepEqual(sends, [{ type: 'chatSend', conversationId: 1, text: 'hello', clientMessageId: pending.clientMessageId }]);

    const stored = message(3, ME, { text: 'hello', clientMessageId: pending.clientMessageId });
    connection.receive({ type: 'chatSent', clientMessageId: pending.clientMessageId, message: stored });
    // The same message pushed to this connection too: still once.
    connection.receive({ type: 'chatMessage', message: stored });
    assert.deepEqual(texts(chat), ['message 1', 'message 2', 'hello']);
    assert.equal(chat.messagesOf(1).at(-1).id, 103);
    assert.equal(chat.messagesOf(1).at(-1).pending, undefined);
  });

  it('after a reconnect asks for what it missed and sends unacknowledged messages again with the same id', async () => {
    const { chat, connection } = await setup();
    connection.setState(ConnectionState.Connected);
    const pending = chat.send(1, 'are you there?');
    connection.setState(ConnectionState.Reconnecting);
    connection.sent.length = 0;
    connection.setState(ConnectionState.Connected);
    assert.deepEqual(connection.sent[0], { type: 'chatSync', conversations: [{ id: 1, afterSeq: 2 }] });
    assert.deepEqual(connection.sent[1], { type: 'chatSend', conversationId: 1, text: 'are you there?', clientMessageId: pending.clientMessageId });

    // What was missed arrives in order, with a message already held among it: nothing twice.
    connection.receive({ type: 'chatMessages', conversationId: 1, messages: [message(2, ME), message(3, PEER), message(4, PEER)], complete: true });
    assert.deepEqual(texts(chat), ['message 1', 'message 2', 'message 3', 'message 4', 'are you there?']);
    assert.equal(chat.conversations.get(1).unread, 2);
  });

  it('catches up by REST when the server says the gap is too large', async () => {
    const { connection, session } = await setup();
    connection.setState(ConnectionState.Connected);
    connection.receive({ type: 'chatMessages', conversationId: 1, messages: [message(3, PEER)], complete: false });
    await new Promise((resolve) => setTimeout(resolve, 10));
    assert.ok(session.calls.some((c) => c.path === '/api/chat/conversations/1/messages?after=3&limit=100'));
  });

  it('keeps the refusal code and retry time, and tries again with the same id', async () => {
    const { chat, connection } = await setup();
    connection.setState(ConnectionState.Connected);
    const pending = chat.send(1, 'spam');
    connection.receive({ type: 'chatSendFailed', clientMessageId: pending.clientMessageId, code: 'rate_limited', message: 'slow down', retryAfterMs: 3200 });
    const failed = chat.messagesOf(1).at(-1);
    assert.equal(failed.pending.state, 'failed');
    assert.equal(failed.pending.error.code, 'rate_limited');
    assert.equal(failed.pending.error.retryAfterMs, 3200);
    connection.sent.length = 0;
    chat.retry(1, pending.clientMessageId);
    assert.equal(connection.sent[0].clientMessageId, pending.clientMessageId);

    const muted = chat.send(1, 'again');
    connection.receive({ type: 'chatSendFailed', clientMessageId: muted.clientMessageId, code: 'muted', message: 'muted', until: '2999-01-01T00:00:00Z' });
    assert.equal(chat.muted, true);
  });

  it('follows read markers: my unread from the server, the peer\'s for "seen"', async () => {
    const { chat, connection } = await setup();
    connection.setState(ConnectionState.Connected);
    connection.receive({ type: 'chatMessage', message: message(3, PEER) });
    assert.equal(chat.conversations.get(1).unread, 1);
    assert.equal(chat.totalUnread, 1);
    chat.markRead(1);
    assert.deepEqual(connection.sent.at(-1), { type: 'chatRead', conversationId: 1, seq: 3 });
    assert.equal(chat.totalUnread, 0);
    // Another device of mine read it too: the server's count wins.
    connection.receive({ type: 'chatRead', conversationId: 1, userId: ME.id, seq: 3, unread: 0 });
    connection.receive({ type: 'chatRead', conversationId: 1, userId: PEER.id, seq: 2 });
    assert.equal(chat.conversations.get(1).peerReadSeq, 2);
  });

  it('takes no stale count from the answer to an older read marker that comes late', async () => {
    const { chat, connection } = await setup();
    connection.setState(ConnectionState.Connected);
    for (const seq of [3, 4, 5]) connection.receive({ type: 'chatMessage', message: message(seq, PEER) });
    assert.equal(chat.conversations.get(1).unread, 3);
    chat.markRead(1);
    // The answers to two markers, the newer one first (two database workers).
    connection.receive({ type: 'chatRead', conversationId: 1, userId: ME.id, seq: 5, unread: 0 });
    connection.receive({ type: 'chatRead', conversationId: 1, userId: ME.id, seq: 3, unread: 2 });
    assert.equal(chat.conversations.get(1).unread, 0);
    assert.equal(chat.conversations.get(1).readSeq, 5);
    // Another device of mine read further: its count is taken.
    connection.receive({ type: 'chatMessage', message: message(6, PEER) });
    connection.receive({ type: 'chatRead', conversationId: 1, userId: ME.id, seq: 6, unread: 0 });
    assert.equal(chat.totalUnread, 0);
  });

  it('keeps what it read over a conversation list answered before its read marker', async () => {
    // A reconnect asks for the list beside the catch-up: the list may have been read on the
    // server before this page's chatRead was taken, and answer after it.
    let stale = null;
    const { chat, connection } = await setup({ listed: () => [stale ?? conversation()] });
    connection.setState(ConnectionState.Connected);
    connection.receive({ type: 'chatMessage', message: message(3, PEER) });
    assert.equal(chat.conversations.get(1).unread, 1);
    chat.markRead(1);
    stale = conversation({ lastSeq: 3, readSeq: 2, unread: 1, lastMessage: message(3, PEER) });
    await chat.loadConversations();
    assert.equal(chat.conversations.get(1).unread, 0, 'read here: nothing unread');
    assert.equal(chat.conversations.get(1).readSeq, 3, 'the marker never goes back');
    assert.equal(chat.totalUnread, 0);
    // A newer message the list knows of and this page does not is still unread (how many is the
    // list's count, which may include one read here: the next chatRead settles it).
    stale = conversation({ lastSeq: 4, readSeq: 2, unread: 2, lastMessage: message(4, PEER) });
    await chat.loadConversations();
    assert.ok(chat.conversations.get(1).unread > 0);
    assert.equal(chat.conversations.get(1).readSeq, 3);
  });

  it('does not count a message twice when its conversation came first', async () => {
    const { chat, connection } = await setup();
    connection.setState(ConnectionState.Connected);
    const card = { ...message(1, PEER), id: 500, conversationId: 2, kind: 'invitation', text: '' };
    connection.receive({ type: 'chatConversation', conversation: conversation({ id: 2, lastSeq: 1, readSeq: 0, unread: 1, lastMessage: card }) });
    connection.receive({ type: 'chatMessage', message: card });
    assert.equal(chat.conversations.get(2).unread, 1);
    connection.receive({ type: 'chatMessage', message: { ...message(2, PEER), id: 501, conversationId: 2 } });
    assert.equal(chat.conversations.get(2).unread, 2);
  });

  it('shows who types for a while, never myself', async () => {
    const { chat, connection } = await setup();
    connection.setState(ConnectionState.Connected);
    connection.receive({ type: 'chatTyping', conversationId: 1, user: PEER });
    connection.receive({ type: 'chatTyping', conversationId: 1, user: ME });
    assert.deepEqual(chat.typingIn(1).map((u) => u.id), [PEER.id]);
    // Typing is sent at most every 2 s.
    chat.typing(1);
    chat.typing(1);
    assert.equal(connection.sent.filter((m) => m.type === 'chatTyping').length, 1);
  });

  it('pages the history back with before= the oldest seq held, until the server says there is no more', async () => {
    const connection = new FakeConnection();
    const pages = [];
    const session = new FakeSession((method, path) => {
      if (path === '/api/chat/conversations') return { ok: true, status: 200, body: { conversations: [conversation({ lastSeq: 120 })], mutedUntil: null } };
      const before = /before=(\d+)/.exec(path);
      if (path.startsWith('/api/chat/conversations/1/messages?')) {
        pages.push(path);
        const top = before ? Number(before[1]) - 1 : 120;
        const seqs = Array.from({ length: Math.min(50, top) }, (_, i) => top - i);
        return { ok: true, status: 200, body: { messages: seqs.map((seq) => message(seq, PEER)), hasMore: seqs.at(-1) > 1 } };
      }
      return null;
    });
    const chat = new ChatClient({ connection, session, later: () => {} });
    await chat.loadConversations();
    await chat.loadOlder(1);
    await chat.loadOlder(1);
    assert.equal(chat.hasMoreHistory(1), true);
    await chat.loadOlder(1);
    assert.deepEqual(pages, ['/api/chat/conversations/1/messages?limit=50', '/api/chat/conversations/1/messages?before=71&limit=50', '/api/chat/conversations/1/messages?before=21&limit=50']);
    assert.equal(chat.hasMoreHistory(1), false);
    const seqs = chat.messagesOf(1).map((m) => m.seq);
    assert.equal(seqs.length, 120);
    assert.deepEqual(seqs.slice(0, 3), [1, 2, 3]);
  });

  it('ignores malformed pushes', async () => {
    const { chat, connection } = await setup();
    connection.setState(ConnectionState.Connected);
    connection.receive({ type: 'chatMessage', message: { id: 'x' } });
    connection.receive({ type: 'chatSent', message: message(5, ME) });
    assert.deepEqual(texts(chat), ['message 1', 'message 2']);
  });
});

describe('notification inbox', async () => {
  const { NotificationClient } = await import('../../resources/web/js/chat/notification-client.js');

  it('counts pushes, marks read one or all, and reloads when another device read some', async () => {
    const connection = new FakeConnection();
    const items = [{ id: 1, kind: 'friend_request', createdAt: '2026-12-01T10:00:00Z', read: false, actor: PEER, data: {}, link: '/friends' }];
    const session = new FakeSession((method, path, body) => {
      if (method === 'GET' && path.startsWith('/api/notifications')) return { ok: true, status: 200, body: { notifications: items, unread: 1, hasMore: false } };
      if (method === 'POST' && path === '/api/notifications/read') return { ok: true, status: 200, body: { unread: body.all ? 0 : 1 } };
      return null;
    });
    const inbox = new NotificationClient({ connection, session });
    await inbox.load();
    assert.equal(inbox.unread, 1);
    const arrived = [];
    inbox.addEventListener('notification', (event) => arrived.push(event.detail.id));
    const push = { id: 2, kind: 'invitation', createdAt: '2026-12-01T10:01:00Z', read: false, actor: PEER, data: {}, link: '/chat/1' };
    connection.receive({ type: 'notification', notification: push, unread: 2 });
    connection.receive({ type: 'notification', notification: push, unread: 2 });
    assert.deepEqual(arrived, [2], 'the same notification twice is one');
    assert.deepEqual(inbox.sorted().map((n) => n.id), [2, 1]);
    assert.equal(inbox.unread, 2);
    await inbox.markRead([2]);
    assert.deepEqual(session.calls.at(-1), { method: 'POST', path: '/api/notifications/read', body: { ids: [2] } });
    await inbox.markRead(null);
    assert.equal(inbox.unread, 0);
    assert.ok(inbox.sorted().every((n) => n.read));
    const loads = session.calls.filter((c) => c.method === 'GET').length;
    connection.receive({ type: 'notificationsRead', unread: 0 });
    assert.equal(session.calls.filter((c) => c.method === 'GET').length, loads + 1);
  });
});
