import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { firstAtLeast } from '../../src/text/sorted.js';

describe('firstAtLeast', () => {
  it('finds the first item whose key is at least the value, or the length', () => {
    const items = [1, 3, 3, 7];
    expect([0, 1, 2, 3, 4, 7, 8].map((at) => firstAtLeast(items, at, (x) => x))).toEqual([0, 0, 1, 1, 3, 3, 4]);
    expect(firstAtLeast([], 5, (x: number) => x)).toBe(0);
  });
  it('agrees with a scan from the start on any sorted list', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: -60, max: 60 }), (xs, at) => {
        const sorted = [...xs].sort((a, b) => a - b);
        const scan = sorted.findIndex((x) => x >= at);
        expect(firstAtLeast(sorted, at, (x) => x)).toBe(scan < 0 ? sorted.length : scan);
      }),
    );
  });
});
