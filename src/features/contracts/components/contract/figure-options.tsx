import { PeriodSelect } from '@/components/filters';
import type { Basis, FinancialYearRef, Period } from '@/lib/contract';
import { BasisChoice } from '@/components/choice-group';

interface Props {
  basis: Basis;
  period: Period;
  financialYears: FinancialYearRef[];
  onChange: (patch: { basis?: Basis; period?: Period }) => void;
}

/** Which period the commitments' figures cover and whether % and RAG compare verified or claimed delivery. */
export function FigureOptions({ basis, period, financialYears, onChange }: Props) {
  return (
    <div className="svm-figure-options">
      <PeriodSelect financialYears={financialYears} value={period} onChange={(next) => onChange({ period: next })} />
      <BasisChoice value={basis} onChange={(next) => onChange({ basis: next })} />
    </div>
  );
}
