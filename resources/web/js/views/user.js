// /users/:id: another player's profile: avatar, name, bio, presence (friends only), stats,
// achievements and level, match history, and the friend and block actions.
import { h } from '../dom.js';
import { formatNumber, t } from '../i18n.js';
import { isAbort } from '../api/http.js';
import { describeApiError } from '../components/form.js';
import { avatarImage } from '../people/avatar.js';
import { achievementsSection } from '../people/achievements.js';
import { createMatchHistory } from '../people/match-history.js';
import { onPresence, presenceBadge } from '../people/presence.js';
import { describeSocialError, loadRelationship, socialActions } from '../people/social.js';
import { chatPanel } from '../chat/chat-panel.js';

function percent(rate) {
  return rate === null || rate === undefined ? '—' : formatNumber(rate, { style: 'percent', maximumFractionDigits: 0 });
}

function streak(value) {
  if (value > 0) return t('web.users', 'Wins in a row: %{count}', { count: value });
  if (value < 0) return t('web.users', 'Losses in a row: %{count}', { count: -value });
  return '—';
}

export function statsList(stats) {
  const rows = [
    ['wins', t('web.users', 'Wins'), formatNumber(stats.wins)],
    ['losses', t('web.users', 'Losses'), formatNumber(stats.losses)],
    ['win-rate', t('web.users', 'Win rate'), percent(stats.winRate)],
    ['current-streak', t('web.users', 'Current streak'), streak(stats.currentStreak)],
    ['best-streak', t('web.users', 'Best winning streak'), formatNumber(stats.bestWinStreak)],
    ['rating', t('web.users', 'Rating'), formatNumber(stats.rating)],
    ['rated-matches', t('web.users', 'Ranked matches'), formatNumber(stats.ratedMatches)],
    ['points', t('web.users', 'Points won and lost'), `${formatNumber(stats.pointsFor)} / ${formatNumber(stats.pointsAgainst)}`],
  ];
  return h(
    'dl',
    { class: 'row stats-list mb-0', dataset: { testid: 'stats' } },
    rows.map(([key, label, value]) => [
      h('dt', { class: 'col-7 col-sm-5 fw-normal text-body-secondary' }, label),
      h('dd', { class: 'col-5 col-sm-7 fw-semibold', dataset: { testid: `stat-${key}` } }, value),
    ]),
  );
}

function actionsArea({ session, profile, announce, signal, connection }) {
  const area = h('div', { class: 'mb-3', dataset: { testid: 'social-actions' } });
  const message = h('p', { class: 'text-danger small mb-0', role: 'alert' });
  let state = null;

  const button = (label, variant, testid, run, success) => {
    const b = h('button', { type: 'button', class: `btn btn-${variant} btn-sm`, dataset: { testid } }, label);
    b.addEventListener('click', async () => {
      b.disabled = true;
      message.textContent = '';
      const answer = await run();
      if (signal.aborted) return;
      if (!answer.ok) message.textContent = describeSocialError(answer.error);
      else announce(success(answer));
      await refresh({ keepFocus: true });
    }, { signal });
    return b;
  };

  const draw = () => {
    const name = profile.displayName;
    const id = profile.id;
    const block = () =>
      button(t('web.users', 'Block'), 'outline-danger', 'block', () => socialActions.block(session, id), () =>
        t('web.users', 'You blocked %{name}.', { name }));
    let line = null;
    let buttons = [];
    switch (state.state) {
      case 'friend':
        line = h('span', {}, t('web.users', 'You are friends.'), ' ', presenceBadge(state.presence));
        buttons = [
          button(t('web.users', 'Remove friend'), 'outline-secondary', 'remove-friend', () => socialActions.removeFriend(session, id), () =>
            t('web.users', '%{name} is no longer your friend.', { name })),
          block(),
        ];
        break;
      case 'incoming':
        line = t('web.users', '%{name} asked to be your friend.', { name });
        buttons = [
          button(t('web.users', 'Accept'), 'success', 'accept', () => socialActions.accept(session, state.requestId), () =>
            t('web.users', 'You and %{name} are now friends.', { name })),
          button(t('web.users', 'Decline'), 'outline-secondary', 'decline', () => socialActions.decline(session, state.requestId), () =>
            t('web.users', 'You declined the request of %{name}.', { name })),
          block(),
        ];
        break;
      case 'outgoing':
        line = t('web.users', 'Your friend request is waiting for an answer.');
        buttons = [
          button(t('web.users', 'Cancel the request'), 'outline-secondary', 'cancel-request', () => socialActions.cancelRequest(session, state.requestId), () =>
            t('web.users', 'Your friend request is cancelled.')),
          block(),
        ];
        break;
      case 'blocked':
        line = t('web.users', 'You blocked %{name}.', { name });
        buttons = [
          button(t('web.users', 'Unblock'), 'outline-secondary', 'unblock', () => socialActions.unblock(session, id), () =>
            t('web.users', 'You unblocked %{name}.', { name })),
        ];
        break;
      default:
        buttons = [
          button(t('web.users', 'Add friend'), 'primary', 'add-friend', () => socialActions.addFriend(session, id), (answer) =>
            answer.body?.status === 'accepted'
              ? t('web.users', 'You and %{name} are now friends.', { name })
              : t('web.users', 'Friend request sent to %{name}.', { name })),
          block(),
        ];
    }
    // "Message": the DM with this player in the chat panel (not while a block stands).
    if (state.state !== 'blocked') {
      const write = h('button', { type: 'button', class: 'btn btn-outline-primary btn-sm', dataset: { testid: 'message-user' } }, t('web.chat', 'Message'));
      write.addEventListener('click', async () => {
        write.disabled = true;
        message.textContent = '';
        const problem = await chatPanel().openDirect(id);
        write.disabled = false;
        if (problem) message.textContent = problem;
      }, { signal });
      buttons = [write, ...buttons];
    }
    area.dataset.state = state.state;
    area.replaceChildren(
      line ? h('p', { class: 'mb-2', dataset: { testid: 'relationship' } }, line) : '',
      h('div', { class: 'd-flex flex-wrap gap-2 mb-2' }, buttons),
      message,
    );
  };

  const refresh = async ({ keepFocus = false } = {}) => {
    let found;
    try {
      found = await loadRelationship(session, profile.id, signal);
    } catch (e) {
      if (isAbort(e)) return;
      throw e;
    }
    if (found.error) {
      area.replaceChildren(h('p', { class: 'text-danger' }, describeApiError(found.error)));
      return;
    }
    state = found;
    draw();
    // The button pressed is gone: keep the keyboard in the same place.
    if (keepFocus) area.querySelector('button')?.focus();
  };

  onPresence(connection, signal, ({ userId, status }) => {
    if (userId !== profile.id || state?.state !== 'friend') return;
    state = { ...state, presence: status };
    draw();
  });
  refresh();
  return area;
}

