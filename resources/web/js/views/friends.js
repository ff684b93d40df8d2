// /friends: your friends with their live presence, the friend requests you received and sent, and
// the players you blocked. Presence changes arrive as "presence" WebSocket messages; the whole
// picture is read again on every (re)connection, as docs/protocol.md asks.
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { isAbort } from '../api/http.js';
import { describeApiError } from '../components/form.js';
import { ConnectionState } from '../realtime/connection.js';
import { avatarImage } from '../people/avatar.js';
import { onPresence, presenceBadge, presenceLabel } from '../people/presence.js';
import { describeSocialError, socialActions } from '../people/social.js';

function personLine(user, ...extra) {
  return h(
    'div',
    { class: 'd-flex align-items-center gap-3 flex-grow-1 min-w-0' },
    avatarImage(user, { size: 40 }),
    h(
      'div',
      { class: 'min-w-0' },
      h('a', { href: `/users/${user.id}`, class: 'fw-semibold text-break', dataset: { testid: 'person-name' } }, user.displayName),
      h('div', { class: 'small text-body-secondary text-break' }, `@${user.username}`),
    ),
    extra,
  );
}

function section(id, title, list, empty) {
  return h(
    'section',
    { class: 'mb-4', 'aria-labelledby': `${id}-heading`, dataset: { testid: id } },
    h('h2', { id: `${id}-heading`, class: 'h4', tabindex: '-1' }, title),
    list,
    empty,
  );
}

