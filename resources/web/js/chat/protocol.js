// The chat and notification messages of the WebSocket protocol as the web client speaks them. It
// mirrors common/protocol/ChatMessages.h and docs/chat.md ("WebSocket"), docs/protocol.md ("Chat"):
// change them together.

export const ChatMessage = Object.freeze({
  // client -> server
  Send: 'chatSend',
  Sync: 'chatSync',
  // both directions
  Typing: 'chatTyping',
  Read: 'chatRead',
  // server -> client
  Sent: 'chatSent',
  SendFailed: 'chatSendFailed',
  Message: 'chatMessage',
  MessageUpdated: 'chatMessageUpdated',
  Conversation: 'chatConversation',
  Messages: 'chatMessages',
  Notification: 'notification',
  NotificationsRead: 'notificationsRead',
});

// Refusal codes of a send (REST error code or chatSendFailed.code).
export const ChatError = Object.freeze({
  Blocked: 'blocked',
  Muted: 'muted',
  Banned: 'banned',
  NotMember: 'not_member',
  RateLimited: 'rate_limited',
  Flooding: 'flooding',
  TextEmpty: 'text_empty',
  TextTooLong: 'text_too_long',
  InvalidField: 'invalid_field',
  NotFound: 'not_found',
});

export const MAX_TEXT_CODE_POINTS = 2000;
// docs/chat.md: typing at most every 2 s, shown for 5 s.
export const TYPING_SEND_INTERVAL_MS = 2000;
export const TYPING_SHOWN_MS = 5000;
export const HISTORY_PAGE = 50;

// What the server counts: Unicode code points of the trimmed text.
export function codePoints(text) {
  let count = 0;
  // eslint-disable-next-line no-unused-vars
  for (const _ of text.trim()) count += 1;
  return count;
}

export const chatSend = (conversationId, text, clientMessageId) => ({ type: ChatMessage.Send, conversationId, text, clientMessageId });
export const chatTyping = (conversationId) => ({ type: ChatMessage.Typing, conversationId });
export const chatRead = (conversationId, seq) => ({ type: ChatMessage.Read, conversationId, seq });
export const chatSync = (conversations) => ({ type: ChatMessage.Sync, conversations });

const isId = (value) => Number.isInteger(value) && value > 0;
const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);
const isString = (value) => typeof value === 'string';

export function isChatMessageShape(m) {
  return isObject(m) && isId(m.id) && isId(m.conversationId) && Number.isInteger(m.seq) && isString(m.kind);
}

export function isConversationShape(c) {
  return isObject(c) && isId(c.id) && (c.kind === 'direct' || c.kind === 'tournament');
}

const VALIDATORS = {
  [ChatMessage.Sent]: (m) => isString(m.clientMessageId) && isChatMessageShape(m.message),
  [ChatMessage.SendFailed]: (m) => isString(m.clientMessageId) && isString(m.code),
  [ChatMessage.Message]: (m) => isChatMessageShape(m.message),
  [ChatMessage.MessageUpdated]: (m) => isChatMessageShape(m.message),
  [ChatMessage.Conversation]: (m) => isConversationShape(m.conversation),
  [ChatMessage.Typing]: (m) => isId(m.conversationId) && isObject(m.user) && isId(m.user.id),
  [ChatMessage.Read]: (m) => isId(m.conversationId) && isId(m.userId) && Number.isInteger(m.seq),
  [ChatMessage.Messages]: (m) => isId(m.conversationId) && Array.isArray(m.messages) && m.messages.every(isChatMessageShape),
  [ChatMessage.Notification]: (m) => isObject(m.notification) && isId(m.notification.id) && isString(m.notification.kind),
  [ChatMessage.NotificationsRead]: (m) => Number.isInteger(m.unread),
};

export const CHAT_TYPES = new Set(Object.keys(VALIDATORS));

// Whether a server -> client message of the chat feature is well formed (false for other types).
export function isChatServerMessage(message) {
  const valid = VALIDATORS[message?.type];
  return Boolean(valid && valid(message));
}
