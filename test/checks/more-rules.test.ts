import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildDoc, runChecks, short } from './helpers.js';
import { checkClaims } from '../../src/checks/index.js';
import { createContext, defaultOptions } from '../../src/pipeline/context.js';
import type { Diagnostic } from '../../src/schema/diagnostic.js';
import { intervalOf } from '../../src/checks/interval.js';
import { lemma, singular } from '../../src/checks/claim-view.js';
import type { Claim } from '../../src/schema/claim.js';

describe('margins', () => {
  it('checks a majority against the two tallies', () => {
    const { findings } = runChecks(
      ['In the by-election she took 18,402 votes to 15,990 for her nearest rival, a majority of 2,412.'],
      [{ text: '18,402', value: 18402, unit: 'votes' }, { text: '15,990', value: 15990 }, { text: '2,412', value: 2412 }],
    );
    expect(findings.map(short)).toEqual(['sum consistent c0,c1,c2']);
  });
  it('flags a majority that is not the gap', () => {
    const { findings } = runChecks(
      ['The motion passed by 312 votes to 260, a majority of 62.'],
      [{ text: '312', value: 312, unit: 'votes' }, { text: '260', value: 260 }, { text: '62', value: 62 }],
    );
    expect(findings.map(short)).toEqual(['sum inconsistent c0,c1,c2']);
    expect(findings[0]!.message).toBe('312 - 260 = 52, not the majority of 62 stated: 10 out.');
  });
});

describe('ratios', () => {
  it('"twice the" within rounding', () => {
    const { findings } = runChecks(
      ['The 4,100 complaints received in March were twice the 2,060 logged a year earlier.'],
      [{ text: '4,100', value: 4100, unit: 'complaints' }, { text: '2,060', value: 2060 }],
    );
    expect(findings.map(short)).toEqual(['change consistent c0,c1']);
  });
  it('"three times" far off is flagged', () => {
    const { findings } = runChecks(
      ['Turnout of 9,000 was three times the 4,500 who came last year.'],
      [{ text: '9,000', value: 9000 }, { text: '4,500', value: 4500 }],
    );
    expect(findings.map(short)).toEqual(['change inconsistent c0,c1']);
  });
});

describe('wholes and parts across sentences', () => {
  it('"Of the 20 ..., 12 ... The remaining eight"', () => {
    const { findings } = runChecks(
      ['Of the 20 contracts signed this year, 12 went to local firms.', 'Ministers defended the process.', 'The remaining eight were awarded abroad.'],
      [{ text: '20', value: 20, unit: 'contracts' }, { text: '12', value: 12 }, { text: 'eight', value: 8 }],
    );
    expect(findings.map(short)).toEqual(['sum consistent c0,c1,c2']);
  });
  it('a figure that opens its sentence with "of those" points back to the previous one', () => {
    const { findings } = runChecks(
      ['Patrols stopped 9,200 drivers over the holiday.', 'In 1,300 of those cases, the driver was over the limit.'],
      [{ text: '9,200', value: 9200, unit: 'drivers' }, { text: '1,300', value: 1300 }],
    );
    expect(findings.map(short)).toEqual(['bound consistent c0,c1']);
  });
  it('an exact list right after a total adds up, whatever its nouns', () => {
    const { findings } = runChecks(
      ['Inspectors sent warning letters to 450 landlords.', 'Only 30 were fined, while repairs were made in 420 homes.'],
      [{ text: '450', value: 450, unit: 'landlords' }, { text: '30', value: 30 }, { text: '420', value: 420, unit: 'homes' }],
    );
    expect(findings.map(short)).toEqual(['sum consistent c0,c1,c2']);
  });
  it('alternatives joined by "or" are not parts', () => {
    const { findings } = runChecks(
      ['The plant employs 350 people but could run with 150 or 200.'],
      [{ text: '350', value: 350, unit: 'people' }, { text: '150', value: 150 }, { text: '200', value: 200 }],
    );
    expect(findings.filter((f) => f.check === 'sum')).toEqual([]);
  });
  it('a share of a noun with its category adjective is checked against the listed part', () => {
    const { findings } = runChecks(
      ['Under the plan, 60% of councillors would be elected.', 'The council would have 90 members, including 54 elected councillors and 36 appointed councillors.'],
      [
        { text: '60%', value: 60, kind: 'percent', unit: 'percent' },
        { text: '90', value: 90, unit: 'members' },
        { text: '54', value: 54, unit: 'elected councillors' },
        { text: '36', value: 36, unit: 'appointed councillors' },
      ],
    );
    expect(findings.map(short)).toEqual(['proportion consistent c0,c2,c1', 'bound consistent c1,c2,c3']);
  });
});

