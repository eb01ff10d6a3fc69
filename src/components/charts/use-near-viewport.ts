import { useEffect, useState, type RefObject } from 'react';

/** How far below the fold a chart starts loading, so it is usually drawn by the time it scrolls in. */
const LOAD_AHEAD = '300px 0px';

/**
 * Whether the element has come within reach of the viewport (once true, stays true). Charts wait
 * for it before downloading ECharts, so a page whose charts are below the fold does not pay for
 * them on first load. Without IntersectionObserver everything counts as near.
 */
export function useNearViewport(ref: RefObject<Element | null>): boolean {
  const [near, setNear] = useState(() => typeof IntersectionObserver !== 'function');
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: LOAD_AHEAD },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, near]);
  return near;
}
