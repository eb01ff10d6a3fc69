import type { ReactNode } from 'react';
import './states.css';

/** Nothing to show: say why, and (in `children`) what the user can do about it. */
export function EmptyState({
  title,
  children,
  headingLevel = 2,
}: {
  title: string;
  children?: ReactNode;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="svm-empty-state">
      <Heading className="svm-empty-state__title">{title}</Heading>
      {children}
    </div>
  );
}
