// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { describeBreakdown, Samples, type FigureSpec } from '../../../bench/lib/figures';

const SORT: FigureSpec = { id: 'sort', journey: 'Contract manager', label: 'Sort', unit: 'ms', budget: 200 };
const INP: FigureSpec = { id: 'inp', journey: 'Contract manager', label: 'INP', unit: 'ms', budget: 200 };
const HEAP: FigureSpec = {
  id: 'heap',
  journey: 'Auditor',
  label: 'Heap',
  unit: 'MB',
  budget: null,
  explain: 'after GC',
};

describe('Samples', () => {
  it('reports the median of the runs against the budget, with the samples kept', () => {
    const samples = new Samples();
    for (const ms of [150.4, 260.2, 180.6]) samples.add('sort', ms);
    const [figure] = samples.summarise([SORT]);
    expect(figure).toMatchObject({ id: 'sort', value: 181, samples: [150, 260, 181], pass: true });
  });

  it('fails a median over budget', () => {
    const samples = new Samples();
    for (const ms of [150, 260, 250]) samples.add('sort', ms);
    expect(samples.summarise([SORT])[0]?.pass).toBe(false);
  });

  it('leaves out figures that were not measured and keeps the specs order', () => {
    const samples = new Samples();
    samples.add('heap', 12.345);
    samples.add('sort', 100);
    expect(samples.summarise([SORT, INP, HEAP]).map((f) => [f.id, f.value, f.pass])).toEqual([
      ['sort', 100, true],
      ['heap', 12.35, null],
    ]);
  });

  it('explains a figure by the medians of its breakdown, runs under the floor and its standing note', () => {
    const samples = new Samples();
    samples.add('sort', 300, { breakdown: { apiMs: 40, firstRequestAtMs: 10, lastResponseAtMs: 50 } });
    samples.add('sort', 320, { breakdown: { apiMs: 60, firstRequestAtMs: 12, lastResponseAtMs: 80 } });
    samples.add('sort', 340, { breakdown: { apiMs: 80, firstRequestAtMs: 14, lastResponseAtMs: 90 } });
    samples.add('inp', 16, { belowFloor: true });
    samples.add('inp', 48);
    samples.add('heap', 10, { note: 'first run' });
    samples.add('heap', 11, { note: 'last run' });
    const [sort, inp, heap] = samples.summarise([SORT, INP, HEAP]);
    expect(sort?.breakdown).toEqual({ apiMs: 60, firstRequestAtMs: 12, lastResponseAtMs: 80 });
    expect(sort?.note).toBe('API in flight 60 ms (first sent at +12 ms, last answered at +80 ms)');
    expect(inp?.note).toBe("1 of 2 runs under Event Timing's 16 ms floor, counted as 16 ms");
    expect(heap?.note).toBe('last run; after GC');
  });
});

describe('describeBreakdown', () => {
  it('names long tasks only when there were any, and an export’s phases in seconds', () => {
    expect(describeBreakdown({ longTasksMs: 0, longestTaskMs: 0, fetchingS: 7.5, writingS: 1.25 })).toBe(
      'fetching pages 7.50 s, writing the file 1.25 s',
    );
    expect(describeBreakdown({ apiMs: 0, longTasksMs: 130, longestTaskMs: 80 })).toBe(
      'API in flight 0 ms, long tasks 130 ms in all, longest 80 ms',
    );
  });
});
