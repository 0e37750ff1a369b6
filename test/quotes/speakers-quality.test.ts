import { describe, expect, it } from 'vitest';
import { parseSource, titlePhrase, isGroupName } from '../../src/quotes/resolve-speakers.js';
import { tokenize } from '../../src/quotes/tokens.js';
import { parseIn, run } from './helpers.js';

describe('honorifics are not titles', () => {
  it('keeps Mr, Ms, Dr, Sir and Lord out of the title but uses them for gender', () => {
    const text = 'Mr Hallam said the vote was close. Ms Ortiz said it was not. Dr Pike said so too. Sir Alan Reeve said more. Lord Penrose said nothing.';
    expect(parseIn(text, 'Mr Hallam')).toMatchObject({ kind: 'person', name: 'Hallam', title: null, gender: 'm' });
    expect(parseIn(text, 'Ms Ortiz')).toMatchObject({ kind: 'person', name: 'Ortiz', title: null, gender: 'f' });
    expect(parseIn(text, 'Dr Pike')).toMatchObject({ kind: 'person', name: 'Pike', title: null });
    expect(parseIn(text, 'Sir Alan Reeve')).toMatchObject({ kind: 'person', name: 'Alan Reeve', title: null });
    expect(parseIn(text, 'Lord Penrose')).toMatchObject({ kind: 'person', name: 'Penrose', title: null });
  });

  it('keeps a real title that holds an honorific word ("Lord Chancellor Lord Penrose")', () => {
    const text = 'Lord Chancellor Lord Penrose said the bill would pass.';
    expect(parseIn(text, 'Lord Chancellor Lord Penrose')).toMatchObject({ kind: 'person', name: 'Penrose', title: 'Lord Chancellor' });
  });
});

describe('pre-name titles are title phrases', () => {
  const cases: Array<[string, string, string | null]> = [
    ['Leaving a Brussels summit Mr Hallam said the talks had failed.', 'Leaving a Brussels summit Mr Hallam', null],
    ['During his 40 minute speech Mr Hallam said taxes would fall.', 'During his 40 minute speech Mr Hallam', null],
    ['In March Green Party leader Ann Coyle said the plan was flawed.', 'In March Green Party leader Ann Coyle', 'Green Party leader'],
    ['Responding to the claims Tory Party co-chairman Liam Dorsey said nothing had changed.', 'Responding to the claims Tory Party co-chairman Liam Dorsey', 'Tory Party co-chairman'],
    ['Conservative shadow home secretary Ruth Bell said crime was up.', 'Conservative shadow home secretary Ruth Bell', 'Conservative shadow home secretary'],
    ['Wales coach Gareth Rees said his side were ready.', 'Wales coach Gareth Rees', 'Wales coach'],
  ];
  it.each(cases)('%s', (text, phrase, title) => {
    const p = parseIn(text, phrase)!;
    expect(p.kind).toBe('person');
    expect(p.title).toBe(title);
  });

  it('splits a capitalised title from the name inside one capitalised run', () => {
    const text = 'Home Secretary Ruth Bell said the law would change. East Anglia MEP Tom Greer said it would not.';
    expect(parseIn(text, 'Home Secretary Ruth Bell')).toMatchObject({ name: 'Ruth Bell', title: 'Home Secretary' });
    expect(parseIn(text, 'East Anglia MEP Tom Greer')).toMatchObject({ name: 'Tom Greer' });
  });

  it('never starts or ends a title on a conjunction or dangling preposition', () => {
    const words = (s: string) => tokenize(s, 0, s.length).filter((t) => t.word);
    expect(titlePhrase(words('Conservatives and'))).toEqual([]);
    expect(titlePhrase(words('figures compiled by the'))).toEqual([]);
    expect(titlePhrase(words('30 Labour'))).toEqual([]);
    expect(titlePhrase(words('of former Yukos boss')).map((t) => t.text).join(' ')).toBe('former Yukos boss');
    expect(titlePhrase(words('Secretary of State for Health')).map((t) => t.text).join(' ')).toBe('Secretary of State for Health');
  });

  it('finds no organisation in a title-case title, a portfolio or one generic word', () => {
    const text = 'Shadow Home Secretary Ruth Bell said so. Home Affairs spokesman Tom Greer agreed. Party leader Ann Coyle said no. Veltra Holdings chief executive Sam Ode said yes.';
    expect(parseIn(text, 'Shadow Home Secretary Ruth Bell')).toMatchObject({ title: 'Shadow Home Secretary', organization: null });
    expect(parseIn(text, 'Home Affairs spokesman Tom Greer')).toMatchObject({ title: 'Home Affairs spokesman', organization: null });
    expect(parseIn(text, 'Party leader Ann Coyle')).toMatchObject({ title: 'Party leader', organization: null });
    expect(parseIn(text, 'Veltra Holdings chief executive Sam Ode')).toMatchObject({ organization: 'Veltra Holdings' });
  });

  it('reads "a spokesman for Mr X" as the spokesman, not X', () => {
    const text = 'A spokesman for Mr Hallam said the claims were untrue.';
    const p = parseIn(text, 'A spokesman for Mr Hallam')!;
    expect(p.kind).toBe('group');
    expect(p.name).toBe('spokesman for Mr Hallam');
  });
});

