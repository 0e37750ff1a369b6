import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.js';

type Row = [sentence: string, text: string, value: number, kind: string, unit: string | null];

/** Each row: one claim expected, with its span text, value, kind and unit; the span must slice back to its text. */
function expectOne([sentence, text, value, kind, unit]: Row): void {
  const cs = claimsOf(sentence);
  const c = cs.find((x) => x.text === text);
  expect(c, `${sentence} -> ${cs.map((x) => `${x.text} (${x.kind}/${x.unit})`).join(' | ')}`).toBeDefined();
  expect(c!.value).toBeCloseTo(value, 9);
  expect(c!.kind).toBe(kind);
  expect(c!.unit).toBe(unit);
  expect(sentence.slice(c!.start, c!.end)).toBe(c!.text);
}

describe('currencies named with their country, and more codes and signs', () => {
  const rows: Row[] = [
    ['The ministry set aside 40 million Egyptian pounds for bread subsidies.', '40 million Egyptian pounds', 40e6, 'money', 'EGP'],
    ['Farmers were offered 1.2 billion Indian rupees in drought relief.', '1.2 billion Indian rupees', 1.2e9, 'money', 'INR'],
    ['The port deal is worth 30 million Brazilian reais.', '30 million Brazilian reais', 30e6, 'money', 'BRL'],
    ['Traders borrowed 10,000 Kenyan shillings each from the scheme.', '10,000 Kenyan shillings', 10000, 'money', 'KES'],
    ['A night in the hotel costs 900 Saudi riyals.', '900 Saudi riyals', 900, 'money', 'SAR'],
    ['The court ordered him to pay 500 shekels.', '500 shekels', 500, 'money', 'ILS'],
    ['The bride price was set at 2,000 dirhams.', '2,000 dirhams', 2000, 'money', 'AED'],
    ['The vendor was fined KSh 50,000 by the county court.', 'KSh 50,000', 50000, 'money', 'KES'],
    ['A plate of rice now costs Rp 25,000 in Jakarta.', 'Rp 25,000', 25000, 'money', 'IDR'],
    ['Rickshaw drivers pay Tk 300 a day to rent a vehicle.', 'Tk 300 a day', 300, 'rate', 'BDT per day'],
    ['The meal was priced at RM 45 per person.', 'RM 45 per person', 45, 'rate', 'MYR per person'],
    ['The repair bill came to 12,000 PLN.', '12,000 PLN', 12000, 'money', 'PLN'],
    ['The bank lent SAR 2bn to the developer.', 'SAR 2bn', 2e9, 'money', 'SAR'],
    ['Investors lost $3.5 bn when the fund collapsed.', '$3.5 bn', 3.5e9, 'money', 'USD'],
    ['The estate sold for a half million dollars.', 'a half million dollars', 5e5, 'money', 'USD'],
    ['The firm paid a half-million dollars in fines.', 'a half-million dollars', 5e5, 'money', 'USD'],
    ['A museum pass costs 3 euros 50 cents.', '3 euros 50 cents', 3.5, 'money', 'EUR'],
    ['The council vowed to cut at least a half-billion dollars in costs.', 'at least a half-billion dollars', 5e8, 'money', 'USD'],
    ['One-and-a-half million families pay the top rate.', 'One-and-a-half million', 1.5e6, 'count', 'families'],
    ['The tenant had lived there for seven-and-a-half years.', 'seven-and-a-half years', 7.5, 'duration', 'years'],
  ];
  for (const row of rows) it(row[0], () => expectOne(row));

  it('leaves names and words that look like codes alone', () => {
    expect(claimsOf('Delegates gathered for COP 28 in Dubai.').filter((c) => c.kind === 'money')).toEqual([]);
    expect(claimsOf('She has half a million followers online.').map((c) => [c.value, c.kind])).toEqual([[5e5, 'count']]);
    expect(claimsOf('They told two real stories about the war.').filter((c) => c.kind === 'money')).toEqual([]);
    // a year before an acronym that opens a name: "UAH" here is a university, not the hryvnia
    expect(claimsOf('Students flocked to the 2015 UAH Spring Career Fair.').filter((c) => c.kind === 'money')).toEqual([]);
    expect(claimsOf('A flat in Kyiv rents for 9,000 UAH a month.').map((c) => c.unit)).toEqual(['UAH per month']);
  });
});

