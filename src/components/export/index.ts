/** Export CSV and Excel beside a table; the helpers describe the table's view for the file. */
export { ExportButtons, type ExportButtonsProps } from './export-buttons';
export { describeSort, visibleColumnIds } from '@/lib/export/table-view';
export { evidenceFilterWords } from '@/lib/export/filter-words';
export { figureColumns, figureValuesInUnit } from '@/lib/export/figure-columns';
export type { ExportSource } from '@/lib/export/job';
export type { ExportColumn, ExportRecord, ExportValue } from '@/lib/export/types';
