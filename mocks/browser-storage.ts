import { restoreDecisionFile, toDecisionFile, type MockStore } from '@mocks/store';

/** Where the browser demo keeps the decisions users made, so they survive a reload. */
export const DECISIONS_KEY = 'svm.demo.decisions.v1';
/** Where an unreadable saved value is moved, so that it is kept for inspection but not retried. */
export const UNREADABLE_DECISIONS_KEY = `${DECISIONS_KEY}.unreadable`;

type Warn = (message: string) => void;

/**
 * Replays the saved decisions onto the store. Content that cannot be replayed (not JSON, not a
 * decision log, saved for another data set, or a decision that no longer applies) starts the
 * demo clean, keeps the bad value under another key and says so in the console.
 */
export function restoreDecisions(store: MockStore, storage: Storage, warn: Warn = console.warn): void {
  const saved = storage.getItem(DECISIONS_KEY);
  if (saved === null) return;
  try {
    restoreDecisionFile(store, JSON.parse(saved));
  } catch (error) {
    store.reset();
    storage.setItem(UNREADABLE_DECISIONS_KEY, saved);
    storage.removeItem(DECISIONS_KEY);
    const reason = error instanceof Error ? error.message : String(error);
    warn(
      `The demo's saved decisions could not be replayed, so the demo data starts as generated. ` +
        `The saved value is kept under "${UNREADABLE_DECISIONS_KEY}". ${reason}`,
    );
  }
}

/** Saves the store's decisions (or clears them after a reset); a full or blocked storage only warns. */
export function saveDecisions(store: MockStore, storage: Storage, warn: Warn = console.warn): void {
  try {
    if (store.decisionLog().length === 0) storage.removeItem(DECISIONS_KEY);
    else storage.setItem(DECISIONS_KEY, JSON.stringify(toDecisionFile(store)));
  } catch (error) {
    warn(`The demo's decisions could not be saved, so they will not survive a reload: ${String(error)}`);
  }
}
