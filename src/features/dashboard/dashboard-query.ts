import { z } from 'zod';
import { dashboardQuerySchema, headlineSchema, type DashboardQuery } from '@/lib/contract';

export const chartViewSchema = z.enum(['chart', 'table']);
export type ChartView = z.infer<typeof chartViewSchema>;

/**
 * Everything the dashboard keeps in its URL: the API's filter (borough, theme, period, status,
 * basis) plus what the page shows: the headline outcome on the map and trend, and whether each
 * chart card shows its chart or its table. A shared link or a reload gives the same page.
 */
export const dashboardPageSchema = dashboardQuerySchema.extend({
  headline: headlineSchema.default('jobs'),
  themeView: chartViewSchema.default('chart'),
  trendView: chartViewSchema.default('chart'),
});
export type DashboardPageQuery = z.infer<typeof dashboardPageSchema>;

/** The part of the page's state the API answers; the rest never causes a request. */
export function summaryQueryOf({ borough, theme, period, status, basis }: DashboardPageQuery): DashboardQuery {
  return { borough, theme, period, status, basis };
}