describe('change stated a sentence before its figures', () => {
  it('agrees when the recomputed change matches', () => {
    const { findings } = runChecks(
      ['The number of long waits has fallen by 12%.', 'Figures showed a drop from 1,500 to 1,320 since spring.'],
      [{ text: '12%', value: 12, kind: 'percent', change: 'decrease' }, { text: '1,500', value: 1500 }, { text: '1,320', value: 1320 }],
    );
    expect(findings.map(short)).toEqual(['change consistent c0,c1,c2']);
  });
  it('is only unverifiable when it does not', () => {
    const { findings } = runChecks(
      ['The number of long waits has fallen by 20%.', 'Figures showed a drop from 1,500 to 1,320 since spring.'],
      [{ text: '20%', value: 20, kind: 'percent', change: 'decrease' }, { text: '1,500', value: 1500 }, { text: '1,320', value: 1320 }],
    );
    expect(findings.map(short)).toEqual(['change unverifiable c0,c1,c2']);
  });
});

const base = (over: Partial<Claim>): Claim => ({
  id: 'x', start: 0, end: over.text?.length ?? 2, text: '10', value: 10, low: null, high: null, qualifier: 'exact', change: null, kind: 'count',
  unit: null, subject: null, predicate: null, anchor: null, sentence: 0, quoteId: null, speakerId: null, ...over,
});

describe('intervals', () => {
  it.each([
    ['more than 90 counts from 91', base({ text: 'more than 90', value: 90, qualifier: 'more_than', low: 91 }), 91, Infinity],
    ['about 500 tolerates its rounding', base({ text: 'about 500', value: 500, qualifier: 'approximate' }), 450, 550],
    ['$6.5bn is rounded to 0.1bn', base({ text: '$6.5bn', value: 6.5e9, kind: 'money', unit: 'USD' }), 6.45e9, 6.55e9],
    ['46% is rounded to a point', base({ text: '46%', value: 46, kind: 'percent' }), 45.5, 46.5],
    ['1,055 is exact', base({ text: '1,055', value: 1055 }), 1055, 1055],
    ['roughly half tolerates five points', base({ text: 'roughly half', value: 0.5, kind: 'proportion', qualifier: 'approximate' }), 0.45, 0.55],
    ['fewer than 20 counts to 19', base({ text: 'fewer than 20', value: 20, qualifier: 'less_than', high: 19 }), 0, 19],
  ])('%s', (_n, claim, lo, hi) => {
    const i = intervalOf(claim)!;
    expect(i.lo).toBeCloseTo(lo, 6);
    expect(i.hi === Infinity ? hi : i.hi).toBeCloseTo(hi, 6);
  });
});

describe('word helpers', () => {
  it.each([['users', 'user'], ['people', 'person'], ['countries', 'country'], ['bus', 'bus'], ['boxes', 'box']])('singular %s', (w, s) => expect(singular(w)).toBe(s));
  it('lemmas line up tenses', () => {
    expect(lemma('arrested')).toBe(lemma('arrest'));
    expect(lemma('sent')).toBe(lemma('sending'));
    expect(lemma('received')).toBe(lemma('receive'));
    expect(lemma('stopped')).toBe(lemma('stop'));
  });
});

describe('never throws, ids reference the claims given', () => {
  it('holds for arbitrary figures in a fixed passage', () => {
    const passage = ['Officials said 1,200 people were detained, of whom 700 were men and 480 were women.', 'More than 1,000 were freed, a 40% rise from 300 to 420.'];
    const texts = ['1,200', '700', '480', 'More than 1,000', '40%', '300', '420'];
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: 7, maxLength: 7 }), fc.array(fc.constantFrom('exact', 'approximate', 'more_than', 'at_least', 'less_than', 'at_most') , { minLength: 7, maxLength: 7 }), (values, quals) => {
        const specs = texts.map((text, i) => ({ text, value: values[i]!, qualifier: quals[i] as 'exact', kind: text.endsWith('%') ? ('percent' as const) : ('count' as const), low: null, high: null }));
        const { findings, claims } = runChecks(passage, specs);
        const ids = new Set(claims.map((c) => c.id));
        return findings.every((f) => f.claimIds.every((id) => ids.has(id)) && f.message.length > 0 && ['consistent', 'inconsistent', 'unverifiable'].includes(f.status));
      }),
      { numRuns: 200 },
    );
  });
  it('reports claims outside the text instead of throwing', () => {
    const { article, sentences, claims } = buildDoc(['A total of 40 people came.', 'Some 30 stayed.'], [{ text: '40', value: 40 }, { text: '30', value: 30 }]);
    const diagnostics: Diagnostic[] = [];
    const ctx = createContext('doc-1', article.text, defaultOptions, diagnostics);
    const broken = [...claims, { ...claims[0]!, id: 'bad', start: 500, end: 503 }];
    expect(() => checkClaims({ article, sentences, claims: broken, quotes: [], speakers: [] }, ctx)).not.toThrow();
    expect(diagnostics.map((d) => `${d.rule} ${d.severity}`)).toEqual(['claim-out-of-range warning']);
  });
});

