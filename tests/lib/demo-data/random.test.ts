// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { Random } from '@/lib/demo-data/random';

function draws(seed: number, count: number): number[] {
  const r = new Random(seed);
  return Array.from({ length: count }, () => r.next());
}

describe('Random', () => {
  it('repeats its sequence for a seed, and neighbouring seeds differ from the first draw', () => {
    expect(draws(42, 5)).toStrictEqual(draws(42, 5));
    expect(draws(1, 1)).not.toStrictEqual(draws(2, 1));
  });

  it('draws floats in [0, 1) and integers within inclusive bounds', () => {
    const r = new Random(7);
    const floats = Array.from({ length: 2000 }, () => r.next());
    const ints = new Set(Array.from({ length: 2000 }, () => r.int(3, 6)));
    expect(floats.filter((x) => x < 0 || x >= 1)).toStrictEqual([]);
    expect([...ints].sort()).toStrictEqual([3, 4, 5, 6]);
  });

  it('picks options in proportion to their weights, never one weighted zero', () => {
    const r = new Random(3);
    const counts = { a: 0, b: 0, never: 0 };
    for (let i = 0; i < 4000; i += 1) {
      counts[
        r.weighted([
          ['a', 3],
          ['b', 1],
          ['never', 0],
        ] as const)
      ] += 1;
    }
    expect(counts.never).toBe(0);
    expect(counts.a / counts.b).toBeGreaterThan(2.5);
    expect(counts.a / counts.b).toBeLessThan(3.5);
  });

  it('samples distinct items and draws normals around the mean', () => {
    const r = new Random(5);
    const picked = r.sample(['a', 'b', 'c', 'd'], 3);
    expect(new Set(picked).size).toBe(3);
    expect(r.sample(['a'], 3)).toStrictEqual(['a']);
    let total = 0;
    for (let i = 0; i < 4000; i += 1) total += r.normal(10, 2);
    expect(total / 4000).toBeCloseTo(10, 0);
  });

  it('refuses to pick from nothing', () => {
    const r = new Random(1);
    expect(() => r.pick([])).toThrow(/empty/);
    expect(() => r.weighted([])).toThrow(/no options/);
  });
});
