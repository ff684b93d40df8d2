import { h } from '../dom.js';
import { t } from '../i18n.js';

// Shown for any path no route matches. The server answers such paths with index.html (the history
// fallback), so this view is where a mistyped or outdated link ends up.
export const notFoundView = {
  id: 'not-found',
  title: () => t('web.notfound', 'Page not found'),

  render(root, { params }) {
    root.append(
      h(
        'section',
        { class: 'py-4 py-md-5 col-lg-8', 'aria-labelledby': 'not-found-title' },
        h('h1', { id: 'not-found-title', class: 'display-6 fw-bold' }, t('web.notfound', 'Page not found')),
        h(
          'p',
          { class: 'lead' },
          t('web.notfound', 'There is no page at %{path}.', { path: params.path }),
        ),
        h('p', {}, t('web.notfound', 'The link may be mistyped or out of date.')),
        h('a', { class: 'btn btn-primary', href: '/' }, t('web.notfound', 'Go to the home page')),
      ),
    );
  },
};
