import { h } from '../dom.js';
import { t } from '../i18n.js';
import { APP_VERSION } from '../version.js';
import { legalPageUrl } from './legal-links.js';

export function renderFooter(host) {
  host.replaceChildren(
    h(
      'div',
      { class: 'container d-flex flex-column flex-sm-row gap-2 justify-content-between' },
      h('p', { class: 'mb-0' }, t('web.shell', 'Transcendence %{version}: a Pong tournament platform.', { version: APP_VERSION })),
      h(
        'p',
        { class: 'mb-0 d-flex flex-wrap gap-3' },
        // Plain files, not views: the router leaves them to the browser.
        h('a', { href: '/status' }, t('web.nav', 'Server status')),
        h('a', { href: legalPageUrl('privacy'), 'data-router-ignore': true }, t('web.shell', 'Privacy policy')),
        h('a', { href: legalPageUrl('terms'), 'data-router-ignore': true }, t('web.shell', 'Terms of service')),
        h('a', { href: '/vendor/bootstrap/LICENSE.txt', 'data-router-ignore': true }, t('web.shell', 'Bootstrap licence')),
      ),
    ),
  );
}
