/**
 * Shown instead of the app when the in-browser mock API cannot start (service workers are
 * blocked in some private windows, and need a secure origin), so the user is not left with a
 * page of "not found" errors from an API that was never there.
 */
export function DemoUnavailable() {
  return (
    <main id="main" className="svm-container svm-main">
      <h1>The demo could not start</h1>
      <p>
        Social Value Monitor runs its demo data in your browser, using a service worker, and this browser did not allow
        it to start.
      </p>
      <p>
        Open the app in a normal (not private) window, at an address starting with https or http://localhost, then
        reload the page.
      </p>
    </main>
  );
}
