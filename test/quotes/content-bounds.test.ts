import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';
import { tokenize } from '../../src/quotes/tokens.js';
import { endBeforeMainClause, endOfStanceObject, inFrontedClause } from '../../src/quotes/content-bounds.js';

const noQuote = () => false;

describe('content bounds: stance objects and fronted clauses', () => {
  it('ends a stance object before a comma that opens a new clause', () => {
    const r = run('As the governor criticized the harbor plan, the crowd chanted his name.');
    expect(r.rows).toContain('indirect | governor | the governor | criticized | the harbor plan');
  });

  it('leaves a capitalised subordinator out of a stance source', () => {
    const r = run('While the regional council praised the new ferry timetable, commuters stayed away.');
    expect(r.rows).toEqual(['indirect | regional council | the regional council | praised | the new ferry timetable']);
  });

  it('ends a stance object before a set-off dash', () => {
    const r = run('The union endorsed Ruiz — the first time it has taken sides in a mayoral race.');
    expect(r.rows).toEqual(['indirect | union | The union | endorsed | Ruiz']);
  });

  it('keeps a hyphenated word inside the stance object', () => {
    const r = run('The union endorsed the long-shot candidate.');
    expect(r.rows).toEqual(['indirect | union | The union | endorsed | the long-shot candidate']);
  });

  it('ends a statement made inside a fronted clause at the comma before the main clause', () => {
    const r = run('Though the mayor said the pier would reopen in May, the contractor has not been paid.');
    expect(r.rows).toEqual(['indirect | mayor | the mayor | said | the pier would reopen in May']);
  });

  it('leaves a statement in a main clause whole, commas included', () => {
    const r = run('The mayor said the pier, which was damaged in March, would reopen in May.');
    expect(r.rows).toEqual(['indirect | mayor | The mayor | said | the pier, which was damaged in March, would reopen in May']);
  });

  it('recognises a fronted clause only when the subordinator opens the sentence', () => {
    const text = 'But while Ortiz said the fund was empty, the board disagreed.';
    const tokens = tokenize(text, 0, text.length);
    const src = tokens.findIndex((t) => t.text === 'Ortiz');
    expect(inFrontedClause(tokens, src)).toBe(true);
    const other = 'The board met while Ortiz said nothing.';
    const t2 = tokenize(other, 0, other.length);
    expect(inFrontedClause(t2, t2.findIndex((t) => t.text === 'Ortiz'))).toBe(false);
  });

  it('returns offsets that slice whole words', () => {
    const text = 'praised the plan, the crowd cheered — loudly';
    const tokens = tokenize(text, 0, text.length);
    const end = endOfStanceObject(text, tokens, 1, text.length, tokens.length, noQuote);
    expect(text.slice(tokens[1]!.start, end)).toBe('the plan');
    const main = endBeforeMainClause(tokens, 1, text.length, tokens.length, noQuote);
    expect(text.slice(tokens[1]!.start, main)).toBe('the plan');
  });
});
