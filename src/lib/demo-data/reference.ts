import {
  BOROUGHS,
  THEMES,
  type Category,
  type FinancialYearRef,
  type Measure,
  type ReferenceData,
  type User,
} from '@/lib/contract';
import { financialYearId, financialYearLabel, quarterBounds, quarterId, quarterLabel } from '@/lib/figures';

/** The demo data is "as of" a fixed date, so that figures and screenshots are stable. */
export const AS_OF = '2026-10-31';
/** The last complete quarter before `AS_OF`: expected-to-date figures run up to it. */
export const REPORTING_QUARTER = '2026-27-Q2';
/** The Social Value Framework began in April 2022: no contract, profile or return is earlier. */
export const FIRST_FINANCIAL_YEAR = 2022;

export type MeasureCode =
  | 'JOB-LOCAL-FTE'
  | 'JOB-LTU'
  | 'JOB-NEET'
  | 'JOB-DISABLED'
  | 'APP-STARTS'
  | 'APP-WEEKS'
  | 'TRAIN-WEEKS'
  | 'PLACE-WEEKS'
  | 'SPEND-LCR'
  | 'SPEND-SME'
  | 'SPEND-VCSE'
  | 'ENV-CARBON'
  | 'ENV-MILES'
  | 'COM-VOL-HOURS'
  | 'COM-DONATIONS';

export type DemoMeasure = Measure & { code: MeasureCode };

/**
 * Measures adapted from the National TOMs. Proxy values are illustrative, not the licensed
 * National TOMs values: they are set so that a portfolio of a few hundred contracts is worth tens
 * of £m, as the authority's own reports are. Spend proxies are a small fraction of each £ so that
 * contract spend itself is not counted as social value.
 */
export const MEASURES: readonly DemoMeasure[] = [
  {
    code: 'JOB-LOCAL-FTE',
    name: 'Local people employed',
    theme: 'jobs',
    unit: 'FTE',
    headline: 'jobs',
    proxyValue: 28_000,
  },
  {
    code: 'JOB-LTU',
    name: 'Long-term unemployed people hired',
    theme: 'jobs',
    unit: 'people',
    headline: null,
    proxyValue: 21_000,
  },
  {
    code: 'JOB-NEET',
    name: 'Young people not in education, employment or training hired',
    theme: 'jobs',
    unit: 'people',
    headline: null,
    proxyValue: 15_000,
  },
  {
    code: 'JOB-DISABLED',
    name: 'Disabled people hired',
    theme: 'jobs',
    unit: 'people',
    headline: null,
    proxyValue: 16_000,
  },
  {
    code: 'APP-STARTS',
    name: 'Apprenticeship starts',
    theme: 'jobs',
    unit: 'people',
    headline: 'apprenticeships',
    proxyValue: 4_500,
  },
  { code: 'APP-WEEKS', name: 'Apprenticeship weeks', theme: 'jobs', unit: 'weeks', headline: null, proxyValue: 250 },
  { code: 'TRAIN-WEEKS', name: 'Training weeks', theme: 'jobs', unit: 'weeks', headline: null, proxyValue: 120 },
  { code: 'PLACE-WEEKS', name: 'Work-placement weeks', theme: 'jobs', unit: 'weeks', headline: null, proxyValue: 180 },
  {
    code: 'SPEND-LCR',
    name: 'Spend with Liverpool City Region suppliers',
    theme: 'economy',
    unit: 'GBP',
    headline: 'local-spend',
    proxyValue: 0.2,
  },
  {
    code: 'SPEND-SME',
    name: 'Spend with local small and medium-sized enterprises',
    theme: 'economy',
    unit: 'GBP',
    headline: null,
    proxyValue: 0.2,
  },
  {
    code: 'SPEND-VCSE',
    name: 'Spend with voluntary, community and social enterprises',
    theme: 'economy',
    unit: 'GBP',
    headline: null,
    proxyValue: 0.25,
  },
  {
    code: 'ENV-CARBON',
    name: 'Carbon saved',
    theme: 'environment',
    unit: 'tCO2e',
    headline: 'carbon',
    proxyValue: 252,
  },
  { code: 'ENV-MILES', name: 'Car miles saved', theme: 'environment', unit: 'miles', headline: null, proxyValue: 0.12 },
  {
    code: 'COM-VOL-HOURS',
    name: 'Volunteering hours',
    theme: 'communities',
    unit: 'hours',
    headline: null,
    proxyValue: 17,
  },
  {
    code: 'COM-DONATIONS',
    name: 'Donations to local community projects',
    theme: 'communities',
    unit: 'GBP',
    headline: null,
    proxyValue: 1,
  },
];

export const CATEGORIES: readonly { id: Category; name: string }[] = [
  { id: 'highways', name: 'Highways' },
  { id: 'construction', name: 'Construction' },
  { id: 'ict', name: 'ICT' },
  { id: 'professional-services', name: 'Professional services' },
  { id: 'transport', name: 'Transport' },
  { id: 'facilities', name: 'Facilities management' },
  { id: 'care', name: 'Care' },
];

export const USERS: readonly User[] = [
  { id: 'u-director-1', name: 'Helen Whitfield', role: 'director' },
  { id: 'u-cm-1', name: 'Priya Sharma', role: 'contract-manager' },
  { id: 'u-cm-2', name: 'Tom Gallagher', role: 'contract-manager' },
  { id: 'u-cm-3', name: 'Siobhan Doyle', role: 'contract-manager' },
  { id: 'u-cm-4', name: 'Marcus Okafor', role: 'contract-manager' },
  { id: 'u-cm-5', name: 'Rachel Hughes', role: 'contract-manager' },
  { id: 'u-auditor-1', name: 'David Lloyd', role: 'auditor' },
];

export const CONTRACT_MANAGERS: readonly User[] = USERS.filter((u) => u.role === 'contract-manager');

function financialYear(startYear: number): FinancialYearRef {
  const id = financialYearId(startYear);
  return {
    id,
    label: financialYearLabel(id),
    quarters: [1, 2, 3, 4].map((q) => {
      const quarter = quarterId(startYear, q);
      return { id: quarter, label: quarterLabel(quarter), ...quarterBounds(quarter) };
    }),
  };
}

/** Reference data covering every financial year from 2022/23 to the last one a contract runs into. */
export function buildReference(lastFinancialYear: number): ReferenceData {
  const financialYears: FinancialYearRef[] = [];
  for (let year = FIRST_FINANCIAL_YEAR; year <= lastFinancialYear; year += 1) financialYears.push(financialYear(year));
  return {
    asOf: AS_OF,
    reportingQuarter: REPORTING_QUARTER,
    boroughs: BOROUGHS.map((b) => ({ code: b.code, name: b.name })),
    themes: THEMES.map((t) => ({ id: t.id, name: t.name })),
    measures: MEASURES.map((m) => ({ ...m })),
    financialYears,
    categories: CATEGORIES.map((c) => ({ ...c })),
    users: USERS.map((u) => ({ ...u })),
  };
}
