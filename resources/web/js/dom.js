// Builds DOM nodes without innerHTML: the Content-Security-Policy and safety from injected markup both
// depend on text always going in as text.
//   h('a', { href: '/status', class: 'nav-link', dataset: { testid: 'x' } }, 'Server status')
// Attributes that are null, undefined or false are left out; true gives an empty attribute.
// Attributes named on<event> with a function value become event listeners.
export function h(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'class') {
      node.className = value;
    } else if (name === 'dataset') {
      Object.assign(node.dataset, value);
    } else if (name.startsWith('on') && typeof value === 'function') {
      node.addEventListener(name.slice(2), value);
    } else {
      node.setAttribute(name, value === true ? '' : String(value));
    }
  }
  node.append(...children.flat(Infinity).filter((child) => child !== null && child !== undefined && child !== false));
  return node;
}
