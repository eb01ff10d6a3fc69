import { describe, expect, it, vi } from 'vitest';
import { contractsQuerySchema, dashboardQuerySchema } from '@/lib/contract';
import { mockDataset } from '@mocks/node';
import { createMockStore } from '@mocks/store';

describe('warming the store', () => {
  it('changes nothing anyone can see, and tells no subscriber', () => {
    const warmed = createMockStore(mockDataset);
    const cold = createMockStore(mockDataset);
    const listener = vi.fn();
    warmed.subscribe(listener);
    warmed.warm();
    expect(listener).not.toHaveBeenCalled();
    expect(warmed.decisionLog()).toEqual([]);
    const query = contractsQuerySchema.parse({ sort: '-rag', pageSize: 50 });
    expect(warmed.listContracts(query)).toEqual(cold.listContracts(query));
    expect(warmed.dashboard(dashboardQuerySchema.parse({}))).toEqual(cold.dashboard(dashboardQuerySchema.parse({})));
  });
});
