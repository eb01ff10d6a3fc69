import { lazy, Suspense } from 'react';
import { canDrawCharts } from './can-draw-charts';
import { ChartErrorBoundary } from './chart-error-boundary';
import { ChartPlaceholder } from './chart-placeholder';
import type { ChartProps } from './types';
import './chart.css';

const EChartsChart = lazy(() => import('./echarts-chart'));

/**
 * The app's one chart component. ECharts loads on first use (never in the initial bundle) behind
 * a placeholder of the same height; where charts cannot be drawn, or fail, `fallback` (the data
 * as a table) is shown instead. Memoise `option`: a new object redraws the chart.
 */
export function Chart(props: ChartProps) {
  if (!canDrawCharts()) return <div className="svm-chart">{props.fallback}</div>;
  return (
    <div className="svm-chart">
      <ChartErrorBoundary fallback={props.fallback}>
        <Suspense fallback={<ChartPlaceholder height={props.height} />}>
          <EChartsChart {...props} />
        </Suspense>
      </ChartErrorBoundary>
    </div>
  );
}