describe('unit symbols spaced from the number, as SI style writes them', () => {
  const rows: Row[] = [
    ['The crater is 3 km wide and 200 m deep.', '200 m', 200, 'measure', 'm'],
    ['The new tower rises 330 m above the harbour.', '330 m', 330, 'measure', 'm'],
    ['The wreck lies 40 m offshore.', '40 m', 40, 'measure', 'm'],
    ['The sea wall is 12 m in height.', '12 m', 12, 'measure', 'm'],
    ['The wind farm generates 12 MW at full speed.', '12 MW', 12, 'measure', 'MW'],
    ['The cheapest phone has 128 GB of storage.', '128 GB', 128, 'measure', 'GB'],
    ['The lorry shed 20 t of gravel on the road.', '20 t', 20, 'measure', 'tonnes'],
    ['Each bar holds 5 g of sugar.', '5 g', 5, 'measure', 'g'],
    ['The new line carries 400 kV across the valley.', '400 kV', 400, 'measure', 'kV'],
  ];
  for (const row of rows) it(row[0], () => expectOne(row));

  it('keeps a lone spaced letter that is no measure as it was', () => {
    // "m" spaced and followed by an ordinary word: not read as metres
    expect(claimsOf('He jumped 2.45 m in 1993.').some((c) => c.unit === 'm')).toBe(false);
    expect(claimsOf('Team 5 g won the quiz.').some((c) => c.kind === 'measure')).toBe(false);
  });
});

describe('inch and foot marks', () => {
  const rows: Row[] = [
    ['She bought a 65" television in the sale.', '65"', 65, 'measure', 'inches'],
    ['The screen measures 10″ across.', '10″', 10, 'measure', 'inches'],
    ['The centre is 6\'10" and weighs 110kg.', '6\'', 6, 'measure', 'feet'],
    ['The centre is 6\'10" and weighs 110kg.', '10"', 10, 'measure', 'inches'],
    ['The fence is 8\' high.', '8\'', 8, 'measure', 'feet'],
  ];
  for (const row of rows) it(row[0], () => expectOne(row));

  it('reads both sides of a print size', () => {
    expect(claimsOf('The print is 10" x 8" and signed.').map((c) => [c.value, c.unit])).toEqual([[10, 'inches'], [8, 'inches']]);
  });
  it('reads a quote after a figure in a sentence split from its opening quotation as no measure', () => {
    expect(claimsOf('They need 20" and left.').map((c) => [c.value, c.kind])).toEqual([[20, 'count']]);
  });
  it('reads a straight quote after a figure as closing a quotation when one is open', () => {
    const cs = claimsOf('He said "we paid 10" and walked off.');
    expect(cs.map((c) => [c.value, c.kind])).toEqual([[10, 'count']]);
  });
});

describe('new units with metric prefixes', () => {
  const rows: Row[] = [
    ['The particles measure 100 nanometres across.', '100 nanometres', 100, 'measure', 'nm'],
    ['The plant produced 1,200 GWh last year.', '1,200 GWh', 1200, 'measure', 'GWh'],
    ['The test had a yield of 15 kilotons.', '15 kilotons', 15, 'measure', 'kt'],
    ['Emissions fell by 2 gigatonnes in a decade.', '2 gigatonnes', 2, 'measure', 'Gt'],
    ['The launch noise reached 120 dB.', '120 dB', 120, 'measure', 'dB'],
    ['The trawler sailed 200 nautical miles to port.', '200 nautical miles', 200, 'measure', 'nautical miles'],
  ];
  for (const row of rows) it(row[0], () => expectOne(row));
});

