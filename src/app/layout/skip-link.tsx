import type { RefObject } from 'react';

/**
 * 'Skip to main content', the first thing a keyboard user reaches. Focus is moved explicitly
 * because not every browser moves it to a fragment target.
 */
export function SkipLink({ target }: { target: RefObject<HTMLElement | null> }) {
  return (
    <a href="#main" className="svm-skip-link" onClick={() => target.current?.focus()}>
      Skip to main content
    </a>
  );
}