describe('organisations, parties and companies are groups', () => {
  it('treats plural acronyms, company suffixes and "the X" as groups', () => {
    const text = 'MEPs said the vote was rigged. Halden Holdings said profits rose. The Greens said the plan was weak.';
    expect(parseIn(text, 'MEPs')!.kind).toBe('group');
    expect(parseIn(text, 'Halden Holdings')!.kind).toBe('group');
    expect(parseIn(text, 'The Greens')!.kind).toBe('group');
  });

  it('judges a bare name by how the article uses it', () => {
    const party = 'The Unionists have rejected the deal. Unionists said the deal was dead.';
    expect(parseIn(party, 'Unionists said'.slice(0, 9))!.kind).toBe('group');
    const company = 'Veltra said its profits had doubled. Veltra chief Ann Coyle was pleased. Veltra said sales were strong.';
    const at = company.lastIndexOf('Veltra');
    expect(parseSource(company, at, at + 6)!.kind).toBe('group');
    const person = 'Carla Veltri won the race. Veltri said she was delighted.';
    const at2 = person.lastIndexOf('Veltri');
    expect(parseSource(person, at2, at2 + 6)).toMatchObject({ kind: 'person', name: 'Veltri' });
  });

  it('keeps people with an honorific, a given name or a title as persons', () => {
    const text = 'Mr Evans said the party would win. Evans said the polls were wrong.';
    const at = text.lastIndexOf('Evans');
    const name = tokenize(text, at, at + 5);
    expect(isGroupName(text, name, [])).toBe(false);
    const plural = 'the Evans family said. Senator Roberts said the bill was fair. Roberts said it would pass.';
    const at2 = plural.lastIndexOf('Roberts');
    expect(isGroupName(plural, tokenize(plural, at2, at2 + 7), [])).toBe(false);
  });

  it('resolves "it" to the organisation, not the nearest person', () => {
    const r = run('Ann Coyle, a Halden Holdings director, said the deal was good.\n\nHalden Holdings said profits were up.\n\nIt said the outlook was bright.');
    const names = r.quotes.map((q) => r.speakerOf(q)?.name ?? null);
    expect(names[names.length - 1]).toBe('Halden Holdings');
  });
});

