// The chat panel beside every page: docked on the right of a wide screen, the whole screen on a
// phone, opened from the header. It lives outside the router's outlet, so it stays open with its
// conversation while the pages change; its state is also kept in sessionStorage for a reload.
//
// Two faces: the conversation list (unread counts from the server), and one conversation (history
// with infinite scroll back, typing, "Seen", invitation cards, the composer). Every user text goes
// in as text (dom.js h()), never as markup.
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { avatarImage } from '../people/avatar.js';
import { DEFAULT_CONFIG, MAPS, invite } from '../play/protocol.js';
import { ConnectionState } from '../realtime/connection.js';
import { errorText as playErrorText, mapName } from '../views/play.js';
import { invitationView, reportFormView, systemMessageView, textMessageView, userLink } from './message-views.js';
import { MAX_TEXT_CODE_POINTS, codePoints } from './protocol.js';
import { previewText, sendErrorText, shortTime } from './texts.js';

const STORAGE_KEY = 'transcendence.chat';
const GROUP_WITHIN_MS = 5 * 60 * 1000;
const NEAR_BOTTOM_PX = 80;

let instance = null;

export function chatPanel() {
  return instance;
}

function readState() {
  try {
    const state = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '{}');
    return { open: Boolean(state.open), conversationId: Number.isInteger(state.conversationId) ? state.conversationId : null };
  } catch {
    return { open: false, conversationId: null };
  }
}

function writeState(state) {
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(state));
  } catch {
    // storage refused: the state lasts for this page only
  }
}

// Puts `nodes` into `parent` in order, moving only what is out of place (a focused button in a
// message that stays keeps the focus).
function reconcile(parent, nodes) {
  let cursor = parent.firstChild;
  for (const node of nodes) {
    if (node === cursor) {
      cursor = cursor.nextSibling;
      continue;
    }
    parent.insertBefore(node, cursor);
  }
  while (cursor) {
    const next = cursor.nextSibling;
    cursor.remove();
    cursor = next;
  }
}

export class ChatPanel extends EventTarget {
  #chat;
  #connection;
  #session;
  #router;
  #announce;
  #state;
  #root;
  #title;
  #body;
  #backButton;
  #nodes = new Map(); // message key -> { signature, node }
  #view = null; // the conversation face's parts while shown
  #inviteOpenFor = null;
  #reportOpenFor = null;

