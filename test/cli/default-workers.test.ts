import { describe, expect, it } from 'vitest';
import { defaultWorkers } from '../../src/cli/commands/run.js';

describe('tally run --workers default', () => {
  it('leaves one core to the writer and reader', () => {
    expect(defaultWorkers(2)).toBe(1);
    expect(defaultWorkers(8)).toBe(7);
  });

  it('never goes below one worker', () => {
    expect(defaultWorkers(1)).toBe(1);
    expect(defaultWorkers(0)).toBe(1);
  });
});
