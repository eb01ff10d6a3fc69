// @vitest-environment jsdom
// (happy-dom has an IntersectionObserver that never reports; these tests need charts to count as near.)
import { act, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Chart, type ChartOption } from '@/components/charts';

const echarts = vi.hoisted(() => {
  const instance = {
    setOption: vi.fn(),
    resize: vi.fn(),
    dispose: vi.fn(),
    on: vi.fn(),
    dispatchAction: vi.fn(),
    isDisposed: vi.fn(),
  };
  return { instance, init: vi.fn(), registerMap: vi.fn(), canDraw: vi.fn() };
});

vi.mock('@/components/charts/echarts-setup', () => ({ init: echarts.init }));
vi.mock('@/components/charts/echarts-map', () => ({ registerMap: echarts.registerMap }));
vi.mock('@/components/charts/can-draw-charts', () => ({ canDrawCharts: echarts.canDraw }));

afterEach(() => {
  vi.unstubAllGlobals();
});

let resizeCallbacks: (() => void)[] = [];
let reducedMotion = false;

beforeEach(() => {
  resizeCallbacks = [];
  reducedMotion = false;
  echarts.canDraw.mockReturnValue(true);
  echarts.init.mockReturnValue(echarts.instance);
  echarts.instance.isDisposed.mockReturnValue(false);
  for (const fn of [echarts.init, echarts.registerMap, ...Object.values(echarts.instance)]) fn.mockClear();
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(callback: () => void) {
        resizeCallbacks.push(callback);
      }
      observe = vi.fn();
      disconnect = vi.fn();
    },
  );
  vi.stubGlobal('matchMedia', (query: string) => ({ matches: reducedMotion && query.includes('reduce') }));
});

const option: ChartOption = {
  xAxis: { type: 'category', data: ['A'] },
  yAxis: { type: 'value' },
  series: [{ type: 'bar', data: [1] }],
};
const fallback = (
  <table>
    <caption>Jobs by borough</caption>
  </table>
);

function lastOption(): Record<string, unknown> {
  const call = echarts.instance.setOption.mock.lastCall;
  if (!call) throw new Error('setOption was not called');
  return call[0] as Record<string, unknown>;
}

