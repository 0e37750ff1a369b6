/**
 * Index of the first item whose key is at least `at`, in items sorted by that key; items.length when none.
 * Why one helper: the stages look up spans, quotes and figures by position or value on long documents, where a pass over
 * every item for each item was quadratic.
 */
export function firstAtLeast<T>(items: readonly T[], at: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(items[mid]!) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
