export { Chart } from './chart';
export {
  CHART_CATEGORICAL,
  CHART_GRID_LINE,
  CHART_MUTED_TEXT,
  CHART_NEUTRAL,
  CHART_PAIR,
  CHART_SEQUENTIAL,
  CHART_TEXT,
} from './palette';
export type { ChartItemEvent, ChartMap, ChartOption, ChartProps } from './types';
