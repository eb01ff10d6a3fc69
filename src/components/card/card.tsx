import type { ReactNode } from 'react';
import './card.css';

export interface CardProps {
  /** The finding, in ten words or fewer. */
  title: string;
  /** What it measures, where and when. */
  subtitle?: string;
  /** Controls beside the title, e.g. a Chart | Table switch. */
  controls?: ReactNode;
  /** Where the figures come from. */
  source?: string;
  children: ReactNode;
}

/** A bordered panel: a chart or table with its finding as a heading (h3), what it measures, and its source. */
export function Card({ title, subtitle, controls, source, children }: CardProps) {
  return (
    <div className="svm-card">
      <div className="svm-card__header">
        <div>
          <h3 className="svm-card__title">{title}</h3>
          {subtitle === undefined ? null : <p className="svm-card__subtitle">{subtitle}</p>}
        </div>
        {controls ? <div className="svm-card__controls">{controls}</div> : null}
      </div>
      {children}
      {source === undefined ? null : <p className="svm-card__source">{source}</p>}
    </div>
  );
}
