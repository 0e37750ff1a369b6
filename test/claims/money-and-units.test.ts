import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.js';

type Row = [sentence: string, text: string, value: number, kind: string, unit: string | null];

/** Each row: one claim expected, with its span text, value, kind and unit. */
function expectOne([sentence, text, value, kind, unit]: Row): void {
  const cs = claimsOf(sentence).filter((c) => c.kind !== 'count' || c.text === text);
  const c = cs.find((x) => x.text === text);
  expect(c, `${sentence} -> ${cs.map((x) => x.text).join(' | ')}`).toBeDefined();
  expect(c!.value).toBeCloseTo(value, 9);
  expect(c!.kind).toBe(kind);
  expect(c!.unit).toBe(unit);
  expect(sentence.slice(c!.start, c!.end)).toBe(c!.text);
}

describe('compound money: a whole amount and its minor part are one sum', () => {
  const rows: Row[] = [
    ['The ferry ticket came to nine dollars and twenty cents.', 'nine dollars and twenty cents', 9.2, 'money', 'USD'],
    ['A pint now sells for 4 pounds 60 pence in the capital.', '4 pounds 60 pence', 4.6, 'money', 'GBP'],
    ['Each voucher was worth 12 dollars 75.', '12 dollars 75', 12.75, 'money', 'USD'],
    ['Bus fares went up to 3 EUR 40 this spring.', 'up to 3 EUR 40', 3.4, 'money', 'EUR'],
    ['Stall holders charged 2 $ 50 cents a kilo.', '2 $ 50 cents a kilo', 2.5, 'rate', 'USD per kilo'],
  ];
  for (const row of rows) it(row[0], () => expectOne(row));

  it('keeps two amounts apart when each has its own sign or a counted noun follows', () => {
    expect(claimsOf('Prices were 10 $ then 30 $ a week later.').filter((c) => c.kind === 'money').map((c) => c.value)).toEqual([10, 30]);
    const cs = claimsOf('He paid 5 dollars and 20 people signed up.');
    expect(cs.map((c) => [c.value, c.kind])).toEqual([[5, 'money'], [20, 'count']]);
    expect(claimsOf('The council paid £5m and 30p per household.').filter((c) => c.kind === 'money' || c.kind === 'rate').length).toBe(2);
  });
});

describe('currency codes and signs', () => {
  const rows: Row[] = [
    ['Exporters were paid rmb 40 per crate.', 'rmb 40 per crate', 40, 'rate', 'CNY per crate'],
    ['The pilot project cost cad$ 90,000.', 'cad$ 90,000', 90000, 'money', 'CAD'],
    ['Ticket touts asked nzd$120 for the final.', 'nzd$120', 120, 'money', 'NZD'],
    ['The insurer booked losses of 42 MEUR in the quarter.', '42 MEUR', 42e6, 'money', 'EUR'],
    ['Annual revenue was put at MUSD 18.', 'MUSD 18', 18e6, 'money', 'USD'],
    ['The regulator fined the bank 12 USD million.', '12 USD million', 12e6, 'money', 'USD'],
    ['The state set aside 3,45,000 rupees for the repairs.', '3,45,000 rupees', 345000, 'money', 'INR'],
    ['The estate sold for a quarter million dollars.', 'a quarter million dollars', 250000, 'money', 'USD'],
    ['Developers spent three quarters of a billion euros on the site.', 'three quarters of a billion euros', 7.5e8, 'money', 'EUR'],
    ['The board approved a 15-cent dividend.', '15-cent', 0.15, 'money', 'USD'],
    ['Traders expect a 30-cent-a-share payout.', '30-cent-a-share', 0.3, 'rate', 'USD per share'],
  ];
  for (const row of rows) it(row[0], () => expectOne(row));

  it('does not read a code-like capitalised word as a scaled currency', () => {
    expect(claimsOf('The MUSE festival drew 300 fans.').some((c) => c.kind === 'money')).toBe(false);
  });
});

describe('areas and volumes', () => {
  const rows: Row[] = [
    ['The flat measures 64m2 in all.', '64m2', 64, 'measure', 'm2'],
    ['The reserve covers 310 km2 of wetland.', '310 km2', 310, 'measure', 'km2'],
    ['The tank holds 12 m3 of water.', '12 m3', 12, 'measure', 'm3'],
  ];
  for (const row of rows) it(row[0], () => expectOne(row));
});

describe('measures per unit are rates', () => {
  const rows: Row[] = [
    ['The pipeline carries 80,000 barrels a day to the coast.', '80,000 barrels a day', 80000, 'rate', 'barrels per day'],
    ['Lab tests found 4.2 milligrams per litre of lead.', '4.2 milligrams per litre', 4.2, 'rate', 'mg per litre'],
    ['Traffic crawled at 10km/hr through the centre.', '10km/hr', 10, 'measure', 'km/h'],
    ['The probe moves at 3 km/s past the moon.', '3 km/s', 3, 'measure', 'km/s'],
    ['Crews laid 2 miles a week of new track.', '2 miles a week', 2, 'rate', 'miles per week'],
  ];
  for (const row of rows) it(row[0], () => expectOne(row));

  it('keeps speed units whole', () => {
    expect(claimsOf('The storm brought gusts of 90 km/h overnight.')[0]).toMatchObject({ kind: 'measure', unit: 'km/h' });
  });
});