export const friendsView = {
  id: 'friends',
  requiresSignIn: true,
  title: () => t('web.friends', 'Friends'),

  render(root, { session, announce, signal, connection }) {
    const status = h('p', { role: 'status' }, t('web.friends', 'Loading your friends…'));
    const problem = h('p', { class: 'text-danger', role: 'alert' });
    const friendsList = h('ul', { class: 'list-group' });
    const incomingList = h('ul', { class: 'list-group' });
    const outgoingList = h('ul', { class: 'list-group' });
    const blockedList = h('ul', { class: 'list-group' });
    const empties = {
      friends: h('p', { class: 'text-body-secondary d-none' }, t('web.friends', 'No friends yet. Find players on the Players page and ask them.')),
      incoming: h('p', { class: 'text-body-secondary d-none' }, t('web.friends', 'No requests waiting for you.')),
      outgoing: h('p', { class: 'text-body-secondary d-none' }, t('web.friends', 'No requests waiting for an answer.')),
      blocked: h('p', { class: 'text-body-secondary d-none' }, t('web.friends', 'You have blocked nobody.')),
    };
    // userId -> { name, status, badgeHost }
    const presence = new Map();

    const actionButton = (label, variant, testid, run, success) => {
      const b = h('button', { type: 'button', class: `btn btn-${variant} btn-sm`, dataset: { testid } }, label);
      b.addEventListener('click', async () => {
        b.disabled = true;
        problem.textContent = '';
        const answer = await run();
        if (signal.aborted) return;
        if (answer.ok) announce(success);
        else problem.textContent = describeSocialError(answer.error);
        await load();
        // The row is gone; keep the keyboard near where it was.
        document.getElementById('friends-heading')?.focus();
      }, { signal });
      return b;
    };
    const actions = (...buttons) => h('div', { class: 'd-flex flex-wrap gap-2' }, buttons);

    const fill = (list, empty, items) => {
      list.replaceChildren(...items);
      list.classList.toggle('d-none', items.length === 0);
      empty.classList.toggle('d-none', items.length > 0);
    };

    const load = async () => {
      let answers;
      try {
        answers = await Promise.all([
          session.api('GET', '/api/friends', { signal }),
          session.api('GET', '/api/friends/requests', { signal }),
          session.api('GET', '/api/blocks', { signal }),
        ]);
      } catch (e) {
        if (isAbort(e)) return;
        throw e;
      }
      const failed = answers.find((a) => !a.ok);
      if (failed) {
        status.textContent = describeApiError(failed.error);
        return;
      }
      const [friends, requests, blocks] = answers.map((a) => a.body);
      status.textContent = '';
      presence.clear();
      fill(
        friendsList,
        empties.friends,
        friends.friends.map((friend) => {
          const badgeHost = h('span', {}, presenceBadge(friend.presence));
          presence.set(friend.id, { name: friend.displayName, status: friend.presence, badgeHost });
          const name = friend.displayName;
          return h(
            'li',
            { class: 'list-group-item d-flex flex-wrap align-items-center gap-2', dataset: { testid: 'friend', userId: friend.id } },
            personLine(friend, badgeHost),
            actions(
              actionButton(t('web.friends', 'Remove'), 'outline-secondary', 'remove-friend', () => socialActions.removeFriend(session, friend.id),
                t('web.friends', '%{name} is no longer your friend.', { name })),
            ),
          );
        }),
      );
      fill(
        incomingList,
        empties.incoming,
        requests.incoming.map((request) => {
          const name = request.user.displayName;
          return h(
            'li',
            { class: 'list-group-item d-flex flex-wrap align-items-center gap-2', dataset: { testid: 'incoming-request', userId: request.user.id } },
            personLine(request.user),
            actions(
              actionButton(t('web.friends', 'Accept'), 'success', 'accept', () => socialActions.accept(session, request.id),
                t('web.friends', 'You and %{name} are now friends.', { name })),
              actionButton(t('web.friends', 'Decline'), 'outline-secondary', 'decline', () => socialActions.decline(session, request.id),
                t('web.friends', 'You declined the request of %{name}.', { name })),
            ),
          );
        }),
      );
      fill(
        outgoingList,
        empties.outgoing,
        requests.outgoing.map((request) =>
          h(
            'li',
            { class: 'list-group-item d-flex flex-wrap align-items-center gap-2', dataset: { testid: 'outgoing-request', userId: request.user.id } },
            personLine(request.user),
            actions(
              actionButton(t('web.friends', 'Cancel'), 'outline-secondary', 'cancel-request', () => socialActions.cancelRequest(session, request.id),
                t('web.friends', 'Your request to %{name} is cancelled.', { name: request.user.displayName })),
            ),
          ),
        ),
      );
      fill(
        blockedList,
        empties.blocked,
        blocks.blocks.map((user) =>
          h(
            'li',
            { class: 'list-group-item d-flex flex-wrap align-items-center gap-2', dataset: { testid: 'blocked-user', userId: user.id } },
            personLine(user),
            actions(
              actionButton(t('web.friends', 'Unblock'), 'outline-secondary', 'unblock', () => socialActions.unblock(session, user.id),
                t('web.friends', 'You unblocked %{name}.', { name: user.displayName })),
            ),
          ),
        ),
      );
      root.dataset.loaded = 'true';
    };

    onPresence(connection, signal, ({ userId, status: now }) => {
      const friend = presence.get(userId);
      if (!friend || friend.status === now) return; // the same state may be repeated
      friend.status = now;
      friend.badgeHost.replaceChildren(presenceBadge(now));
      announce(t('web.friends', '%{name}: %{status}.', { name: friend.name, status: presenceLabel(now) }));
    });
    connection.addEventListener('statechange', () => {
      if (connection.state === ConnectionState.Connected) load();
    }, { signal });

    root.append(
      h('h1', { class: 'display-6 fw-bold py-3' }, t('web.friends', 'Friends')),
      h('p', {}, h('a', { href: '/users' }, t('web.friends', 'Find players to add'))),
      status,
      problem,
      section('friends', t('web.friends', 'Your friends'), friendsList, empties.friends),
      section('incoming', t('web.friends', 'Requests for you'), incomingList, empties.incoming),
      section('outgoing', t('web.friends', 'Requests you sent'), outgoingList, empties.outgoing),
      section('blocked', t('web.friends', 'Blocked players'), blockedList, empties.blocked),
    );
    load();
  },
};
