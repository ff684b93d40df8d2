import { h } from '../dom.js';
import { t } from '../i18n.js';
import { connectionExplanation, createConnectionBadge } from '../components/connection-status.js';

export const homeView = {
  id: 'home',
  title: () => t('web.home', 'Home'),

  render(root, { connection, signal }) {
    const explanation = h('p', { class: 'mb-0 mt-2 small' });
    const updateExplanation = () => {
      explanation.textContent = connectionExplanation(connection);
      explanation.hidden = explanation.textContent === '';
    };
    connection.addEventListener('statechange', updateExplanation, { signal });
    updateExplanation();

    root.append(
      h(
        'section',
        { class: 'py-4 py-md-5', 'aria-labelledby': 'home-title' },
        h('h1', { id: 'home-title', class: 'display-5 fw-bold' }, t('web.home', 'Welcome to Transcendence')),
        h(
          'p',
          { class: 'lead col-lg-9' },
          t(
            'web.home',
            'Transcendence is a Pong tournament platform. Play in the browser or in the desktop app, challenge your friends, and climb the tournament brackets.',
          ),
        ),
      ),
      h(
        'div',
        { class: 'row g-4' },
        h(
          'section',
          { class: 'col-md-6', 'aria-labelledby': 'home-connection-title' },
          h(
            'div',
            { class: 'card h-100' },
            h(
              'div',
              { class: 'card-body' },
              h('h2', { id: 'home-connection-title', class: 'h5 card-title' }, t('web.home', 'Live connection')),
              h(
                'p',
                { class: 'card-text' },
                t('web.home', 'This page keeps a live connection to the game server. Matches, chat and tournament updates travel over it.'),
              ),
              h(
                'p',
                { class: 'mb-0 fs-5' },
                createConnectionBadge(connection, signal, { testid: 'home-connection-state' }),
              ),
              explanation,
            ),
            h(
              'div',
              { class: 'card-footer bg-transparent' },
              h('a', { href: '/status' }, t('web.home', 'See the server status')),
            ),
          ),
        ),
        h(
          'section',
          { class: 'col-md-6', 'aria-labelledby': 'home-features-title' },
          h(
            'div',
            { class: 'card h-100' },
            h(
              'div',
              { class: 'card-body' },
              h('h2', { id: 'home-features-title', class: 'h5 card-title' }, t('web.home', 'What you will find here')),
              h(
                'ul',
                { class: 'mb-3' },
                h('li', {}, t('web.home', 'Pong against a friend on one keyboard, or online.')),
                h('li', {}, t('web.home', 'Tournaments with brackets that update live.')),
                h('li', {}, t('web.home', 'Your match history and statistics.')),
              ),
              h(
                'p',
                { class: 'card-text small text-body-secondary mb-0' },
                t('web.home', 'These are being built now. Today this site shows the state of its server.'),
              ),
            ),
          ),
        ),
      ),
    );
  },
};
