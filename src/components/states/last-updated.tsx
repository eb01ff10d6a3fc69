import { describeError } from '@/lib/api/client';
import { formatTime } from '@/lib/format';
import './states.css';

export interface LastUpdatedProps {
  /** When the data on screen was fetched (React Query's `dataUpdatedAt`). */
  updatedAt: number;
  /** Why the latest refresh failed; the older data stays on screen. */
  error: unknown;
  onRetry?: () => void;
}

/** A refresh failed but older data is still shown: say so, say how old, offer to retry. */
export function LastUpdated({ updatedAt, error, onRetry }: LastUpdatedProps) {
  const { title } = describeError(error);
  return (
    <div className="svm-last-updated">
      <p role="status">
        Could not refresh: {title.charAt(0).toLowerCase()}
        {title.slice(1)}. Showing figures last updated at {formatTime(updatedAt)}.
      </p>
      {onRetry ? (
        <button type="button" className="svm-button svm-button--secondary" onClick={onRetry}>
          Retry
        </button>
      ) : null}
    </div>
  );
}
