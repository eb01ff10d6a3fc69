import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from '@/lib/api/response';

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-11-25T10:30:00Z');

  it('reads seconds', () => {
    expect(parseRetryAfter('30', now)).toBe(30);
  });

  it('reads an HTTP date as the seconds until then', () => {
    expect(parseRetryAfter('Wed, 25 Nov 2026 10:31:30 GMT', now)).toBe(90);
    expect(parseRetryAfter('Wed, 25 Nov 2026 10:00:00 GMT', now)).toBe(0);
  });

  it('ignores a missing or unreadable header', () => {
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
  });
});
