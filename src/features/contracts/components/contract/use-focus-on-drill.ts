import { useEffect, useRef } from 'react';

/**
 * Moves focus to the heading of the drill-down level the user just opened (a commitment's
 * returns, a quarter's evidence, one item), so keyboard and screen reader users land on what
 * appeared. `target` names the level and its selection; the one the page opened with is left
 * alone, as the router focuses the page's h1 on arrival.
 */
export function useFocusOnDrill(target: string | undefined) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const handled = useRef(target);
  useEffect(() => {
    if (target === undefined || target === handled.current || headingRef.current === null) return;
    handled.current = target;
    headingRef.current.focus();
  });
  return headingRef;
}