describe('Chart', () => {
  it('holds its height and loads nothing until it comes near the viewport', async () => {
    const watched: ((entries: { isIntersecting: boolean }[]) => void)[] = [];
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        constructor(callback: (entries: { isIntersecting: boolean }[]) => void) {
          watched.push(callback);
        }
        observe = vi.fn();
        disconnect = vi.fn();
      },
    );
    const { container } = render(
      <Chart option={option} description="Jobs by borough" height={300} fallback={fallback} />,
    );
    // An empty box of the chart's height: nothing is loading yet, so nothing says so.
    expect(container.firstElementChild?.firstElementChild).toHaveStyle({ height: '300px' });
    expect(screen.queryByText('Loading chart…')).not.toBeInTheDocument();
    act(() => watched.forEach((callback) => callback([{ isIntersecting: false }])));
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(echarts.init).not.toHaveBeenCalled();

    act(() => watched.forEach((callback) => callback([{ isIntersecting: true }])));
    expect(await screen.findByRole('img', { name: 'Jobs by borough' })).toBeInTheDocument();
    expect(echarts.init).toHaveBeenCalledTimes(1);
  });

  it('shows its table instead when the browser cannot draw charts', () => {
    echarts.canDraw.mockReturnValue(false);
    render(<Chart option={option} description="Jobs by borough" height={300} fallback={fallback} />);
    expect(screen.getByRole('table', { name: 'Jobs by borough' })).toBeInTheDocument();
    expect(echarts.init).not.toHaveBeenCalled();
  });

  it('draws the option with its description for screen readers, the palette and no animation when motion is reduced', async () => {
    reducedMotion = true;
    render(<Chart option={option} description="Jobs delivered by borough" height={300} fallback={fallback} decals />);
    const img = await screen.findByRole('img', { name: 'Jobs delivered by borough' });
    expect(img).toHaveStyle({ height: '300px' });
    expect(echarts.init).toHaveBeenCalledWith(img, null, { renderer: 'canvas' });
    expect(lastOption()).toMatchObject({
      series: [{ type: 'bar', data: [1] }],
      color: ['#12436D', '#28A197', '#801650', '#F46A25'],
      animation: false,
      aria: {
        enabled: true,
        label: { enabled: true, description: 'Jobs delivered by borough' },
        decal: { show: true },
      },
    });
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('animates when motion is not reduced, redraws on a new option, resizes with its box and disposes on unmount', async () => {
    const { rerender, unmount } = render(<Chart option={option} description="d" height={200} fallback={fallback} />);
    await screen.findByRole('img', { name: 'd' });
    expect(lastOption()).toMatchObject({ animation: true });

    const next: ChartOption = { ...option, series: [{ type: 'bar', data: [2] }] };
    rerender(<Chart option={next} description="d" height={200} fallback={fallback} />);
    expect(lastOption()).toMatchObject({ series: [{ data: [2] }] });
    expect(echarts.instance.setOption).toHaveBeenLastCalledWith(expect.anything(), { notMerge: true });

    act(() => resizeCallbacks.forEach((callback) => callback()));
    expect(echarts.instance.resize).toHaveBeenCalledTimes(1);

    unmount();
    expect(echarts.instance.dispose).toHaveBeenCalledTimes(1);
  });

  it('draws tooltips as rich text so text from the API is never read as HTML', async () => {
    const withTooltip: ChartOption = { ...option, tooltip: { trigger: 'item', renderMode: 'html' } };
    render(<Chart option={withTooltip} description="d" height={200} fallback={fallback} />);
    await screen.findByRole('img');
    expect(lastOption()).toMatchObject({ tooltip: [{ trigger: 'item', renderMode: 'richText', confine: true }] });
  });

  it('reports clicks on data items with the latest handler', async () => {
    const first = vi.fn();
    const second = vi.fn();
    const { rerender } = render(
      <Chart option={option} description="d" height={200} fallback={fallback} onItemClick={first} />,
    );
    await screen.findByRole('img');
    rerender(<Chart option={option} description="d" height={200} fallback={fallback} onItemClick={second} />);
    const [event, listener] = echarts.instance.on.mock.calls[0] as [string, (p: object) => void];
    expect(event).toBe('click');
    listener({ seriesIndex: 0, dataIndex: 2, name: 'Knowsley' });
    expect(second).toHaveBeenCalledWith({ seriesIndex: 0, dataIndex: 2, name: 'Knowsley' });
    expect(first).not.toHaveBeenCalled();
  });

  it('emphasises the highlighted item with its tooltip, and lets it go when the highlight moves', async () => {
    const { rerender } = render(
      <Chart
        option={option}
        description="d"
        height={200}
        fallback={fallback}
        highlighted={{ seriesIndex: 0, dataIndex: 1 }}
      />,
    );
    await screen.findByRole('img');
    expect(echarts.instance.dispatchAction).toHaveBeenCalledWith({ type: 'highlight', seriesIndex: 0, dataIndex: 1 });
    expect(echarts.instance.dispatchAction).toHaveBeenCalledWith({ type: 'showTip', seriesIndex: 0, dataIndex: 1 });
    rerender(<Chart option={option} description="d" height={200} fallback={fallback} highlighted={null} />);
    expect(echarts.instance.dispatchAction).toHaveBeenCalledWith({ type: 'downplay', seriesIndex: 0, dataIndex: 1 });
    expect(echarts.instance.dispatchAction).toHaveBeenLastCalledWith({ type: 'hideTip' });
  });

  it('fetches and registers its map before drawing', async () => {
    const geojson = JSON.stringify({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [] } }],
    });
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(geojson));
    render(
      <Chart
        option={option}
        description="map"
        height={400}
        fallback={fallback}
        map={{ name: 'test-ok', url: '/m.geojson' }}
      />,
    );
    expect(screen.getByText('Loading chart…')).toBeInTheDocument();
    await screen.findByRole('img', { name: 'map' });
    expect(fetchSpy).toHaveBeenCalledWith('/m.geojson');
    expect(echarts.registerMap).toHaveBeenCalledWith('test-ok', geojson);
  });

  it('shows its table when the map cannot be loaded or is not a map', async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValueOnce(new Response('nope', { status: 404 }));
    const { unmount } = render(
      <Chart
        option={option}
        description="map"
        height={400}
        fallback={fallback}
        map={{ name: 'test-404', url: '/x' }}
      />,
    );
    expect(await screen.findByRole('table', { name: 'Jobs by borough' })).toBeInTheDocument();
    unmount();

    vi.spyOn(globalThis, 'fetch').mockResolvedValueOnce(new Response('{"type":"Feature"}'));
    render(
      <Chart
        option={option}
        description="map"
        height={400}
        fallback={fallback}
        map={{ name: 'test-bad', url: '/y' }}
      />,
    );
    expect(await screen.findByRole('table', { name: 'Jobs by borough' })).toBeInTheDocument();
    expect(echarts.registerMap).not.toHaveBeenCalled();
    expect(echarts.init).not.toHaveBeenCalled();
  });

  it('gives way to its table when ECharts fails', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    echarts.init.mockImplementation(() => {
      throw new Error('no context');
    });
    render(<Chart option={option} description="d" height={200} fallback={fallback} />);
    await waitFor(() => expect(screen.getByRole('table', { name: 'Jobs by borough' })).toBeInTheDocument());
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });
});
