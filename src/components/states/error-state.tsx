import { describeError, isApiError } from '@/lib/api/client';
import './states.css';

export interface ErrorStateProps {
  error: unknown;
  onRetry?: () => void;
  /** What could not be loaded: 'contracts', 'this contract'. */
  what?: string;
  headingLevel?: 2 | 3;
}

/**
 * A failure, said specifically (from `describeError`), with what to do next and a Retry button.
 * Technical details are there for someone reporting the problem; never a stack trace.
 */
export function ErrorState({ error, onRetry, what, headingLevel = 2 }: ErrorStateProps) {
  const { title, message } = describeError(error);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const details = technicalDetails(error);
  return (
    <div role="alert" className="svm-error-state">
      <Heading className="svm-error-state__title">{title}</Heading>
      <p>
        {what ? `We could not load ${what}. ` : null}
        {message}
      </p>
      {onRetry ? (
        <button type="button" className="svm-button svm-button--secondary" onClick={onRetry}>
          Retry
        </button>
      ) : null}
      {details.length > 0 ? (
        <details className="svm-error-state__details">
          <summary>Technical details</summary>
          <ul>
            {details.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}

function technicalDetails(error: unknown): string[] {
  if (!isApiError(error)) return [];
  const lines = [`Request: ${error.endpoint}`];
  switch (error.kind) {
    case 'problem':
      lines.push(`Status: ${error.status} ${error.problem.title}`);
      if (error.problem.detail) lines.push(`Detail: ${error.problem.detail}`);
      for (const e of error.problem.errors ?? []) lines.push(`${e.name}: ${e.reason}`);
      break;
    case 'schema':
      for (const issue of error.issues.slice(0, 5)) lines.push(`${issue.path || '(whole answer)'}: ${issue.message}`);
      if (error.issues.length > 5) lines.push(`and ${error.issues.length - 5} more`);
      break;
    case 'malformed':
      lines.push(`Status: ${error.status}, not JSON`);
      break;
    case 'timeout':
      lines.push(`No answer after ${error.timeoutMs / 1000} seconds`);
      break;
    case 'network':
      break;
  }
  return lines;
}
