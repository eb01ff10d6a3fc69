import { z } from 'zod';
import { isoDateTimeSchema } from './reference';

/**
 * Import of the contract register: the sheets and columns a file has (the template is built
 * from the same lists), what the import did, and how a refused file is reported.
 */
export const IMPORT_SHEETS = { contracts: 'Contracts', commitments: 'Commitments' } as const;
export type ImportSheet = (typeof IMPORT_SHEETS)[keyof typeof IMPORT_SHEETS];

export const CONTRACT_COLUMNS = {
  reference: 'Reference',
  title: 'Title',
  supplierName: 'Supplier name',
  companyNumber: 'Company number',
  value: 'Value (GBP)',
  startDate: 'Start date',
  endDate: 'End date',
  boroughs: 'Boroughs',
  category: 'Category',
  manager: 'Manager',
} as const;

export const COMMITMENT_COLUMNS = {
  contractReference: 'Contract reference',
  measureCode: 'Measure code',
  area: 'Area',
  total: 'Total',
  profile: 'Quarterly profile',
  spreadFrom: 'Spread from',
  spreadTo: 'Spread to',
} as const;

/** The spreadsheet value that stands for the whole region, in Boroughs and Area. */
export const REGION_WIDE_LABEL = 'Region-wide';

/** One thing wrong with a file: where (sheet, row as the spreadsheet numbers it, column) and why. */
export const importIssueSchema = z.object({
  file: z.string(),
  sheet: z.string().nullable(),
  /** Row number as the spreadsheet shows it (the header is row 1); null for the sheet or file as a whole. */
  row: z.number().int().min(1).nullable(),
  column: z.string().nullable(),
  reason: z.string(),
});
export type ImportIssue = z.infer<typeof importIssueSchema>;

/** A field an import changed: on a contract (by reference), a commitment or a supplier. */
export const importChangeSchema = z.object({
  subject: z.enum(['contract', 'commitment', 'supplier']),
  /** Contract reference; `reference / measure / area` for a commitment; company number for a supplier. */
  key: z.string(),
  field: z.string(),
  /** Null when the record is new. */
  from: z.string().nullable(),
  to: z.string(),
});
export type ImportChange = z.infer<typeof importChangeSchema>;

const countsSchema = z.object({
  created: z.number().int().min(0),
  updated: z.number().int().min(0),
  unchanged: z.number().int().min(0),
});

export const importResultSchema = z.object({
  /** Null for a check that wrote nothing (`dryRun`). */
  id: z.string().nullable(),
  dryRun: z.boolean(),
  at: isoDateTimeSchema,
  userId: z.string(),
  files: z.array(z.string()),
  contracts: countsSchema,
  commitments: countsSchema,
  suppliers: countsSchema,
  /** Every field changed, up to `IMPORT_CHANGES_SHOWN`; `changeCount` says how many there were in all. */
  changes: z.array(importChangeSchema),
  changeCount: z.number().int().min(0),
});
export type ImportResult = z.infer<typeof importResultSchema>;

export const IMPORT_CHANGES_SHOWN = 500;
/** A refused file reports at most this many issues (a wrong file would otherwise list every cell). */
export const IMPORT_ISSUES_SHOWN = 200;
/** Largest register file accepted. */
export const IMPORT_MAX_BYTES = 30 * 1024 * 1024;

export const importQuerySchema = z.object({
  dryRun: z.enum(['true', 'false']).default('false'),
});
