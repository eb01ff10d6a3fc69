import type { BarSeriesOption, LineSeriesOption, MapSeriesOption } from 'echarts/charts';
import type { GridComponentOption, MarkLineComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { ReactNode } from 'react';

/**
 * What a chart may draw: the series and components registered in `echarts-setup.ts` and `echarts-map.ts`. Type-only
 * imports, so naming this type never pulls ECharts into the importing chunk. The chart
 * component sets `aria`, `animation`, the palette and safe tooltips for every chart, over
 * whatever the option says.
 */
export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | MapSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | MarkLineComponentOption
>;

/** The data item a user clicked. */
export interface ChartItemEvent {
  seriesIndex: number;
  dataIndex: number;
  name: string;
}

/** A GeoJSON FeatureCollection the chart fetches and registers under `name` before drawing a map series. */
export interface ChartMap {
  name: string;
  url: string;
}

export interface ChartProps {
  option: ChartOption;
  /** What the chart shows, in words: the accessible name screen readers announce for it. */
  description: string;
  /** Fixed height in px, held by the loading placeholder too, so the page does not jump. */
  height: number;
  /**
   * Shown instead of the chart when it cannot be drawn (no canvas, the chart code or the map
   * failed to load): normally the same data as a table.
   */
  fallback: ReactNode;
  map?: ChartMap;
  /** Fill patterns on bars and areas (ECharts `aria.decal`), for series told apart by colour. */
  decals?: boolean;
  onItemClick?: (item: ChartItemEvent) => void;
  /** An item to emphasise and show the tooltip for, e.g. the region focused by the keyboard. */
  highlighted?: { seriesIndex: number; dataIndex: number } | null;
}
