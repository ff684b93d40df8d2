// Where you stand with another player, from your friends, requests and blocks
// (docs/api/openapi.yaml, /api/friends, /api/friends/requests, /api/blocks), and the actions that
// change it.
import { t } from '../i18n.js';
import { describeApiError } from '../components/form.js';

// Resolves to { state, requestId, presence } with state one of friend, incoming, outgoing,
// blocked, none; or { error } when something could not be read.
export async function loadRelationship(session, userId, signal) {
  const [friends, requests, blocks] = await Promise.all([
    session.api('GET', '/api/friends', { signal }),
    session.api('GET', '/api/friends/requests', { signal }),
    session.api('GET', '/api/blocks', { signal }),
  ]);
  const failed = [friends, requests, blocks].find((answer) => !answer.ok);
  if (failed) return { error: failed.error };
  if (blocks.body.blocks.some((b) => b.id === userId)) return { state: 'blocked' };
  const friend = friends.body.friends.find((f) => f.id === userId);
  if (friend) return { state: 'friend', presence: friend.presence };
  const incoming = requests.body.incoming.find((r) => r.user.id === userId);
  if (incoming) return { state: 'incoming', requestId: incoming.id };
  const outgoing = requests.body.outgoing.find((r) => r.user.id === userId);
  if (outgoing) return { state: 'outgoing', requestId: outgoing.id };
  return { state: 'none' };
}

// The API calls behind each button; each resolves to the API answer.
export const socialActions = {
  addFriend: (session, userId) => session.api('POST', '/api/friends/requests', { body: { userId } }),
  cancelRequest: (session, requestId) => session.api('DELETE', `/api/friends/requests/${requestId}`),
  accept: (session, requestId) => session.api('POST', `/api/friends/requests/${requestId}/accept`),
  decline: (session, requestId) => session.api('POST', `/api/friends/requests/${requestId}/decline`),
  removeFriend: (session, userId) => session.api('DELETE', `/api/friends/${userId}`),
  block: (session, userId) => session.api('POST', '/api/blocks', { body: { userId } }),
  unblock: (session, userId) => session.api('DELETE', `/api/blocks/${userId}`),
};

// The message for a refused social action.
export function describeSocialError(error) {
  if (error?.code === 'conflict') {
    switch (error.reason) {
      case 'already_friends':
        return t('web.friends', 'You are already friends.');
      case 'request_pending':
        return t('web.friends', 'A friend request is already waiting.');
      case 'blocked':
        return t('web.friends', 'A block between you stops friend requests.');
      case 'already_blocked':
        return t('web.friends', 'You already blocked this player.');
      default:
        break;
    }
  }
  if (error?.code === 'not_found') return t('web.friends', 'This is no longer possible: the page was out of date.');
  return describeApiError(error);
}
