import { z } from 'zod';

/** The six boroughs of the Liverpool City Region, keyed by ONS local authority code. */
export const BOROUGHS = [
  { code: 'E06000006', name: 'Halton' },
  { code: 'E08000011', name: 'Knowsley' },
  { code: 'E08000012', name: 'Liverpool' },
  { code: 'E08000013', name: 'St Helens' },
  { code: 'E08000014', name: 'Sefton' },
  { code: 'E08000015', name: 'Wirral' },
] as const;

export const boroughCodeSchema = z.enum(BOROUGHS.map((b) => b.code) as [BoroughCodeLiteral, ...BoroughCodeLiteral[]]);
type BoroughCodeLiteral = (typeof BOROUGHS)[number]['code'];
export type BoroughCode = z.infer<typeof boroughCodeSchema>;

/**
 * Where a commitment is delivered: one borough, or the whole region. Region-wide outcomes
 * (carbon saved across a fleet, spend with any LCR supplier) are kept apart rather than
 * smeared across boroughs, so a borough filter never shows a share that was not pledged there.
 */
export const REGION_WIDE = 'region' as const;
export const areaSchema = z.union([boroughCodeSchema, z.literal(REGION_WIDE)]);
export type Area = z.infer<typeof areaSchema>;

export const THEMES = [
  { id: 'jobs', name: 'Good jobs and skills' },
  { id: 'economy', name: 'Local economy' },
  { id: 'environment', name: 'Net zero and environment' },
  { id: 'communities', name: 'Communities and wellbeing' },
] as const;
export const themeIdSchema = z.enum(['jobs', 'economy', 'environment', 'communities']);
export type ThemeId = z.infer<typeof themeIdSchema>;

export const unitSchema = z.enum(['people', 'FTE', 'weeks', 'GBP', 'tCO2e', 'hours', 'miles']);
export type Unit = z.infer<typeof unitSchema>;

/** The four outcomes directors follow on the dashboard. */
export const headlineSchema = z.enum(['jobs', 'apprenticeships', 'local-spend', 'carbon']);
export type Headline = z.infer<typeof headlineSchema>;

export const measureSchema = z.object({
  code: z.string().min(1),
  name: z.string().min(1),
  theme: themeIdSchema,
  unit: unitSchema,
  headline: headlineSchema.nullable(),
  /** £ per unit. Illustrative only: the real National TOMs proxy values are licensed. */
  proxyValue: z.number().nonnegative(),
});
export type Measure = z.infer<typeof measureSchema>;

export const boroughSchema = z.object({ code: boroughCodeSchema, name: z.string() });
export type Borough = z.infer<typeof boroughSchema>;
export const themeSchema = z.object({ id: themeIdSchema, name: z.string() });
export type Theme = z.infer<typeof themeSchema>;

/** `2025-26` */
export const financialYearSchema = z.string().regex(/^\d{4}-\d{2}$/, 'a financial year such as 2025-26');
/** `2025-26-Q2` */
export const quarterIdSchema = z.string().regex(/^\d{4}-\d{2}-Q[1-4]$/, 'a quarter such as 2025-26-Q2');
export type QuarterId = z.infer<typeof quarterIdSchema>;

export const isoDateSchema = z.iso.date();
export const isoDateTimeSchema = z.iso.datetime({ offset: true });

export const financialYearRefSchema = z.object({
  id: financialYearSchema,
  label: z.string(),
  quarters: z.array(z.object({ id: quarterIdSchema, label: z.string(), start: isoDateSchema, end: isoDateSchema })),
});
export type FinancialYearRef = z.infer<typeof financialYearRefSchema>;

export const roleSchema = z.enum(['director', 'contract-manager', 'auditor']);
export type Role = z.infer<typeof roleSchema>;

export const userSchema = z.object({ id: z.string(), name: z.string(), role: roleSchema });
export type User = z.infer<typeof userSchema>;

export const contractStatusSchema = z.enum(['mobilising', 'live', 'closed']);
export type ContractStatus = z.infer<typeof contractStatusSchema>;

export const categorySchema = z.enum([
  'highways',
  'construction',
  'ict',
  'professional-services',
  'transport',
  'facilities',
  'care',
]);
export type Category = z.infer<typeof categorySchema>;

export const referenceDataSchema = z.object({
  /** The date the data set is "as of": figures and screenshots are stable against it. */
  asOf: isoDateSchema,
  /** The last complete quarter: expected-to-date figures run up to and including it. */
  reportingQuarter: quarterIdSchema,
  boroughs: z.array(boroughSchema),
  themes: z.array(themeSchema),
  measures: z.array(measureSchema),
  financialYears: z.array(financialYearRefSchema),
  categories: z.array(z.object({ id: categorySchema, name: z.string() })),
  users: z.array(userSchema),
});
export type ReferenceData = z.infer<typeof referenceDataSchema>;
