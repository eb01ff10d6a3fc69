import { formatNumber } from '@/lib/format';
import './paging.css';

export interface ResultCountProps {
  page: number;
  pageSize: number;
  total: number;
  /** What is counted, e.g. `{ one: 'contract', other: 'contracts' }`. */
  noun: { one: string; other: string };
}

/** The sentence, separately for callers who also want it elsewhere (a document title, an export note). */
export function resultCountText({ page, pageSize, total, noun }: ResultCountProps): string {
  const name = total === 1 ? noun.one : noun.other;
  if (total === 0) return `No ${noun.other}`;
  const from = (page - 1) * pageSize + 1;
  if (from > total) return `No ${noun.other} on page ${formatNumber(page)} (${formatNumber(total)} in all)`;
  if (page === 1 && total <= pageSize) return `${formatNumber(total)} ${name}`;
  const to = Math.min(page * pageSize, total);
  return `Showing ${formatNumber(from)} to ${formatNumber(to)} of ${formatNumber(total)} ${name}`;
}

/**
 * "Showing 26 to 50 of 1,234 contracts", in a polite live region so that a filter, sort or page
 * change is announced once its results arrive.
 */
export function ResultCount(props: ResultCountProps) {
  return (
    <p className="svm-result-count" role="status">
      {resultCountText(props)}
    </p>
  );
}
