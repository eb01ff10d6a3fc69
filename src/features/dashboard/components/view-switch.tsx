import { ChoiceGroup, type Choice } from '@/components/choice-group';
import type { ChartView } from '../dashboard-query';

const OPTIONS: readonly Choice<ChartView>[] = [
  { value: 'chart', label: 'Chart' },
  { value: 'table', label: 'Table' },
];

interface ViewSwitchProps {
  /** Names the card: 'By theme' gives the legend 'Show by theme as'. */
  subject: string;
  value: ChartView;
  onChange: (view: ChartView) => void;
}

/** "Chart | Table" beside a card's title. */
export function ViewSwitch({ subject, value, onChange }: ViewSwitchProps) {
  return (
    <ChoiceGroup
      legend={`Show ${subject.toLowerCase()} as`}
      legendHidden
      size="compact"
      options={OPTIONS}
      value={value}
      onChange={onChange}
    />
  );
}
