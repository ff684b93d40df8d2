import { h } from '../dom.js';
import { t } from '../i18n.js';
import { createConnectionBadge } from '../components/connection-status.js';
import { createLanguageSwitcher } from './language-switcher.js';

// The main navigation. Add a view's entry here when it is added to the routes in app.js.
const NAV_ITEMS = [
  { path: '/', label: () => t('web.nav', 'Home') },
  { path: '/status', label: () => t('web.nav', 'Server status') },
];

// Renders the header into `host`; call again after a language change, with the previous rendering's
// `signal` aborted. The menu (collapsed on small screens) stays open if it was.
export function renderHeader(host, { connection, router, announce, signal }) {
  const wasOpen = host.querySelector('.navbar-collapse.show') !== null;
  const menuId = 'main-menu';
  const toggler = h(
    'button',
    {
      class: 'navbar-toggler',
      type: 'button',
      'aria-controls': menuId,
      'aria-expanded': 'false',
      'aria-label': t('web.nav', 'Menu'),
    },
    h('span', { class: 'navbar-toggler-icon', 'aria-hidden': 'true' }),
  );
  const links = NAV_ITEMS.map((item) => h('a', { class: 'nav-link', href: item.path }, item.label()));
  // Bootstrap's collapse without its JavaScript: the same classes, toggled here.
  const menu = h(
    'div',
    { id: menuId, class: 'collapse navbar-collapse' },
    h('ul', { class: 'navbar-nav me-auto mb-2 mb-md-0' }, links.map((link) => h('li', { class: 'nav-item' }, link))),
    createLanguageSwitcher({ announce }),
  );
  const setMenuOpen = (open) => {
    menu.classList.toggle('show', open);
    toggler.setAttribute('aria-expanded', String(open));
  };
  toggler.addEventListener('click', () => setMenuOpen(!menu.classList.contains('show')));
  setMenuOpen(wasOpen);

  const markCurrent = () => {
    for (const link of links) {
      const current = new URL(link.href).pathname === location.pathname;
      link.classList.toggle('active', current);
      if (current) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    }
  };
  router.addEventListener(
    'navigate',
    (event) => {
      markCurrent();
      if (!event.detail.refresh) setMenuOpen(false);
    },
    { signal },
  );
  markCurrent();

  host.replaceChildren(
    h(
      'nav',
      { class: 'navbar navbar-expand-md navbar-dark bg-dark', 'aria-label': t('web.nav', 'Main navigation') },
      h(
        'div',
        { class: 'container' },
        h('a', { class: 'navbar-brand', href: '/' }, 'Transcendence'),
        h('div', { class: 'ms-auto me-2 ms-md-3 me-md-0 order-md-last' }, createConnectionBadge(connection, signal)),
        toggler,
        menu,
      ),
    ),
  );
}
