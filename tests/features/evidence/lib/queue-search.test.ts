import { describe, expect, test } from 'vitest';
import { shownStatuses, statusParam, toEvidenceQuery, queueSearchSchema } from '@/features/evidence/lib/queue-search';

describe('the queue’s status filter', () => {
  test('no status means the default queue, and ticking exactly the default writes no parameter', () => {
    expect(shownStatuses([])).toEqual(['pending', 'queried']);
    expect(statusParam(['queried', 'pending'])).toEqual([]);
    expect(statusParam(['pending'])).toEqual(['pending']);
    expect(statusParam(['pending', 'queried', 'verified'])).toEqual(['pending', 'queried', 'verified']);
  });

  test('the open item is page state, not part of the API request', () => {
    const query = queueSearchSchema.parse({ selected: 'e-1', borough: ['E08000012'] });
    expect(toEvidenceQuery(query)).not.toHaveProperty('selected');
    expect(toEvidenceQuery(query).borough).toEqual(['E08000012']);
  });
});
