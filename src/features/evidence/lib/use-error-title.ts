import { useEffect } from 'react';

const PREFIX = 'Error: ';

/**
 * Prefixes the document title with "Error: " while a form shows errors (GOV.UK pattern), so
 * screen reader users hear at once that the submission failed.
 */
export function useErrorTitle(hasErrors: boolean): void {
  useEffect(() => {
    if (!hasErrors) return;
    if (!document.title.startsWith(PREFIX)) document.title = `${PREFIX}${document.title}`;
    return () => {
      if (document.title.startsWith(PREFIX)) document.title = document.title.slice(PREFIX.length);
    };
  }, [hasErrors]);
}