describe('dimensions and temperatures below zero', () => {
  const rows: Row[] = [
    ['The pitch measures 100 by 60 metres.', '100', 100, 'measure', 'm'],
    ['Each cell is 3 x 2 m.', '3', 3, 'measure', 'm'],
    ['The lake froze at 12 degrees below zero.', '12 degrees below zero', -12, 'measure', 'degrees'],
    ['Overnight it fell to - 20 degrees Celsius.', '- 20 degrees Celsius', -20, 'measure', 'celsius'],
    ['Temperatures could hit minus 40 this week.', 'minus 40', -40, 'measure', 'degrees'],
  ];
  for (const row of rows) it(row[0], () => expectOne(row));

  it('keeps "minus" without a temperature in the sentence a plain figure', () => {
    expect(claimsOf('Growth was minus 2 this year.').map((c) => [c.value, c.kind])).toEqual([[-2, 'count']]);
    expect(claimsOf('At record lows among men, she is at minus 40.').map((c) => [c.value, c.kind])).toEqual([[-40, 'count']]);
  });
  it('keeps a dash between two figures a range, not a sign', () => {
    const cs = claimsOf('Highs of 25 - 30 degrees are forecast.');
    expect(cs.map((c) => [c.low, c.high, c.unit])).toEqual([[25, 30, 'degrees']]);
  });
  it('does not give a unit to a count before "by" that is not a side', () => {
    const cs = claimsOf('Sales rose by 5 metres of cloth a day.');
    expect(cs.every((c) => c.value !== 5 || c.kind !== 'count')).toBe(true);
    expect(claimsOf('The 20 by-elections cost 3 million pounds.').find((c) => c.value === 20)?.kind).toBe('count');
  });
});

describe('ages after a birthday verb or a life event, heights in feet and inches, minutes and seconds after digits', () => {
  const rows: Row[] = [
    ['The mayor turned 74 on Sunday.', '74', 74, 'age', 'years'],
    ['The poet, who died at 83, was buried on Friday.', '83', 83, 'age', 'years'],
    ['The judge retired at 65 after 30 years on the bench.', '65', 65, 'age', 'years'],
    ['The new goalkeeper is 6 foot 4.', '4', 4, 'measure', 'inches'],
    ['The 6ft 3 defender signed on Monday.', '3', 3, 'measure', 'inches'],
    ['She won the race in 2 hours 1 minute.', '1 minute', 1, 'duration', 'minutes'],
    ['The 60 second advert ran on Sunday.', '60 second', 60, 'duration', 'seconds'],
  ];
  for (const row of rows) it(row[0], () => expectOne(row));

  it('keeps counts after those words counts', () => {
    expect(claimsOf('He turned 3 corners into goals.').map((c) => [c.value, c.kind])).toEqual([[3, 'count']]);
    expect(claimsOf('The airline retired at least 20 planes.').map((c) => c.kind)).toEqual(['count']);
    expect(claimsOf('The index turned 5% lower.').map((c) => c.kind)).toEqual(['percent']);
    expect(claimsOf('The wall is 6 feet 4 people wide.').find((c) => c.value === 4)?.kind).toBe('count');
    expect(claimsOf('He scored 2 second-half goals.').find((c) => c.value === 2)?.kind).toBe('count');
  });
});

describe('a spaced C or F is a temperature scale only where the sentence speaks of temperature', () => {
  const rows: Row[] = [
    ['Highs of 30 C are expected on Monday.', '30 C', 30, 'measure', 'celsius'],
    ['It was 70 F outside when the match began.', '70 F', 70, 'measure', 'fahrenheit'],
    ['The punter won 3,000 quid on the race.', '3,000 quid', 3000, 'money', 'GBP'],
  ];
  for (const row of rows) it(row[0], () => expectOne(row));

  it('leaves grades, names and other letters alone', () => {
    expect(claimsOf('He got a grade of 5 C in maths.').some((c) => c.kind === 'measure')).toBe(false);
    expect(claimsOf('The hot favourite finished 3 F behind.').some((c) => c.kind === 'measure')).toBe(false);
    expect(claimsOf('Group 5 C won the weather prize.').some((c) => c.kind === 'measure')).toBe(false);
  });
});

