/**
 * What jsdom lacks and the app touches: scrolling (the router restores scroll positions),
 * media queries (reduced motion, chart sizing) and ResizeObserver (charts). Inert stand-ins:
 * layout does not exist in jsdom, so there is nothing real to report.
 */
export function installJsdomPolyfills(): void {
  window.scrollTo = () => undefined;
  Element.prototype.scrollIntoView ??= () => undefined;

  window.matchMedia ??= (query: string): MediaQueryList => ({
    matches: false,
    media: query,
    onchange: null,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    addListener: () => undefined,
    removeListener: () => undefined,
    dispatchEvent: () => false,
  });

  globalThis.ResizeObserver ??= class {
    observe = () => undefined;
    unobserve = () => undefined;
    disconnect = () => undefined;
  };
}
