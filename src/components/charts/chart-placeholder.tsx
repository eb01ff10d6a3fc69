/**
 * Holds the chart's height while its code or map loads (saying so), or, empty, until it nears
 * the viewport (nothing is loading yet), so nothing below it moves.
 */
export function ChartPlaceholder({ height, loading = true }: { height: number; loading?: boolean }) {
  return (
    <div className="svm-chart__placeholder" style={{ height }}>
      {loading ? <span className="svm-chart__placeholder-text">Loading chart…</span> : null}
    </div>
  );
}