describe('a fraction of one unit', () => {
  const rows: Row[] = [
    ['Residents living half a mile away were told to leave.', 'half a mile', 0.5, 'measure', 'miles'],
    ['Firefighters arrived about half an hour later.', 'about half an hour', 0.5, 'duration', 'hours'],
    ['The train was a quarter of an hour late.', 'a quarter of an hour', 0.25, 'duration', 'hours'],
    ['Half a metre of snow fell overnight.', 'Half a metre', 0.5, 'measure', 'm'],
    ['The jet dropped 3,000 ft in a minute.', '3,000 ft', 3000, 'measure', 'feet'],
    ['The winner grew a 10 lb marrow.', '10 lb', 10, 'measure', 'lb'],
  ];
  for (const row of rows) it(row[0], () => expectOne(row));

  it('keeps a fraction of a group a proportion, and half a dozen a count', () => {
    expect(claimsOf('Half the country voted.').map((c) => c.kind)).toEqual(['proportion']);
    expect(claimsOf('Half a dozen people came.').map((c) => [c.value, c.kind])).toEqual([[6, 'count']]);
  });
});

describe('open-ended ages and bounds written after the figure', () => {
  it('reads "and over", "and under", "or older" as bounds, and older/younger as ages', () => {
    const over = claimsOf('People aged 65 and over will be offered the jab first.')[0]!;
    expect([over.text, over.value, over.kind, over.qualifier, over.low]).toEqual(['65 and over', 65, 'age', 'at_least', 65]);
    const under = claimsOf('Children aged 12 and under travel free.')[0]!;
    expect([under.text, under.kind, under.qualifier, under.high]).toEqual(['12 and under', 'age', 'at_most', 12]);
    const older = claimsOf('Most voters in the county were 45 or older.')[0]!;
    expect([older.text, older.kind, older.unit, older.qualifier]).toEqual(['45 or older', 'age', 'years', 'at_least']);
    const girl = claimsOf('A girl of 16 was arrested after the fight.')[0]!;
    expect([girl.value, girl.kind]).toEqual([16, 'age']);
    expect(claimsOf('The victim, a father of seven, was buried on Friday.').some((c) => c.kind === 'age')).toBe(false);
  });
  it('leaves "and over" before another figure to that figure', () => {
    const cs = claimsOf('The fund paid 500 and over 200 more later.');
    expect(cs.map((c) => [c.text, c.qualifier])).toEqual([['500', 'exact'], ['over 200', 'more_than']]);
  });
});

describe('litres, engine sizes and fuel economy written as symbols', () => {
  const rows: Row[] = [
    ['A 2l bottle of cola now costs more.', '2l', 2, 'measure', 'litres'],
    ['The scooter has a 125cc engine.', '125cc', 125, 'measure', 'cc'],
    ['The hybrid does 60 mpg on the motorway.', '60 mpg', 60, 'measure', 'mpg'],
  ];
  for (const row of rows) it(row[0], () => expectOne(row));

  it('does not read a unit inside a code that goes on with letters and digits', () => {
    expect(claimsOf('Read it at nyp.st/1l7lvhq today.').some((c) => c.kind === 'measure')).toBe(false);
  });
});

describe('fractions of a point', () => {
  const rows: Row[] = [
    ['The Fed is expected to raise rates by a quarter point.', 'a quarter point', 0.25, 'percent', 'percentage points'],
    ['Borrowing costs rose by a quarter of a percentage point to 2.25%.', 'a quarter of a percentage point', 0.25, 'percent', 'percentage points'],
    ['The central bank made a half-point cut in March.', 'half-point', 0.5, 'percent', 'percentage points'],
    ['The index slipped 1/4 point in early trade.', '1/4 point', 0.25, 'count', 'points'],
  ];
  for (const row of rows) it(row[0], () => expectOne(row));
});

describe('spelled decimals and dotted U.S.', () => {
  const rows: Row[] = [
    ['The minister said the bill was one point five million dollars.', 'one point five million dollars', 1.5e6, 'money', 'USD'],
    ['Growth slowed to two point three per cent, he told the radio.', 'two point three per cent', 2.3, 'percent', 'percent'],
    ['The company owes 1.5 million U.S. dollars to its lenders.', '1.5 million U.S. dollars', 1.5e6, 'money', 'USD'],
  ];
  for (const row of rows) it(row[0], () => expectOne(row));
});

