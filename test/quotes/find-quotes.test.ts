import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { run } from './helpers.js';
import { spanIsValid } from '../../src/text/spans.js';

describe('direct quotes', () => {
  it('takes the attribution after the quote', () => {
    expect(run('“The bridge will reopen in May,” the transport minister said.').rows).toEqual([
      'direct | transport minister | the transport minister | said | The bridge will reopen in May',
    ]);
  });

  it('takes an inverted attribution with an apposition', () => {
    const r = run('"Nobody expected the flood to come this fast," said Maria Lopez, a spokeswoman for the Red Cross.');
    expect(r.rows).toEqual(['direct | Maria Lopez | Maria Lopez, a spokeswoman for the Red Cross | said | Nobody expected the flood to come this fast']);
    expect(r.speakers[0]).toMatchObject({ name: 'Maria Lopez', title: 'spokeswoman', organization: 'Red Cross', kind: 'person' });
  });

  it('reads a colon lead-in', () => {
    expect(run('Coach Dan Miller told reporters: “We played badly and we know it.”').rows).toEqual([
      'direct | Dan Miller | Coach Dan Miller | told | We played badly and we know it.',
    ]);
  });

  it('keeps an interrupted quote as two pieces with one source and cue', () => {
    const r = run('“We have the votes,” Senator Amy Clark said, “and we will pass it this week.”');
    expect(r.quotes.map((q) => [q.kind, q.text, q.source?.text, q.cue?.text])).toEqual([
      ['direct', 'We have the votes', 'Senator Amy Clark', 'said'],
      ['direct', 'and we will pass it this week.', 'Senator Amy Clark', 'said'],
    ]);
    expect(r.quotes[0]!.cue!.start).toBe(r.quotes[1]!.cue!.start);
  });

  it('reads an attribution split off as its own sentence', () => {
    expect(run('“Is this the end of the line?” Park asked.').rows).toEqual(['direct | Park | Park | asked | Is this the end of the line?']);
  });

  it('reads a dash attribution closing the paragraph', () => {
    expect(run('“Prices will fall before they rise.” — Ahmed Khan').rows).toEqual(['direct | Ahmed Khan | Ahmed Khan | — | Prices will fall before they rise.']);
  });

  it('gives a floating quote the speaker of the paragraph before', () => {
    const r = run('Fire chief Tom Reyes said the blaze started in a kitchen.\n\n“We got everyone out in time.”');
    expect(r.rows).toEqual([
      'indirect | Tom Reyes | Fire chief Tom Reyes | said | the blaze started in a kitchen',
      'direct | Tom Reyes | - | - | We got everyone out in time.',
    ]);
  });

  it('carries the speaker over a quote continued in the next paragraph', () => {
    const r = run('“The first year was the hardest,” Lee said. “We had no money\n\n“and no customers either.”');
    expect(r.rows.map((row) => row.split(' | ').slice(0, 2).join(' | '))).toEqual(['direct | Lee', 'direct | Lee', 'direct | Lee']);
  });

  it('accepts an unlisted past-tense verb only in the tight frame next to the quote', () => {
    expect(run('“Sit down and listen,” the coach barked.').rows).toEqual(['direct | coach | the coach | barked | Sit down and listen']);
    expect(run('The mayor exhorted, “Vote on Tuesday.”').rows).toEqual(['direct | mayor | The mayor | exhorted | Vote on Tuesday.']);
  });

  it('keeps a quote inside a longer clause partial, even after a speech verb', () => {
    const r = run('Diaz urged them to let volunteers help ensure “the shelters stay open” this winter.');
    expect(r.quotes.find((q) => q.text === 'the shelters stay open')!.kind).toBe('partial');
  });

  it('reads a transcript line with a speaker label, but not a "NOTE:" line', () => {
    const r = run('MORALES: We will not sign this deal. Not today.\n\nNOTE: The interview was edited for length.');
    expect(r.quotes.map((q) => [q.kind, q.source?.text, q.cue?.text, q.text])).toEqual([['direct', 'MORALES', ':', 'We will not sign this deal. Not today.']]);
  });

  it('does not take "I" or "we" inside a quote as a source', () => {
    const r = run('“I said we would win, and we did,” the manager said.');
    expect(r.quotes).toHaveLength(1);
    expect(r.quotes[0]!.source!.text).toBe('the manager');
  });
});

