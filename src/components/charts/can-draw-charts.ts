/**
 * Whether this browser can draw charts: ECharts needs a 2D canvas and ResizeObserver. Where it
 * cannot (an old browser, or jsdom in tests, which has no canvas), charts show their table
 * instead. Checking for the interfaces, rather than asking a canvas for a context, has no side
 * effects (jsdom logs an error for every `getContext` call).
 */
export function canDrawCharts(): boolean {
  return typeof ResizeObserver === 'function' && typeof CanvasRenderingContext2D === 'function';
}
