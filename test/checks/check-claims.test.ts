import { describe, expect, it } from 'vitest';
import { runChecks, short } from './helpers.js';

describe('sum: sibling categories across paragraphs', () => {
  const paragraphs = [
    'Police said more than 2,000 people had been detained in the first week of the operation.',
    'The operation had detained 2,310 by Sunday, officials said, with about a third of those detained being suspected smugglers.',
    'The 790 suspected smugglers were taken to the capital for questioning.',
    'By Friday, 1,470 suspected buyers had been released on bail, along with 120 suspected smugglers.',
  ];
  const specs = [
    { text: 'more than 2,000', value: 2000, qualifier: 'more_than' as const, unit: 'people', predicate: 'detained' },
    { text: '2,310', value: 2310, predicate: 'detained' },
    { text: 'about a third', value: 1 / 3, qualifier: 'approximate' as const, kind: 'proportion' as const, low: null, high: null },
    { text: '790', value: 790, unit: 'suspected smugglers' },
    { text: '1,470', value: 1470, unit: 'suspected buyers', predicate: 'released' },
    { text: '120', value: 120, unit: 'suspected smugglers', predicate: 'released' },
  ];

  it('flags parts that fall short of the total they partition, with a pasteable message', () => {
    const { findings } = runChecks(paragraphs, specs);
    const sum = findings.find((f) => f.check === 'sum')!;
    expect(short(sum)).toBe('sum inconsistent c1,c3,c4');
    expect(sum).toMatchObject({ expected: 2260, stated: 2310, difference: 50 });
    expect(sum.message).toBe('2,310 detained in all, but 790 suspected smugglers + 1,470 suspected buyers = 2,260: 50 unaccounted for.');
  });

  it('checks the share against the category count and the restated lead', () => {
    const { findings } = runChecks(paragraphs, specs);
    expect(findings.map(short)).toEqual(['sum inconsistent c1,c3,c4', 'proportion consistent c2,c3,c1', 'restatement consistent c0,c1']);
  });

  it('says nothing when the parts are far from the total (other categories likely)', () => {
    const changed = paragraphs.map((p) => p.replace('1,470', '470'));
    const { findings } = runChecks(changed, specs.map((s) => (s.text === '1,470' ? { ...s, text: '470', value: 470 } : s)));
    expect(findings.filter((f) => f.check === 'sum')).toEqual([]);
  });

  it('needs the total to name a category before adding siblings up', () => {
    const unlinked = paragraphs.map((p) => p.replace(', with about a third of those detained being suspected smugglers', ''));
    const { findings } = runChecks(unlinked, specs.filter((s) => s.text !== 'about a third'));
    expect(findings.filter((f) => f.status === 'inconsistent')).toEqual([]);
  });
});

describe('sum: explicit structures', () => {
  const cases: Array<[string, string[], Parameters<typeof runChecks>[1], string[]]> = [
    [
      'complementary parts after "of whom" must cover the whole',
      ['The bus crash injured 42 passengers, of whom 25 were men and 15 were women, hospital staff said.'],
      [{ text: '42', value: 42, unit: 'passengers' }, { text: '25', value: 25 }, { text: '15', value: 15 }],
      ['sum inconsistent c0,c1,c2'],
    ],
    [
      '"made up of" that adds up',
      ['The board will have 12 members, made up of seven elected directors and five appointed directors.'],
      [{ text: '12', value: 12, unit: 'members' }, { text: 'seven', value: 7, unit: 'elected directors' }, { text: 'five', value: 5, unit: 'appointed directors' }],
      ['sum consistent c0,c1,c2'],
    ],
    [
      '"including" is a bound, not a sum: parts may fall short',
      ['The carmaker will cut 900 jobs, including 300 in Leeds and 250 in Hull.'],
      [{ text: '900', value: 900, unit: 'jobs' }, { text: '300', value: 300 }, { text: '250', value: 250 }],
      ['bound consistent c0,c1,c2'],
    ],
    [
      '"including" parts along different lines may overlap: unverifiable, not inconsistent',
      ['The survey covered 500 workers, including 320 women and 280 graduates.'],
      [{ text: '500', value: 500, unit: 'workers' }, { text: '320', value: 320, unit: 'women' }, { text: '280', value: 280, unit: 'graduates' }],
      ['bound unverifiable c0,c1,c2'],
    ],
    [
      'a total after the parts ("bringing the total to")',
      ['Rescuers found 14 survivors on Monday and nine on Tuesday, bringing the total to 25.'],
      [{ text: '14', value: 14, unit: 'survivors' }, { text: 'nine', value: 9 }, { text: '25', value: 25 }],
      ['sum inconsistent c2,c0,c1'],
    ],
    [
      'a colon list with a hedged part is judged with its interval',
      ['The charity raised 4,000 pounds: more than 2,500 from the raffle and 1,400 from the auction.'],
      [{ text: '4,000', value: 4000 }, { text: 'more than 2,500', value: 2500, qualifier: 'more_than' }, { text: '1,400', value: 1400 }],
      ['sum consistent c0,c1,c2'],
    ],
    [
      'a breakdown in the next sentence ("Of these")',
      ['Inspectors visited 64 schools last term.', 'Of these, 40 were rated good and the remaining 20 were told to improve.'],
      [{ text: '64', value: 64, unit: 'schools' }, { text: '40', value: 40 }, { text: '20', value: 20 }],
      ['sum inconsistent c0,c1,c2'],
    ],
    [
      'a subset stated as "of them"',
      ['The tower has 61 lifts, 34 of them double-deckers, and 50 escalators.'],
      [{ text: '61', value: 61, unit: 'lifts' }, { text: '34', value: 34 }, { text: '50', value: 50, unit: 'escalators' }],
      ['bound consistent c0,c1'],
    ],
  ];
  it.each(cases)('%s', (_name, paragraphs, specs, expected) => {
    expect(runChecks(paragraphs, specs).findings.map(short)).toEqual(expected);
  });
});

