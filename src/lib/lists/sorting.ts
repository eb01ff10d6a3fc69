/** Compares text the way a reader expects: case-insensitive, numbers in numeric order. */
export const textCollator = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' });

/**
 * Dense ranks of items under a comparison (equal items share a rank). Sorting a list once and
 * then comparing integers makes each request's sort cheap even at tens of thousands of rows.
 */
export function denseRanks<T>(items: readonly T[], compare: (a: T, b: T) => number): Int32Array {
  const order = Array.from(items.keys()).sort((a, b) => compare(items[a] as T, items[b] as T));
  const ranks = new Int32Array(items.length);
  let rank = 0;
  order.forEach((index, position) => {
    const previous = order[position - 1];
    if (previous !== undefined && compare(items[previous] as T, items[index] as T) !== 0) rank += 1;
    ranks[index] = rank;
  });
  return ranks;
}

const POSITION_BITS = 2 ** 21;

/**
 * Positions ordered by time (epoch ms), ties in position order. Up to two million items sort as
 * packed numbers (whole seconds x 2^21 + position) natively rather than through a comparison
 * callback, which at a million audit events is the difference between a blink and seconds.
 * Within one second, position stands in for milliseconds (the data records events in time order).
 */
export function orderByTime(times: readonly number[]): Int32Array {
  if (times.length >= POSITION_BITS) {
    return Int32Array.from(Array.from(times.keys()).sort((a, b) => (times[a] ?? 0) - (times[b] ?? 0) || a - b));
  }
  const packed = Float64Array.from(times, (t, i) => Math.floor(t / 1000) * POSITION_BITS + i).sort();
  return Int32Array.from(packed, (key) => key % POSITION_BITS);
}

/**
 * Sorts items by a whole-number key (ascending, or descending for direction -1), ties keeping
 * their order in `items`. Keys from 0 to 2^32 over up to two million items sort as packed
 * numbers natively; anything else falls back to a comparison sort with the same result.
 */
export function sortByKey(items: readonly number[], keyOf: (item: number) => number, direction: 1 | -1): number[] {
  const keys = items.map((item) => direction * keyOf(item));
  const packable = items.length < POSITION_BITS && keys.every((k) => Number.isInteger(k) && Math.abs(k) < 2 ** 32);
  if (!packable) {
    return Array.from(items.keys())
      .sort((a, b) => (keys[a] ?? 0) - (keys[b] ?? 0) || a - b)
      .map((position) => items[position] ?? 0);
  }
  const packed = Float64Array.from(keys, (k, position) => k * POSITION_BITS + position).sort();
  return Array.from(packed, (key) => items[((key % POSITION_BITS) + POSITION_BITS) % POSITION_BITS] ?? 0);
}
