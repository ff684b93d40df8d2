// Entry point: loads the language, opens the real-time connection, draws the page frame and starts
// the router. Views live in views/, one module each; add a route here and a link in shell/header.js.
import { applyPreferences } from './accessibility.js';
import { nextFromLocation } from './auth/redirect.js';
import { installReauthentication } from './auth/reauthenticate.js';
import { AuthSession } from './auth/session.js';
import { getLanguage, hasStoredLanguage, initI18n, onLanguageChange, setLanguage, t } from './i18n.js';
import { Router } from './router.js';
import { RealtimeConnection } from './realtime/connection.js';
import { socketUrl } from './realtime/protocol.js';
import { announceConnectionChanges, createAnnouncer } from './shell/announcer.js';
import { renderConnectionBanner } from './shell/connection-banner.js';
import { renderFooter } from './shell/footer.js';
import { addNavItem, renderHeader } from './shell/header.js';
import { dashboardView } from './views/dashboard.js';
import { friendsView } from './views/friends.js';
import { homeView } from './views/home.js';
import { matchView } from './views/match.js';
import { liveView } from './views/live.js';
import { playMatchView, spectateView } from './views/play-match.js';
import { playView } from './views/play.js';
import { tournamentView, tournamentsView } from './views/tournaments.js';
import { installPlay } from './play/play-client.js';
import { installPlayNotifications } from './play/notifications.js';
import { notFoundView } from './views/not-found.js';
import { forgotPasswordView, renderVerifyBanner, resetPasswordView, verifyEmailView } from './views/account-mail.js';
import { profileView } from './views/profile.js';
import { settingsView } from './views/settings.js';
import { oauthDoneView, signInView } from './views/signin.js';
import { signUpView } from './views/signup.js';
import { statusView } from './views/status.js';
import { userSearchView } from './views/user-search.js';
import { userView } from './views/user.js';
// ---- chat and notifications (issue 12) ----
import { installChat } from './chat/chat-client.js';
import { installChatPanel } from './chat/chat-panel.js';
import { installHeaderButtons } from './chat/header-buttons.js';
import { installNotifications } from './chat/notification-client.js';
import { chatView, notificationsView } from './views/chat.js';
// ---- end chat ----

const routes = [
  { path: '/', view: homeView },
  { path: '/signin', view: signInView },
  { path: '/signup', view: signUpView },
  { path: '/oauth/done', view: oauthDoneView },
  { path: '/forgot-password', view: forgotPasswordView },
  { path: '/reset-password', view: resetPasswordView },
  { path: '/verify-email', view: verifyEmailView },
  { path: '/settings', view: settingsView },
  { path: '/status', view: statusView },
  { path: '/profile', view: profileView },
  { path: '/dashboard', view: dashboardView },
  { path: '/friends', view: friendsView },
  { path: '/users', view: userSearchView },
  { path: '/users/:id', view: userView },
  { path: '/matches/:id', view: matchView },
  { path: '/play', view: playView },
  { path: '/play/:roomId', view: playMatchView },
  { path: '/live', view: liveView },
  { path: '/live/:roomId', view: spectateView },
  { path: '/tournaments', view: tournamentsView },
  { path: '/tournaments/:id', view: tournamentView },
  { path: '/chat', view: chatView },
  { path: '/chat/:id', view: chatView },
  { path: '/notifications', view: notificationsView },
];

// Where a view that needs an account sends a visitor, and back afterwards.
export function signInPath(next = location.pathname + location.search) {
  return `/signin?next=${encodeURIComponent(next)}`;
}

addNavItem({ path: '/dashboard', label: () => t('web.dashboard', 'Dashboard'), show: 'signedIn' });
addNavItem({ path: '/friends', label: () => t('web.friends', 'Friends'), show: 'signedIn' });
addNavItem({ path: '/users', label: () => t('web.users', 'Players'), show: 'signedIn' });
addNavItem({ path: '/settings', label: () => t('web.settings', 'Settings'), show: 'signedIn' });
addNavItem({ path: '/play', label: () => t('web.play', 'Play'), show: 'always' });
addNavItem({ path: '/live', label: () => t('web.nav', 'Live'), show: 'signedIn' });
addNavItem({ path: '/tournaments', label: () => t('web.tournaments', 'Tournaments'), show: 'signedIn' });

// Display preferences (high contrast, text size, reduced motion) before anything is drawn.
applyPreferences();

