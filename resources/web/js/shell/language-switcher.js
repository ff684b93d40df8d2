import { h } from '../dom.js';
import { getLanguage, getLanguages, setLanguage, t } from '../i18n.js';

// A labelled <select> of the available languages, each named in its own language.
export function createLanguageSwitcher({ announce }) {
  const id = 'language-select';
  const select = h(
    'select',
    { id, class: 'form-select form-select-sm', 'aria-label': t('web.nav', 'Language'), dataset: { testid: 'language-select' } },
    getLanguages().map(({ code, name }) =>
      h('option', { value: code, lang: code, selected: code === getLanguage() }, name),
    ),
  );
  select.addEventListener('change', async () => {
    try {
      await setLanguage(select.value);
    } catch {
      select.value = getLanguage();
      announce(t('web.nav', 'The language could not be loaded. Please try again.'));
    }
  });
  return h(
    'div',
    { class: 'language-switcher d-flex align-items-center gap-2' },
    // Shown in the collapsed menu; on wide screens the select's own value says what it is.
    h('label', { for: id, class: 'form-label mb-0 small text-light d-xl-none' }, t('web.nav', 'Language')),
    select,
  );
}
