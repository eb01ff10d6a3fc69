/** Holds the chart's height while its code or map loads, so nothing below it moves. */
export function ChartPlaceholder({ height }: { height: number }) {
  return (
    <div className="svm-chart__placeholder" style={{ height }}>
      <span className="svm-chart__placeholder-text">Loading chart…</span>
    </div>
  );
}