describe('guards found on real copy', () => {
  it('a figure named like one of the parts is not their total', () => {
    const { findings } = runChecks(
      ['The 12 banks disclosed 9,800 total accounts and 1,460 offshore accounts to regulators, while listing only 1,210 total accounts and 250 offshore accounts in their filings.'],
      [
        { text: '12', value: 12, unit: 'banks' },
        { text: '9,800', value: 9800, unit: 'total accounts', predicate: 'disclosed' },
        { text: '1,460', value: 1460, unit: 'offshore accounts', predicate: 'disclosed' },
        { text: '1,210', value: 1210, unit: 'total accounts', predicate: 'listing' },
        { text: '250', value: 250, unit: 'offshore accounts', predicate: 'listing' },
      ],
    );
    expect(findings.filter((f) => f.status === 'inconsistent')).toEqual([]);
  });
  it('close figures about different people are not one figure restated', () => {
    const { findings } = runChecks(
      ['In the last race, Harper won nearly 48 million votes.', 'Four years earlier, Lindqvist won 45 million votes.'],
      [
        { text: 'nearly 48 million', value: 48e6, qualifier: 'approximate', unit: 'votes', predicate: 'won', low: null, high: null },
        { text: '45 million', value: 45e6, unit: 'votes', predicate: 'won' },
      ],
    );
    expect(findings.filter((f) => f.status === 'inconsistent')).toEqual([]);
  });
});

describe('vague totals', () => {
  it('a total like "billions" is never near enough to contradict', () => {
    const { findings } = runChecks(
      ['Texting is generating billions for the industry, with mobile users sending more each year.', 'The four mobile operators now have 52 million mobile subscribers.'],
      [
        { text: 'billions', value: null as unknown as number, qualifier: 'range', low: 2e9, high: 999e9 },
        { text: 'four', value: 4, unit: 'mobile operators' },
        { text: '52 million', value: 52e6, unit: 'mobile subscribers' },
      ],
    );
    expect(findings.filter((f) => f.status === 'inconsistent')).toEqual([]);
  });
  it('money sums read like the article writes money', () => {
    const { findings } = runChecks(
      ['The bank blamed a $900m settlement.', 'It took a charge of $640m this quarter, on top of the $260m charge last quarter.'],
      [
        { text: '$900m', value: 900e6, kind: 'money', unit: 'USD' },
        { text: '$640m', value: 640e6, kind: 'money', unit: 'USD' },
        { text: '$260m', value: 260e6, kind: 'money', unit: 'USD' },
      ],
    );
    expect(findings.map((f) => f.message)).toEqual(['$640m + $260m = $900m, which agrees with the $900m stated.']);
  });
});

describe('more share forms', () => {
  it.each([
    ['290', 290, 'proportion consistent c0,c2,c1'],
    ['210', 210, 'proportion inconsistent c0,c2,c1'],
  ])('share, whole, then the part in apposition (%s)', (text, value, expected) => {
    const { findings } = runChecks(
      [`The firm will cut a quarter of its 1,200 staff - ${text} people - by June.`],
      [{ text: 'a quarter', value: 0.25, kind: 'proportion' }, { text: '1,200', value: 1200, unit: 'staff' }, { text, value, unit: 'people' }],
    );
    expect(findings.map(short)).toEqual([expected]);
  });
  it('election shares listed with the verb given once stay within 100%', () => {
    const { findings } = runChecks(
      ['Labour took 36% of the vote, the Conservatives 33% and the Liberal Democrats 22%.'],
      [{ text: '36%', value: 36, kind: 'percent' }, { text: '33%', value: 33, kind: 'percent' }, { text: '22%', value: 22, kind: 'percent' }],
    );
    expect(findings.map(short)).toEqual(['bound consistent c0,c1,c2']);
  });
});

