// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Rag } from '@/lib/contract';
import {
  deliveredOn,
  deliveryProgress,
  percentOfExpected,
  RAG_THRESHOLDS,
  ragFor,
  ragOfFigures,
  ragSeverity,
  worstRag,
} from '@/lib/figures';

describe('percentOfExpected', () => {
  it('is delivered as a percentage of expected, over 100 when ahead', () => {
    expect(percentOfExpected(45, 60)).toBe(75);
    expect(percentOfExpected(130, 100)).toBe(130);
    expect(percentOfExpected(0, 10)).toBe(0);
  });

  it('is null when nothing is expected yet, whatever was delivered', () => {
    expect(percentOfExpected(0, 0)).toBeNull();
    expect(percentOfExpected(5, 0)).toBeNull();
  });
});

describe('ragFor', () => {
  it('is green from exactly 95% of expected', () => {
    expect(RAG_THRESHOLDS.green).toBe(0.95);
    expect(ragFor(95, 100)).toBe('green');
    expect(ragFor(19, 20)).toBe('green');
    expect(ragFor(94.99, 100)).toBe('amber');
  });

  it('is amber from exactly 75% up to 95%, and red below', () => {
    expect(RAG_THRESHOLDS.amber).toBe(0.75);
    expect(ragFor(75, 100)).toBe('amber');
    expect(ragFor(3, 4)).toBe('amber');
    expect(ragFor(74.99, 100)).toBe('red');
    expect(ragFor(0, 100)).toBe('red');
  });

  it('is green when delivery is ahead of profile', () => {
    expect(ragFor(130, 100)).toBe('green');
    expect(ragFor(1, 0.5)).toBe('green');
  });

  it('is "not yet due" when nothing is expected, even with a zero pledge or early delivery', () => {
    expect(ragFor(0, 0)).toBe('not-due');
    expect(ragFor(12, 0)).toBe('not-due');
  });
});

describe('RAG on figures', () => {
  const figures = { pledged: 100, expected: 40, claimed: 40, verified: 28 };

  it('uses verified figures by default and claimed ones when asked', () => {
    expect(deliveredOn(figures, 'verified')).toBe(28);
    expect(deliveredOn(figures, 'claimed')).toBe(40);
    expect(ragOfFigures(figures, 'verified')).toBe('red');
    expect(ragOfFigures(figures, 'claimed')).toBe('green');
  });

  it('is not yet due for a commitment with nothing expected', () => {
    expect(ragOfFigures({ pledged: 0, expected: 0, claimed: 0, verified: 0 }, 'verified')).toBe('not-due');
  });

  it('gives % of expected and RAG together, on the chosen basis', () => {
    expect(deliveryProgress(figures, 'verified')).toEqual({ pct: 70, rag: 'red' });
    expect(deliveryProgress(figures, 'claimed')).toEqual({ pct: 100, rag: 'green' });
    expect(deliveryProgress({ pledged: 5, expected: 0, claimed: 1, verified: 0 }, 'verified')).toEqual({
      pct: null,
      rag: 'not-due',
    });
  });
});

describe('worstRag', () => {
  it('is the worst of a contract’s headline RAGs', () => {
    expect(worstRag(['green', 'amber', 'green'])).toBe('amber');
    expect(worstRag(['green', 'red', 'amber'])).toBe('red');
    expect(worstRag(['not-due', 'green'])).toBe('green');
  });

  it('is not yet due when nothing is due, or there is nothing to judge', () => {
    expect(worstRag(['not-due', 'not-due'])).toBe('not-due');
    expect(worstRag([])).toBe('not-due');
  });

  it('accepts any iterable', () => {
    expect(worstRag(new Set<Rag>(['amber', 'green']))).toBe('amber');
  });
});

describe('ragSeverity', () => {
  it('sorts red first, then amber, green and not yet due', () => {
    const rags: Rag[] = ['green', 'not-due', 'red', 'amber'];
    expect(rags.sort((a, b) => ragSeverity(b) - ragSeverity(a))).toStrictEqual(['red', 'amber', 'green', 'not-due']);
  });
});
