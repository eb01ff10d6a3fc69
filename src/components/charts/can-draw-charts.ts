let cached: boolean | undefined;

/**
 * Whether this browser can draw charts: ECharts needs a 2D canvas and ResizeObserver. Where it
 * cannot (an old browser, or jsdom in tests), charts show their table instead. ResizeObserver is
 * checked first so environments without it never touch the canvas.
 */
export function canDrawCharts(): boolean {
  cached ??=
    typeof ResizeObserver === 'function' &&
    typeof document !== 'undefined' &&
    document.createElement('canvas').getContext('2d') !== null;
  return cached;
}
