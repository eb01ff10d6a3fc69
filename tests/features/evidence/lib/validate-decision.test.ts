import { describe, expect, test } from 'vitest';
import { validateDecision, type DecisionValues } from '@/features/evidence/lib/validate-decision';

const format = (n: number) => `${n} FTE`;
const values = (patch: Partial<DecisionValues>): DecisionValues => ({
  decision: undefined,
  verifiedQuantity: '10',
  comment: '',
  ...patch,
});

describe('validateDecision', () => {
  test('a verification with no comment is fine, and carries the quantity', () => {
    expect(validateDecision(values({ decision: 'verify', verifiedQuantity: '7.5' }), 10, format)).toEqual({
      ok: true,
      value: { decision: 'verify', comment: '', verifiedQuantity: 7.5 },
    });
  });

  test('rejecting or querying needs a comment; the comment is trimmed', () => {
    expect(validateDecision(values({ decision: 'reject', comment: '  ' }), 10, format)).toEqual({
      ok: false,
      errors: [{ field: 'comment', message: 'Enter a comment saying why you are rejecting this evidence' }],
    });
    expect(validateDecision(values({ decision: 'query', comment: ' Which site? ' }), 10, format)).toEqual({
      ok: true,
      value: { decision: 'query', comment: 'Which site?' },
    });
  });

  test.each([
    ['', 'Enter the verified quantity as a number'],
    ['abc', 'Enter the verified quantity as a number'],
    ['0', 'Verified quantity must be more than 0. To accept none of the claim, reject the evidence'],
    ['10.5', 'Verified quantity must be no more than 10 FTE, the quantity claimed'],
  ])('a verified quantity of "%s" is refused: %s', (typed, message) => {
    expect(validateDecision(values({ decision: 'verify', verifiedQuantity: typed }), 10, format)).toEqual({
      ok: false,
      errors: [{ field: 'verifiedQuantity', message }],
    });
  });

  test('a decision must be chosen, and a comment kept to the API’s limit', () => {
    const result = validateDecision(values({ comment: 'x'.repeat(2001) }), 10, format);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((e) => e.field)).toEqual(['decision', 'comment']);
  });
});
