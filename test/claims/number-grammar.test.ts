import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.js';

type Row = [sentence: string, text: string, value: number | null, low: number | null, high: number | null, qualifier: string, kind: string, unit: string | null];

describe('number grammar, qualifiers and bounds', () => {
  const rows: Row[] = [
    ['Officials counted 4,312 ballots by noon.', '4,312', 4312, 4312, 4312, 'exact', 'count', 'ballots'],
    ['The bridge is 3.5 km long.', '3.5 km', 3.5, 3.5, 3.5, 'exact', 'measure', 'km'],
    ['The council raised .5 per cent of its budget.', '.5 per cent', 0.5, 0.5, 0.5, 'exact', 'percent', 'percent'],
    ['Twenty-one miners were rescued.', 'Twenty-one', 21, 21, 21, 'exact', 'count', 'miners'],
    ['A hundred and five runners finished.', 'A hundred and five', 105, 105, 105, 'exact', 'count', 'runners'],
    ['Two thousand volunteers signed up.', 'Two thousand', 2000, 2000, 2000, 'exact', 'count', 'volunteers'],
    ['A dozen ministers resigned.', 'A dozen', 12, 12, 12, 'exact', 'count', 'ministers'],
    ['Dozens of homes were flooded.', 'Dozens', null, 24, 99, 'range', 'count', 'homes'],
    ['Tens of thousands of commuters were stranded.', 'Tens of thousands', null, 20000, 99999, 'range', 'count', 'commuters'],
    ['Two-thirds of voters backed the plan.', 'Two-thirds', 2 / 3, 2 / 3, 2 / 3, 'exact', 'proportion', null],
    ['Roughly a quarter of the schools closed.', 'Roughly a quarter', 0.25, null, null, 'approximate', 'proportion', null],
    ['The region has 86 million residents.', '86 million', 86e6, 86e6, 86e6, 'exact', 'count', 'residents'],
    ['The app has 6m users.', '6m', 6e6, 6e6, 6e6, 'exact', 'count', 'users'],
    ['The club paid $1.2bn for the stadium.', '$1.2bn', 1.2e9, 1.2e9, 1.2e9, 'exact', 'money', 'USD'],
    ['The debt stands at 3 trillion yen.', '3 trillion yen', 3e12, 3e12, 3e12, 'exact', 'money', 'JPY'],
    ['Her salary is £10k.', '£10k', 10000, 10000, 10000, 'exact', 'money', 'GBP'],
    ['Banks swapped 12 trillion won of debt.', '12 trillion won', 12e12, 12e12, 12e12, 'exact', 'money', 'KRW'],
    ['The fund raised US$40 million.', 'US$40 million', 4e7, 4e7, 4e7, 'exact', 'money', 'USD'],
    ['The tickets cost Rs 500 each.', 'Rs 500', 500, 500, 500, 'exact', 'money', 'INR'],
    ['The hospital received €2.5m from donors.', '€2.5m', 2.5e6, 2.5e6, 2.5e6, 'exact', 'money', 'EUR'],
    ['The fine was 400 pounds.', '400 pounds', 400, 400, 400, 'exact', 'money', 'GBP'],
    ['Turnout reached 61%.', '61%', 61, 61, 61, 'exact', 'percent', 'percent'],
    ['Inflation eased to 2.1 percent.', '2.1 percent', 2.1, 2.1, 2.1, 'exact', 'percent', 'percent'],
    ['The lead narrowed by 3 percentage points.', '3 percentage points', 3, 3, 3, 'exact', 'percent', 'percentage points'],
    ['Between 40 and 50 boats sank.', 'Between 40 and 50', null, 40, 50, 'range', 'count', 'boats'],
    ['The storm left 10-12 villages without power.', '10-12', null, 10, 12, 'range', 'count', 'villages'],
    ['Police expect 30 or 40 arrests.', '30 or 40', null, 30, 40, 'range', 'count', 'arrests'],
    ['Rents rose 10 to 12 per cent.', '10 to 12 per cent', null, 10, 12, 'range', 'percent', 'percent'],
    ['One in five pupils walks to school.', 'One in five', 0.2, 0.2, 0.2, 'exact', 'proportion', null],
    ['The temperature fell to -5 degrees.', '-5 degrees', -5, -5, -5, 'exact', 'measure', 'degrees'],
    ['More than 1,200 patients were treated.', 'More than 1,200', 1200, 1201, null, 'more_than', 'count', 'patients'],
    ['Over 500 flights were cancelled.', 'Over 500', 500, 501, null, 'more_than', 'count', 'flights'],
    ['At least 40 shops were looted.', 'At least 40', 40, 40, null, 'at_least', 'count', 'shops'],
    ['No fewer than 12 judges objected.', 'No fewer than 12', 12, 12, null, 'at_least', 'count', 'judges'],
    ['Almost 800 families lost power.', 'Almost 800', 800, null, null, 'approximate', 'count', 'families'],
    ['Nearly 60 lorries were stuck.', 'Nearly 60', 60, null, null, 'approximate', 'count', 'lorries'],
    ['About 300 firefighters attended.', 'About 300', 300, null, null, 'approximate', 'count', 'firefighters'],
    ['Around 70 teachers went on strike.', 'Around 70', 70, null, null, 'approximate', 'count', 'teachers'],
    ['Some 2,000 protesters gathered.', 'Some 2,000', 2000, null, null, 'approximate', 'count', 'protesters'],
    ['Up to 90 jobs could go.', 'Up to 90', 90, null, 90, 'at_most', 'count', 'jobs'],
    ['As many as 30 villages were cut off.', 'As many as 30', 30, null, 30, 'at_most', 'count', 'villages'],
    ['Less than 5% of claims were paid.', 'Less than 5%', 5, null, 5, 'less_than', 'percent', 'percent'],
    ['Under 100 seats remain.', 'Under 100', 100, null, 99, 'less_than', 'count', 'seats'],
    ['Fewer than 20 ships docked.', 'Fewer than 20', 20, null, 19, 'less_than', 'count', 'ships'],
    ['At most 15 lawyers will attend.', 'At most 15', 15, null, 15, 'at_most', 'count', 'lawyers'],
    ['The project needs 500 or more engineers.', '500 or more', 500, 500, null, 'at_least', 'count', 'engineers'],
    ['The dam holds 2,204.5 tonnes of water.', '2,204.5 tonnes', 2204.5, 2204.5, 2204.5, 'exact', 'measure', 'tonnes'],
    ['The pilot flew 188 miles an hour.', '188 miles an hour', 188, 188, 188, 'exact', 'measure', 'mph'],
    ['The victim was 29 years old.', '29 years old', 29, 29, 29, 'exact', 'age', 'years'],
    ['A 34-year-old man was arrested.', '34-year-old', 34, 34, 34, 'exact', 'age', 'years'],
    ['The strike lasted six weeks.', 'six weeks', 6, 6, 6, 'exact', 'duration', 'weeks'],
    ['Shares sold at $70 a share.', '$70 a share', 70, 70, 70, 'exact', 'rate', 'USD per share'],
    ['The bus fare rose 40p.', '40p', 0.4, 0.4, 0.4, 'exact', 'money', 'GBP'],
    ['He finished 11th in the race.', '11th', 11, 11, 11, 'exact', 'ordinal', null],
    ['The mayor said crime had doubled.', 'doubled', 2, 2, 2, 'exact', 'other', 'times'],
  ];
  it.each(rows)('%s', (sentence, text, value, low, high, qualifier, kind, unit) => {
    const claim = claimsOf(sentence).find((c) => c.text === text);
    expect(claim, `no claim "${text}"`).toBeDefined();
    expect(claim!.value ?? null).toBeCloseTo === undefined;
    if (value === null) expect(claim!.value).toBeNull();
    else expect(claim!.value).toBeCloseTo(value, 6);
    if (low === null) expect(claim!.low).toBeNull();
    else expect(claim!.low).toBeCloseTo(low, 6);
    if (high === null) expect(claim!.high).toBeNull();
    else expect(claim!.high).toBeCloseTo(high, 6);
    expect([claim!.qualifier, claim!.kind, claim!.unit]).toEqual([qualifier, kind, unit]);
  });

  it('reads European separators when the language writes them', () => {
    const [c] = claimsOf('Die Stadt zahlte 1.055,5 euros.', true);
    expect(c?.value).toBe(1055.5);
  });

  it('keeps the non-integer "more than" bound at the value', () => {
    const [c] = claimsOf('Prices rose more than 2.5% last year.');
    expect([c?.low, c?.high]).toEqual([2.5, null]);
  });
});