async function main() {
  const session = new AuthSession();
  // Both before the first render: the language, and whether the refresh cookie signs us in.
  await Promise.all([initI18n(), session.restore()]);
  // The account's language is the default in a browser that has not chosen one itself.
  const adoptAccountLanguage = async () => {
    const wanted = session.user?.language;
    if (wanted && !hasStoredLanguage() && wanted !== getLanguage()) await setLanguage(wanted);
  };
  await adoptAccountLanguage();

  const announce = createAnnouncer(document.getElementById('announcer'));
  installReauthentication(session, { announce });
  const connection = new RealtimeConnection(socketUrl(location), { ticket: () => session.wsTicket() });
  const router = new Router({
    routes,
    notFound: notFoundView,
    outlet: document.getElementById('main'),
    context: { connection, session, announce },
    titleFor: (title) => t('web.shell', '%{page} – Transcendence', { page: title }),
    guard: (view) => {
      if (view.requiresSignIn && !session.signedIn) return signInPath();
      // Sign-in and sign-up pages send a signed-in visitor on to ?next= (a path of this site).
      if (view.signedOutOnly && session.signedIn) return nextFromLocation();
      return null;
    },
  });

  // ---- chat and notifications: the panel beside every page, the header's toggle and bell ----
  const chat = installChat({ connection, session });
  const notifications = installNotifications({ connection, session });
  const chatPanel = installChatPanel({ chat, connection, session, router, announce });
  installHeaderButtons({ chat, notifications, panel: chatPanel, router, connection, announce });
  onLanguageChange(() => chatPanel.refresh());
  // ---- end chat ----

  const header = document.getElementById('site-header');
  const footer = document.getElementById('site-footer');
  const skipLink = document.getElementById('skip-link');
  // Move focus without adding #main to the address and the history.
  skipLink.addEventListener('click', (event) => {
    event.preventDefault();
    document.getElementById('main').focus();
  });
  // Under the header: the connection in words when it is lost (the header shows a dot), then the
  // request to confirm an unverified e-mail address.
  const connectionBanner = document.createElement('div');
  connectionBanner.hidden = true;
  const verifyBanner = document.createElement('div');
  verifyBanner.hidden = true;
  header.after(connectionBanner, verifyBanner);
  let shellController = new AbortController();
  const renderShell = () => {
    skipLink.textContent = t('web.shell', 'Skip to main content');
    renderHeader(header, { connection, router, announce, session, signal: shellController.signal });
    renderConnectionBanner(connectionBanner, { connection, signal: shellController.signal });
    renderVerifyBanner(verifyBanner, { session, announce });
    renderFooter(footer);
  };
  renderShell();

  // A language chosen here while signed in becomes the account's too (the other devices' default).
  onLanguageChange(() => {
    const chosen = getLanguage();
    if (!session.signedIn || session.user?.language === chosen) return;
    session.api('PATCH', '/api/users/me', { body: { language: chosen } }).then((answer) => {
      if (answer.ok) session.setUser({ language: chosen });
    });
  });
  session.addEventListener('change', () => {
    adoptAccountLanguage();
  });
  onLanguageChange(() => {
    // Keep the keyboard where it was: the language switcher is redrawn with the header.
    const focusedId = document.activeElement?.id;
    shellController.abort();
    shellController = new AbortController();
    renderShell();
    router.refresh();
    if (focusedId) document.getElementById(focusedId)?.focus();
  });

  // Signing in or out: the socket reconnects as the new person, every view redraws.
  let signedInAs = session.user?.id ?? null;
  session.addEventListener('change', () => {
    shellController.abort();
    shellController = new AbortController();
    renderShell();
    const now = session.user?.id ?? null;
    if (now !== signedInAs) {
      signedInAs = now;
      connection.reconnect();
      router.refresh();
    }
  });
  session.addEventListener('expired', () => {
    announce(t('web.shell', 'Your session ended. Please sign in again.'));
    router.navigate(signInPath(), { replace: true });
  });

  announceConnectionChanges(connection, announce);
  // Matches, invitations and tournament notices follow the user through every view.
  installPlayNotifications({ client: installPlay({ connection, router }), router, announce });
  window.addEventListener('online', () => connection.setNetworkOnline(true));
  window.addEventListener('offline', () => connection.setNetworkOnline(false));
  // A guest's connection closed for idleness (4009) comes back with the visitor.
  for (const activity of ['pointerdown', 'keydown', 'focus']) {
    window.addEventListener(activity, () => connection.resumeAfterIdle(), { passive: true });
  }
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') connection.resumeAfterIdle();
  });

  router.start();
  connection.start({ online: navigator.onLine });
}

main();