describe('sum: parts listed together, total elsewhere', () => {
  it('adds a coordinated list with an elided noun and finds the total with the same noun', () => {
    const { findings } = runChecks(
      ['The union says its candidates could win 31 new seats.', 'It has listed the 18 seats where it is second to the ruling party, and the 13 where it trails the opposition.'],
      [{ text: '31', value: 31, unit: 'new seats' }, { text: '18', value: 18, unit: 'seats' }, { text: '13', value: 13 }],
    );
    expect(findings.map(short)).toEqual(['sum consistent c0,c1,c2']);
  });

  it('stays silent on a near miss when the total comes later and names another event', () => {
    const { findings } = runChecks(
      ['It is her 12th title, having already won seven singles titles and four doubles titles.', 'The federation handed out prizes on Sunday.', 'Of the 12 titles on offer this season, eight went to players under 25.'],
      [
        { text: '12th', value: 12, kind: 'ordinal' },
        { text: 'seven', value: 7, unit: 'singles titles', predicate: 'won' },
        { text: 'four', value: 4, unit: 'doubles titles', predicate: 'won' },
        { text: '12', nth: 1, value: 12, unit: 'titles', predicate: 'went' },
        { text: 'eight', value: 8, predicate: 'went' },
      ],
    );
    expect(findings.filter((f) => f.status === 'inconsistent')).toEqual([]);
  });

  it('does not add unrelated figures that happen to be close to a total', () => {
    const { findings } = runChecks(
      ['The club won three games and drew four in March.', 'Its stadium holds 7,000 fans, and 6,500 turned up on Saturday.'],
      [{ text: 'three', value: 3, unit: 'games' }, { text: 'four', value: 4 }, { text: '7,000', value: 7000, unit: 'fans' }, { text: '6,500', value: 6500 }],
    );
    expect(findings.filter((f) => f.check === 'sum')).toEqual([]);
  });
});

describe('proportion', () => {
  it('checks "46% of the 1,200" written beside the part', () => {
    const { findings } = runChecks(
      ['The inquiry found 552 complaints, or 46% of the 1,200 received, were upheld.'],
      [{ text: '552', value: 552, unit: 'complaints' }, { text: '46%', value: 46, kind: 'percent', unit: 'percent' }, { text: '1,200', value: 1200 }],
    );
    expect(findings.map(short)).toContain('proportion consistent c1,c0,c2');
  });

  it('flags a share that the figures beside it contradict', () => {
    const { findings } = runChecks(
      ['The inquiry upheld 300 complaints, or 46% of the 1,200 received.'],
      [{ text: '300', value: 300, unit: 'complaints' }, { text: '46%', value: 46, kind: 'percent', unit: 'percent' }, { text: '1,200', value: 1200 }],
    );
    const f = findings.find((x) => x.check === 'proportion')!;
    expect(f.status).toBe('inconsistent');
    expect(f.message).toBe("'46%' does not match 300 / 1,200 = 25%.");
  });

  it('marks a share linked only by its category as unverifiable when it disagrees', () => {
    const { findings } = runChecks(
      ['Officials had detained 900 by Friday, with roughly half of those held being migrants.', 'The 200 migrants were moved to a camp.'],
      [{ text: '900', value: 900, predicate: 'detained' }, { text: 'roughly half', value: 0.5, qualifier: 'approximate', kind: 'proportion', low: null, high: null }, { text: '200', value: 200, unit: 'migrants' }],
    );
    expect(findings.map(short)).toEqual(['proportion unverifiable c1,c2,c0']);
  });
});

