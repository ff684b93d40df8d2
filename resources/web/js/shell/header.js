import { h } from '../dom.js';
import { t } from '../i18n.js';
import { createConnectionBadge } from '../components/connection-status.js';
import { createLanguageSwitcher } from './language-switcher.js';

// The main navigation. Add a view's entry here when it is added to the routes in app.js.
// show: 'always', 'signedIn' or 'signedOut'.
const NAV_ITEMS = [
  { path: '/', label: () => t('web.nav', 'Home'), show: 'always' },
  // Signed in, the menu is long enough: the footer links the status for everyone.
  { path: '/status', label: () => t('web.nav', 'Server status'), show: 'signedOut' },
];

// Views add their entries before the first render (app.js), so this file needs no change per view.
export function addNavItem(item) {
  NAV_ITEMS.push({ show: 'always', ...item });
}

// Buttons beside the connection badge, outside the collapsing menu (visible on a phone too):
// render({ session, signal }) returns a node, or null to show nothing. The chat toggle and the
// notification bell (chat/header-buttons.js) come this way.
const HEADER_WIDGETS = [];
export function addHeaderWidget(render) {
  HEADER_WIDGETS.push(render);
}

function accountArea(session, router) {
  if (!session.signedIn) {
    return h(
      'div',
      { class: 'd-flex gap-2 ms-xl-3 mt-2 mt-xl-0' },
      h('a', { class: 'btn btn-outline-light btn-sm', href: '/signin' }, t('web.nav', 'Sign in')),
      h('a', { class: 'btn btn-primary btn-sm', href: '/signup' }, t('web.nav', 'Sign up')),
    );
  }
  const signOut = h('button', { type: 'button', class: 'btn btn-outline-light btn-sm' }, t('web.nav', 'Sign out'));
  signOut.addEventListener('click', async () => {
    signOut.disabled = true;
    await session.signOut();
    router.navigate('/');
  });
  return h(
    'div',
    { class: 'd-flex gap-2 align-items-center ms-xl-3 mt-2 mt-xl-0' },
    // A long name is cut short (its full text stays in the link): the header keeps to one line.
    h('a', { class: 'nav-link text-light text-truncate header-account-name', href: '/profile', title: session.user?.displayName ?? '', dataset: { testid: 'account-name' } }, session.user?.displayName ?? ''),
    signOut,
  );
}

// Renders the header into `host`; call again after a language change or a sign-in change, with the
// previous rendering's `signal` aborted. The menu (collapsed on small screens) stays open if it was.
export function renderHeader(host, { connection, router, announce, session, signal }) {
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
  const visible = NAV_ITEMS.filter(
    (item) => item.show === 'always' || (item.show === 'signedIn') === session.signedIn,
  );
  const links = visible.map((item) => h('a', { class: 'nav-link', href: item.path }, item.label()));
  // Bootstrap's collapse without its JavaScript: the same classes, toggled here.
  const menu = h(
    'div',
    { id: menuId, class: 'collapse navbar-collapse' },
    h('ul', { class: 'navbar-nav me-auto mb-2 mb-xl-0' }, links.map((link) => h('li', { class: 'nav-item' }, link))),
    createLanguageSwitcher({ announce }),
    accountArea(session, router),
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
      { class: 'navbar navbar-expand-xl navbar-dark bg-dark', 'aria-label': t('web.nav', 'Main navigation') },
      h(
        'div',
        // Full width on wide screens: the signed-in header fits one line at 1280 px.
        { class: 'container-fluid px-xxl-5' },
        h('a', { class: 'navbar-brand', href: '/' }, 'Transcendence'),
        h(
          'div',
          { class: 'ms-auto me-2 ms-xl-3 me-xl-0 order-xl-last d-flex align-items-center gap-2' },
          HEADER_WIDGETS.map((render) => render({ session, signal })),
          createConnectionBadge(connection, signal),
        ),
        toggler,
        menu,
      ),
    ),
  );
}