describe('compound measures', () => {
  it('reads both parts of "6 ft 3 in" and "4 m 5 dm"', () => {
    expect(claimsOf('The centre stands 6 ft 3 in and weighs 110 kg.').map((c) => [c.value, c.unit])).toEqual([[6, 'feet'], [3, 'inches'], [110, 'kg']]);
    expect(claimsOf('The wall was built to 4 m 5 dm in the end.').map((c) => [c.value, c.unit])).toEqual([[4, 'm'], [5, 'dm']]);
    expect(claimsOf('The rookie is 5ft 11in tall.').map((c) => [c.value, c.unit])).toEqual([[5, 'feet'], [11, 'inches']]);
  });
  it('does not read "in" as inches without feet before it', () => {
    expect(claimsOf('Police made 12 arrests in 3 towns.').some((c) => c.unit === 'inches')).toBe(false);
  });
});

describe('compounds written with spaced hyphens', () => {
  const rows: Row[] = [
    ['Investors bought 10 - year notes on Friday.', '10 - year', 10, 'duration', 'years'],
    ['The 34 - year - old striker signed on Monday.', '34 - year - old', 34, 'age', 'years'],
    ['Crews cleared a 6 - mile stretch of road.', '6 - mile', 6, 'measure', 'miles'],
  ];
  for (const row of rows) it(row[0], () => expectOne(row));

  it('keeps a spaced range a range', () => {
    expect(claimsOf('Sentences of 5 - 8 years were handed down.')[0]).toMatchObject({ low: 5, high: 8, qualifier: 'range', unit: 'years' });
  });
});

describe('spaced thousands, bracketed units, currency names that belong to the number before', () => {
  it('reads "12, 000" as twelve thousand in word-by-word tokenised text', () => {
    expect(claimsOf('Organisers expected some 45, 000 visitors at the fair .')[0]).toMatchObject({ value: 45000, unit: 'visitors' });
    expect(claimsOf('The club sold 9, 000 season tickets .')[0]).toMatchObject({ value: 9000 });
  });
  it('leaves a date followed by a count apart', () => {
    expect(claimsOf('On June 4, 150 workers walked out.').map((c) => c.value)).toEqual([150]);
    expect(claimsOf('By day 3, 120 cases had been confirmed.').map((c) => c.value)).toContain(120);
  });
  it('reads a unit symbol in brackets', () => {
    expect(claimsOf('Maximum load is 450 [kg] on the rear axle.')[0]).toMatchObject({ value: 450, kind: 'measure' });
    expect(claimsOf('Rainfall reached 85 (mm) at the coast.')[0]).toMatchObject({ value: 85, kind: 'measure', unit: 'mm' });
  });
  it('does not lend a currency name to the number after it when it is the unit of the number before', () => {
    const cs = claimsOf('Members were asked to pay four hundred dollars three times a year.');
    expect(cs[0]).toMatchObject({ value: 400, kind: 'money', unit: 'USD' });
    expect(cs[1]).toMatchObject({ value: 3, unit: 'times per year' });
  });
});

describe('vague money amounts, rates after a bracketed conversion, "over" as a preposition', () => {
  it('reads "hundreds of millions of dollars" as money with bounds', () => {
    const c = claimsOf('The cleanup will cost hundreds of millions of dollars.')[0]!;
    expect(c).toMatchObject({ kind: 'money', unit: 'USD', qualifier: 'range', text: 'hundreds of millions of dollars' });
    expect(c.low).toBeGreaterThanOrEqual(1e8);
    expect(c.high).toBeLessThan(1e9);
    expect(claimsOf('Thousands of euros went missing.')[0]).toMatchObject({ kind: 'money', unit: 'EUR' });
    expect(claimsOf('Thousands of fans queued.')[0]).toMatchObject({ kind: 'count', unit: 'fans' });
  });
  it('gives both figures the rate written after a bracketed conversion', () => {
    const cs = claimsOf('The contract is worth €40m (£35m) a year to the club.');
    expect(cs.map((c) => [c.value, c.kind, c.unit])).toEqual([[40e6, 'rate', 'EUR per year'], [35e6, 'rate', 'GBP per year']]);
  });
  it('reads "over" before a duration as the span of a change', () => {
    expect(claimsOf('House prices climbed 12% over three years.')[1]).toMatchObject({ value: 3, qualifier: 'exact', unit: 'years' });
    expect(claimsOf('The hearing took place over two days.')[0]).toMatchObject({ value: 2, qualifier: 'exact' });
    expect(claimsOf('She was held for over two years.')[0]).toMatchObject({ value: 2, qualifier: 'more_than' });
  });
});

describe('counted nouns through model names', () => {
  it('keeps a maker and model number inside the counted noun', () => {
    const cs = claimsOf('The carrier has ordered 24 Embraer E195 jets and 6 Boeing 777 freighters.');
    expect(cs.map((c) => [c.value, c.unit])).toEqual([[24, 'Embraer E195 jets'], [6, 'Boeing 777 freighters']]);
  });
});

describe('rates followed by a time', () => {
  it('keeps "a barrel on Monday" a rate but "a week before" a time', () => {
    expect(claimsOf('Brent crude hit $80 a barrel on Monday.')[0]).toMatchObject({ kind: 'rate', unit: 'USD per barrel' });
    expect(claimsOf('She earned £300 a month before the promotion.')[0]).toMatchObject({ kind: 'money', unit: 'GBP' });
  });
});
