import { z } from 'zod';
import { figuresSchema, ragSchema } from './common';
import { contractSummarySchema } from './contracts';
import { areaSchema, headlineSchema, quarterIdSchema, themeIdSchema, unitSchema } from './reference';

const headlineFiguresSchema = z.record(headlineSchema, figuresSchema);

export const dashboardSummarySchema = z.object({
  contractCount: z.number().int().min(0),
  headlines: z.array(
    z.object({
      headline: headlineSchema,
      measureCode: z.string(),
      unit: unitSchema,
      figures: figuresSchema,
      /** Delivered (on the requested basis) as % of expected; null when nothing is expected yet. */
      pct: z.number().nullable(),
      rag: ragSchema,
    }),
  ),
  byMeasure: z.array(z.object({ measureCode: z.string(), theme: themeIdSchema, figures: figuresSchema })),
  /** One row per borough plus one for region-wide outcomes, never apportioned. */
  byArea: z.array(z.object({ area: areaSchema, headlines: headlineFiguresSchema })),
  /** Per quarter in the period, not cumulative: `pledged` is the profile falling in that quarter. */
  byQuarter: z.array(z.object({ quarter: quarterIdSchema, headlines: headlineFiguresSchema })),
  ragCounts: z.record(ragSchema, z.number().int().min(0)),
  /** £, verified (and claimed) quantity x illustrative proxy value. */
  socialValue: z.object({ verified: z.number(), claimed: z.number() }),
  furthestBehind: z.array(contractSummarySchema),
});
export type DashboardSummary = z.infer<typeof dashboardSummarySchema>;
export type HeadlineTile = DashboardSummary['headlines'][number];
