import { useId, type ReactNode } from 'react';
import './figure-table.css';

interface FigureTableProps {
  caption: ReactNode;
  /** The table's head and bodies. */
  children: ReactNode;
}

/**
 * The dashboard's compact table, captioned; a wide one scrolls inside its own region, never the
 * page, and the caption names that region.
 */
export function FigureTable({ caption, children }: FigureTableProps) {
  const captionId = useId();
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must take focus so keyboard users can scroll it (WCAG 2.1.1)
    <div className="svm-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="svm-figure-table">
        <caption id={captionId}>
          <span className="svm-caption-text">{caption}</span>
        </caption>
        {children}
      </table>
    </div>
  );
}
