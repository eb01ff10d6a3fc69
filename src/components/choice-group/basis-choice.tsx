import type { Basis } from '@/lib/contract';
import { ChoiceGroup, type Choice } from './choice-group';

const OPTIONS: readonly Choice<Basis>[] = [
  { value: 'verified', label: 'Verified', hint: 'checked against evidence' },
  { value: 'claimed', label: 'Claimed', hint: 'as suppliers reported' },
];

/** Whether % of expected and RAG compare verified (the default) or claimed delivery with what was expected. */
export function BasisChoice({ value, onChange }: { value: Basis; onChange: (basis: Basis) => void }) {
  return <ChoiceGroup legend="Measure delivery by" options={OPTIONS} value={value} onChange={onChange} />;
}
