import { describe, expect, it } from 'vitest';
import { batchV8Flags, BATCH_HEAP_GROWING_PERCENT, BATCH_INTERRUPT_BUDGET } from '../../src/cli/tune-v8.js';

const budget = `--interrupt-budget=${BATCH_INTERRUPT_BUDGET}`;
const growing = `--heap-growing-percent=${BATCH_HEAP_GROWING_PERCENT}`;

describe('V8 tuning for tally run', () => {
  it('raises the tier-up budget and lowers heap growth when nobody chose them', () => {
    expect(batchV8Flags([])).toEqual([budget, growing]);
    expect(batchV8Flags(['--max-old-space-size=4096', '--enable-source-maps'])).toEqual([budget, growing]);
    expect(BATCH_INTERRUPT_BUDGET).toBeGreaterThan(67_584);
    expect(BATCH_HEAP_GROWING_PERCENT).toBeGreaterThan(0);
  });

  it("keeps the user's own values from the node command line, in either spelling", () => {
    expect(batchV8Flags(['--interrupt-budget=10000'])).toEqual([growing]);
    expect(batchV8Flags(['--interrupt_budget=10000'])).toEqual([growing]);
    expect(batchV8Flags(['--trace-warnings', '--interrupt-budget=500000', '--heap_growing_percent=200'])).toEqual([]);
    expect(batchV8Flags(['--heap-growing-percent=100'])).toEqual([budget]);
  });

  it('does not mistake a similar flag for one of its own', () => {
    expect(batchV8Flags(['--interrupt-budget-for-feedback-allocation=940'])).toEqual([budget, growing]);
  });
});
