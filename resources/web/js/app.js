// Entry point: loads the language, opens the real-time connection, draws the page frame and starts
// the router. Views live in views/, one module each; add a route here and a link in shell/header.js.
import { initI18n, onLanguageChange, t } from './i18n.js';
import { Router } from './router.js';
import { RealtimeConnection } from './realtime/connection.js';
import { socketUrl } from './realtime/protocol.js';
import { announceConnectionChanges, createAnnouncer } from './shell/announcer.js';
import { renderFooter } from './shell/footer.js';
import { renderHeader } from './shell/header.js';
import { homeView } from './views/home.js';
import { notFoundView } from './views/not-found.js';
import { statusView } from './views/status.js';

const routes = [
  { path: '/', view: homeView },
  { path: '/status', view: statusView },
];

async function main() {
  await initI18n();

  const announce = createAnnouncer(document.getElementById('announcer'));
  const connection = new RealtimeConnection(socketUrl(location));
  const router = new Router({
    routes,
    notFound: notFoundView,
    outlet: document.getElementById('main'),
    context: { connection },
    titleFor: (title) => t('web.shell', '%{page} – Transcendence', { page: title }),
  });

  const header = document.getElementById('site-header');
  const footer = document.getElementById('site-footer');
  const skipLink = document.getElementById('skip-link');
  // Move focus without adding #main to the address and the history.
  skipLink.addEventListener('click', (event) => {
    event.preventDefault();
    document.getElementById('main').focus();
  });
  let shellController = new AbortController();
  const renderShell = () => {
    skipLink.textContent = t('web.shell', 'Skip to main content');
    renderHeader(header, { connection, router, announce, signal: shellController.signal });
    renderFooter(footer);
  };
  renderShell();

  onLanguageChange(() => {
    // Keep the keyboard where it was: the language switcher is redrawn with the header.
    const focusedId = document.activeElement?.id;
    shellController.abort();
    shellController = new AbortController();
    renderShell();
    router.refresh();
    if (focusedId) document.getElementById(focusedId)?.focus();
  });

  announceConnectionChanges(connection, announce);
  window.addEventListener('online', () => connection.setNetworkOnline(true));
  window.addEventListener('offline', () => connection.setNetworkOnline(false));

  router.start();
  connection.start({ online: navigator.onLine });
}

main();
