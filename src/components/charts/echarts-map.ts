/**
 * The map series and map registration: about a tenth of ECharts, loaded (with the geometry) only
 * when a chart with a map is drawn, which is only once it nears the viewport.
 */
import { MapChart } from 'echarts/charts';
// Renamed on import: React's lint rules take any function called `use` for a hook.
import { registerMap, use as registerParts } from 'echarts/core';

registerParts([MapChart]);

export { registerMap };
