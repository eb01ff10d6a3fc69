/** What a table shows, for an export to match it: the shape the shared DataTable's columns have. */
interface ViewColumn {
  id: string;
  header: string;
  meta?: { sortKey?: string };
}

/** The ids of the columns a table shows, in order (only `false` hides a column). */
export function visibleColumnIds(
  columns: readonly ViewColumn[],
  visibility: Readonly<Record<string, boolean>> = {},
): string[] {
  return columns.filter((column) => visibility[column.id] !== false).map((column) => column.id);
}

/** `-value` -> 'Sorted by Value, descending': the order of an export, in words. */
export function describeSort(sort: string, columns: readonly ViewColumn[]): string {
  const descending = sort.startsWith('-');
  const key = descending ? sort.slice(1) : sort;
  const header = columns.find((column) => (column.meta?.sortKey ?? column.id) === key)?.header ?? key;
  return `Sorted by ${header}${descending ? ', descending' : ', ascending'}`;
}
