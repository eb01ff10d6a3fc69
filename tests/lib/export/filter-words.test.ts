// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { evidenceQuerySchema } from '@/lib/contract';
import { evidenceFilterWords } from '@/lib/export/filter-words';
import { reference } from './api-fixtures';

describe('evidenceFilterWords', () => {
  it('spells out the default queue', () => {
    expect(evidenceFilterWords(evidenceQuerySchema.parse({}), reference)).toEqual(['Status: Pending, Queried']);
  });

  it('names every filter in words', () => {
    const query = evidenceQuerySchema.parse({
      borough: ['E08000011', 'E08000015'],
      theme: ['jobs'],
      status: ['verified'],
      contractId: 'c-1',
      measure: 'JOB-LOCAL-FTE',
      quarter: '2025-26-Q3',
      manager: 'u-cm-1',
      olderThan: '30',
    });
    expect(evidenceFilterWords(query, reference)).toEqual([
      'Borough: Knowsley, Wirral',
      'Theme: Good jobs and skills',
      'Status: Verified',
      'Contract: c-1',
      'Measure: Local people employed',
      'Quarter: Q3 2025/26',
      'Contract manager: Sam Patel',
      'Waiting over 30 days',
    ]);
  });
});
