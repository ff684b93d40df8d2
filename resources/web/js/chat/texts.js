// The chat's and the inbox's words: refusals, system messages, notification lines, times. The
// server sends codes and arguments, never prose (docs/chat.md); every sentence is made here, in
// the reader's language.
import { getLanguage, t } from '../i18n.js';

function personName(value) {
  if (value === null || value === undefined) return '?';
  if (typeof value === 'string') return value;
  return value.displayName ?? value.label ?? value.name ?? '?';
}

function formatTime(iso, options) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(getLanguage(), options).format(date);
}

// "14:05" today, "3 Dec, 14:05" before.
export function shortTime(iso) {
  const date = new Date(iso);
  const today = new Date();
  const sameDay = date.toDateString() === today.toDateString();
  return formatTime(iso, sameDay ? { hour: '2-digit', minute: '2-digit' } : { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
}

// "14:05:30": an invitation's expiry, minutes away.
export function clockTime(iso) {
  return formatTime(iso, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
}

export function fullTime(iso) {
  return formatTime(iso, { dateStyle: 'full', timeStyle: 'short' });
}

// Why a send was refused (chatSendFailed, or a REST error of the same codes).
export function sendErrorText(error) {
  switch (error?.code) {
    case 'blocked':
      return t('web.chat', 'You cannot message this player: one of you blocked the other.');
    case 'muted':
      return error.until
        ? t('web.chat', 'You are muted until %{time}: you can read messages but not send them.', { time: fullTime(error.until) })
        : t('web.chat', 'You are muted: you can read messages but not send them.');
    case 'banned':
      return t('web.chat', 'Your account is suspended: you cannot send messages.');
    case 'not_member':
      return t('web.chat', 'You are not a member of this conversation any more.');
    case 'rate_limited':
      return t('web.chat', 'You are sending messages too fast. Try again in %{seconds} s.', {
        seconds: Math.max(1, Math.ceil((error.retryAfterMs ?? 1000) / 1000)),
      });
    case 'flooding':
      return t('web.chat', 'You sent the same message three times in a row. Write something else, or wait half a minute.');
    case 'text_empty':
      return t('web.chat', 'Write something before sending.');
    case 'text_too_long':
      return t('web.chat', 'A message has at most 2,000 characters.');
    case 'not_found':
      return t('web.chat', 'This conversation does not exist any more.');
    case 'unavailable':
      return t('web.chat', 'The server is busy for a moment. Try again.');
    case 'network_error':
      return t('web.chat', 'The server cannot be reached. Check your connection and try again.');
    default:
      return t('web.chat', 'The message could not be sent (%{code}).', { code: error?.code ?? '?' });
  }
}

// A message the server wrote (kind "system"), from its code and arguments.
export function systemText(message) {
  const code = message.system?.code;
  const args = message.system?.args ?? {};
  switch (code) {
    case 'tournament_pairing': {
      const players = Array.isArray(args.players) ? args.players.map(personName) : [args.a, args.b].filter(Boolean).map(personName);
      if (players.length >= 2) {
        return t('web.chat', 'Round %{round}: %{first} plays %{second}.', { round: args.round ?? '?', first: players[0], second: players[1] });
      }
      break;
    }
    case 'tournament_result': {
      const round = args.round ?? '?';
      if (!args.winner) return t('web.chat', 'Round %{round}: no winner.', { round });
      const names = { round, winner: personName(args.winner), loser: personName(args.loser) };
      if (args.result === 'walkover') return t('web.chat', 'Round %{round}: %{winner} wins by walkover against %{loser}.', names);
      if (args.result === 'forfeit') return t('web.chat', 'Round %{round}: %{winner} wins, %{loser} forfeited.', names);
      return t('web.chat', 'Round %{round}: %{winner} beat %{loser}.', names);
    }
    case 'tournament_over':
      if (args.winner) return t('web.chat', 'The tournament is over: %{winner} wins it!', { winner: personName(args.winner) });
      return t('web.chat', 'The tournament is over.');
    case 'tournament_started':
      return t('web.chat', 'The tournament has started.');
    default:
      break;
  }
  // A code this page does not know yet: the server's English text.
  return message.text || t('web.chat', 'A message from the server.');
}

export function invitationStateText(state) {
  switch (state) {
    case 'pending':
      return t('web.chat', 'Waiting for an answer');
    case 'accepted':
      return t('web.chat', 'Accepted');
    case 'declined':
      return t('web.chat', 'Declined');
    case 'expired':
      return t('web.chat', 'Expired');
    case 'cancelled':
      return t('web.chat', 'Cancelled');
    default:
      return t('web.chat', 'No longer available');
  }
}

// One line for the conversation list.
export function previewText(message, myId) {
  if (!message) return t('web.chat', 'No messages yet');
  if (message.removed === 'moderator') return t('web.chat', 'Removed by a moderator');
  if (message.removed) return t('web.chat', 'Deleted with its account');
  if (message.kind === 'system') return systemText(message);
  if (message.kind === 'invitation') return t('web.chat', 'Invitation to a match');
  if (message.sender?.id === myId) return t('web.chat', 'You: %{text}', { text: message.text });
  return message.text;
}

export function notificationText(notification) {
  const actor = personName(notification.actor);
  const data = notification.data ?? {};
  switch (notification.kind) {
    case 'friend_request':
      return t('web.notifications', '%{name} asks to be your friend.', { name: actor });
    case 'friend_accepted':
      return t('web.notifications', '%{name} accepted your friend request.', { name: actor });
    case 'invitation':
      return t('web.notifications', '%{name} invites you to a match.', { name: actor });
    case 'tournament_match':
      return data.opponent
        ? t('web.notifications', 'Your tournament match against %{name} is ready.', { name: personName(data.opponent) })
        : t('web.notifications', 'Your tournament match is ready.');
    case 'tournament_notice':
      switch (data.code) {
        case 'started':
        case 'tournament_started':
          return t('web.notifications', 'A tournament you joined has started.');
        case 'over':
        case 'tournament_over':
          return t('web.notifications', 'A tournament you played is over.');
        case 'cancelled':
        case 'tournament_cancelled':
          return t('web.notifications', 'A tournament you joined was cancelled.');
        default:
          return t('web.notifications', 'News from a tournament you joined.');
      }
    case 'moderation':
      switch (data.action) {
        case 'muted':
          return data.until
            ? t('web.notifications', 'A moderator muted you in the chat until %{time}.', { time: fullTime(data.until) })
            : t('web.notifications', 'A moderator muted you in the chat.');
        case 'unmuted':
          return t('web.notifications', 'A moderator lifted your mute: you can write again.');
        case 'message_removed':
          return t('web.notifications', 'A moderator removed one of your messages.');
        default:
          return t('web.notifications', 'A notice from the moderators.');
      }
    default:
      return t('web.notifications', 'Something new happened.');
  }
}
