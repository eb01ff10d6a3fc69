import type { Unit } from '@/lib/contract';

export type ExportFormat = 'csv' | 'xlsx';

/**
 * How a column's values are typed in the file. Percentages are given on the API's scale
 * (87.5 means 87.5%); the Excel writer stores them as fractions with a percentage format.
 * `date` takes an ISO date (`2026-11-25`), `datetime` an ISO date-time with offset; both may
 * also be given as a `Date`.
 */
export type ExportColumnType = 'text' | 'integer' | 'number' | 'gbp' | 'pct' | 'date' | 'datetime' | 'quantity';

export interface ExportColumn {
  id: string;
  /** Readable header, as a person would write it: 'Value (£)', 'Uploaded at (UTC)'. */
  header: string;
  type: ExportColumnType;
  /** For `quantity` columns whose unit is the same on every row. */
  unit?: Unit;
}

/** A quantity whose unit varies from row to row (a contract's commitments mix FTE, £ and tCO2e). */
export interface QuantityValue {
  quantity: number;
  unit: Unit;
}

export type ExportValue = string | number | boolean | Date | QuantityValue | null;

/** One row, keyed by column id. Missing keys are empty cells. */
export type ExportRecord = Readonly<Partial<Record<string, ExportValue>>>;

export interface ExportMetadata {
  title: string;
  /** The filters and sort of the view, in words: 'Borough: Liverpool, Sefton'. */
  filters: readonly string[];
  /** The date the data is "as of" (ISO), from the reference data. */
  asOf: string | null;
  generatedAt: Date;
  /** The address of the view in the app, so a reader can open what was exported. */
  viewUrl: string;
}

export interface ExportTable {
  columns: readonly ExportColumn[];
  /** Each row holds one value per column, in column order. */
  rows: readonly (readonly ExportValue[])[];
  meta: ExportMetadata;
}
