import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

describe('stance verbs of communication, judgement and cognition', () => {
  it.each([
    ['The mayor congratulated the rowing team on its third title.', 'indirect | mayor | The mayor | congratulated | the rowing team on its third title'],
    ['Okafor assailed the budget as a gift to developers.', 'indirect | Okafor | Okafor | assailed | the budget as a gift to developers'],
    ['The governor bemoaned the slow pace of repairs on the coast road.', 'indirect | governor | The governor | bemoaned | the slow pace of repairs on the coast road'],
    ['The finance minister floated the idea of a fuel tax holiday.', 'indirect | finance minister | The finance minister | floated | the idea of a fuel tax holiday'],
    ['Councillor Ana Ruiz disclosed her shares in the ferry company.', 'indirect | Ana Ruiz | Councillor Ana Ruiz | disclosed | her shares in the ferry company'],
    ['The coach implied the referee had favoured the visitors.', 'indirect | coach | The coach | implied | the referee had favoured the visitors'],
  ])('%s', (text, row) => {
    expect(run(text).rows).toEqual([row]);
  });

  it('reads a cognition verb with its "that" clause', () => {
    expect(run('Investigators determined that the fire started in the kitchen.').rows).toEqual([
      'indirect | Investigators | Investigators | determined | the fire started in the kitchen',
    ]);
  });

  it('does not read a noun use of a new stance word as a cue', () => {
    expect(run('The council made a reference to the old harbor plan.').rows).toEqual([]);
    expect(run('Her wish came true in the final round.').rows).toEqual([]);
  });

  it('keeps spans that slice the text they name', () => {
    const text = 'Lee recounted the night the levee broke, and the mayor reassured residents that the water would recede.';
    for (const q of run(text).quotes) {
      expect(text.slice(q.start, q.end)).toBe(q.text);
      if (q.source) expect(text.slice(q.source.start, q.source.end)).toBe(q.source.text);
      if (q.cue) expect(text.slice(q.cue.start, q.cue.end)).toBe(q.cue.text);
    }
  });
});