export const userView = {
  id: 'user',
  requiresSignIn: true,
  title: () => t('web.users', 'Player profile'),

  async render(root, { params, session, announce, signal, connection }) {
    const id = Number(params.id);
    const heading = h('h1', { class: 'display-6 fw-bold mb-0', dataset: { testid: 'profile-name' } }, t('web.users', 'Player profile'));
    const status = h('p', { role: 'status' }, t('web.users', 'Loading the profile…'));
    const handle = h('p', { class: 'text-body-secondary mb-0' });
    // Built around the heading from the start: moving the focused heading would drop the focus.
    const top = h('div', { class: 'd-flex flex-wrap align-items-center gap-3 py-3' }, h('div', {}, heading, handle));
    root.append(top, status);
    if (!Number.isInteger(id) || id < 1) {
      status.textContent = t('web.users', 'There is no such player.');
      return;
    }
    let profile;
    let stats;
    let achievements;
    try {
      [profile, stats, achievements] = await Promise.all([
        session.api('GET', `/api/users/${id}`, { signal }),
        session.api('GET', `/api/users/${id}/stats`, { signal }),
        session.api('GET', `/api/users/${id}/achievements`, { signal }),
      ]);
    } catch (e) {
      if (isAbort(e)) return;
      throw e;
    }
    if (!profile.ok) {
      status.textContent = profile.status === 404 ? t('web.users', 'There is no such player.') : describeApiError(profile.error);
      return;
    }
    status.remove();
    const user = profile.body;
    const isMe = user.id === session.user?.id;
    heading.textContent = user.displayName;
    document.title = t('web.users', '%{name} – Transcendence', { name: user.displayName });

    handle.textContent = `@${user.username}`;
    top.prepend(avatarImage(user, { size: 96, alt: t('web.users', 'Avatar of %{name}', { name: user.displayName }), testid: 'profile-avatar' }));
    root.append(
      h(
        'div',
        { class: 'row g-4' },
        h(
          'section',
          { class: 'col-md-6', 'aria-labelledby': 'about-heading' },
          h('h2', { id: 'about-heading', class: 'h4' }, t('web.users', 'About')),
          user.bio
            ? h('p', { class: 'bio text-break', dataset: { testid: 'profile-bio' } }, user.bio)
            : h('p', { class: 'text-body-secondary', dataset: { testid: 'profile-bio' } }, t('web.users', 'No bio yet.')),
          isMe
            ? h('p', {}, h('a', { href: '/profile', class: 'btn btn-outline-primary btn-sm' }, t('web.users', 'Edit your profile')))
            : actionsArea({ session, profile: user, announce, signal, connection }),
        ),
        h(
          'section',
          { class: 'col-md-6', 'aria-labelledby': 'stats-heading' },
          h('h2', { id: 'stats-heading', class: 'h4' }, t('web.users', 'Statistics')),
          stats.ok ? statsList(stats.body) : h('p', { class: 'text-danger' }, describeApiError(stats.error)),
        ),
      ),
      achievementsSection(achievements),
      createMatchHistory({ session, userId: user.id, signal }),
    );
  },
};