describe('canonical names within an article', () => {
  it('joins "Mr Hallam" and "Hallam" to "Peter Hallam"', () => {
    const r = run('Peter Hallam said the port would close.\n\n"We have no choice," Mr Hallam said.\n\nHallam said workers would be paid.');
    expect(r.quotes.map((q) => r.speakerOf(q)?.name)).toEqual(['Peter Hallam', 'Peter Hallam', 'Peter Hallam']);
    expect(r.speakers.filter((s) => s.kind === 'person')).toHaveLength(1);
  });

  it('takes the full name from the article text when only "Mr X" is a source', () => {
    const r = run('Prime Minister Peter Hallam met union leaders on Monday.\n\nMr Hallam said the talks had gone well.');
    expect(r.speakers[0]).toMatchObject({ kind: 'person', name: 'Peter Hallam' });
  });

  it('takes a full name that opens the article', () => {
    const r = run('Peter Hallam has backed the budget plan.\n\nMr Hallam said the figures were sound.');
    expect(r.speakers[0]).toMatchObject({ kind: 'person', name: 'Peter Hallam' });
  });

  it('does not guess when the article names two people with the surname', () => {
    const r = run('Peter Hallam and his wife Jane Hallam arrived in Leeds.\n\nMr Hallam said the visit was private.');
    expect(r.speakers[0]).toMatchObject({ kind: 'person', name: 'Hallam' });
  });

  it('joins a bare surname to the person named in an apposition before it', () => {
    const r = run('Residents were furious. Nadia Orwin, spokeswoman for the Tenants Union, said rents had doubled.\n\n"Nobody can pay this," Orwin said.');
    expect(r.quotes.map((q) => r.speakerOf(q)?.name)).toEqual(['Nadia Orwin', 'Nadia Orwin']);
    expect(r.speakers).toHaveLength(1);
    expect(r.speakers[0]).toMatchObject({ kind: 'person', title: 'spokeswoman', organization: 'Tenants Union' });
  });

  it('folds a surname quoted before the full name into that person', () => {
    const r = run('"Nobody can pay this," Orwin said.\n\nLater, Nadia Orwin, spokeswoman for the Tenants Union, said rents had doubled.');
    expect(r.quotes.map((q) => r.speakerOf(q)?.name)).toEqual(['Nadia Orwin', 'Nadia Orwin']);
    expect(r.speakers.filter((s) => s.name === 'Orwin')).toHaveLength(0);
  });

  it('leaves a bare surname alone when two people share it', () => {
    const r = run('Nadia Orwin said rents had doubled.\n\nPaul Orwin said the council had done nothing.\n\n"Nobody can pay this," Orwin said.');
    expect(r.speakerOf(r.quotes[2]!)?.name).not.toBe('Nadia Orwin');
    expect(r.speakerOf(r.quotes[2]!)?.name).not.toBe('Paul Orwin');
  });

  it('keeps spans true to the text', () => {
    const text = 'Prime Minister Peter Hallam met union leaders on Monday.\n\nMr Hallam said the talks had gone well.\n\nThe Greens said they were not.';
    const r = run(text);
    for (const s of r.speakers) for (const m of s.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('first-person sources', () => {
  it('does not make a group of "we all" or "we want people to"', () => {
    const text = 'We all said it could not be done.';
    expect(parseIn(text, 'We all')!.kind).toBe('self');
    const text2 = 'We want people to say the plan works.';
    expect(parseIn(text2, 'We want people to')!.kind).toBe('self');
  });
});

describe('sentence-initial determiners', () => {
  it('reads "The Greens" opening a sentence as a group', () => {
    const text = 'The Greens accuse the minister of delay. The Greens said the plan was weak.';
    const at = text.lastIndexOf('The Greens');
    expect(parseSource(text, at, at + 10)!.kind).toBe('group');
  });
});

describe('surname-only people in sports and feature copy', () => {
  it('keeps a surname as a person when the article uses he/his or "I" in their quote', () => {
    const his = 'Ferro took the second set before his serve broke. Ferro said the crowd helped.';
    const at = his.lastIndexOf('Ferro');
    expect(parseSource(his, at, at + 5)!.kind).toBe('person');
    const quote = '"I was tired at the end," said Ferro. Ferro said the crowd helped.';
    const at2 = quote.lastIndexOf('Ferro');
    expect(parseSource(quote, at2, at2 + 5)!.kind).toBe('person');
  });

  it('makes a one-word name with no person evidence a group ("Veltra said sales rose")', () => {
    const text = 'Veltra said sales rose. Shares in Veltra fell 3%.';
    expect(parseSource(text, 0, 6)!.kind).toBe('group');
  });
});

describe('group cues outweigh nearby pronouns', () => {
  it('keeps a party a group when a sentence about it mentions "he"', () => {
    const text = 'The Greens have attacked the minister. Greens said he had misled voters.';
    const at = text.lastIndexOf('Greens');
    expect(parseSource(text, at, at + 6)!.kind).toBe('group');
  });
});

describe('apposition organisations', () => {
  it('drops the possessive from an organisation after "of" ("senior adviser at Veltra\'s")', () => {
    const text = 'Sam Ode, senior adviser at Veltra\'s mobile unit, said the phones would sell.';
    const at = text.indexOf('Sam Ode');
    const end = text.indexOf(' said');
    expect(parseSource(text, at, end)).toMatchObject({ name: 'Sam Ode', organization: 'Veltra' });
  });
});

describe('name runs', () => {
  it('reads a possessive inside the run as the organisation ("Labour\'s Paul Flynn")', () => {
    const text = "Labour's Paul Flynn said the bill was flawed.";
    expect(parseSource(text, 0, text.indexOf(' said'))).toMatchObject({ kind: 'person', name: 'Paul Flynn', organization: 'Labour' });
  });

  it('reads a body ending in its suffix before a full name as the organisation ("the Lib Dems David Laws")', () => {
    const text = 'For the Green Dems Carla Moss said the budget was a gamble. Hartley Rovers Tom Fenn said the club was for sale.';
    expect(parseSource(text, 0, text.indexOf(' said'))).toMatchObject({ kind: 'person', name: 'Carla Moss', organization: 'Green Dems' });
    const at = text.indexOf('Hartley');
    expect(parseSource(text, at, text.indexOf(' said', at))).toMatchObject({ kind: 'person', name: 'Tom Fenn', organization: 'Hartley Rovers' });
  });

  it('reads "the Trade and Industry Secretary" as an unnamed office holder, not a person called Secretary', () => {
    const r = run('Fees will rise, the Trade and Industry Secretary has said. The Foreign Secretary told reporters the talks had stalled.');
    expect(r.speakers.map((s) => [s.kind, s.name])).toEqual([
      ['group', 'Trade and Industry Secretary'],
      ['group', 'Foreign Secretary'],
    ]);
    // A name after the title is still the person.
    const text = 'The Home Secretary Ruth Bell said crime was up.';
    expect(parseSource(text, 0, text.indexOf(' said'))).toMatchObject({ kind: 'person', name: 'Ruth Bell' });
  });

  it('keeps a body named by its head word, a link and what it is for ("the Organisation for Economic Co-operation and Development")', () => {
    const text = 'Growth will slow, the Institute for Fiscal Planning and Development said. The Ministry of Trade and Industry said exports rose.';
    expect(run(text).speakers.map((s) => [s.kind, s.name])).toEqual([
      ['group', 'Institute for Fiscal Planning and Development'],
      ['group', 'Ministry of Trade and Industry'],
    ]);
    // A person named after such a body is still the person.
    const person = 'Bank of Norland governor Ilse Berg said rates would hold.';
    expect(parseSource(person, 0, person.indexOf(' said'))).toMatchObject({ kind: 'person', name: 'Ilse Berg', organization: 'Bank of Norland' });
  });

  it('reads an envoy "to" a country as an unnamed office holder, not the country', () => {
    const text = "Norland's ambassador to Estovia said the talks would resume.";
    expect(parseSource(text, 0, text.indexOf(' said'))).toMatchObject({ kind: 'group', name: "Norland's ambassador to Estovia", organization: 'Estovia' });
  });

  it('an office named without a name is the one person the article gives that title ("the Foreign Secretary" -> Jack Straw)', () => {
    const r = run('Foreign Secretary Ruth Bell said the talks would resume. Later the Foreign Secretary told reporters: "We are close." Health minister Ana Ruiz said beds were short. "We need more," the minister added.');
    expect(r.speakers.filter((s) => s.kind === 'person').map((s) => s.name)).toEqual(['Ruth Bell', 'Ana Ruiz']);
    expect(r.speakers.some((s) => s.kind === 'group')).toBe(false);
    // Two ministers: "the minister" could be either, so it stays unnamed.
    const two = run('Health minister Ana Ruiz said beds were short. Transport minister Ed Pike said trains were late. "We need more," the minister added.');
    expect(two.speakers.map((s) => [s.kind, s.name])).toContainEqual(['group', 'minister']);
  });

  it('the owner of a noun cue is the source without the possessive ("Tony Blair\'s pledge")', () => {
    const text = "Prime Minister Ruth Bell's pledge was clear. The council's claim was not.";
    expect(parseSource(text, 0, text.indexOf(' pledge'))).toMatchObject({ kind: 'person', name: 'Ruth Bell', title: 'Prime Minister', mention: { start: text.indexOf('Ruth'), end: text.indexOf("'s") } });
    const at = text.indexOf('The council');
    expect(parseSource(text, at, text.indexOf(' claim'))).toMatchObject({ kind: 'group', name: 'council' });
  });

  it('names nobody with a determiner alone (a source cut short), but keeps pronouns', () => {
    const text = 'The said so. These agreed. His call was clear. He said so.';
    expect(parseSource(text, 0, 3)).toBeNull();
    expect(parseSource(text, text.indexOf('These'), text.indexOf('These') + 5)).toBeNull();
    expect(parseSource(text, text.indexOf('His'), text.indexOf('His') + 3)).toMatchObject({ kind: 'pronoun', name: 'he' });
    expect(parseSource(text, text.indexOf('He said'), text.indexOf('He said') + 2)).toMatchObject({ kind: 'pronoun', name: 'he' });
  });

  it('names nobody with a lone capitalised function word', () => {
    const text = 'Despite said the plan was sound. If said so.';
    expect(parseSource(text, 0, 7)).toBeNull();
    expect(parseSource(text, text.indexOf('If'), text.indexOf('If') + 2)).toBeNull();
  });
});

describe('AP-style appositions with age, town and state', () => {
  it('keeps "Name, 29, of Town, St.," as one source and names the person', () => {
    const r = run('Dana Ruiz, 29, of Huntsville, Ala., says her biggest worry is rent.');
    expect(r.quotes.map((q) => q.source?.text)).toEqual(['Dana Ruiz, 29, of Huntsville, Ala.,']);
    expect(r.speakers.map((s) => s.name)).toEqual(['Dana Ruiz']);
  });

  it('reads a post-quote attribution with "now 81 and retired in Town, St.,"', () => {
    const r = run('“We were lucky,” Mr. Okafor, now 81 and retired in Cambridge, Mass., said by telephone.');
    expect(r.quotes[0]!.kind).toBe('direct');
    expect(r.speakers.map((s) => s.name)).toEqual(['Okafor']);
  });

  it('still ends a sentence at a state abbreviation that closes it', () => {
    const text = 'She lives in Huntsville, Ala. She said the rent was too high.';
    expect(run(text).rows).toEqual(['indirect | - | She | said | the rent was too high']);
  });
});

describe('the organisation of a group named by its noun', () => {
  it.each([
    ['The German carmaker said sales had fallen.', 'The German carmaker'],
    ['British firms said the levy was unfair.', 'British firms'],
    ['Western diplomats said the talks had stalled.', 'Western diplomats'],
    ['Russian news agencies said the plant had closed.', 'Russian news agencies'],
    ["Mr Hallam's spokesman said the minister would not resign.", "Mr Hallam's spokesman"],
    ['Recent surveys suggest prices will keep rising.', 'Recent surveys'],
    ['Senior officials said the deal was close.', 'Senior officials'],
    ['TV pundits said the result was a shock.', 'TV pundits'],
    ['Every analyst said the merger made sense.', 'Every analyst'],
  ])('%s: where a group is from, or whose aide it is, is no organisation', (text, phrase) => {
    expect(parseIn(text, phrase)).toMatchObject({ kind: 'group', organization: null });
  });

  it.each([
    ['Pentagon officials said the drill was routine.', 'Pentagon officials', 'Pentagon'],
    ['Yarrow Mining executives said the mine would reopen.', 'Yarrow Mining executives', 'Yarrow Mining'],
    ['BBC reporters said the road was closed.', 'BBC reporters', 'BBC'],
  ])('%s: a body before the group noun is its organisation', (text, phrase, organization) => {
    expect(parseIn(text, phrase)).toMatchObject({ kind: 'group', organization });
  });
});

describe('an acronym before a group noun', () => {
  it('keeps "US" as the organisation of "the US regulator", though the lexicon reads "us" as a pronoun', () => {
    const r = run('Talks resumed on Monday. The US regulator said the rules would change.');
    expect(r.speakers.map((x) => [x.name, x.organization])).toEqual([['US regulator', 'US']]);
  });

  it('reads "US officials" opening a sentence as a group, not the pronoun "us"', () => {
    expect(parseIn('US officials said the drill was routine.', 'US officials')).toMatchObject({ kind: 'group', organization: 'US' });
    expect(run('Talks resumed on Monday. US officials said the drill was routine.').speakers.map((x) => x.name)).toEqual(['US officials']);
  });
});

describe('one record per speaker id', () => {
  it('folds a name read once as a person and once, through "who", as a group into the person', () => {
    const r = run('Kenyan 19-year-old Ada Moyo, who is seeking British citizenship, showed her raw talent as she burst through in third.');
    const ids = r.speakers.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(r.speakers.filter((s) => s.name === 'Ada Moyo').map((s) => s.kind)).toEqual(['person']);
    for (const q of r.quotes) if (q.speakerId) expect(ids).toContain(q.speakerId);
  });
});
