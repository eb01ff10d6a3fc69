/**
 * The only module that imports ECharts' runtime. Tree-shaken: just the series and components our
 * charts use, registered once. It is reached only through the lazily loaded chart, so ECharts
 * stays out of the initial bundle.
 */
import { BarChart, LineChart, MapChart } from 'echarts/charts';
import { AriaComponent, GridComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
// Renamed on import: React's lint rules take any function called `use` for a hook.
import { init, registerMap, use as registerParts } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

registerParts([
  BarChart,
  LineChart,
  MapChart,
  GridComponent,
  TooltipComponent,
  MarkLineComponent,
  AriaComponent,
  CanvasRenderer,
]);

export { init, registerMap };
export type { EChartsType } from 'echarts/core';