describe('partial quotes', () => {
  it('belong to the speaker of the reported statement around them', () => {
    const r = run('Health officer Lin Wei said the outbreak was “under control” for now.');
    expect(r.rows).toEqual([
      'indirect | Lin Wei | Health officer Lin Wei | said | the outbreak was “under control” for now',
      'partial | Lin Wei | - | - | under control',
    ]);
  });

  it('are kept without a speaker when nobody is quoted (scare quotes)', () => {
    const r = run('The so-called “reform” package passed on Tuesday.');
    expect(r.rows).toEqual(['partial | - | - | - | reform']);
  });
});

describe('reported speech', () => {
  it.each([
    ['The mayor said that the budget would be balanced by June.', 'indirect | mayor | The mayor | said | the budget would be balanced by June'],
    ['Police told reporters the suspect had fled on foot.', 'indirect | Police | Police | told | the suspect had fled on foot'],
    ['The company warned on Monday that profits would fall.', 'indirect | company | The company | warned | profits would fall'],
    ['The plant will close next year, officials said.', 'indirect | officials | officials | said | The plant will close next year'],
    ['According to the report, nine schools lack heating.', 'indirect | report | the report | According to | nine schools lack heating'],
    ['Nine schools lack heating, according to the report.', 'indirect | report | the report | according to | Nine schools lack heating'],
    ['Rivera, however, said the vote was rigged.', 'indirect | Rivera | Rivera | said | the vote was rigged'],
    ['Sen. Bo Hart (R-Texas) said in a statement that the bill was dead.', 'indirect | Bo Hart | Sen. Bo Hart (R-Texas) | said in a statement | the bill was dead'],
  ])('%s', (text, row) => {
    expect(run(text).rows).toEqual([row]);
  });

  it('keeps chained appositions in the source and leaves an aside out', () => {
    expect(run('Lena Ortiz, 34, a nurse from Tucson, said the clinic was full.').quotes[0]!.source!.text).toBe('Lena Ortiz, 34, a nurse from Tucson,');
    expect(run('Mr. Abara, in an interview on Friday, said the deal was off.').quotes[0]!.source!.text).toBe('Mr. Abara');
  });

  it('reads a statement split around its attribution as two pieces', () => {
    const r = run('The strike, the union said, would last a week.');
    expect(r.quotes.map((q) => q.text)).toEqual(['The strike', 'would last a week']);
  });

  it('reads ", adding that" as a second statement by the same speaker', () => {
    const r = run('“We are ready,” Chen said, adding that the talks would resume on Friday.');
    expect(r.rows).toEqual([
      'direct | Chen | Chen | said | We are ready',
      'indirect | Chen | Chen | adding | the talks would resume on Friday',
    ]);
  });

  it('takes the clause subject for a cue joined by "and" or ", saying"', () => {
    expect(run('Governor Ray Ellis toured the flooded town and said the levees had failed.').rows).toEqual([
      'indirect | Ray Ellis | Governor Ray Ellis | said | the levees had failed',
    ]);
    expect(run('The teachers walked out on Monday, saying that class sizes had doubled.').rows).toEqual([
      'indirect | teachers | The teachers | saying | class sizes had doubled',
    ]);
  });

  it('reads stance verbs with a strict subject and stops at a closing attribution', () => {
    expect(run('The senator criticized the bill as a giveaway to banks.').rows).toEqual([
      'indirect | senator | The senator | criticized | the bill as a giveaway to banks',
    ]);
    // A noun use ("his support") and a phrasal verb ("show up") are not stances.
    expect(run('His support for the plan faded. About 40 people would show up to each event.').quotes).toEqual([]);
  });

  it('ends reported content before a participle clause or a second subject', () => {
    expect(run('Okafor said the port would reopen, while warning that delays would last.').quotes[0]!.text).toBe('the port would reopen');
    expect(run('Okafor said the port would reopen, and he promised more funds.').quotes[0]!.text).toBe('the port would reopen');
  });

  it('ignores a sentence with no cue and no quote mark', () => {
    expect(run('The river rose two metres overnight and closed three roads.').quotes).toEqual([]);
  });
});

