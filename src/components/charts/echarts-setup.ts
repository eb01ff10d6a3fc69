/**
 * The only module that imports ECharts' core runtime. Tree-shaken: just the series and
 * components our bar and line charts draw, registered once. The map series lives apart
 * (echarts-map.ts) and loads only with a map. Reached only through the lazily loaded chart, so
 * ECharts stays out of the initial bundle.
 *
 * Renderer: canvas, not SVG. Measured in December 2026 (ECharts 6.1, Chromium 156, 2 cores): with
 * these parts the SVG renderer makes ECharts about 4 KB gzip larger (210 against 206 KB as a
 * minified library), and creating a chart, drawing the theme bars, the trend lines and
 * the bars again and showing a tooltip took a median of 218-262 ms with SVG against 197-232 ms
 * with canvas (15 charts per run, on a busy machine). SVG would still need a canvas to measure
 * text, and is no more accessible: each chart has an aria-label and its data in a table beside it.
 */
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
// Renamed on import: React's lint rules take any function called `use` for a hook.
import { init, use as registerParts } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

registerParts([BarChart, LineChart, GridComponent, TooltipComponent, MarkLineComponent, AriaComponent, CanvasRenderer]);

export { init };
export type { EChartsType } from 'echarts/core';