  constructor({ chat, connection, session, router, announce }) {
    super();
    this.#chat = chat;
    this.#connection = connection;
    this.#session = session;
    this.#router = router;
    this.#announce = announce;
    this.#state = readState();
    this.#build();
    chat.addEventListener('conversations', () => this.#onConversations());
    chat.addEventListener('messages', (event) => {
      if (event.detail?.conversationId === this.#state.conversationId) this.#drawMessages();
    });
    chat.addEventListener('typing', (event) => {
      if (event.detail?.conversationId === this.#state.conversationId) this.#drawTyping();
    });
    chat.addEventListener('incoming', (event) => this.#onIncoming(event.detail.message));
    chat.addEventListener('reset', () => {
      this.#nodes.clear();
      if (!session.signedIn) this.close({ restoreFocus: false });
      else this.#draw();
    });
    connection.addEventListener('servererror', (event) => this.#onServerError(event.detail));
    connection.addEventListener('statechange', () => this.#drawComposerState());
    document.addEventListener('visibilitychange', () => this.#markReadIfSeen());
    // A match needs the whole page (and on a phone the panel would hide it): the panel steps
    // aside, keeping its conversation for when it is opened again.
    router.addEventListener('navigate', (event) => {
      if (this.#state.open && !event.detail.refresh && /^\/(play|live)\/[^/]+$/.test(event.detail.path)) this.close({ restoreFocus: false });
    });
    setInterval(() => this.#tick(), 5_000);
    if (this.#state.open && session.signedIn) this.open(this.#state.conversationId, { focus: false });
  }

  get isOpen() {
    return this.#state.open;
  }

  get conversationId() {
    return this.#state.conversationId;
  }

  toggle() {
    if (this.#state.open) this.close();
    else this.open(this.#state.conversationId);
  }

  // Opens the panel, on a conversation (its id) or on the list (null).
  async open(conversationId = null, { focus = true } = {}) {
    this.#state = { open: true, conversationId };
    writeState(this.#state);
    this.#root.hidden = false;
    document.body.classList.add('chat-open');
    this.#emitChange();
    if (conversationId !== null && !this.#chat.conversations.has(conversationId)) {
      const found = await this.#chat.ensureConversation(conversationId);
      if (!found) {
        this.#state.conversationId = null;
        writeState(this.#state);
      }
    }
    this.#draw();
    if (focus) this.#focusStart();
  }

  close({ restoreFocus = true } = {}) {
    this.#state = { ...this.#state, open: false };
    writeState(this.#state);
    this.#root.hidden = true;
    document.body.classList.remove('chat-open');
    this.#view = null;
    this.#emitChange();
    if (restoreFocus) document.querySelector('[data-testid="chat-toggle"]')?.focus();
  }

  // The DM with a player, created if needed. Resolves to an error text, or null.
  async openDirect(userId) {
    const result = await this.#chat.openDirect(userId);
    if (result.error) {
      return result.error.code === 'blocked' ? t('web.chat', 'You cannot message this player: one of you blocked the other.') : sendErrorText(result.error);
    }
    await this.open(result.conversation.id);
    return null;
  }

  #emitChange() {
    this.dispatchEvent(new Event('change'));
  }

  // ---- the frame ----

  #build() {
    this.#title = h('h2', { id: 'chat-panel-title', class: 'h5 mb-0 text-truncate flex-grow-1', tabindex: '-1' });
    this.#backButton = h('button', { type: 'button', class: 'btn btn-sm btn-outline-secondary', dataset: { testid: 'chat-back' } });
    this.#backButton.addEventListener('click', () => this.open(null));
    const closeButton = h('button', { type: 'button', class: 'btn-close', dataset: { testid: 'chat-close' } });
    closeButton.addEventListener('click', () => this.close());
    this.#body = h('div', { class: 'chat-panel-body' });
    this.#root = h(
      'aside',
      { id: 'chat-panel', class: 'chat-panel shadow', 'aria-labelledby': 'chat-panel-title', hidden: true, dataset: { testid: 'chat-panel' } },
      h('div', { class: 'chat-panel-head' }, this.#backButton, this.#title, closeButton),
      this.#body,
    );
    this.#root.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && !event.defaultPrevented) {
        event.preventDefault();
        this.close();
      }
    });
    // Links inside the panel (profiles) leave it open: on a phone, where it covers the page, the
    // page is what the player asked to see.
    this.#root.addEventListener('click', (event) => {
      if (event.target.closest('a[href^="/users/"]') && window.matchMedia('(max-width: 991.98px)').matches) this.close({ restoreFocus: false });
    });
    document.body.append(this.#root);
    this.#translateFrame();
    // Docked, the panel starts where the header ends (the header scrolls away with the page).
    let queued = false;
    const place = () => {
      queued = false;
      const bottom = document.getElementById('site-header')?.getBoundingClientRect().bottom ?? 0;
      this.#root.style.setProperty('--chat-panel-top', `${Math.max(0, Math.round(bottom))}px`);
    };
    const schedule = () => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(place);
    };
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    new ResizeObserver(schedule).observe(document.getElementById('site-header') ?? document.body);
    this.addEventListener('change', schedule);
  }

  #translateFrame() {
    this.#backButton.textContent = t('web.chat', 'All conversations');
    this.#root.querySelector('.btn-close').setAttribute('aria-label', t('web.chat', 'Close the chat'));
  }

  // The language changed: draw everything again.
  refresh() {
    this.#nodes.clear();
    this.#translateFrame();
    if (this.#state.open) this.#draw();
  }

  #focusStart() {
    const target = this.#view?.input && !this.#view.input.disabled ? this.#view.input : this.#title;
    target.focus();
  }

  #draw() {
    if (!this.#state.open) return;
    const conversation = this.#state.conversationId !== null ? this.#chat.conversations.get(this.#state.conversationId) : null;
    this.#backButton.hidden = !conversation;
    if (conversation) this.#drawConversation(conversation);
    else this.#drawList();
  }

  #onConversations() {
    if (!this.#state.open) return;
    if (this.#view && this.#view.conversationId === this.#state.conversationId) {
      this.#drawHeader();
      this.#drawComposerState();
      return;
    }
    if (this.#state.conversationId === null) this.#drawList();
  }

  // ---- the list ----

  #drawList() {
    this.#view = null;
    this.#title.textContent = t('web.chat', 'Chat');
    const chat = this.#chat;
    if (!chat.loaded) {
      this.#body.replaceChildren(h('p', { class: 'p-3 mb-0' }, chat.loadError ? t('web.chat', 'Your conversations could not be loaded.') : t('web.chat', 'Loading your conversations…')));
      if (!chat.loadError) chat.loadConversations();
      return;
    }
    const conversations = chat.sortedConversations();
    if (conversations.length === 0) {
      this.#body.replaceChildren(
        h('p', { class: 'p-3 mb-0' }, t('web.chat', 'No conversations yet. Open a player\'s profile and choose "Message" to write to them.')),
      );
      return;
    }
    const items = conversations.map((conversation) => {
      const unread = conversation.unread ?? 0;
      const picture =
        conversation.kind === 'direct' && conversation.peer
          ? avatarImage(conversation.peer, { size: 40 })
          : h('span', { class: 'chat-tournament-badge rounded-circle flex-shrink-0', 'aria-hidden': 'true' }, '🏆');
      const button = h(
        'button',
        { type: 'button', class: 'chat-conversation list-group-item list-group-item-action d-flex gap-2 align-items-center', dataset: { testid: 'chat-conversation', conversationId: String(conversation.id), kind: conversation.kind, unread: String(unread) } },
        picture,
        h(
          'span',
          { class: 'flex-grow-1 min-width-0' },
          h('span', { class: 'd-flex justify-content-between gap-2' }, h('span', { class: 'fw-semibold text-truncate' }, conversation.title ?? ''), conversation.lastMessage ? h('span', { class: 'small text-body-secondary flex-shrink-0' }, shortTime(conversation.lastMessage.sentAt)) : null),
          h('span', { class: 'd-block small text-body-secondary text-truncate' }, previewText(conversation.lastMessage, chat.userId)),
        ),
        unread > 0
          ? h('span', { class: 'badge rounded-pill text-bg-primary', dataset: { testid: 'chat-unread' } }, String(unread), h('span', { class: 'visually-hidden' }, ` ${t('web.chat', 'unread')}`))
          : null,
      );
      button.addEventListener('click', () => this.open(conversation.id));
      return h('li', {}, button);
    });
    this.#body.replaceChildren(h('ul', { class: 'list-group list-group-flush chat-conversations', 'aria-label': t('web.chat', 'Conversations') }, items));
  }

  // ---- one conversation ----

  #drawConversation(conversation) {
    const id = conversation.id;
    if (this.#view?.conversationId === id) {
      this.#drawHeader();
      this.#drawMessages();
      return;
    }
    this.#nodes.clear();
    this.#inviteOpenFor = null;
    this.#reportOpenFor = null;
    const header = h('div', { class: 'chat-conversation-head', dataset: { testid: 'chat-conversation-head' } });
    const banner = h('div', { class: 'alert alert-warning small m-2 mb-0', role: 'status', hidden: true, dataset: { testid: 'chat-muted' } });
    // No display utility class on it: Bootstrap's d-block would beat [hidden].
    const older = h('button', { type: 'button', class: 'btn btn-link btn-sm chat-older', dataset: { testid: 'chat-older' } }, t('web.chat', 'Show earlier messages'));
    const list = h('ol', { class: 'chat-messages list-unstyled mb-0', dataset: { testid: 'chat-messages' } });
    const history = h('div', { class: 'chat-history', tabindex: '0', role: 'region', 'aria-label': t('web.chat', 'Messages'), dataset: { testid: 'chat-history' } }, older, list);
    const typing = h('p', { class: 'chat-typing small text-body-secondary mb-0', dataset: { testid: 'chat-typing' } });
    const error = h('div', { class: 'chat-error small text-danger', role: 'alert', dataset: { testid: 'chat-error' } });
    const inputId = `chat-input-${id}`;
    const counterId = `chat-counter-${id}`;
    const input = h('textarea', {
      id: inputId,
      class: 'form-control chat-input',
      rows: '2',
      'aria-describedby': counterId,
      dataset: { testid: 'chat-input' },
    });
    const counter = h('span', { id: counterId, class: 'small text-body-secondary text-nowrap', dataset: { testid: 'chat-counter' } });
    const sendButton = h('button', { type: 'submit', class: 'btn btn-primary btn-sm', dataset: { testid: 'chat-send' } }, t('web.chat', 'Send'));
    const composer = h(
      'form',
      { class: 'chat-composer', novalidate: true, dataset: { testid: 'chat-composer' } },
      h('label', { class: 'visually-hidden', for: inputId }, t('web.chat', 'Your message')),
      input,
      h(
        'div',
        { class: 'd-flex align-items-center mt-1 gap-2' },
        h('span', { class: 'small text-body-secondary flex-grow-1' }, t('web.chat', 'Enter sends, Shift+Enter starts a new line.')),
        counter,
        sendButton,
      ),
    );
    this.#view = { conversationId: id, header, banner, older, list, history, typing, error, input, counter, sendButton, composer };
    this.#body.replaceChildren(header, banner, history, typing, error, composer);

    older.addEventListener('click', () => this.#loadOlder());
    history.addEventListener('scroll', () => {
      if (history.scrollTop < 60 && this.#chat.hasMoreHistory(id) && this.#chat.historyLoaded(id)) this.#loadOlder();
      if (this.#nearBottom()) this.#markReadIfSeen();
    });
    input.addEventListener('input', () => {
      this.#drawCounter();
      if (input.value.trim()) this.#chat.typing(id);
    });
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        composer.requestSubmit();
      }
    });
    composer.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#send();
    });

    this.#drawHeader();
    this.#drawCounter();
    this.#drawComposerState();
    this.#drawTyping();
    this.#drawMessages({ toBottom: true });
    if (!this.#chat.historyLoaded(id)) this.#loadOlder({ toBottom: true });
  }

  #drawHeader() {
    const view = this.#view;
    if (!view) return;
    const conversation = this.#chat.conversations.get(view.conversationId);
    if (!conversation) return;
    this.#title.textContent = conversation.title ?? '';
    const parts = [];
    if (conversation.kind === 'direct' && conversation.peer) {
      const peer = conversation.peer;
      parts.push(
        userLink(peer, [avatarImage(peer, { size: 32 }), h('span', { class: 'text-truncate' }, t('web.chat', 'Profile of %{name}', { name: peer.displayName }))], {
          class: 'd-flex align-items-center gap-2 min-width-0 link-body-emphasis',
          dataset: { testid: 'chat-peer' },
        }),
      );
      const inviteToggle = h(
        'button',
        { type: 'button', class: 'btn btn-sm btn-outline-primary flex-shrink-0', 'aria-expanded': String(this.#inviteOpenFor === view.conversationId), dataset: { testid: 'chat-invite' } },
        t('web.chat', 'Invite to a match'),
      );
      inviteToggle.addEventListener('click', () => {
        this.#inviteOpenFor = this.#inviteOpenFor === view.conversationId ? null : view.conversationId;
        this.#drawHeader();
        view.header.querySelector('select, input')?.focus();
      });
      parts.push(inviteToggle);
    } else if (conversation.tournamentId) {
      parts.push(h('a', { href: `/tournaments/${encodeURIComponent(conversation.tournamentId)}`, class: 'small', dataset: { testid: 'chat-tournament-link' } }, t('web.chat', 'Open the tournament')));
    }
    const row = h('div', { class: 'd-flex align-items-center justify-content-between gap-2' }, parts);
    view.header.replaceChildren(row);
    if (this.#inviteOpenFor === view.conversationId) view.header.append(this.#inviteForm(conversation));
    view.banner.hidden = !this.#chat.muted;
    view.banner.textContent = this.#chat.muted ? sendErrorText({ code: 'muted', until: this.#chat.mutedUntil }) : '';
  }

  #inviteForm(conversation) {
    const id = conversation.id;
    const map = h('select', { id: `chat-invite-map-${id}`, class: 'form-select form-select-sm' }, MAPS.map((name) => h('option', { value: name, selected: name === DEFAULT_CONFIG.map }, mapName(name))));
    const points = h('input', { id: `chat-invite-points-${id}`, class: 'form-control form-control-sm', type: 'number', min: '1', max: '50', step: '1', value: String(DEFAULT_CONFIG.scoreLimit) });
    const submit = h('button', { type: 'submit', class: 'btn btn-sm btn-primary', dataset: { testid: 'chat-invite-send' } }, t('web.chat', 'Send the invitation'));
    const form = h(
      'form',
      { class: 'chat-invite-form row g-2 align-items-end mt-1', novalidate: true, dataset: { testid: 'chat-invite-form' } },
      h('div', { class: 'col' }, h('label', { class: 'form-label small mb-0', for: map.id }, t('web.chat', 'Map')), map),
      h('div', { class: 'col' }, h('label', { class: 'form-label small mb-0', for: points.id }, t('web.chat', 'Points to win')), points),
      h('div', { class: 'col-auto' }, submit),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const scoreLimit = Number(points.value);
      if (!Number.isInteger(scoreLimit) || scoreLimit < 1 || scoreLimit > 50) {
        this.#showError(t('web.chat', 'Points to win: a whole number from 1 to 50.'));
        points.focus();
        return;
      }
      const config = { ...DEFAULT_CONFIG, powerUps: [], map: map.value, scoreLimit };
      if (this.#connection.state !== ConnectionState.Connected) {
        this.#showError(t('web.chat', 'Not connected to the server: the invitation cannot be sent now.'));
        return;
      }
      this.#connection.send({ ...invite(conversation.peer.id, config), conversationId: id });
      this.#inviteOpenFor = null;
      this.#showError('');
      this.#drawHeader();
      this.#announce(t('web.chat', 'Invitation sent.'));
      this.#view?.input.focus();
    });
    return form;
  }

  #onServerError(error) {
    if (!this.#view) return;
    if (['invite', 'inviteAnswer', 'inviteCancel'].includes(error.ref)) {
      // From a DM, "not friends" can only mean a block (the server lets DM partners invite).
      const blocked = error.code === 'blocked' || error.code === 'not_friends';
      this.#showError(blocked ? t('web.chat', 'You cannot invite this player: one of you blocked the other.') : playErrorText(error));
    } else if (['chatSend', 'chatRead', 'chatTyping', 'chatSync'].includes(error.ref)) {
      this.#showError(sendErrorText(error));
    }
  }

  #showError(text) {
    if (this.#view) this.#view.error.textContent = text;
  }

  #drawCounter() {
    const view = this.#view;
    const count = codePoints(view.input.value);
    view.counter.textContent = t('web.chat', '%{count} / %{max}', { count, max: MAX_TEXT_CODE_POINTS });
    const tooLong = count > MAX_TEXT_CODE_POINTS;
    view.counter.classList.toggle('text-danger', tooLong);
    view.counter.classList.toggle('text-body-secondary', !tooLong);
    view.input.setAttribute('aria-invalid', String(tooLong));
  }

  #drawComposerState() {
    const view = this.#view;
    if (!view) return;
    const muted = this.#chat.muted;
    view.input.disabled = muted;
    view.sendButton.disabled = muted;
    view.banner.hidden = !muted;
    view.banner.textContent = muted ? sendErrorText({ code: 'muted', until: this.#chat.mutedUntil }) : '';
  }

  #drawTyping() {
    const view = this.#view;
    if (!view) return;
    const people = this.#chat.typingIn(view.conversationId);
    view.typing.textContent =
      people.length === 0
        ? ''
        : people.length === 1
          ? t('web.chat', '%{name} is typing…', { name: people[0].displayName })
          : t('web.chat', '%{names} are typing…', { names: people.map((p) => p.displayName).join(', ') });
  }

  #send() {
    const view = this.#view;
    const text = view.input.value.trim();
    if (!text) {
      this.#showError(sendErrorText({ code: 'text_empty' }));
      return;
    }
    if (codePoints(text) > MAX_TEXT_CODE_POINTS) {
      this.#showError(sendErrorText({ code: 'text_too_long' }));
      return;
    }
    if (this.#chat.muted) {
      this.#showError(sendErrorText({ code: 'muted', until: this.#chat.mutedUntil }));
      return;
    }
    this.#showError('');
    this.#chat.send(view.conversationId, text);
    view.input.value = '';
    this.#drawCounter();
    this.#scrollToBottom();
  }

  async #loadOlder({ toBottom = false } = {}) {
    const view = this.#view;
    if (!view) return;
    const id = view.conversationId;
    view.older.disabled = true;
    const result = await this.#chat.loadOlder(id);
    if (this.#view !== view) return;
    view.older.disabled = false;
    if (result?.error) {
      this.#showError(t('web.chat', 'The history could not be loaded.'));
      return;
    }
    this.#drawMessages({ toBottom });
    // A first page shorter than the panel: fetch more, so the panel can scroll.
    if (this.#chat.hasMoreHistory(id) && view.history.scrollHeight <= view.history.clientHeight) this.#loadOlder({ toBottom });
  }

  #nearBottom() {
    const history = this.#view?.history;
    if (!history) return false;
    return history.scrollHeight - history.scrollTop - history.clientHeight < NEAR_BOTTOM_PX;
  }

  #scrollToBottom() {
    const history = this.#view?.history;
    if (history) history.scrollTop = history.scrollHeight;
  }

  #drawMessages({ toBottom = false } = {}) {
    const view = this.#view;
    if (!view || !this.#state.open) return;
    const id = view.conversationId;
    const conversation = this.#chat.conversations.get(id);
    const messages = this.#chat.messagesOf(id);
    const history = view.history;
    const wasNearBottom = this.#nearBottom();
    const firstBefore = view.list.firstChild;
    const fromBottom = history.scrollHeight - history.scrollTop;

    view.older.hidden = !this.#chat.hasMoreHistory(id) || !this.#chat.historyLoaded(id);
    const myId = this.#chat.userId;
    // "Seen" goes under my last message the peer has read.
    let seenId = null;
    if (conversation?.kind === 'direct') {
      for (const message of messages) {
        if (message.id !== null && message.sender?.id === myId && message.seq <= (conversation.peerReadSeq ?? 0)) seenId = message.id;
      }
    }
    const nodes = [];
    let previous = null;
    for (const message of messages) {
      const grouped =
        previous !== null &&
        message.kind === 'text' &&
        previous.kind === 'text' &&
        previous.sender?.id === message.sender?.id &&
        Date.parse(message.sentAt) - Date.parse(previous.sentAt) < GROUP_WITHIN_MS;
      nodes.push(this.#messageNode(message, { grouped, seen: message.id !== null && message.id === seenId }));
      previous = message;
    }
    if (messages.length === 0 && this.#chat.historyLoaded(id)) {
      nodes.push(h('li', { class: 'text-center small text-body-secondary p-3' }, t('web.chat', 'No messages yet. Say hello!')));
    }
    reconcile(view.list, nodes);

    if (toBottom || wasNearBottom) this.#scrollToBottom();
    else if (firstBefore && view.list.firstChild !== firstBefore) history.scrollTop = history.scrollHeight - fromBottom; // older ones came above
    this.#markReadIfSeen();
  }

  #messageKey(message) {
    return message.id !== null ? `m${message.id}` : `p${message.clientMessageId}`;
  }

  #messageNode(message, { grouped, seen }) {
    const key = this.#messageKey(message);
    const signature = JSON.stringify([message.seq, message.text, message.removed, message.invitation?.state, message.pending, grouped, seen, this.#reportOpen(message), message.sender?.displayName]);
    const cached = this.#nodes.get(key);
    if (cached && cached.signature === signature && cached.message === message) return cached.node;
    // An acknowledged send takes the place of its pending node.
    const node = message.kind === 'system' ? this.#systemNode(message) : message.kind === 'invitation' ? this.#invitationNode(message) : this.#textNode(message, { grouped, seen });
    this.#nodes.set(key, { signature, node, message });
    if (message.id !== null && message.clientMessageId) this.#nodes.delete(`p${message.clientMessageId}`);
    return node;
  }

  // A message not stored yet (pending or refused) has no id, and nothing to report: its null id
  // must not match "no report open".
  #reportOpen(message) {
    return message.id !== null && message.id !== undefined && this.#reportOpenFor === message.id;
  }

  #systemNode(message) {
    return systemMessageView(message);
  }