describe('a rate after a range', () => {
  it('applies the rate written after the high end to the whole range', () => {
    const c = claimsOf('Rents of €800 to €1,000 a month are now common in the city.')[0]!;
    expect([c.text, c.low, c.high, c.kind, c.unit]).toEqual(['€800 to €1,000 a month', 800, 1000, 'rate', 'EUR per month']);
    const d = claimsOf('Usage caps of between one gigabyte and 30 gigabytes a month apply.')[0]!;
    expect([d.low, d.high, d.kind, d.unit]).toEqual([1, 30, 'rate', 'GB per month']);
  });
});

describe('signs written as the Australian press and South Asian papers write them', () => {
  const rows: Row[] = [
    ['The miner paid $US5 million for the lease.', '$US5 million', 5e6, 'money', 'USD'],
    ['The takeover was worth $A300 million.', '$A300 million', 3e8, 'money', 'AUD'],
    ['Dairy exports rose to $NZ1.2 billion.', '$NZ1.2 billion', 1.2e9, 'money', 'NZD'],
    ['The trader was fined Rs.5,000 by the magistrate.', 'Rs.5,000', 5000, 'money', 'INR'],
    ['The state bank lent DM 500 million to the shipyard.', 'DM 500 million', 5e8, 'money', 'DEM'],
    ['The group paid Skr 2bn for the stake.', 'Skr 2bn', 2e9, 'money', 'SEK'],
  ];
  for (const row of rows) it(row[0], () => expectOne(row));

  it('still reads a bare leading decimal point', () => {
    expect(claimsOf('The rate was cut to .5 per cent.').map((c) => c.value)).toEqual([0.5]);
  });
});

describe('a unit written once for two sides', () => {
  const rows: Row[] = [
    ['The sinkhole is 30 metres wide and 20 deep.', '20', 20, 'measure', 'm'],
    ['The probe is now 1.2 light-years away.', '1.2 light-years', 1.2, 'measure', 'light years'],
  ];
  for (const row of rows) it(row[0], () => expectOne(row));
  it('leaves a count that follows a length a count', () => {
    expect(claimsOf('The team ran 5 km and 3 athletes were tall.').find((c) => c.value === 3)?.kind).toBe('count');
  });
});

describe('areas written as hyphenated compounds', () => {
  const rows: Row[] = [
    ['The couple bought a 1,200-square-foot home.', '1,200-square-foot', 1200, 'measure', 'sq ft'],
    ['A 20-square-mile area of forest burned.', '20-square-mile', 20, 'measure', 'sq mi'],
  ];
  for (const row of rows) it(row[0], () => expectOne(row));
});

describe('a spelled fraction without "of"', () => {
  const figure = (s: string) => claimsOf(s).map((c) => [c.text, Number(c.value?.toFixed(3)), c.kind]);
  it('reads a fraction with its own numerator before a share or change noun', () => {
    expect(figure('The brewer bought a one-fifth stake in the bottler.')).toEqual([['one-fifth', 0.2, 'proportion']]);
    expect(figure('Ministers proposed a one third discount on rail fares.')).toEqual([['one third', 0.333, 'proportion']]);
    expect(figure('The bill needs a two-thirds majority in the senate.')).toEqual([['two-thirds', 0.667, 'proportion']]);
  });
  it('reads one before a comparative, and one opening its sentence as the subject', () => {
    expect(figure('Her hourly pay is one-third less than his.')).toEqual([['one-third', 0.333, 'proportion']]);
    expect(figure('Three-quarters said the mayor should resign.')).toEqual([['Three-quarters', 0.75, 'proportion']]);
  });
  it('reads "one - third" in text tokenized with spaces around its hyphens', () => {
    expect(figure('the firm sold its remaining one - third interest in the mine.')).toEqual([['one - third', 0.333, 'proportion']]);
  });
  it('leaves ordinals, bare fractions, quarters of a year and other nouns alone', () => {
    expect(claimsOf('The premier won a third term in office.')).toEqual([]);
    expect(claimsOf('Fans left at half time in disgust.')).toEqual([]);
    expect(claimsOf('Profits grew in the three quarters to June.')).toEqual([]);
    expect(claimsOf('He cut a one-third figure in the photograph.')).toEqual([]);
    expect(claimsOf('Voters chose two-thirds candidates.')).toEqual([]);
  });
});
