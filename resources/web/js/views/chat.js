// /chat and /chat/:id (the links of notifications, and deep links from elsewhere): open the chat
// panel on that conversation. /notifications: the whole inbox, with "mark all as read".
import { chatPanel } from '../chat/chat-panel.js';
import { notificationItem } from '../chat/header-buttons.js';
import { notificationClient } from '../chat/notification-client.js';
import { h } from '../dom.js';
import { t } from '../i18n.js';

export const chatView = {
  id: 'chat',
  requiresSignIn: true,
  title: () => t('web.chat', 'Chat'),
  render(root, { params }) {
    const id = Number(params.id);
    root.append(
      h('h1', { class: 'my-4' }, t('web.chat', 'Chat')),
      h('p', {}, t('web.chat', 'Your conversations open in the chat panel, beside every page. Open it from the header at any time.')),
    );
    chatPanel()?.open(Number.isInteger(id) && id > 0 ? id : null);
  },
};

export const notificationsView = {
  id: 'notifications',
  requiresSignIn: true,
  title: () => t('web.notifications', 'Notifications'),
  render(root, { signal, router }) {
    const notifications = notificationClient();
    const list = h('div', { class: 'list-group', dataset: { testid: 'notifications-page-list' } });
    const markAll = h('button', { type: 'button', class: 'btn btn-outline-primary btn-sm' }, t('web.notifications', 'Mark all as read'));
    const more = h('button', { type: 'button', class: 'btn btn-link' }, t('web.notifications', 'Show older notifications'));
    markAll.addEventListener('click', () => notifications.markRead(null));
    more.addEventListener('click', () => notifications.loadMore());
    const draw = () => {
      const items = notifications.sorted();
      list.replaceChildren(
        ...(items.length
          ? items.map((item) => h('div', { class: 'list-group-item p-0' }, notificationItem(item, { notifications, panel: chatPanel(), router })))
          : [h('p', { class: 'list-group-item mb-0' }, notifications.loaded ? t('web.notifications', 'Nothing new.') : t('web.notifications', 'Loading…'))]),
      );
      markAll.disabled = notifications.unread === 0;
      more.hidden = !notifications.hasMore;
    };
    notifications.addEventListener('change', draw, { signal });
    root.append(
      h('div', { class: 'd-flex flex-wrap justify-content-between align-items-center gap-2 my-4' }, h('h1', { class: 'mb-0' }, t('web.notifications', 'Notifications')), markAll),
      list,
      more,
    );
    draw();
    notifications.load();
  },
};
