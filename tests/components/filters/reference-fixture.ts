import { BOROUGHS, THEMES } from '@/lib/contract';
import type { FilterReference } from '@/components/filters';

/** Just the reference data the filters read: real boroughs and themes, two financial years. */
export const filterReference: FilterReference = {
  boroughs: BOROUGHS.map((b) => ({ ...b })),
  themes: THEMES.map((t) => ({ ...t })),
  financialYears: ['2025-26', '2026-27'].map((id) => ({
    id,
    label: id.replace('-', '/'),
    quarters: [1, 2, 3, 4].map((q) => ({
      id: `${id}-Q${q}`,
      label: `Q${q} ${id.replace('-', '/')}`,
      start: '2025-04-01',
      end: '2025-06-30',
    })),
  })),
};