describe('speakers', () => {
  it('reads the organisation and title written before a name', () => {
    const r = run('Ministry of Finance deputy director Park Jae-sung said revenue was falling.');
    expect(r.speakers).toMatchObject([{ name: 'Park Jae-sung', title: 'deputy director', organization: 'Ministry of Finance', kind: 'person' }]);
  });

  it('keeps an organisation written as a modifier inside the title', () => {
    const r = run('Federal Police deputy chief Ana Sousa said the border was calm.');
    expect(r.speakers).toMatchObject([{ name: 'Ana Sousa', title: 'Federal Police deputy chief', organization: 'Federal Police' }]);
  });

  it('reads a title and organisation from an apposition, dropping a descriptor before the name', () => {
    const r = run('Sara Haddad, executive director of rights group Amnesty Watch, said the trial was unfair.');
    expect(r.speakers).toMatchObject([{ name: 'Sara Haddad', title: 'executive director', organization: 'Amnesty Watch' }]);
  });

  it('joins a family-name-first name with a shorter form of it (prefix or suffix)', () => {
    const r = run('Nguyen Van Minh, a farmer, said the rains came late.\n\nVan Minh said the harvest was half the usual.\n\nNguyen Van said nothing more.');
    const names = r.quotes.map((q) => r.speakerOf(q)?.name);
    expect(names).toEqual(['Nguyen Van Minh', 'Nguyen Van Minh']);
    expect(r.speakers).toHaveLength(1);
  });

  it('resolves pronouns to the nearest person before them, respecting he and she', () => {
    const r = run('Ms. Anna Berg said the port was closed.\n\nMr. Tom Ruiz said it was open.\n\nShe said the ships were waiting.\n\nHe said they had left.\n\nBerg said the strike was over.');
    expect(r.quotes.map((q) => r.speakerOf(q)?.name)).toEqual(['Anna Berg', 'Tom Ruiz', 'Anna Berg', 'Tom Ruiz', 'Anna Berg']);
    expect(r.speakers.find((s) => s.name === 'Anna Berg')!.mentions.map((m) => m.text)).toEqual(['Anna Berg', 'She', 'Berg']);
  });

  it('keeps unnamed groups as group speakers and joins repeats', () => {
    const r = run('Officials said the road would reopen.\n\nThe bridge was closed, officials said.');
    expect(r.speakers).toHaveLength(1);
    expect(r.speakers[0]).toMatchObject({ kind: 'group', title: null });
  });

  it('treats an organisation named as a source as a group', () => {
    const r = run('The World Health Organization said cases were rising.');
    expect(r.speakers[0]).toMatchObject({ kind: 'group', organization: 'World Health Organization' });
  });
});

describe('spans', () => {
  it('every span slices the text it names, and ids are stable', () => {
    const text = 'Lawyer Jo Kim, 45, said: “Enough.”\n\n“It goes on,” she added, “and on.”\n\nThe fee rose, the council said.';
    const a = run(text);
    const b = run(text);
    expect(a.quotes.map((q) => q.id)).toEqual(b.quotes.map((q) => q.id));
    for (const q of a.quotes) {
      expect(spanIsValid(text, q)).toBe(true);
      if (q.source) expect(spanIsValid(text, q.source)).toBe(true);
      if (q.cue) expect(spanIsValid(text, q.cue)).toBe(true);
    }
    for (const s of a.speakers) for (const m of s.mentions) expect(spanIsValid(text, m)).toBe(true);
  });

  it('never throws and keeps the slice invariant on arbitrary text', () => {
    const piece = fc.constantFrom('“', '”', '"', "'", '‘', '’', ' said ', ' told ', ', ', '. ', '\n\n', 'He', 'Smith', ' according to ', ':', 'the', ' officials', '—', '(', ')', 'that ');
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 6 })), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const r = run(text);
        for (const q of r.quotes) {
          if (!spanIsValid(text, q)) return false;
          if (q.source && !spanIsValid(text, q.source)) return false;
          if (q.cue && !spanIsValid(text, q.cue)) return false;
        }
        return r.speakers.every((s) => s.mentions.every((m) => spanIsValid(text, m)));
      }),
      { numRuns: 300 },
    );
  });
});
