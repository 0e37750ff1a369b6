import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

/** Every quote's span slices its own text from the article. */
function spansHold(text: string): void {
  for (const q of run(text).quotes) {
    expect(text.slice(q.start, q.end)).toBe(q.text);
    if (q.cue) expect(text.slice(q.cue.start, q.cue.end)).toBe(q.cue.text);
    if (q.source) expect(text.slice(q.source.start, q.source.end)).toBe(q.source.text);
  }
}

describe('a speech participle after a comma reports its object', () => {
  it.each([
    ['The governor spoke for an hour, urging voters to stay home.', 'indirect | governor | The governor | urging | voters to stay home'],
    ['The ministry issued a brief statement, announcing a review of the port contracts.', 'indirect | ministry | The ministry | announcing | a review of the port contracts'],
    ['Okafor took the stage in Lagos, declaring the strike over.', 'indirect | Okafor | Okafor | declaring | the strike over'],
  ])('%s', (text, row) => {
    expect(run(text).rows).toEqual([row]);
    spansHold(text);
  });

  it('reads the participle after a stance with its own object', () => {
    expect(run('The bishop endorsed Maria Lopez, urging his parishioners to back her.').rows).toEqual([
      'indirect | bishop | The bishop | endorsed | Maria Lopez',
      'indirect | bishop | The bishop | urging | his parishioners to back her',
    ]);
  });

  it('does not read a bare hearer as what was said', () => {
    expect(run('The coach left the pitch early, telling reporters.').rows).toEqual([]);
  });

  it('does not read a preposition after the participle as an object', () => {
    expect(run('The mayor left the hall, announcing in a hurry.').rows).toEqual([]);
  });
});
