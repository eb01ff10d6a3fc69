/**
 * Colours from the Government Analysis Function's colour-blind-safe palette. Charts never rely on
 * colour alone: pair these with direct labels, line styles or decals.
 */
export const CHART_CATEGORICAL = ['#12436D', '#28A197', '#801650', '#F46A25'] as const;

/** The pair the palette recommends when a chart has exactly two series. */
export const CHART_PAIR = ['#12436D', '#F46A25'] as const;

/** Dark to light, for ordered bands such as a choropleth's. */
export const CHART_SEQUENTIAL = ['#12436D', '#2073BC', '#6BACE6'] as const;

/** For areas with no value ("not yet due", "not in filter"): light enough to read dark text on. */
export const CHART_NEUTRAL = '#DDDDDD';

/** Text and axis colours that keep 4.5:1 on white. */
export const CHART_TEXT = '#0B0C0C';
export const CHART_MUTED_TEXT = '#505A5F';
export const CHART_GRID_LINE = '#E6E6E6';