describe('change', () => {
  it.each([
    ['Exports rose 5% in March.', '5%', 'increase'],
    ['Membership fell by 300 this year.', '300', 'decrease'],
    ['The party is up 3 points in the poll.', '3', 'increase'],
    ['Costs showed a 15 per cent jump.', '15 per cent', 'increase'],
    ['Fares went from 200 to 260 euros.', '260 euros', 'increase'],
    ['Sales climbed 8% to $3.2bn.', '$3.2bn', null],
  ])('%s', (sentence, text, change) => {
    expect(claimsOf(sentence).find((c) => c.text === text)?.change).toBe(change);
  });
});

describe('units read from context', () => {
  it.each([
    ['The boxer lost 25 pounds before the fight.', '25 pounds', 'measure', 'lb'],
    ['The club was fined 400 pounds.', '400 pounds', 'money', 'GBP'],
    ['The club spent 5 million pounds on players.', '5 million pounds', 'money', 'GBP'],
    ['The bill came to 90 €.', '90 €', 'money', 'EUR'],
    ['The contract is worth 500 USD.', '500 USD', 'money', 'USD'],
    ['The new chip is 10 times faster.', '10 times', 'other', 'times'],
    ['She called the office 3 times.', '3 times', 'count', 'times'],
    ['Oil costs £30 per gigajoule.', '£30 per gigajoule', 'rate', 'GBP per gigajoule'],
  ])('%s', (sentence, text, kind, unit) => {
    const c = claimsOf(sentence).find((x) => x.text === text);
    expect(c, `no claim "${text}"`).toBeDefined();
    expect([c!.kind, c!.unit]).toEqual([kind, unit]);
  });

  it('gives a bracketed conversion the qualifier of the figure it restates', () => {
    const cs = claimsOf('The painting could fetch up to £9m ($17m) at auction.');
    expect(cs.map((c) => [c.text, c.qualifier, c.high])).toEqual([['up to £9m', 'at_most', 9e6], ['$17m', 'at_most', 17e6]]);
  });

  it('reads "a year earlier" as a time, not a rate', () => {
    const [c] = claimsOf('Revenue was $4.1bn a year earlier.');
    expect([c?.kind, c?.unit]).toEqual(['money', 'USD']);
  });
});

