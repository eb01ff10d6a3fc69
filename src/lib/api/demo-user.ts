import { useSyncExternalStore } from 'react';

/**
 * The demo's stand-in for sign-in: which demo user requests act as, sent in the
 * `X-Demo-User` header. Unset means "the server's default user". Kept in localStorage so the
 * choice survives a reload; an in-memory copy covers browsers where storage is blocked.
 */
const STORAGE_KEY = 'svm.demoUser';

let memoryValue: string | undefined;
const listeners = new Set<() => void>();

export function getDemoUserId(): string | undefined {
  try {
    return globalThis.localStorage.getItem(STORAGE_KEY) ?? undefined;
  } catch {
    return memoryValue;
  }
}

export function setDemoUserId(id: string | undefined): void {
  memoryValue = id;
  try {
    if (id === undefined) globalThis.localStorage.removeItem(STORAGE_KEY);
    else globalThis.localStorage.setItem(STORAGE_KEY, id);
  } catch {
    // Storage blocked (private mode, quota): the in-memory value still applies to this tab.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The current demo user id, re-rendering when it changes. */
export function useDemoUserId(): string | undefined {
  return useSyncExternalStore(subscribe, getDemoUserId, getDemoUserId);
}
