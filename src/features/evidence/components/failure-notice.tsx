import { Notice } from '@/components/notice';
import { describeError, ProblemError } from '@/lib/api/client';
import { Heading, type HeadingLevel } from './heading';

interface Props {
  error: unknown;
  headingLevel: HeadingLevel;
  onRetry: () => void;
}

/**
 * A decision the API did not accept for a reason other than a conflict or a field error. The
 * form keeps what was typed; where trying again could work, a button does it.
 */
export function FailureNotice({ error, headingLevel, onRetry }: Props) {
  const forbidden = error instanceof ProblemError && error.status === 403;
  const { title, message, retryable } = forbidden
    ? {
        title: 'You do not have permission to decide on evidence',
        message:
          'The service refused this decision because the user you are acting as may not verify evidence. Only contract managers can.',
        retryable: false,
      }
    : describeError(error);
  return (
    <Notice tone="error" role="alert">
      <Heading level={headingLevel}>Your decision was not recorded</Heading>
      <p>
        <strong>{title}.</strong> {message} Your comment has been kept.
      </p>
      {retryable && (
        <button type="button" className="svm-button svm-button--secondary" onClick={onRetry}>
          Try again
        </button>
      )}
    </Notice>
  );
}
