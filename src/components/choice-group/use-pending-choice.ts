import { useState } from 'react';

/**
 * A choice kept in the URL, shown at once. The router applies a URL change in a transition,
 * after the page has re-rendered with it; until then a controlled radio would snap back to the
 * old value. This shows the user's pick straight away and follows the URL once it has changed.
 */
export function usePendingChoice<T>(committed: T): [T, (next: T) => void] {
  const [state, setState] = useState({ committed, shown: committed });
  if (!Object.is(state.committed, committed)) {
    // The URL has moved on (this change landed, or Back was pressed): it wins.
    setState({ committed, shown: committed });
    return [committed, (next) => setState({ committed, shown: next })];
  }
  return [state.shown, (next) => setState({ committed, shown: next })];
}
