// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { coveredMs, cumulativeLayoutShift, interactionLatency, longest, median } from '../../../bench/lib/stats';

describe('median', () => {
  it('takes the middle value of an odd count and the mean of the middle two of an even count', () => {
    expect(median([300, 100, 200])).toBe(200);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
  });

  it('refuses an empty list rather than inventing a figure', () => {
    expect(() => median([])).toThrow(/no values/);
  });
});

describe('interactionLatency', () => {
  it('is the longest event of the first interaction, ignoring events outside interactions', () => {
    const entries = [
      { name: 'pointerover', interactionId: 0, startTime: 90, duration: 400 },
      { name: 'pointerdown', interactionId: 7, startTime: 100, duration: 24 },
      { name: 'pointerup', interactionId: 7, startTime: 180, duration: 40 },
      { name: 'click', interactionId: 7, startTime: 181, duration: 56 },
      { name: 'keydown', interactionId: 9, startTime: 400, duration: 300 },
    ];
    expect(interactionLatency(entries)).toEqual({ ms: 56, reported: true });
  });

  it('gives the 16 ms floor as an upper bound when Event Timing reported nothing', () => {
    expect(interactionLatency([{ name: 'mousemove', interactionId: 0, startTime: 1, duration: 30 }])).toEqual({
      ms: 16,
      reported: false,
    });
  });
});

describe('coveredMs', () => {
  it('counts overlapping requests once and adds separate ones', () => {
    const spans = [
      { startTime: 100, duration: 50 },
      { startTime: 0, duration: 20 },
      { startTime: 120, duration: 60 },
      { startTime: 175, duration: 5 },
    ];
    expect(coveredMs(spans)).toBe(20 + 80);
  });

  it('is 0 with no requests', () => {
    expect(coveredMs([])).toBe(0);
  });
});

describe('longest', () => {
  it('is the longest span, or 0 when there is none', () => {
    expect(
      longest([
        { startTime: 0, duration: 60 },
        { startTime: 5, duration: 210 },
      ]),
    ).toBe(210);
    expect(longest([])).toBe(0);
  });
});

describe('cumulativeLayoutShift', () => {
  it('is 0 without shifts', () => {
    expect(cumulativeLayoutShift([])).toBe(0);
  });

  it('sums shifts less than a second apart into one window and keeps the largest window', () => {
    const shifts = [
      { startTime: 100, value: 0.01 },
      { startTime: 900, value: 0.02 },
      // Over a second after the last: a new window, smaller than the first.
      { startTime: 2_500, value: 0.025 },
    ];
    expect(cumulativeLayoutShift(shifts)).toBeCloseTo(0.03);
  });

  it('closes a window after 5 s however close its shifts are', () => {
    const shifts = Array.from({ length: 12 }, (_, index) => ({ startTime: index * 800, value: 0.01 }));
    // 0, 800, …, 4800 fall in the first window (7 shifts); 5600 starts the next (5 shifts).
    expect(cumulativeLayoutShift(shifts)).toBeCloseTo(0.07);
  });
});
