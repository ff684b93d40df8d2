// What a person would call broken on a page, in the browser's own words: console errors and
// warnings (CSP violations among them), uncaught errors, failed requests, HTTP errors, WebSocket
// errors. Shared by the browser tests.
//
// One thing is not a failure: a request the browser itself cancels (net::ERR_ABORTED) because the
// page went on to another document — e.g. a favicon still loading when the test moves on. Such an
// abort is recorded and taken back as soon as the main frame navigates (by a request, or from the
// back-forward cache, which sends none); an abort with no navigation after it still counts.
export function watchForProblems(page, label, problems) {
  // Events may come in either order: the abort just before the navigation, or just after it.
  let navigations = 0;
  const startedIn = new WeakMap(); // request -> navigations when it began
  let pendingAborts = [];
  const navigated = () => {
    navigations += 1;
    for (const entry of pendingAborts) {
      const index = problems.indexOf(entry);
      if (index >= 0) problems.splice(index, 1);
    }
    pendingAborts = [];
  };
  page.on('request', (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) navigated();
    startedIn.set(request, navigations);
  });
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) navigated();
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.push(`${label} console ${message.type()}: ${message.text()} (${message.location().url})`);
    }
  });
  page.on('pageerror', (error) => problems.push(`${label} page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    const error = request.failure()?.errorText;
    // A String object, so this very entry (not an equal text) is the one taken back.
    if (error === 'net::ERR_ABORTED' && navigations > (startedIn.get(request) ?? navigations)) return;
    const entry = new String(`${label} request failed: ${request.method()} ${request.url()}: ${error}`);
    problems.push(entry);
    if (error === 'net::ERR_ABORTED') pendingAborts.push(entry);
  });
  // Chromium does not always report a failed WebSocket handshake on the console.
  page.on('websocket', (socket) => socket.on('socketerror', (error) => problems.push(`${label} WebSocket ${socket.url()}: ${error}`)));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${label} HTTP ${response.status()}: ${response.request().method()} ${response.url()}`);
  });
}
