import { ChoiceGroup, type Choice } from '@/components/choice-group';
import { headlineSchema, type Headline } from '@/lib/contract';
import { HEADLINE_INFO } from '@/lib/domain/headlines';
import './headline-choice.css';

const OPTIONS: readonly Choice<Headline>[] = headlineSchema.options.map((headline) => ({
  value: headline,
  label: HEADLINE_INFO[headline].name,
}));

/** Which headline outcome the map and the trend show. */
export function HeadlineChoice({ value, onChange }: { value: Headline; onChange: (headline: Headline) => void }) {
  return (
    <ChoiceGroup
      legend="Outcome shown on the map and the trend"
      options={OPTIONS}
      value={value}
      onChange={onChange}
      className="svm-headline-choice"
    />
  );
}
