import type { ReactNode } from 'react';

/** How a column behaves beyond its header and cells. */
export interface DataTableColumnMeta {
  /** Right-aligned with tabular figures, so that digits line up. */
  numeric?: boolean;
  /**
   * The column's name in the `sort` parameter (`value` sorts by value, `-value` descending).
   * A column without one does not sort.
   */
  sortKey?: string;
  /** Sort descending on the first click (largest values, latest dates first). Default ascending. */
  sortDescFirst?: boolean;
  /** The column chooser may hide it. Columns are always shown unless this is set. */
  hideable?: boolean;
}

/**
 * One column of a `DataTable`. Keep the array stable (a module constant or `useMemo`):
 * a new array on each render rebuilds the table model.
 *
 * @example
 * const columns: DataTableColumn<ContractSummary>[] = [
 *   { id: 'reference', header: 'Reference', cell: (c) => <Link to={c.id}>{c.reference}</Link>, meta: { sortKey: 'reference' } },
 *   { id: 'value', header: 'Value', cell: (c) => formatGBP(c.value), meta: { numeric: true, sortKey: 'value', sortDescFirst: true } },
 * ];
 */
export interface DataTableColumn<T> {
  /** Stable id: names the column for visibility, the row header and React keys. */
  id: string;
  /** Header text, also used to announce the sort order and to list the column in the chooser. */
  header: string;
  /** Renders one row's cell. Text from the API is rendered as text, never as HTML. */
  cell: (row: T) => ReactNode;
  meta?: DataTableColumnMeta;
}

/** Which columns are shown, by column id; only `false` hides a column. */
export type ColumnVisibility = Record<string, boolean>;

export interface SortOrder {
  key: string;
  desc: boolean;
}

/** `-value` -> `{ key: 'value', desc: true }` */
export function parseSort(sort: string): SortOrder {
  return sort.startsWith('-') ? { key: sort.slice(1), desc: true } : { key: sort, desc: false };
}

/** `{ key: 'value', desc: true }` -> `-value` */
export function formatSort({ key, desc }: SortOrder): string {
  return desc ? `-${key}` : key;
}
