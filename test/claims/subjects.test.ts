import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.js';

const subjectOf = (sentence: string, text: string) => claimsOf(sentence).find((c) => c.text === text)?.subject;

describe('subject: what a measure, a sum or a share is about', () => {
  it.each([
    ['Inflation climbed to 4.1% in October.', '4.1%', 'Inflation'],
    ['In October, inflation climbed to 4.1%.', '4.1%', 'inflation'],
    ['The bank reported profits of £3.2bn.', '£3.2bn', 'profits'],
    ['Almost a third of those surveyed were retired teachers.', 'Almost a third', 'retired teachers'],
    // the clause opens with the subject, an appositive or a place phrase comes between
    ['Shares in Brightline, the ferry operator, slid 9%.', '9%', 'Shares'],
    ['Exports from the region in the second quarter dropped by 6%.', '6%', 'Exports'],
    ['The value of homes between Leeds and York rose by an eighth.', 'an eighth', 'value of homes'],
    // the object of the verb before "by" or "past"
    ['The trust wants to trim staffing costs by £40m.', '£40m', 'staffing costs'],
    ['Cold weather sent heating oil prices past $3 a gallon.', 'past $3 a gallon', 'heating oil prices'],
  ])('%s', (sentence, text, subject) => {
    expect(subjectOf(sentence, text)).toBe(subject);
  });

  it('keeps a modifier that looks like a verb inside the object', () => {
    expect(subjectOf('The council will cut its parking charges by 15%.', '15%')).toBe('parking charges');
  });

  it('gives the verb of that object as the predicate', () => {
    expect(claimsOf('The trust wants to trim staffing costs by £40m.')[0]?.predicate).toBe('trim');
  });

  it('carries the subject to a new level, an old one or a comparison written after the figure', () => {
    const cs = claimsOf('Revenue at the chain rose 7% to £900m from £840m.');
    expect(cs.map((c) => [c.text, c.subject])).toEqual([['7%', 'Revenue'], ['£900m', 'Revenue'], ['£840m', 'Revenue']]);
    expect(subjectOf('Operating profit was $410m, against $380m year-ago.', '$380m')).toBe('Operating profit');
    expect(subjectOf('Its shares were down 3% at 95 pence.', '95 pence')).toBe('shares');
  });

  it('does not carry a subject across an unrelated clause', () => {
    expect(subjectOf('Sales rose 4%, and the firm paid $2m in fines.', '$2m')).not.toBe('Sales');
  });

  it('is null when nothing names it', () => {
    expect(subjectOf('It was worth it at $40.', '$40')).toBeNull();
  });

  it('is the counted noun for a plain count', () => {
    expect(subjectOf('Officials counted 420 damaged homes.', '420')).toBe('damaged homes');
  });
});

describe('subject: possessives, measures and linking verbs', () => {
  it.each([
    ['The firm supplies screens for nearly half the world\'s smart watches.', 'nearly half', "world's smart watches"],
    ['The merger gives it about a third of Kenya\'s tea exports.', 'about a third', "Kenya's tea exports"],
    ['The new span weighs 2,300 tonnes.', '2,300 tonnes', 'new span'],
    ['Our bookings have been 4% up on last winter.', '4%', 'bookings'],
    ['Temperatures reached 39C in Athens.', '39C', 'Temperatures'],
  ])('%s', (sentence, text, subject) => {
    expect(subjectOf(sentence, text)).toBe(subject);
  });
});

describe('temperatures written with a glued C or F', () => {
  it('reads "39C" and "102F" as temperatures', () => {
    expect(claimsOf('It hit 39C, or 102F.').map((c) => [c.text, c.kind, c.unit])).toEqual([['39C', 'measure', 'celsius'], ['102F', 'measure', 'fahrenheit']]);
  });
  it('leaves a model name alone', () => {
    expect(claimsOf('She bought a 5C phone.').some((c) => c.unit === 'celsius')).toBe(false);
  });
});

describe('subject: an owner and a sum named before "of"', () => {
  it('keeps the owner of the measured thing', () => {
    expect(subjectOf("Spain's jobless rate fell to 11.2%.", '11.2%')).toBe("Spain's jobless rate");
  });
  it('prefers the noun before "of" to a verb phrase after the sum', () => {
    expect(subjectOf("The group's earnings of €3bn topped forecasts.", '€3bn')).toBe("group's earnings");
  });
  it('still reads a noun after a sum with no subject before it', () => {
    expect(subjectOf('Ministers approved £2.5bn grants for rail.', '£2.5bn')).toBe('grants');
  });
});

describe('subject: conversions in brackets and objects before a percent', () => {
  it('gives a bracketed conversion the subject of the figure it converts', () => {
    const cs = claimsOf('The insurer reported net profits of 250m euros ($330m; £210m) for the year.');
    expect(cs.map((c) => c.subject)).toEqual(['net profits', 'net profits', 'net profits']);
  });
  it('reads the noun after a bracketed conversion', () => {
    expect(subjectOf('The bank booked a $412m (£220m) charge in March.', '$412m')).toBe('charge');
  });
  it('reads a plural object right before a percent', () => {
    expect(subjectOf('The central bank raised borrowing costs 0.5% on Thursday.', '0.5%')).toBe('borrowing costs');
  });
  it('does not take the payee before a sum as its subject', () => {
    expect(subjectOf('The council paid contractors £3m.', '£3m')).toBeNull();
  });
});

describe('a glued C or F after a name', () => {
  it('is a flat or a room, not a temperature', () => {
    expect(claimsOf('Police were called to Flat 4C on Monday.').some((c) => c.unit === 'celsius')).toBe(false);
    expect(claimsOf('The meeting was in Room 12F.').some((c) => c.unit === 'fahrenheit')).toBe(false);
  });
});

describe('subject of a fronted figure', () => {
  it.each([
    ['At 4.8%, unemployment is at a six-year high.', '4.8%', 'unemployment'],
    ['Officials said that at 2%, the growth rate was disappointing.', '2%', 'growth rate'],
  ])('%s', (sentence, text, subject) => {
    expect(subjectOf(sentence, text)).toBe(subject);
  });
});

describe('a counted noun after a superlative', () => {
  it('keeps "most" or "least" with the adjective and the plural noun', () => {
    expect(claimsOf('The 20 most expensive restaurants raised their prices.').map((c) => c.unit)).toEqual(['most expensive restaurants']);
    expect(claimsOf('The three least popular ministers quit on Monday.').map((c) => c.unit)).toEqual(['least popular ministers']);
  });
  it('reads no noun when no plural noun follows', () => {
    expect(claimsOf('She is one of the two most aggressive and best-sourced reporters.').map((c) => c.unit)).not.toContain('most aggressive');
    expect(claimsOf('He scored 20 most of the time.').map((c) => c.unit)).toEqual([null]);
  });
});
