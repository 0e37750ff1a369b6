import { describe, expect, it } from 'vitest';
import { batchV8Flag, BATCH_INTERRUPT_BUDGET } from '../../src/cli/tune-v8.js';

describe('V8 tuning for tally run', () => {
  it('raises the tier-up budget when nobody chose one', () => {
    expect(batchV8Flag([])).toBe(`--interrupt-budget=${BATCH_INTERRUPT_BUDGET}`);
    expect(batchV8Flag(['--max-old-space-size=4096', '--enable-source-maps'])).toBe(`--interrupt-budget=${BATCH_INTERRUPT_BUDGET}`);
    expect(BATCH_INTERRUPT_BUDGET).toBeGreaterThan(67_584);
  });

  it("keeps the user's own budget from the node command line", () => {
    expect(batchV8Flag(['--interrupt-budget=10000'])).toBeNull();
    expect(batchV8Flag(['--interrupt_budget=10000'])).toBeNull();
    expect(batchV8Flag(['--trace-warnings', '--interrupt-budget=500000'])).toBeNull();
  });

  it('does not mistake a similar flag for the budget', () => {
    expect(batchV8Flag(['--interrupt-budget-for-feedback-allocation=940'])).not.toBeNull();
  });
});
