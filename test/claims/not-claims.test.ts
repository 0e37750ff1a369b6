import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.js';

describe('figures that are not claims', () => {
  it.each([
    ['The law was passed in 1998 and amended in 2004.', 'years'],
    ['The hearing is set for 14 March.', 'date'],
    ['The hearing is set for March 14th.', 'date with ordinal'],
    ['Polls close at 10pm and results come at 2:30.', 'times'],
    ['Call 020 7946 0000 for tickets.', 'phone number'],
    ['He lives at 221 Baker Street.', 'address'],
    ['The shop stands at 33 Rue Lepic in Montmartre.', 'address with the street word first'],
    ['The embassy moved to 12 Avenue Foch last year.', 'address with the street word first'],
    ['Chelsea won 3-1 at home.', 'score'],
    ['The Covid-19 rules were lifted.', 'name with a hyphen'],
    ['Leaders met at the G20 in Osaka.', 'letters glued to digits'],
    ['The Boeing 737 was grounded.', 'model number'],
    ['She installed Windows 10 on the laptop.', 'product version'],
    ['It was the number one complaint.', 'idiom "number one"'],
    ['No one was hurt.', 'pronoun "no one"'],
    ['It was one of the worst days.', 'idiom "one of the"'],
    ['One day the river will flood.', 'idiom "one day"'],
    ['The song reached No 1 in the charts.', 'chart position label'],
    ['See page 12 for the table.', 'page number'],
    ['The 1990s were good to the firm.', 'decade'],
    ['He said two had left.', 'a spelled number without its noun'],
  ])('%s (%s)', (sentence) => {
    expect(claimsOf(sentence).map((c) => c.text)).toEqual([]);
  });

  it('keeps a count of things named after a street word that opens no street name', () => {
    expect(claimsOf('The mayor said 3 Rue residents had complained.').map((c) => c.text)).toEqual(['3']);
  });

  it('keeps a converted distance after a slash, and counts beside a three-dot ellipsis', () => {
    expect(claimsOf('They began a 50-mile/80km trek.').map((c) => c.text)).toContain('80km');
    expect(claimsOf('Then... 300 people left.').map((c) => c.text)).toEqual(['300']);
    expect(claimsOf('It was voted the best song of the last 25 years....it is a travesty.').map((c) => c.text)).toEqual(['25 years']);
  });

  it('drops reference marks in square brackets and keeps the figures they follow', () => {
    expect(claimsOf('About 2,300 species live there[168] and 40% of these are endemic.[170]').map((c) => c.text)).toEqual(['About 2,300', '40%']);
  });

  it('reads a bare count after a change and a level far above it as two figures, a close pair as a range', () => {
    expect(claimsOf('The claimant count fell 11,000 to 813,200 last month.').map((c) => [c.text, c.change])).toEqual([['11,000', 'decrease'], ['813,200', null]]);
    expect(claimsOf('Sales rose 5 to 10 per cent in most stores.').map((c) => c.text)).toEqual(['5 to 10 per cent']);
  });

  it('keeps a count after a year, and figures in brackets that are no journal reference', () => {
    expect(claimsOf('In 2004 300 people died in the floods.').map((c) => c.text)).toEqual(['300']);
    expect(claimsOf('He scored 12 (3 penalties): a record.').map((c) => c.text)).toEqual(['12', '3']);
  });

  it('keeps the figure next to an excluded one', () => {
    const texts = claimsOf('In 2004 the firm employed 3,500 people.').map((c) => c.text);
    expect(texts).toEqual(['3,500']);
  });
});

describe('more exclusions', () => {
  it.each([
    ['The second reading could follow on 16 or 17 March.', 'day pairs before a month'],
    ['Auctions run in London on 22 and 23 June.', 'day pairs joined by and'],
    ['The bomb was set to go off at 2100 local time.', 'a clock time'],
    ['Rivals debuted at number 11 and 12 respectively.', 'chart positions sharing one label'],
    ['Operators are rolling out 3G networks.', 'a technology name'],
    ['Prices rose above 2004 levels.', 'a year after a qualifier word'],
    ['Fans of Lock, Stock and Two Smoking Barrels queued.', 'a number word inside a title'],
    ['No-one knows what happens next.', 'hyphenated "no-one"'],
    ['How can one wish them well?', 'the pronoun "one"'],
    ['He won 6-7 (3-7) 6-3 6-3 after a series of line calls.', 'tennis sets'],
    ['Servers must comply with HTTP/1.1 and may offer TLS/1.3.', 'versions after an acronym and a slash'],
    ['1. Introduction ........ 2 2. Methods ........ 5', 'a table of contents: section and page numbers'],
    ['Contents…… 4', 'a dot leader of ellipsis characters'],
    ['Call the helpline on 08000 858 531 for advice.', 'a phone number in three groups'],
    ['Lung Cancer. 2013. 80(3):249-55.', 'a journal reference: year, volume, issue and pages'],
  ])('%s (%s)', (sentence) => {
    expect(claimsOf(sentence).map((c) => c.text)).toEqual([]);
  });
});

describe('counts of occasions after a name', () => {
  it('reads "visited Kyiv 3 times" as a count, "Windows 10" still as a name', () => {
    expect(claimsOf('The minister visited Kyiv 3 times this year.').map((c) => [c.value, c.unit])).toEqual([[3, 'times']]);
    expect(claimsOf('Staff still run Windows 10 on old laptops.')).toEqual([]);
  });
});

describe('"may" and "march" in lower case after a day', () => {
  it('reads a date after "on", "since" or "until", or with a year after it', () => {
    expect(claimsOf('on 1 may that year he was fined 10,000 swiss francs.').map((c) => c.text)).toEqual(['10,000 swiss francs']);
    expect(claimsOf('the rule has applied since 3 march.')).toEqual([]);
    expect(claimsOf('the law took effect 3 march 2004 across the state.')).toEqual([]);
  });
  it('keeps the figure when the word is the verb', () => {
    expect(claimsOf('Only 1 may be enough for the squad.').map((c) => c.text)).toEqual(['1']);
    expect(claimsOf('A total of 3 may be chosen from the list.').map((c) => c.text)).toEqual(['3']);
  });
});
