import './states.css';

/**
 * 'Updating…' while newer data loads behind what is shown. The live region stays mounted so
 * that screen readers hear the change; it is empty when idle.
 */
export function UpdatingIndicator({ active }: { active: boolean }) {
  return (
    <span role="status" className="svm-updating">
      {active ? 'Updating…' : null}
    </span>
  );
}
