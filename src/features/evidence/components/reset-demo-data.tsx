import { useEffect, useId, useRef, useState } from 'react';
import { Notice } from '@/components/notice';
import { describeError } from '@/lib/api/client';
import { useResetDemo } from '../api/reset-demo';

/**
 * Puts the demo data back as generated, after a confirm step: it undoes every decision made
 * in this demo, so it is never one click away.
 */
export function ResetDemoData() {
  const id = useId();
  const reset = useResetDemo();
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState(false);
  const startRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  // Focus follows the step: to "Yes" when asked, back to the start button when cancelled or done.
  const moveFocus = useRef(false);

  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    (confirming ? confirmRef : startRef).current?.focus();
  }, [confirming]);

  function step(next: boolean) {
    moveFocus.current = true;
    setConfirming(next);
  }

  if (!confirming) {
    return (
      <div className="svm-reset-demo">
        <button
          ref={startRef}
          type="button"
          className="svm-button svm-button--secondary"
          onClick={() => {
            setDone(false);
            step(true);
          }}
        >
          Reset demo data
        </button>
        <p role="status" className="svm-reset-demo__status">
          {done ? 'The demo data has been reset. Every decision made in the demo has been undone.' : ''}
        </p>
      </div>
    );
  }

  return (
    <Notice tone="warning" className="svm-reset-demo" role="group" aria-labelledby={`${id}-question`}>
      <p id={`${id}-question`}>
        <strong>Reset the demo data?</strong> Every decision made in the demo will be undone. This cannot be reversed.
      </p>
      {reset.isError && <p role="alert">The demo data was not reset. {describeError(reset.error).message}</p>}
      <div className="svm-reset-demo__buttons">
        <button
          ref={confirmRef}
          type="button"
          className="svm-button"
          aria-disabled={reset.isPending || undefined}
          onClick={() => {
            if (reset.isPending) return;
            reset.mutate(undefined, {
              onSuccess: () => {
                setDone(true);
                step(false);
              },
            });
          }}
        >
          {reset.isPending ? 'Resetting…' : 'Yes, reset the demo data'}
        </button>
        <button type="button" className="svm-button svm-button--secondary" onClick={() => step(false)}>
          Cancel
        </button>
      </div>
    </Notice>
  );
}
