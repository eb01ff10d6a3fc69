import { memo, useId, useMemo, useState, type ReactNode } from 'react';
import {
  columnVisibilityFeature,
  createColumnHelper,
  functionalUpdate,
  metaHelper,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type RowData,
  type SortingState,
  type Updater,
} from '@tanstack/react-table';
import {
  formatSort,
  parseSort,
  type ColumnVisibility,
  type DataTableColumn,
  type DataTableColumnMeta,
} from './columns';
import { SortIcon } from './sort-icon';
import './data-table.css';

const features = tableFeatures({
  rowSortingFeature,
  columnVisibilityFeature,
  columnMeta: metaHelper<DataTableColumnMeta>(),
});
type Features = typeof features;

export interface DataTableProps<T extends RowData> {
  /** Names the table (a real `<caption>`) and its scroll region: say what the rows are, and for when. */
  caption: ReactNode;
  /** Column definitions; keep the array stable between renders. */
  columns: readonly DataTableColumn<T>[];
  /** The rows of the current page, already filtered, sorted and paged by the server. */
  data: T[];
  /** A stable id per row (not its index), so React keeps row state across pages and sorts. */
  getRowId: (row: T) => string;
  /** The current order in URL form: `value` or `-value` for descending. */
  sort?: string;
  /** Called with the new order in URL form when a sortable header is pressed. Without it nothing sorts. */
  onSortChange?: (sort: string) => void;
  /** The id of the column whose cells name their row (rendered as `<th scope="row">`). */
  rowHeader?: string;
  /** Which columns are shown (see `usePersistentColumnVisibility`). */
  columnVisibility?: ColumnVisibility;
  /** A new page or order is loading: the previous rows stay, marked busy. */
  busy?: boolean;
  /** Shown in the table body when there are no rows. */
  emptyMessage?: ReactNode;
}

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;

function numericClass<T>(column: DataTableColumn<T>): string | undefined {
  return column.meta?.numeric === true ? 'svm-table__cell--numeric' : undefined;
}

interface DataTableRowProps<T> {
  row: T;
  columns: readonly DataTableColumn<T>[];
  rowHeader: string | undefined;
}

function DataTableRowCells<T>({ row, columns, rowHeader }: DataTableRowProps<T>) {
  return (
    <tr>
      {columns.map((column) =>
        column.id === rowHeader ? (
          <th key={column.id} scope="row" className={numericClass(column)}>
            {column.cell(row)}
          </th>
        ) : (
          <td key={column.id} className={numericClass(column)}>
            {column.cell(row)}
          </td>
        ),
      )}
    </tr>
  );
}

/**
 * Memoised on the row's data: a sort or page change first re-renders with the previous rows
 * (marked busy) while the next ones load, and those rows need not render again. The cast keeps
 * the component generic, which `memo`'s typing drops.
 */
const DataTableRow = memo(DataTableRowCells) as typeof DataTableRowCells;

function toTableColumns<T extends RowData>(columns: readonly DataTableColumn<T>[], sortable: boolean) {
  const helper = createColumnHelper<Features, T>();
  return columns.map((column) =>
    // An accessor (the row itself) because TanStack only sorts accessor columns. Cells render
    // from our column definitions in DataTableRow, memoised on the row.
    helper.accessor((row: T): unknown => row, {
      id: column.id,
      header: column.header,
      enableSorting: sortable && column.meta?.sortKey !== undefined,
      sortDescFirst: column.meta?.sortDescFirst ?? false,
      meta: column.meta ?? {},
    }),
  );
}

/**
 * A semantic, server-driven table: TanStack Table (v9) supplies the column model and sort
 * toggling; the server supplies rows already filtered, sorted and paged.
 *
 * Accessibility: a `<caption>` naming the table (and, for screen readers, which columns sort);
 * `<th scope="col">` headers; sortable headers are buttons with `aria-sort` on the `<th>`; a
 * polite live region announces the new order; the table scrolls inside a focusable, named
 * region so wide tables never widen the page.
 */
export function DataTable<T extends RowData>({
  caption,
  columns,
  data,
  getRowId,
  sort,
  onSortChange,
  rowHeader,
  columnVisibility,
  busy = false,
  emptyMessage = 'No rows to show.',
}: DataTableProps<T>) {
  const captionId = useId();
  const [announcement, setAnnouncement] = useState('');
  const sortable = onSortChange !== undefined;
  const tableColumns = useMemo(() => toTableColumns(columns, sortable), [columns, sortable]);

  const order = sort ? parseSort(sort) : undefined;
  const sortedColumn = order && columns.find((column) => column.meta?.sortKey === order.key);
  const sorting: SortingState = sortedColumn && order ? [{ id: sortedColumn.id, desc: order.desc }] : [];

  function handleSortingChange(updater: Updater<SortingState>) {
    const [next] = functionalUpdate(updater, sorting);
    const column = next && columns.find((c) => c.id === next.id);
    const key = column?.meta?.sortKey;
    if (!next || !column || key === undefined || !onSortChange) return;
    setAnnouncement(`Sorted by ${column.header}, ${ARIA_SORT[next.desc ? 'desc' : 'asc']}`);
    onSortChange(formatSort({ key, desc: next.desc }));
  }

  const table = useTable({
    features,
    columns: tableColumns,
    data,
    getRowId,
    manualSorting: true,
    enableMultiSort: false,
    enableSortingRemoval: false,
    state: { sorting, columnVisibility: columnVisibility ?? {} },
    onSortingChange: handleSortingChange,
  });

  const visibleLeafColumns = table.getVisibleLeafColumns();
  const hasSortableColumn = visibleLeafColumns.some((column) => column.getCanSort());
  const visibleKey = visibleLeafColumns.map((column) => column.id).join(' ');
  // Stable while the shown columns are, so that unchanged rows skip rendering.
  const visibleColumns = useMemo(() => {
    const shown = new Set(visibleKey.split(' '));
    return columns.filter((column) => shown.has(column.id));
  }, [columns, visibleKey]);
  const rows = table.getRowModel().rows;

  return (
    <div className="svm-table">
      {/* Focusable so keyboard users can scroll a wide table (WCAG 2.1.1); named by the caption. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must take focus */}
      <div className="svm-table__scroll" role="region" aria-labelledby={captionId} tabIndex={0} aria-busy={busy}>
        <table className="svm-table__table">
          <caption className="svm-table__caption">
            <span className="svm-caption-text">
              <span id={captionId}>{caption}</span>
              {hasSortableColumn && (
                <span className="svm-visually-hidden">, column headers with buttons are sortable.</span>
              )}
            </span>
          </caption>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const { column } = header;
                  const numeric = column.columnDef.meta?.numeric === true;
                  const canSort = column.getCanSort();
                  const direction = column.getIsSorted();
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      className={numeric ? 'svm-table__header svm-table__cell--numeric' : 'svm-table__header'}
                      aria-sort={canSort ? (direction ? ARIA_SORT[direction] : 'none') : undefined}
                    >
                      {canSort ? (
                        <button type="button" className="svm-table__sort" onClick={column.getToggleSortingHandler()}>
                          <table.FlexRender header={header} />
                          <SortIcon direction={direction} />
                        </button>
                      ) : (
                        <table.FlexRender header={header} />
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td className="svm-table__empty" colSpan={Math.max(visibleColumns.length, 1)}>
                  {emptyMessage}
                </td>
              </tr>
            ) : (
              rows.map((row) => (
                <DataTableRow key={row.id} row={row.original} columns={visibleColumns} rowHeader={rowHeader} />
              ))
            )}
          </tbody>
        </table>
      </div>
      <p className="svm-visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