describe('changes and levels, compounds', () => {
  it('reads "lifted rates 0.25% to 5.5%" as a change and a level, not a range', () => {
    expect(claimsOf('The central bank lifted rates 0.25% to 5.5%.').map((c) => [c.text, c.qualifier])).toEqual([['0.25%', 'exact'], ['5.5%', 'exact']]);
  });

  it('reads a currency name before a multiplied figure', () => {
    const [c] = claimsOf('The deficit hit a record Canadian dollar 12.5bn.');
    expect([c?.text, c?.value, c?.unit]).toEqual(['Canadian dollar 12.5bn', 12.5e9, 'CAD']);
  });

  it('reads the noun of a hyphenated count', () => {
    const [c] = claimsOf('Wales named a 32-man squad on Tuesday.');
    expect([c?.text, c?.kind, c?.unit]).toEqual(['32-man', 'count', 'man']);
  });

  it('reads "10 times that" as a multiple', () => {
    expect(claimsOf('Larger firms pay 10 times that.')[0]?.kind).toBe('other');
  });

  it('does not read "50/50" or "24/7" as figures', () => {
    expect(claimsOf('It is a 50/50 call and staff work 24/7.')).toEqual([]);
  });

  it('ends a singular noun phrase before a verb in -s', () => {
    expect(claimsOf('The £3bn package includes new roads.')[0]?.subject).toBe('package');
  });
});

describe('late fixes', () => {
  it('does not join a duration to a day of the month', () => {
    expect(claimsOf('Profit rose for the three months to 30 November.').map((c) => c.text)).toEqual(['three months']);
  });

  it('reads "as few as" as a lower bound', () => {
    const [c] = claimsOf('There could be as few as 12 days left.');
    expect([c?.text, c?.qualifier, c?.low, c?.high]).toEqual(['as few as 12 days', 'at_least', 12, null]);
  });
});
