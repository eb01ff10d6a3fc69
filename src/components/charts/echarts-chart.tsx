import { useEffect, useRef, useState } from 'react';
import { ChartPlaceholder } from './chart-placeholder';
import { type EChartsType, init } from './echarts-setup';
import { ensureMap } from './map-registry';
import { prefersReducedMotion, themedOption } from './theme';
import type { ChartProps } from './types';

type Status = 'loading-map' | 'ready' | 'failed';

/**
 * The ECharts instance behind `Chart`, loaded lazily with ECharts itself. Owns the instance's
 * life: init once the map (if any) is registered, options on every change, resize with its box,
 * dispose on unmount.
 */
export default function EChartsChart({
  option,
  description,
  height,
  fallback,
  map,
  decals = false,
  onItemClick,
  highlighted,
}: ChartProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<EChartsType | null>(null);
  const mapName = map?.name;
  const mapUrl = map?.url;
  const [status, setStatus] = useState<Status>(mapName ? 'loading-map' : 'ready');

  // Handlers change identity on every render; the instance keeps one listener that reads the latest.
  const onItemClickRef = useRef(onItemClick);
  useEffect(() => {
    onItemClickRef.current = onItemClick;
  });

  useEffect(() => {
    if (mapName === undefined || mapUrl === undefined) return;
    let live = true;
    ensureMap({ name: mapName, url: mapUrl }).then(
      () => live && setStatus('ready'),
      () => live && setStatus('failed'),
    );
    return () => {
      live = false;
    };
  }, [mapName, mapUrl]);

  useEffect(() => {
    const container = containerRef.current;
    if (status !== 'ready' || !container) return;
    const chart = init(container, null, { renderer: 'canvas' });
    chartRef.current = chart;
    chart.on('click', (params) => {
      onItemClickRef.current?.({
        seriesIndex: params.seriesIndex ?? 0,
        dataIndex: params.dataIndex,
        name: params.name,
      });
    });
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(container);
    return () => {
      observer.disconnect();
      chart.dispose();
      chartRef.current = null;
    };
  }, [status]);

  useEffect(() => {
    const chart = chartRef.current;
    const container = containerRef.current;
    if (status !== 'ready' || !chart || !container) return;
    const themed = themedOption(option, {
      description,
      decals,
      reducedMotion: prefersReducedMotion(),
      fontFamily: getComputedStyle(container).fontFamily,
    });
    // Each option replaces the last whole, so nothing of an old option lingers; merging only parts
    // (replaceMerge) would also apply to `media` rules and drop the series on a narrow screen.
    chart.setOption(themed, { notMerge: true });
  }, [status, option, description, decals]);

  const highlightSeries = highlighted?.seriesIndex;
  const highlightData = highlighted?.dataIndex;
  useEffect(() => {
    const chart = chartRef.current;
    if (status !== 'ready' || !chart || highlightSeries === undefined || highlightData === undefined) return;
    const target = { seriesIndex: highlightSeries, dataIndex: highlightData };
    chart.dispatchAction({ type: 'highlight', ...target });
    chart.dispatchAction({ type: 'showTip', ...target });
    return () => {
      if (chart.isDisposed()) return;
      chart.dispatchAction({ type: 'downplay', ...target });
      chart.dispatchAction({ type: 'hideTip' });
    };
    // A new option redraws the series and drops their emphasis, so it is applied again after one.
  }, [status, highlightSeries, highlightData, option]);

  if (status === 'failed') return <>{fallback}</>;
  if (status === 'loading-map') return <ChartPlaceholder height={height} />;
  return (
    <div ref={containerRef} className="svm-chart__canvas" role="img" aria-label={description} style={{ height }} />
  );
}