describe('sibling categories under a general total', () => {
  const paragraphs = [
    'Police said the week-long operation had netted 240 suspects across the province.',
    'Officers said 130 suspected dealers would face trial.',
    'A further 104 suspected users were sent to treatment centres.',
  ];
  it('adds up when the figures agree', () => {
    const { findings } = runChecks(paragraphs.map((p) => p.replace('104', '110')), [
      { text: '240', value: 240, unit: 'suspects', predicate: 'netted' },
      { text: '130', value: 130, unit: 'suspected dealers' },
      { text: '110', value: 110, unit: 'suspected users', predicate: 'sent' },
    ]);
    expect(findings.map(short)).toEqual(['sum consistent c0,c1,c2']);
  });
  it('is unverifiable, never inconsistent, when the total names no category', () => {
    const { findings } = runChecks(paragraphs, [
      { text: '240', value: 240, unit: 'suspects', predicate: 'netted' },
      { text: '130', value: 130, unit: 'suspected dealers' },
      { text: '104', value: 104, unit: 'suspected users', predicate: 'sent' },
    ]);
    expect(findings.map(short)).toEqual(['sum unverifiable c0,c1,c2']);
    expect(findings[0]!.message).toBe('240 suspects in all, but 130 suspected dealers + 104 suspected users = 234: 6 unaccounted for, if these are all its parts.');
  });
});

describe('multipliers are figures of speech', () => {
  it.each([
    ['Losses halved to $210m from $500m last year.', 'unverifiable'],
    ['Losses halved to $380m from $500m last year.', 'inconsistent'],
  ])('%s', (sentence, status) => {
    const to = /to (\$\d+m)/.exec(sentence)![1]!;
    const { findings } = runChecks([sentence], [
      { text: to, value: Number(to.slice(1, -1)) * 1e6, kind: 'money', unit: 'USD' },
      { text: '$500m', value: 500e6, kind: 'money', unit: 'USD' },
    ]);
    expect(findings.map((f) => `${f.check} ${f.status}`)).toEqual([`change ${status}`]);
  });
});

describe('list openers', () => {
  it.each([
    ['The bank will cut 2,850 jobs - 1,100 in banking and 1,200 in IT.', 'bound consistent c0,c1,c2'],
    ['The bank will cut 2,850 jobs - 1,500 in banking and 1,200 in IT.', 'sum inconsistent c0,c1,c2'],
    ['The bank will cut 2,850 jobs: 1,100 in banking and 1,200 in IT.', 'sum inconsistent c0,c1,c2'],
  ])('%s', (sentence, expected) => {
    const [a, b] = sentence.match(/\d,\d{3}(?= in)/g)!;
    const { findings } = runChecks([sentence], [
      { text: '2,850', value: 2850, unit: 'jobs' },
      { text: a!, value: Number(a!.replace(',', '')) },
      { text: b!, value: Number(b!.replace(',', '')) },
    ]);
    expect(findings.map(short)).toEqual([expected]);
  });
});

describe('share of a named whole', () => {
  it('ties "nearly half the workforce" to a part stated out of that workforce', () => {
    const { findings } = runChecks(
      ['Nearly half the workforce at the plant could lose their jobs.', 'Some 1,900 jobs - out of a total workforce of 4,100 - are at risk.'],
      [{ text: 'Nearly half', value: 0.5, qualifier: 'approximate', kind: 'proportion', low: null, high: null }, { text: '1,900', value: 1900, unit: 'jobs' }, { text: '4,100', value: 4100 }],
    );
    expect(findings.map(short)).toEqual(['proportion consistent c0,c1,c2', 'bound consistent c2,c1']);
  });
});

describe('share of a named whole that names a narrower group', () => {
  it('says nothing when the figures do not fit', () => {
    const { findings } = runChecks(
      ['The maker will close about 10 of its 27 plants.', 'About half the plants in high-cost countries are at risk, the chief executive said.'],
      [{ text: '10', value: 10, qualifier: 'approximate', low: null, high: null }, { text: '27', value: 27, unit: 'plants' }, { text: 'About half', value: 0.5, qualifier: 'approximate', kind: 'proportion', low: null, high: null }],
    );
    expect(findings.filter((f) => f.check === 'proportion')).toEqual([]);
  });
});

