import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

/** Rows of indirect statements only: source | cue | text. */
function reported(text: string): string[] {
  return run(text).quotes.filter((q) => q.kind === 'indirect').map((q) => [q.source?.text ?? '-', q.cue?.text ?? '-', q.text].join(' | '));
}

describe('a programme title in quote marks closing an attribution', () => {
  it.each([
    ['The council backed the levy while it lasted, she said Wednesday on BBC Radio’s “Today.”', 'she | said | The council backed the levy while it lasted'],
    ['The strike is over, Okafor said on Channel 4’s "Evening News."', 'Okafor | said | The strike is over'],
    ['The plan is dead, the senator said on NBC’s “Meet the Press.”', 'the senator | said | The plan is dead'],
  ])('%s', (text, row) => {
    expect(reported(text)).toContain(row);
    for (const q of run(text).quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  it('still reads a full quotation after the attribution as direct speech', () => {
    const quotes = run('The plan is dead, Lee said in a statement, “We will not give up on the port.”').quotes;
    expect(quotes.some((q) => q.kind === 'direct' && q.text.startsWith('We will not give up'))).toBe(true);
  });

  it('does not take a lower-case quoted phrase for a title', () => {
    expect(reported('The plan is dead, Lee said on the show, “we lost.”')).not.toContain('Lee | said | The plan is dead');
  });
});

describe('"no" opening a reported clause', () => {
  it.each([
    ['The mayor says no matter what the council decides, the depot will stay open.', 'The mayor | says | no matter what the council decides, the depot will stay open'],
    ['Okafor said no one had warned the crew about the storm.', 'Okafor | said | no one had warned the crew about the storm'],
    ['The minister said no longer would the port pay for the dredging.', 'The minister | said | no longer would the port pay for the dredging'],
  ])('%s', (text, row) => {
    expect(reported(text)).toContain(row);
  });

  it('keeps "said no to" out: a refusal, not a statement', () => {
    expect(reported('The board said no to the plan.')).toEqual([]);
  });
});

describe('a phrase between a verb of saying and the comma opening its quote', () => {
  /** Rows of direct quotes only: source | cue | text. */
  function direct(text: string): string[] {
    return run(text).quotes.filter((q) => q.kind === 'direct').map((q) => [q.source?.text ?? '-', q.cue?.text ?? '-', q.text].join(' | '));
  }

  it.each([
    ['Okafor joked, again using a thick accent, “Come on up and join the union!”', 'Okafor | joked | Come on up and join the union!'],
    ['The chairman acknowledged, however, “Past results are no guide to the future.”', 'The chairman | acknowledged | Past results are no guide to the future.'],
    ['Lee wrote to his 20,000 followers, “It is time to end the levy for good.”', 'Lee | wrote | It is time to end the levy for good.'],
    ['The mayor said at the end of a long meeting, “We will reopen the depot.”', 'The mayor | said | We will reopen the depot.'],
  ])('%s', (text, row) => {
    expect(direct(text)).toContain(row);
    for (const q of run(text).quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  it('does not reach over a clause to a quote after it', () => {
    expect(direct('Lee said the plan, which costs $5 million, “would fail.”')).toEqual([]);
    expect(direct('Lee said that the plan was dead, “and nobody will miss it.”')).toEqual([]);
  });
});
