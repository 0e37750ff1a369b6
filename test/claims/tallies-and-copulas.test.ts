import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.js';

const brief = (s: string) => claimsOf(s).map((c) => [c.text, c.kind, c.value, c.unit]);

describe('a tally: part and whole beside the share', () => {
  it('keeps the share and adds both counts of "three out of 14"', () => {
    expect(brief('Only three out of 14 board members are women.')).toEqual([
      ['three out of 14', 'proportion', expect.closeTo(3 / 14, 9), null],
      ['three', 'count', 3, 'board members'],
      ['14', 'count', 14, 'board members'],
    ]);
  });

  it('reads a whole owned by a determiner: "two out of their nine"', () => {
    const cs = claimsOf('The visitors converted two out of their nine penalty corners.');
    expect(cs.map((c) => [c.text, c.kind, c.value])).toEqual([
      ['two out of their nine', 'proportion', expect.closeTo(2 / 9, 9)],
      ['two', 'count', 2],
      ['nine', 'count', 9],
    ]);
    expect(cs[2]!.unit).toBe('penalty corners');
  });

  it('leaves a rate over a round base or "every" as one share', () => {
    expect(brief('Eight out of 10 owners said their cats preferred it.').map((c) => c[1])).toEqual(['proportion']);
    expect(brief('One out of every seven drivers was over the limit.').map((c) => c[1])).toEqual(['proportion']);
    expect(brief('One in four pupils walks to school.').map((c) => c[1])).toEqual(['proportion']);
  });

  it('does not read an age bracket as a whole', () => {
    expect(claimsOf('One in their 30s was hurt.').some((c) => c.kind === 'proportion')).toBe(false);
  });

  it('keeps spans on the article text', () => {
    const s = 'Just four out of the 22 applicants were accepted.';
    for (const c of claimsOf(s)) expect(s.slice(c.start, c.end)).toBe(c.text);
  });
});

describe('a relative time after a figure is not its unit', () => {
  it.each([
    ['Net income was $812m, against $590m year-earlier.', '$590m'],
    ['Sales reached £1.4bn, compared with £1.1bn year-ago.', '£1.1bn'],
    ['Turnover was €40m, up from €35m a year earlier.', '€35m'],
  ])('%s', (sentence, text) => {
    const c = claimsOf(sentence).find((x) => x.text === text);
    expect(c).toBeDefined();
    expect(c!.kind).toBe('money');
  });

  it('keeps a plain count before "month-ago" a count', () => {
    const c = claimsOf('Claims fell to 210,000 from 230,000 month-earlier.').find((x) => x.value === 230000);
    expect(c?.text).toBe('230,000');
    expect(c?.kind).toBe('count');
  });

  it('still reads a duration with an age or a plain time unit', () => {
    expect(claimsOf('The bridge took 3 years to build.')[0]?.unit).toBe('years');
  });
});

describe('a counted noun after "were"', () => {
  it.each([
    ['Rescuers found 31 survivors, of whom 19 were teenagers.', '19', 'teenagers'],
    ['Of the 60 applicants, 14 were local firms.', '14', 'local firms'],
    ['Among the dead, 7 were also aid workers.', '7', 'aid workers'],
  ])('%s', (sentence, text, unit) => {
    const c = claimsOf(sentence).find((x) => x.text === text);
    expect([c?.unit, c?.subject]).toEqual([unit, unit]);
  });

  it('does not take a verb after "were" as the noun', () => {
    expect(claimsOf('Of the 60 protesters, 14 were detained.').find((x) => x.text === '14')?.unit).toBeNull();
    expect(claimsOf('Of the 60 protesters, 14 were being questioned.').find((x) => x.text === '14')?.unit).toBeNull();
  });
});

describe('a relative time compound as the anchor', () => {
  it('anchors "year-earlier"', () => {
    expect(claimsOf('Profit was $90m, against $75m year-earlier.').find((c) => c.text === '$75m')?.anchor).toBe('year-earlier');
  });
});
