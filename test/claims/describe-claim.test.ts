import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.js';

describe('counted noun, subject, predicate and anchor', () => {
  it.each([
    ['More than 40 suspected smugglers have been detained.', 'More than 40', 'suspected smugglers', 'detained'],
    ['Customs officers seized 212 counterfeit handbags.', '212', 'counterfeit handbags', 'seized'],
    ['The charity says 35 mobile health units were deployed.', '35', 'mobile health units', 'deployed'],
    ['Nine patients who had received the drug recovered quickly.', 'Nine', 'patients', 'recovered'],
    ['The ministry is sending 150 extra nurses to the north.', '150', 'nurses', 'sending'],
    ['Police said the raids had netted 640 by Friday.', '640', null, 'netted'],
    ['The county will close 12 libraries next year.', '12', 'libraries', 'close'],
    ['Some 300 people in the northern city died in the floods.', 'Some 300', 'people', 'died'],
    ['The airline will also order six freighters.', 'six', 'freighters', 'order'],
    ['The agency plans to quickly hire 30 inspectors.', '30', 'inspectors', 'hire'],
    ['About 200 jobs have not yet been filled.', 'About 200', 'jobs', 'filled'],
    ['Some 30 houses will now be rebuilt.', 'Some 30', 'houses', 'rebuilt'],
  ])('%s', (sentence, text, unit, predicate) => {
    const c = claimsOf(sentence).find((x) => x.text === text);
    expect(c).toBeDefined();
    expect([c!.unit, c!.predicate]).toEqual([unit, predicate]);
  });

  it('gives a coordinated part the verb of its clause', () => {
    const cs = claimsOf('Some 75 rioters were jailed, along with 12 organisers.');
    expect(cs.map((c) => [c.text, c.unit, c.predicate])).toEqual([
      ['Some 75', 'rioters', 'jailed'],
      ['12', 'organisers', 'jailed'],
    ]);
  });

  it('names what a share is of', () => {
    expect(claimsOf('About a third of those questioned were first-time buyers.')[0]?.subject).toBe('first-time buyers');
    expect(claimsOf('Nearly 40% of households own a car.')[0]?.subject).toBe('households');
    expect(claimsOf('Revenue rose 7% in the year.')[0]?.subject).toBe('Revenue');
  });

  it('reads an age from an apposition', () => {
    const [c] = claimsOf('The driver, Tom Reid, 52, was unhurt.');
    expect([c?.text, c?.kind, c?.unit]).toEqual(['52', 'age', 'years']);
    expect(claimsOf('The minister, 61, resigned.')[0]?.kind).toBe('age');
    expect(claimsOf('The veteran film-maker, 68, won the award.')[0]?.kind).toBe('age');
    expect(claimsOf('A former police officer, 52, was arrested.')[0]?.kind).toBe('age');
    expect(claimsOf('She retired at the age of 58.')[0]?.kind).toBe('age');
  });

  it('records a time anchor stated with the figure', () => {
    const [c] = claimsOf('As of Tuesday, 48 wells had been capped.');
    expect(c?.anchor).toBe('As of Tuesday');
    expect(claimsOf('Imports grew 4% last year.')[0]?.anchor).toBe('last year');
  });
});

describe('more noun phrases and verbs', () => {
  it('keeps coordinated nouns in the counted phrase', () => {
    expect(claimsOf('The firm runs 12 deep and open-cast pits.')[0]?.unit).toBe('deep and open-cast pits');
    expect(claimsOf('Officials opened 18 new schools or colleges.')[0]?.unit).toBe('new schools or colleges');
  });

  it('finds the verb of "posted a loss of" and the subject of "a loss of"', () => {
    const [c] = claimsOf('The club posted a record loss of 68m euros.');
    expect([c?.predicate, c?.subject]).toEqual(['posted', 'record loss']);
  });

  it('reads a verb after "are to"', () => {
    expect(claimsOf('In Leeds, 3,000 jobs are to go.')[0]?.predicate).toBe('go');
  });
});

describe('verbs before the figure', () => {
  it('skips an indirect object and "for"', () => {
    expect(claimsOf('Japan lent Brazil $4bn last year.')[0]?.predicate).toBe('lent');
    expect(claimsOf('The stadium was sold for £30m.')[0]?.predicate).toBe('sold');
  });
});

describe('a change made to an object by an amount', () => {
  it.each([
    ['The council approved the plan, raising council tax by 4.9% for the year.', '4.9%', 'increase'],
    ['The government will cut the deficit by £2bn next year.', '£2bn', 'decrease'],
    ['The firm plans to reduce its German workforce by 1,920.', '1,920', 'decrease'],
    ['The bill was passed by 300 votes.', '300', null],
  ])('%s', (sentence, text, change) => {
    expect(claimsOf(sentence).find((c) => c.text === text)?.change).toBe(change);
  });
});

describe('the object a change verb acts on, as the subject', () => {
  it.each([
    ['The council approved the plan, raising council tax by 4.9% for the year.', '4.9%', 'council tax', 'raising'],
    ['The minister has to trim the deficit by 0.3 percentage points.', '0.3 percentage points', 'deficit', 'trim'],
    ['The party plans to raise the stamp duty threshold to £150,000.', '£150,000', 'stamp duty threshold', null],
    ['The figure marked an increase on the 3.3% of last year.', '3.3%', null, null],
  ])('%s', (sentence, text, subject, predicate) => {
    const c = claimsOf(sentence).find((x) => x.text === text);
    expect([c?.subject ?? null, c?.predicate ?? null]).toEqual([subject, predicate]);
  });
});
