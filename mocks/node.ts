import { setupServer } from 'msw/node';
import { generateDataset } from '@/lib/demo-data/generate';
import { createHandlers } from '@mocks/handlers';
import { createMockStore } from '@mocks/store';

/**
 * The mock API for tests (Node): the default demo data set (seed 1, 250 contracts), generated
 * once per test file. Tests may read `mockDataset` to work figures out independently; it is
 * never changed by decisions (those live in the store).
 */
export const mockDataset = generateDataset({ seed: 1, contracts: 250 });
export const mockStore = createMockStore(mockDataset);
export const server = setupServer(...createHandlers(mockStore));

/** Puts the data back as generated, undoing every decision a test made. */
export function resetMockStore(): void {
  mockStore.reset();
}
