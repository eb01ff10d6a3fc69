import { beforeEach, describe, expect, it, vi } from 'vitest';

async function freshCanDrawCharts(): Promise<() => boolean> {
  vi.resetModules();
  return (await import('@/components/charts/can-draw-charts')).canDrawCharts;
}

describe('canDrawCharts', () => {
  beforeEach(() => {
    vi.unstubAllGlobals();
  });

  it('says no without ResizeObserver, before touching the canvas', async () => {
    vi.stubGlobal('ResizeObserver', undefined);
    const getContext = vi.spyOn(HTMLCanvasElement.prototype, 'getContext');
    expect((await freshCanDrawCharts())()).toBe(false);
    expect(getContext).not.toHaveBeenCalled();
  });

  it('says no without a 2D canvas, and yes with one', async () => {
    vi.stubGlobal('ResizeObserver', vi.fn());
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    expect((await freshCanDrawCharts())()).toBe(false);

    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue({} as CanvasRenderingContext2D);
    expect((await freshCanDrawCharts())()).toBe(true);
  });
});
