/** A polite "Loading contracts…" while the first data for a view arrives. */
export function LoadingState({ what }: { what?: string }) {
  return (
    <p role="status" className="svm-loading">
      {what ? `Loading ${what}…` : 'Loading…'}
    </p>
  );
}