  #invitationNode(message) {
    return invitationView(message, { myId: this.#chat.userId, answer: (answer) => this.#answerInvitation(answer) });
  }

  #answerInvitation(message) {
    if (!this.#connection.send(message)) this.#showError(t('web.chat', 'Not connected to the server: try again in a moment.'));
  }

  #textNode(message, { grouped, seen }) {
    return textMessageView(message, {
      myId: this.#chat.userId,
      grouped,
      seen,
      reportOpen: this.#reportOpen(message),
      onRetry: () => this.#chat.retry(message.conversationId, message.clientMessageId),
      onDiscard: () => this.#chat.discard(message.conversationId, message.clientMessageId),
      onToggleReport: () => {
        this.#reportOpenFor = this.#reportOpenFor === message.id ? null : message.id;
        this.#drawMessages();
        this.#view?.list.querySelector('.chat-report-form select')?.focus();
      },
      reportForm: () =>
        reportFormView(message, {
          send: (reason, comment) => this.#chat.report(message.id, reason, comment),
          onClose: (thanks) => {
            this.#reportOpenFor = null;
            this.#drawMessages();
            if (thanks) this.#announce(thanks);
          },
        }),
    });
  }

  // Whatever the player can see is read: the panel open on the conversation, the tab visible,
  // the newest messages in view.
  #markReadIfSeen() {
    const view = this.#view;
    if (!view || !this.#state.open || document.visibilityState !== 'visible') return;
    if (!this.#nearBottom()) return;
    this.#chat.markRead(view.conversationId);
  }

  #onIncoming(message) {
    const conversation = this.#chat.conversations.get(message.conversationId);
    const name = message.sender?.displayName ?? conversation?.title ?? '';
    if (this.#state.open && this.#view?.conversationId === message.conversationId) {
      const text = message.kind === 'text' ? message.text.slice(0, 200) : previewText(message, this.#chat.userId);
      this.#announce(t('web.chat', '%{name}: %{text}', { name, text }));
    } else if (message.kind !== 'system') {
      this.#announce(t('web.chat', 'New message from %{name}.', { name }));
    }
  }

  // Typing lines fade even when no event comes.
  #tick() {
    this.#drawTyping();
  }
}

export function installChatPanel(options) {
  instance = new ChatPanel(options);
  return instance;
}
