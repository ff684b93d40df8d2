// Client-side routing on the History API. The server answers every unknown GET path with index.html,
// so a deep link or a reload lands here and is rendered from location.pathname.
//
// A view is { id, title(): string, render(root, context) }. render() fills `root` (which the router
// has already placed in the page) and must give it exactly one <h1>. context holds the route
// `params`, an AbortSignal `signal` that fires when the view is left (pass it to fetch() and
// addEventListener()), and whatever the app put in the router's context (connection, router).
//
// Same-origin <a href> clicks are routed here unless the link has data-router-ignore (plain files
// such as /vendor/bootstrap/LICENSE.txt), a target, a download attribute, or only changes the #hash.
// Events: "navigate" after each render, with detail { path, view, refresh } (refresh: the same
// page drawn again, e.g. in another language).
//
// Leaving a view: a view may have confirmLeave(), returning a question to ask before it is left
// (a running match), or null. The router asks it (window.confirm) before a link, navigate() or
// Back/Forward leaves the page; navigate(path, { force: true }) does not ask. Reloads and closing
// the tab are the view's business (a beforeunload listener).

function compile(pattern) {
  const names = [];
  const source = pattern
    .split('/')
    .map((segment) => {
      if (!segment.startsWith(':')) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(segment.slice(1));
      return '([^/]+)';
    })
    .join('/');
  return { regex: new RegExp(`^${source}$`), names };
}

export class Router extends EventTarget {
  #routes;
  #notFound;
  #outlet;
  #context;
  #titleFor;
  #guard;
  #controller = null;
  #currentView = null;
  #renderedPath = null;

  // guard(view, params): a path to go to instead (replacing this one in the history), or null.
  // A view with `requiresSignIn: true` is the usual reason (app.js sends it to /signin?next=).
  constructor({ routes, notFound, outlet, context = {}, titleFor = (title) => title, guard = () => null }) {
    super();
    this.#routes = routes.map((route) => ({ ...route, ...compile(route.path) }));
    this.#notFound = notFound;
    this.#outlet = outlet;
    this.#context = { ...context, router: this };
    this.#titleFor = titleFor;
    this.#guard = guard;
  }

  get currentView() {
    return this.#currentView;
  }

  start() {
    document.addEventListener('click', (event) => this.#onClick(event));
    window.addEventListener('popstate', () => {
      // Back/Forward between #fragments of one page is the browser's business, not a new view.
      if (location.pathname + location.search === this.#renderedPath) return;
      if (!this.#mayLeave()) {
        // Stay: put the page we are on back at the top of the history.
        history.pushState(null, '', this.#renderedPath);
        return;
      }
      this.#render({ moveFocus: true });
    });
    this.#render({ moveFocus: false });
  }

  // Returns false when the user chose to stay on the current view.
  navigate(path, { replace = false, force = false } = {}) {
    const url = new URL(path, location.href);
    const target = url.pathname + url.search + url.hash;
    if (target === location.pathname + location.search + location.hash) {
      this.#focusHeading();
      return true;
    }
    if (!force && url.pathname + url.search !== this.#renderedPath && !this.#mayLeave()) return false;
    history[replace ? 'replaceState' : 'pushState'](null, '', target);
    this.#render({ moveFocus: true });
    window.scrollTo(0, 0);
    return true;
  }

  #mayLeave() {
    const question = this.#currentView?.confirmLeave?.();
    return !question || window.confirm(question);
  }

  // Renders the current view again, e.g. in another language; focus stays where it is.
  refresh() {
    this.#render({ moveFocus: false, refresh: true });
  }

  #match(pathname) {
    for (const route of this.#routes) {
      const found = route.regex.exec(pathname);
      if (!found) continue;
      const params = Object.fromEntries(route.names.map((name, i) => [name, decodeURIComponent(found[i + 1])]));
      return { view: route.view, params };
    }
    return { view: this.#notFound, params: { path: pathname } };
  }

  #render({ moveFocus, refresh = false }) {
    // "/status/" and "/status" are one page: keep a single address in the history.
    if (location.pathname.length > 1 && location.pathname.endsWith('/')) {
      history.replaceState(null, '', location.pathname.replace(/\/+$/, '') + location.search + location.hash);
    }
    this.#controller?.abort();
    this.#controller = new AbortController();

    let { view, params } = this.#match(location.pathname);
    const redirect = this.#guard(view, params);
    if (redirect) {
      history.replaceState(null, '', redirect);
      ({ view, params } = this.#match(location.pathname));
    }
    const root = document.createElement('div');
    root.dataset.view = view.id;
    this.#outlet.replaceChildren(root);
    this.#currentView = view;
    this.#renderedPath = location.pathname + location.search;
    view.render(root, { ...this.#context, params, signal: this.#controller.signal });
    document.title = this.#titleFor(view.title());

    if (moveFocus) this.#focusHeading();
    this.dispatchEvent(new CustomEvent('navigate', { detail: { path: location.pathname, view, refresh } }));
  }

  // Screen reader and keyboard users start reading the new view at its heading.
  #focusHeading() {
    const heading = this.#outlet.querySelector('h1');
    if (!heading) return;
    heading.tabIndex = -1;
    heading.focus();
  }

  #onClick(event) {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = event.target.closest('a[href]');
    if (!link || link.hasAttribute('download') || link.hasAttribute('data-router-ignore')) return;
    if (link.target && link.target !== '_self') return;
    const url = new URL(link.href, location.href);
    if (url.origin !== location.origin) return;
    if (url.pathname === location.pathname && url.search === location.search && url.hash) return;
    event.preventDefault();
    this.navigate(url.pathname + url.search + url.hash);
  }
}
