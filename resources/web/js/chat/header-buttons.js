// The header's chat toggle (with the unread count of every conversation) and notification bell
// (with the inbox's unread count and a drop-down list), and the toast of a tournament match
// notification on any page. Installed once by app.js; the header draws them again after a
// language or account change.
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { playClient } from '../play/play-client.js';
import { join } from '../play/protocol.js';
import { addHeaderWidget } from '../shell/header.js';
import { fullTime, notificationText, shortTime } from './texts.js';

const SVG = 'http://www.w3.org/2000/svg';

function icon(pathData) {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('width', '18');
  svg.setAttribute('height', '18');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', pathData);
  path.setAttribute('fill', 'currentColor');
  svg.append(path);
  return svg;
}

const BELL = 'M8 16a2 2 0 0 0 2-2H6a2 2 0 0 0 2 2zm.995-14.901a1 1 0 1 0-1.99 0A5.002 5.002 0 0 0 3 6c0 1.098-.5 6-2 7h14c-1.5-1-2-5.902-2-7 0-2.42-1.72-4.44-4.005-4.901z';
const BUBBLE = 'M2.678 11.894a1 1 0 0 1 .287.801 10.97 10.97 0 0 1-.398 2c1.395-.323 2.247-.697 2.634-.893a1 1 0 0 1 .71-.074A8.06 8.06 0 0 0 8 14c3.996 0 7-2.807 7-6 0-3.192-3.004-6-7-6S1 4.808 1 8c0 1.468.617 2.83 1.678 3.894z';

function countBadge(count, testid) {
  return h('span', { class: 'badge rounded-pill text-bg-danger header-count', hidden: count === 0, dataset: { testid } }, String(count > 99 ? '99+' : count));
}

// A notification's link: /chat/<id> opens the panel; other paths are pages.
export function followLink(link, { panel, router }) {
  const chat = /^\/chat\/(\d+)$/.exec(link ?? '');
  if (chat) {
    panel.open(Number(chat[1]));
    return;
  }
  router.navigate(link || '/notifications');
}

export function notificationItem(notification, { notifications, panel, router, onFollow }) {
  const text = notificationText(notification);
  const link = h(
    'a',
    {
      href: notification.link || '/notifications',
      class: `notification-item d-block text-decoration-none p-2${notification.read ? '' : ' notification-unread'}`,
      dataset: { testid: 'notification', kind: notification.kind, read: String(Boolean(notification.read)) },
    },
    h('span', { class: 'd-block' }, notification.read ? null : h('span', { class: 'visually-hidden' }, `${t('web.notifications', 'New:')} `), text),
    h('time', { class: 'd-block small text-body-secondary', datetime: notification.createdAt, title: fullTime(notification.createdAt) }, shortTime(notification.createdAt)),
  );
  link.addEventListener('click', (event) => {
    event.preventDefault();
    if (!notification.read) notifications.markRead([notification.id]);
    onFollow?.();
    followLink(notification.link, { panel, router });
  });
  return link;
}

