/** The arrow beside a sortable header: up, down, or both when the column is not the sort. */
export function SortIcon({ direction }: { direction: false | 'asc' | 'desc' }) {
  return (
    <svg
      className="svm-table__sort-icon"
      viewBox="0 0 10 14"
      width="10"
      height="14"
      aria-hidden="true"
      focusable="false"
    >
      {direction !== 'desc' && <path d="M5 0 10 6H0z" opacity={direction === 'asc' ? 1 : 0.45} />}
      {direction !== 'asc' && <path d="M5 14 0 8h10z" opacity={direction === 'desc' ? 1 : 0.45} />}
    </svg>
  );
}
