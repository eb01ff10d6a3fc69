/** Shared table building blocks: a semantic server-driven table, paging, a column chooser and figures cells. */
export { DataTable, type DataTableProps } from './data-table';
export {
  formatSort,
  parseSort,
  type ColumnVisibility,
  type DataTableColumn,
  type DataTableColumnMeta,
  type SortOrder,
} from './columns';
export { Pagination, type PaginationProps } from './pagination';
export { pageItems, type PageItem } from './page-items';
export { PageSizeSelect, PAGE_SIZES, type PageSizeSelectProps } from './page-size-select';
export { ListPaging, type ListPagingProps } from './list-paging';
export { usePageLinks, type PageLinks, type PagedSearchQuery } from './use-page-links';
export { ResultCount, resultCountText, type ResultCountProps } from './result-count';
export { ColumnChooser, type ColumnChooserProps } from './column-chooser';
export {
  FiguresCells,
  FiguresHeaderCells,
  FIGURES_COLUMN_COUNT,
  type FiguresCellsProps,
  type FiguresLook,
} from './figures-cells';
export { usePersistentColumnVisibility } from './use-persistent-column-visibility';
