/** Shared table building blocks: a semantic server-driven table, paging and a column chooser. */
export { DataTable, type DataTableProps } from './data-table';
export {
  formatSort,
  parseSort,
  type ColumnVisibility,
  type DataTableColumn,
  type DataTableColumnMeta,
  type SortOrder,
} from './columns';
