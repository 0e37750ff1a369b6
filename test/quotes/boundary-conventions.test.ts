import { describe, expect, it } from 'vitest';
import { run, spansHold, reported } from './helpers.js';

describe('a preposition right after a stance verb joins the cue', () => {
  it.each([
    ['The senator railed about the cost of the new bridge.', 'The senator | railed about | the cost of the new bridge'],
    ['Most residents approve of the plan to widen the harbor road.', 'Most residents | approve of | the plan to widen the harbor road'],
    ['The nurses pleaded for calm.', 'The nurses | pleaded for | calm'],
    ['The mayor mused about a run for governor.', 'The mayor | mused about | a run for governor'],
    ['The union railed against the closure of the depot.', 'The union | railed against | the closure of the depot'],
  ])('%s', (text, row) => {
    expect(reported(text)).toContain(row);
    spansHold(text);
  });

  it('leaves "about" before a quantity in the content', () => {
    expect(reported('Analysts see about half of the budget going to roads.')).toEqual(['Analysts | see | about half of the budget going to roads']);
  });

  it('keeps the cue a slice of the text', () => {
    const text = 'The senator railed about the cost of the new bridge.';
    const q = run(text).quotes[0]!;
    expect(q.cue!.text).toBe(text.slice(q.cue!.start, q.cue!.end));
    expect(q.cue!.end).toBeLessThanOrEqual(q.start);
  });
});
