// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { apportion, fromSteps, toSteps } from '@/lib/demo-data/quantities';

describe('apportion', () => {
  it('splits whole steps in proportion to the weights, summing exactly', () => {
    expect(apportion(10, [1, 1])).toStrictEqual([5, 5]);
    expect(apportion(10, [1, 3])).toStrictEqual([3, 7]);
    expect(apportion(1_234_567, [0.3, 1, 1.7, 2.2]).reduce((a, b) => a + b, 0)).toBe(1_234_567);
  });

  it('spreads a small total across the quarters rather than bunching it at one end', () => {
    expect(
      apportion(
        2,
        Array.from({ length: 12 }, () => 1),
      ),
    ).toStrictEqual([0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0]);
  });

  it('gives nothing to a slot weighted zero, unless every slot is', () => {
    expect(apportion(4, [0, 1, 1])).toStrictEqual([0, 2, 2]);
    expect(apportion(4, [0, 0])).toStrictEqual([0, 4]);
    expect(apportion(0, [1, 2])).toStrictEqual([0, 0]);
  });
});

describe('steps', () => {
  it('counts FTE and carbon in halves and everything else in whole units', () => {
    expect(toSteps(2.5, 'FTE')).toBe(5);
    expect(fromSteps(5, 'FTE')).toBe(2.5);
    expect(fromSteps(3, 'tCO2e')).toBe(1.5);
    expect(toSteps(2.4, 'people')).toBe(2);
    expect(fromSteps(7, 'GBP')).toBe(7);
  });
});
