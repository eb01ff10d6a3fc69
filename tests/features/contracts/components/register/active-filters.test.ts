import { describe, expect, it } from 'vitest';
import { BOROUGHS, THEMES, contractsQuerySchema } from '@/lib/contract';
import { CLEAR_FILTERS, activeFilters, registerTags } from '@/features/contracts/components/register/active-filters';

const reference = {
  boroughs: [...BOROUGHS],
  themes: [...THEMES],
  users: [{ id: 'u-cm-1', name: 'Priya Shah', role: 'contract-manager' as const }],
};

describe('activeFilters', () => {
  it('lists nothing for the unfiltered register', () => {
    expect(activeFilters(contractsQuerySchema.parse({}), reference)).toEqual([]);
  });

  it('names each chosen value in words, with the change that removes just that value', () => {
    const query = contractsQuerySchema.parse({
      borough: ['E08000012', 'E08000014'],
      theme: ['jobs'],
      period: '2025-26-Q2',
      status: ['live'],
      rag: ['red'],
      manager: 'u-cm-1',
      q: 'highways',
      sort: '-value',
    });
    const filters = activeFilters(query, reference);
    expect(filters.map((f) => f.label)).toEqual([
      'Borough: Liverpool',
      'Borough: Sefton',
      'Theme: Good jobs and skills',
      'Period: Q2 2025/26',
      'Status: Live',
      'RAG: Red',
      'Contract manager: Priya Shah',
      'Search: ‘highways’',
    ]);
    expect(filters[0]?.remove).toEqual({ borough: ['E08000014'] });
    expect(filters.at(-1)?.remove).toEqual({ q: undefined });
  });

  it("calls the signed-in manager's own filter 'My contracts'", () => {
    const query = contractsQuerySchema.parse({ manager: 'u-cm-1' });
    expect(activeFilters(query, reference, 'u-cm-1').map((f) => f.label)).toEqual(['My contracts']);
  });

  it("tags only the register's own filters, as the filter bar tags the shared ones", () => {
    const query = contractsQuerySchema.parse({ borough: ['E08000012'], status: ['live'], q: 'bus' });
    expect(registerTags(activeFilters(query, reference))).toEqual([
      { param: 'status', value: 'live', label: 'Status: Live' },
      { param: 'q', value: 'bus', label: 'Search: ‘bus’' },
    ]);
  });

  it('clears every filter but keeps order, page size and basis', () => {
    expect(Object.keys(CLEAR_FILTERS)).not.toContain('sort');
    expect(Object.keys(CLEAR_FILTERS)).not.toContain('basis');
    expect(Object.keys(CLEAR_FILTERS)).not.toContain('pageSize');
  });
});