export function installHeaderButtons({ chat, notifications, panel, router, connection, announce }) {
  let menuOpen = false;

  addHeaderWidget(({ session, signal }) => {
    if (!session.signedIn) return null;
    // The chat toggle.
    const chatCount = countBadge(chat.totalUnread, 'chat-unread-total');
    const chatButton = h(
      'button',
      { type: 'button', class: 'btn btn-sm btn-outline-light header-button', 'aria-controls': 'chat-panel', 'aria-expanded': String(panel.isOpen), dataset: { testid: 'chat-toggle' } },
      icon(BUBBLE),
      h('span', { class: 'visually-hidden' }, t('web.chat', 'Chat')),
      chatCount,
    );
    const drawChat = () => {
      const unread = chat.totalUnread;
      chatCount.textContent = unread > 99 ? '99+' : String(unread);
      chatCount.hidden = unread === 0;
      chatButton.setAttribute('aria-expanded', String(panel.isOpen));
      chatButton.setAttribute('aria-label', unread ? t('web.chat', 'Chat, %{count} unread', { count: unread }) : t('web.chat', 'Chat'));
    };
    chatButton.addEventListener('click', () => panel.toggle());
    chat.addEventListener('conversations', drawChat, { signal });
    panel.addEventListener('change', drawChat, { signal });
    drawChat();

    // The bell and its list.
    const bellCount = countBadge(notifications.unread, 'notification-count');
    const bell = h(
      'button',
      { type: 'button', class: 'btn btn-sm btn-outline-light header-button', 'aria-controls': 'notification-menu', 'aria-expanded': 'false', dataset: { testid: 'notification-bell' } },
      icon(BELL),
      bellCount,
    );
    const list = h('div', { class: 'notification-list' });
    const markAll = h('button', { type: 'button', class: 'btn btn-link btn-sm p-0', dataset: { testid: 'notifications-read-all' } }, t('web.notifications', 'Mark all as read'));
    const menu = h(
      'div',
      { id: 'notification-menu', class: 'notification-menu card shadow', hidden: true, role: 'region', 'aria-label': t('web.notifications', 'Notifications'), dataset: { testid: 'notification-menu' } },
      h('div', { class: 'd-flex justify-content-between align-items-center p-2 border-bottom' }, h('h2', { class: 'h6 mb-0' }, t('web.notifications', 'Notifications')), markAll),
      list,
      h('a', { href: '/notifications', class: 'd-block text-center small p-2 border-top', dataset: { testid: 'notifications-all' } }, t('web.notifications', 'See all notifications')),
    );
    const setOpen = (open) => {
      menuOpen = open;
      menu.hidden = !open;
      bell.setAttribute('aria-expanded', String(open));
      if (open) {
        // Where a phone's full-width list starts: just below the bell (app.css).
        menu.style.setProperty('--notification-menu-top', `${Math.round(bell.getBoundingClientRect().bottom + 4)}px`);
        drawList();
        notifications.load();
      }
    };
    const drawList = () => {
      const items = notifications.sorted().slice(0, 8);
      list.replaceChildren(
        ...(items.length
          ? items.map((item) => notificationItem(item, { notifications, panel, router, onFollow: () => setOpen(false) }))
          : [h('p', { class: 'p-2 mb-0 small' }, notifications.loaded ? t('web.notifications', 'Nothing new.') : t('web.notifications', 'Loading…'))]),
      );
    };
    const drawBell = () => {
      const unread = notifications.unread;
      bellCount.textContent = unread > 99 ? '99+' : String(unread);
      bellCount.hidden = unread === 0;
      bell.setAttribute('aria-label', unread ? t('web.notifications', 'Notifications, %{count} unread', { count: unread }) : t('web.notifications', 'Notifications'));
      markAll.disabled = unread === 0;
      if (menuOpen) drawList();
    };
    bell.addEventListener('click', () => setOpen(!menuOpen));
    markAll.addEventListener('click', () => notifications.markRead(null));
    notifications.addEventListener('change', drawBell, { signal });
    const wrapper = h('div', { class: 'notification-wrapper position-relative' }, bell, menu);
    wrapper.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && menuOpen) {
        event.preventDefault();
        event.stopPropagation();
        setOpen(false);
        bell.focus();
      }
    });
    document.addEventListener(
      'click',
      (event) => {
        if (menuOpen && !wrapper.contains(event.target)) setOpen(false);
      },
      { signal },
    );
    router.addEventListener('navigate', () => setOpen(false), { signal });
    drawBell();
    setOpen(menuOpen);
    return h('div', { class: 'd-flex align-items-center gap-2' }, chatButton, wrapper);
  });

  // Tournament matches ready: a toast with "Join" on any page, unless the play notices already
  // show that room (tournamentMatchReady comes too: one card per room).
  const region = h('div', { class: 'chat-toasts', role: 'region', 'aria-label': t('web.notifications', 'Notices'), dataset: { testid: 'chat-toasts' } });
  document.body.append(region);
  notifications.addEventListener('notification', (event) => {
    const notification = event.detail;
    announce(t('web.notifications', 'New notification: %{text}', { text: notificationText(notification) }));
    if (notification.kind === 'moderation') {
      if (notification.data?.action === 'muted') chat.mutedUntil = notification.data.until ?? null;
      if (notification.data?.action === 'unmuted') chat.mutedUntil = null;
      chat.dispatchEvent(new CustomEvent('conversations'));
    }
    if (notification.kind !== 'tournament_match' || !notification.data?.roomId) return;
    const roomId = notification.data.roomId;
    setTimeout(() => {
      if (playClient()?.tournamentForRoom.has(roomId) || playClient()?.inRoom(roomId)) return;
      const joinButton = h('button', { type: 'button', class: 'btn btn-sm btn-primary', dataset: { testid: 'toast-join' } }, t('web.notifications', 'Join'));
      const dismiss = h('button', { type: 'button', class: 'btn btn-sm btn-outline-secondary' }, t('web.notifications', 'Dismiss'));
      const card = h(
        'div',
        { class: 'card shadow', role: 'group', 'aria-label': t('web.notifications', 'Tournament match'), dataset: { testid: 'toast-tournament-match' } },
        h('div', { class: 'card-body p-3' }, h('p', { class: 'mb-2' }, notificationText(notification)), h('div', { class: 'd-flex gap-2' }, joinButton, dismiss)),
      );
      joinButton.addEventListener('click', () => {
        card.remove();
        notifications.markRead([notification.id]);
        connection.send(join(roomId));
      });
      dismiss.addEventListener('click', () => card.remove());
      region.append(card);
    }, 400);
  });
}
