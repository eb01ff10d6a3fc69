import type { ReactNode } from 'react';

interface ChartCardProps {
  /** The finding, in ten words or fewer. */
  title: string;
  /** Measure, area and period. */
  subtitle: string;
  /** Controls beside the title, e.g. the Chart | Table switch. */
  controls?: ReactNode;
  source: string;
  children: ReactNode;
}

/** A chart or table with its finding as a heading, what it measures, and where the figures come from. */
export function ChartCard({ title, subtitle, controls, source, children }: ChartCardProps) {
  return (
    <div className="svm-card">
      <div className="svm-card__header">
        <div>
          <h3 className="svm-card__title">{title}</h3>
          <p className="svm-card__subtitle">{subtitle}</p>
        </div>
        {controls ? <div className="svm-card__controls">{controls}</div> : null}
      </div>
      {children}
      <p className="svm-card__source">{source}</p>
    </div>
  );
}