describe('restatement', () => {
  it('agrees when the hedged figure covers the exact one', () => {
    const { findings } = runChecks(
      ['More than 2,000 homes lost power during the storm.', 'The utility said 2,140 homes lost power at the peak.'],
      [{ text: 'More than 2,000', value: 2000, qualifier: 'more_than', unit: 'homes', predicate: 'lost' }, { text: '2,140', value: 2140, unit: 'homes', predicate: 'lost' }],
    );
    expect(findings.map(short)).toEqual(['restatement consistent c0,c1']);
  });

  it('flags a lead that rounds the wrong way', () => {
    const { findings } = runChecks(
      ['More than 500 flights were cancelled on Monday.', 'Airlines cancelled 470 flights in all, the aviation authority said.'],
      [{ text: 'More than 500', value: 500, qualifier: 'more_than', unit: 'flights', predicate: 'cancelled' }, { text: '470', value: 470, unit: 'flights', predicate: 'cancelled' }],
    );
    expect(findings.map(short)).toEqual(['restatement inconsistent c0,c1']);
    expect(findings[0]!.message).toBe("'More than 500 flights cancelled' does not agree with 470 flights cancelled: 30 apart.");
  });

  it('does not pair figures of different things', () => {
    const { findings } = runChecks(
      ['More than 500 flights were cancelled on Monday.', 'About 480 staff were sent home.'],
      [{ text: 'More than 500', value: 500, qualifier: 'more_than', unit: 'flights', predicate: 'cancelled' }, { text: 'About 480', value: 480, qualifier: 'approximate', unit: 'staff', predicate: 'sent', low: null, high: null }],
    );
    expect(findings).toEqual([]);
  });
});

describe('change', () => {
  const cases: Array<[string, string, Parameters<typeof runChecks>[1], string]> = [
    ['percent rise that matches', 'Sales rose from 200 to 260 units last year, a 30% increase.', [{ text: '200', value: 200 }, { text: '260', value: 260 }, { text: '30%', value: 30, kind: 'percent', change: 'increase' }], 'change consistent c2,c0,c1'],
    ['percent fall that does not', 'Profits fell from £80m to £60m, a 20% drop.', [{ text: '£80m', value: 80e6, kind: 'money', unit: 'GBP' }, { text: '£60m', value: 60e6, kind: 'money', unit: 'GBP' }, { text: '20%', value: 20, kind: 'percent', change: 'decrease' }], 'change inconsistent c2,c0,c1'],
    ['"doubled" within rounding', 'Reported cases doubled from 150 to 310 in a month.', [{ text: '150', value: 150 }, { text: '310', value: 310 }], 'change consistent c0,c1'],
    ['rounded money allows its rounding', 'Revenue grew 8% to $6.5bn from $6bn.', [{ text: '8%', value: 8, kind: 'percent', change: 'increase' }, { text: '$6.5bn', value: 6.5e9, kind: 'money', unit: 'USD' }, { text: '$6bn', value: 6e9, kind: 'money', unit: 'USD' }], 'change consistent c0,c2,c1'],
  ];
  it.each(cases)('%s', (_n, sentence, specs, expected) => {
    expect(runChecks([sentence], specs).findings.map(short)).toEqual([expected]);
  });
});

describe('bound', () => {
  it('a part larger than the whole it is "of" is wrong', () => {
    const { findings } = runChecks(['Some 94 of the 90 delegates voted for the motion.'], [{ text: '94', value: 94 }, { text: '90', value: 90, unit: 'delegates' }]);
    expect(findings.map(short)).toEqual(['bound inconsistent c1,c0']);
  });
  it('shares of one poll within 100%', () => {
    const { findings } = runChecks(
      ['Of those polled, 52% backed the plan and 45% opposed it.'],
      [{ text: '52%', value: 52, kind: 'percent', unit: 'percent' }, { text: '45%', value: 45, kind: 'percent', unit: 'percent' }],
    );
    expect(findings.map(short)).toEqual(['bound consistent c0,c1']);
  });
  it('complementary shares over 100% are flagged', () => {
    const { findings } = runChecks(
      ['Of the members, 62% are men and 45% are women.'],
      [{ text: '62%', value: 62, kind: 'percent', unit: 'percent' }, { text: '45%', value: 45, kind: 'percent', unit: 'percent' }],
    );
    expect(findings.map(short)).toEqual(['bound inconsistent c0,c1']);
  });
});

describe('robustness and identity', () => {
  it('returns nothing for fewer than two claims', () => {
    expect(runChecks(['Some 40 people came.'], [{ text: '40', value: 40 }]).findings).toEqual([]);
  });
  it('gives the same ids on every run, over doc, check and claims', () => {
    const p = ['The bus crash injured 42 passengers, of whom 25 were men and 15 were women.'];
    const s = [{ text: '42', value: 42, unit: 'passengers' }, { text: '25', value: 25 }, { text: '15', value: 15 }];
    const a = runChecks(p, s).findings.map((f) => f.id);
    expect(runChecks(p, s).findings.map((f) => f.id)).toEqual(a);
    expect(a[0]).toMatch(/^fnd_[0-9a-f]{18}$/);
  });
});
