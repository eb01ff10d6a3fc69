import { useCallback, useState } from 'react';
import { z } from 'zod';
import type { ColumnVisibility } from './columns';

const storedSchema = z.record(z.string(), z.boolean());

function readStored(key: string): ColumnVisibility {
  try {
    const raw = window.localStorage.getItem(key);
    if (raw === null) return {};
    const parsed = storedSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : {};
  } catch {
    // Storage can be unavailable (privacy modes) or hold junk: fall back to the defaults.
    return {};
  }
}

function writeStored(key: string, visibility: ColumnVisibility): void {
  try {
    window.localStorage.setItem(key, JSON.stringify(visibility));
  } catch {
    // A full or blocked storage only costs the preference; the table still works.
  }
}

/**
 * Which optional columns a reader has chosen to see, remembered in localStorage under `key`
 * (e.g. `'svm.columns.contracts'`) so the choice survives reloads and visits.
 * `defaults` gives columns hidden until chosen (`{ manager: false }`); keep it a module constant.
 *
 * @returns the visibility to pass to `DataTable` and `ColumnChooser`, and its setter.
 */
export function usePersistentColumnVisibility(
  key: string,
  defaults: ColumnVisibility,
): [ColumnVisibility, (visibility: ColumnVisibility) => void] {
  const [visibility, setVisibilityState] = useState<ColumnVisibility>(() => ({ ...defaults, ...readStored(key) }));
  const setVisibility = useCallback(
    (next: ColumnVisibility) => {
      setVisibilityState(next);
      writeStored(key, next);
    },
    [key],
  );
  return [visibility, setVisibility];
}
