import { CHART_CATEGORICAL } from '@/components/charts';

/**
 * The trend's three lines, told apart by colour, line style and marker, and labelled at their
 * ends, so none depends on colour.
 */
export const TREND_SERIES = {
  profile: {
    name: 'Profile (expected)',
    short: 'Profile',
    colour: CHART_CATEGORICAL[0],
    line: 'dashed',
    symbol: 'triangle',
  },
  verified: { name: 'Verified', short: 'Verified', colour: CHART_CATEGORICAL[1], line: 'solid', symbol: 'circle' },
  claimed: { name: 'Claimed', short: 'Claimed', colour: CHART_CATEGORICAL[2], line: 'dotted', symbol: 'rect' },
} as const;

export type TrendSeriesKey = keyof typeof TREND_SERIES;
