import type { Rag } from '@/lib/contract';
import { formatPct, ragLabel } from '@/lib/format';
import './rag-badge.css';

/** A different shape per rating, so it reads without colour: diamond, triangle, circle, ring. */
function RagShape({ rag }: { rag: Rag }) {
  return (
    <svg className="svm-rag__shape" viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false">
      {rag === 'red' && <path d="M6 0.5 11.5 6 6 11.5 0.5 6z" />}
      {rag === 'amber' && <path d="M6 0.5 11.5 11H0.5z" />}
      {rag === 'green' && <circle cx="6" cy="6" r="5.5" />}
      {rag === 'not-due' && <circle cx="6" cy="6" r="4.25" fill="none" stroke="currentColor" strokeWidth="2.5" />}
    </svg>
  );
}

export interface RagBadgeProps {
  rag: Rag;
  /** Delivered as a % of expected, shown after the rating (null or absent: not shown). */
  pct?: number | null;
}

/**
 * A RAG rating in words ("Red", "Not yet due"), with colour and a shape as extra cues, never
 * the only ones. Dark text on a tint with a coloured edge keeps AA contrast.
 */
export function RagBadge({ rag, pct }: RagBadgeProps) {
  const showPct = pct !== undefined && pct !== null && rag !== 'not-due';
  return (
    <span className={`svm-rag svm-rag--${rag}`}>
      <RagShape rag={rag} />
      {ragLabel(rag)}
      {showPct && (
        <>
          {' '}
          <span className="svm-rag__pct">{formatPct(pct)}</span>
        </>
      )}
    </span>
  );
}
