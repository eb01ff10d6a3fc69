/** The item at an index the store itself produced; a miss is a bug in the store, not bad input. */
export function at<T>(list: readonly T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new RangeError(`No item at index ${index}`);
  return item;
}
