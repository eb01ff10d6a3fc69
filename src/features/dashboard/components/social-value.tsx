import type { Basis, DashboardSummary } from '@/lib/contract';
import { Amount } from './amount';
import './social-value.css';

/** Social value in £: delivered quantities times illustrative proxy values. */
export function SocialValue({ value, basis }: { value: DashboardSummary['socialValue']; basis: Basis }) {
  const other: Basis = basis === 'verified' ? 'claimed' : 'verified';
  return (
    <div className="svm-social-value">
      <h3 className="svm-social-value__title">Social value delivered (illustrative)</h3>
      <p className="svm-social-value__figure">
        <span className="svm-social-value__amount">
          <Amount value={value[basis]} unit="GBP" />
        </span>{' '}
        {basis}{' '}
        <span className="svm-social-value__other">
          (<Amount value={value[other]} unit="GBP" /> {other})
        </span>
      </p>
      <p className="svm-social-value__note">
        Quantities delivered times illustrative proxy values in £ per unit. They are not the licensed National TOMs
        values: use them to compare, not to report.
      </p>
    </div>
  );
}
