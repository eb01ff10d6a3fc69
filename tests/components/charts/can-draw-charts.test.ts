import { afterEach, describe, expect, it, vi } from 'vitest';
import { canDrawCharts } from '@/components/charts/can-draw-charts';

describe('canDrawCharts', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('says no in an environment without a 2D canvas, such as jsdom', () => {
    vi.stubGlobal('ResizeObserver', vi.fn());
    expect(canDrawCharts()).toBe(false);
  });

  it('says no without ResizeObserver', () => {
    vi.stubGlobal('ResizeObserver', undefined);
    vi.stubGlobal('CanvasRenderingContext2D', vi.fn());
    expect(canDrawCharts()).toBe(false);
  });

  it('says yes with both', () => {
    vi.stubGlobal('ResizeObserver', vi.fn());
    vi.stubGlobal('CanvasRenderingContext2D', vi.fn());
    expect(canDrawCharts()).toBe(true);
  });
});
