import { useId, type Ref } from 'react';
import type { FieldError } from '../lib/validate-decision';
import { Heading, type HeadingLevel } from './heading';

interface Props {
  errors: FieldError[];
  fieldIds: Record<FieldError['field'], string>;
  headingLevel: HeadingLevel;
  ref: Ref<HTMLDivElement>;
}

/**
 * The GOV.UK error summary: at the top of the form, focused when shown, one link per problem.
 * The links move focus to the field itself, which a plain fragment link does not do reliably.
 */
export function ErrorSummary({ errors, fieldIds, headingLevel, ref }: Props) {
  const titleId = useId();
  return (
    <div className="svm-error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby={titleId}>
      <Heading level={headingLevel} id={titleId}>
        There is a problem
      </Heading>
      <ul className="svm-error-summary__list">
        {errors.map((error) => (
          <li key={`${error.field}-${error.message}`}>
            <a
              href={`#${fieldIds[error.field]}`}
              onClick={(event) => {
                event.preventDefault();
                const field = document.getElementById(fieldIds[error.field]);
                field?.focus();
                // Older and headless browsers may lack scrollIntoView; focus alone still gets the user there.
                field?.scrollIntoView?.({ block: 'center' });
              }}
            >
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
