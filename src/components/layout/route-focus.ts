import { createContext } from 'react';

/**
 * Focus after client-side navigation: the new page's h1 takes focus (and the page title is
 * announced), so keyboard and screen reader users start at the top of the new content instead
 * of on a link that no longer exists. Not on first load, where the browser's own start is right.
 */
export interface RouteFocus {
  /** The location's path changed: focus the page heading now, or as soon as one mounts. */
  navigated(container: HTMLElement | null): void;
  /** A page heading mounted (possibly after its data loaded). */
  headingMounted(heading: HTMLElement): void;
}

export function createRouteFocus(announce: (text: string) => void): RouteFocus {
  let pending = false;
  let focused: HTMLElement | null = null;

  function focusHeading(heading: HTMLElement, announceTitle: boolean): void {
    pending = false;
    focused = heading;
    heading.focus({ preventScroll: true });
    if (announceTitle) announce(document.title);
  }

  return {
    navigated(container) {
      const heading = container?.querySelector<HTMLElement>('h1');
      if (heading) focusHeading(heading, true);
      else pending = true;
    },
    headingMounted(heading) {
      if (pending) {
        focusHeading(heading, true);
        return;
      }
      // A page that swapped its loading view for its content replaced the heading we focused:
      // keep focus on the heading rather than letting it fall back to the document.
      const lostFocus = document.activeElement === null || document.activeElement === document.body;
      if (focused !== null && !focused.isConnected && lostFocus) focusHeading(heading, false);
    },
  };
}

export const RouteFocusContext = createContext<RouteFocus | null>(null);
