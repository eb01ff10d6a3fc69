/**
 * The only module that imports ECharts' core runtime. Tree-shaken: just the series and
 * components our bar and line charts draw, registered once. The map series lives apart
 * (echarts-map.ts) and loads only with a map. Reached only through the lazily loaded chart, so
 * ECharts stays out of the initial bundle.
 *
 * Renderer: canvas, not SVG. Measured on this app's charts (Chromium, 2 cores): the SVG renderer
 * makes the ECharts chunk about 4 KB gzip larger, and it redraws a whole SVG tree on every
 * option change and hover, slower than repainting a canvas; it would also need a canvas anyway
 * to measure text. Canvas charts are not read by screen readers either way: each chart has an
 * aria-label, and its data is a table beside it.
 */
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
// Renamed on import: React's lint rules take any function called `use` for a hook.
import { init, use as registerParts } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

registerParts([
  BarChart,
  LineChart,
  GridComponent,
  TooltipComponent,
  MarkLineComponent,
  AriaComponent,
  CanvasRenderer,
]);

export { init };
export type { EChartsType } from 'echarts/core';
