import type { ReactNode } from 'react';

/** A wide table scrolls inside this region, never the page; named by the table's caption. */
export function TableScroll({ captionId, children }: { captionId: string; children: ReactNode }) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must take focus so keyboard users can scroll it (WCAG 2.1.1)
    <div className="svm-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      {children}
    </div>
  );
}