describe('the reference pattern in another domain', () => {
  it('flood evacuees: complementary categories across paragraphs under a total that names one', () => {
    const { findings } = runChecks(
      [
        'More than 300 people have been evacuated from the valley since Sunday.',
        'Rescuers had moved 342 by Tuesday night, the agency said, with about a third of those evacuated being children.',
        'The 118 children were taken to two schools on higher ground.',
        'A further 219 adults spent the night in a sports hall, along with 40 volunteers.',
      ],
      [
        { text: 'More than 300', value: 300, qualifier: 'more_than', unit: 'people', predicate: 'evacuated' },
        { text: '342', value: 342, predicate: 'moved' },
        { text: 'about a third', value: 1 / 3, qualifier: 'approximate', kind: 'proportion', low: null, high: null },
        { text: '118', value: 118, unit: 'children' },
        { text: 'two', value: 2, unit: 'schools' },
        { text: '219', value: 219, unit: 'adults', predicate: 'spent' },
        { text: '40', value: 40, unit: 'volunteers' },
      ],
    );
    expect(findings.map(short)).toEqual(['sum inconsistent c1,c3,c5', 'proportion consistent c2,c3,c1', 'restatement consistent c0,c1']);
    expect(findings[0]!.message).toBe('342 evacuated in all, but 118 children + 219 adults = 337: 5 unaccounted for.');
  });
});

describe('claims with a wrong sentence index', () => {
  it('are placed by their offsets', () => {
    const { article, sentences, claims } = buildDoc(
      ['The bus crash injured 42 passengers, of whom 25 were men and 15 were women.'],
      [{ text: '42', value: 42, unit: 'passengers' }, { text: '25', value: 25 }, { text: '15', value: 15 }],
    );
    const ctx = createContext('doc-1', article.text, defaultOptions, []);
    const shifted = claims.map((c) => ({ ...c, sentence: c.sentence + 3 }));
    expect(checkClaims({ article, sentences, claims: shifted, quotes: [], speakers: [] }, ctx).map(short)).toEqual(['sum inconsistent c0,c1,c2']);
  });
});

describe('a breakdown in the next sentence that names the total by its noun', () => {
  const budget = (opening: string) =>
    runChecks(
      ['The council approved a £48 million budget on Tuesday.', `${opening} £21 million for care, £15 million for schools and £9 million for roads.`],
      [
        { text: '£48 million', value: 48e6, kind: 'money', unit: 'GBP', subject: 'budget' },
        { text: '£21 million', value: 21e6, kind: 'money', unit: 'GBP' },
        { text: '£15 million', value: 15e6, kind: 'money', unit: 'GBP' },
        { text: '£9 million', value: 9e6, kind: 'money', unit: 'GBP' },
      ],
    ).findings;

  it('adds up the parts of "the budget is made up of …" and says the gap in the total\'s money', () => {
    const findings = budget('The budget is made up of');
    expect(findings.map(short)).toEqual(['sum inconsistent c0,c1,c2,c3']);
    expect(findings[0]!.message).toBe('£48 million in all, but £21 million + £15 million + £9 million = about £45 million: about £3 million unaccounted for.');
  });

  it('takes a word for any total ("the money") but not another noun ("the plan")', () => {
    expect(budget('The money is split between').map(short)).toEqual(['sum inconsistent c0,c1,c2,c3']);
    expect(budget('The plan is made up of')).toEqual([]);
  });
});

describe('a share with its whole and its part set off by commas', () => {
  it('checks "about half of the 3,000 residents who replied, 1,480,"', () => {
    const { findings } = runChecks(
      ['About half of the 3,000 residents who replied, 1,480, backed the plan.', 'Nearly a quarter of the 2,000 staff, 700, will move.'],
      [
        { text: 'About half', value: 0.5, kind: 'proportion', qualifier: 'approximate' },
        { text: '3,000', value: 3000, unit: 'residents' },
        { text: '1,480', value: 1480 },
        { text: 'Nearly a quarter', value: 0.25, kind: 'proportion', qualifier: 'approximate' },
        { text: '2,000', value: 2000, unit: 'staff' },
        { text: '700', value: 700 },
      ],
    );
    expect(findings.filter((f) => f.check === 'proportion').map((f) => [f.status, f.message])).toEqual([
      ['consistent', "'About half' agrees with 1,480 / 3,000 = 49%."],
      ['inconsistent', "'Nearly a quarter' does not match 700 / 2,000 = 35%."],
    ]);
  });
});
