import { lazy, Suspense, useRef } from 'react';
import { canDrawCharts } from './can-draw-charts';
import { ChartErrorBoundary } from './chart-error-boundary';
import { ChartPlaceholder } from './chart-placeholder';
import type { ChartProps } from './types';
import { useNearViewport } from './use-near-viewport';
import './chart.css';

const EChartsChart = lazy(() => import('./echarts-chart'));

/**
 * The app's one chart component. ECharts loads when the chart first comes near the viewport
 * (never in the initial bundle, nor for a chart below the fold), behind a placeholder of the
 * same height; where charts cannot be drawn, or fail, `fallback` (the data as a table) is shown
 * instead. Memoise `option`: a new object redraws the chart.
 */
export function Chart(props: ChartProps) {
  const boxRef = useRef<HTMLDivElement>(null);
  const near = useNearViewport(boxRef);
  if (!canDrawCharts()) return <div className="svm-chart">{props.fallback}</div>;
  return (
    <div className="svm-chart" ref={boxRef}>
      {near ? (
        <ChartErrorBoundary fallback={props.fallback}>
          <Suspense fallback={<ChartPlaceholder height={props.height} />}>
            <EChartsChart {...props} />
          </Suspense>
        </ChartErrorBoundary>
      ) : (
        <ChartPlaceholder height={props.height} loading={false} />
      )}
    </div>
  );
}
