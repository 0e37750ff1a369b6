import { describe, expect, it } from 'vitest';
import { parseIn, run, spansHold } from './helpers.js';

describe('a full name before "at/of/from" and a body is the person, the body their organisation', () => {
  const cases: Array<[string, string, string, string | null, string]> = [
    ['"Prices will rise," said Karen Holloway at Brightline Bank.', 'Karen Holloway at Brightline Bank', 'Karen Holloway', null, 'Brightline Bank'],
    ['"Demand is weak," said aviation analyst Peter Munro of Castlegate Securities.', 'aviation analyst Peter Munro of Castlegate Securities', 'Peter Munro', 'aviation analyst', 'Castlegate Securities'],
    ['"It was a surprise," said David Okafor from the Campaign for Clean Rivers.', 'David Okafor from the Campaign for Clean Rivers', 'David Okafor', null, 'Campaign for Clean Rivers'],
    ['"Rates will stay put," said Laura Benn of Harrow Partners in Chicago.', 'Laura Benn of Harrow Partners in Chicago', 'Laura Benn', null, 'Harrow Partners'],
    ['"Users want it," says Sarah Quill of software firm Northgate Data.', 'Sarah Quill of software firm Northgate Data', 'Sarah Quill', null, 'Northgate Data'],
    ['"The figures are poor," said economist Tomas Rieger at Ostbank.', 'economist Tomas Rieger at Ostbank', 'Tomas Rieger', 'economist', 'Ostbank'],
  ];
  it.each(cases)('%s', (text, phrase, name, title, organization) => {
    expect(parseIn(text, phrase)).toMatchObject({ kind: 'person', name, title, organization });
  });

  it('keeps a name written with a possessive "s" whole when nothing follows it', () => {
    const text = '"Growth is slowing," said Mark Ellery of Standard & Poor\'s in London.';
    expect(parseIn(text, "Mark Ellery of Standard & Poor's in London")).toMatchObject({ name: 'Mark Ellery', organization: "Standard & Poor's" });
  });

  it('leaves bodies and offices named with "of" alone', () => {
    const text = 'The Bank of Lorland said rates would rise. The Secretary of State said so too. Friends of the Marsh said no.';
    expect(parseIn(text, 'The Bank of Lorland')).toMatchObject({ kind: 'group' });
    expect(parseIn(text, 'Friends of the Marsh')).toMatchObject({ kind: 'group' });
    expect(parseIn(text, 'a spokesman for Mr Hallam')).toBeNull();
  });

  it('still reads "a spokesman for Mr X" as the spokesman', () => {
    const text = 'A spokesman for Mr Hallam said the claims were false.';
    expect(parseIn(text, 'A spokesman for Mr Hallam')).toMatchObject({ kind: 'group' });
  });

  it('joins the later surname mention to the person', () => {
    const text = '"Sales fell," said Karen Holloway at Brightline Bank.\n\nMs Holloway said the trend would last.';
    const { speakers } = run(text);
    const karen = speakers.find((s) => s.name === 'Karen Holloway');
    expect(karen).toMatchObject({ organization: 'Brightline Bank' });
    expect(karen!.mentions.map((m) => m.text)).toEqual(['Karen Holloway', 'Holloway']);
    spansHold(text);
  });
});

describe('one letter or digit in quote marks is a label, not a quote', () => {
  it('drops a quoted letter without attribution', () => {
    const text = 'The directive is listed as an "A" item and cannot be debated. The broker sent a "B" quote to the insurer.';
    expect(run(text).quotes.map((q) => q.text)).toEqual([]);
  });

  it('keeps a one-word quote with its speaker, and longer scare quotes', () => {
    const text = 'Asked which plan she backed, Ms Ortiz said: "B." The council called it a "fair" deal.';
    const texts = run(text).quotes.map((q) => q.text);
    expect(texts).toContain('B.');
    expect(texts).toContain('fair');
  });
});

describe('one or two quoted words listed after another quote of the sentence are terms, not statements', () => {
  it('reads the items of a list of quoted terms as partial quotes', () => {
    const text = '"We will fight this," Ms. Ortiz said.\n\nThe review searched for words such as "audit," "refund," "levy" and "tax break."';
    const kinds = run(text).quotes.map((q) => `${q.kind}:${q.text}`);
    expect(kinds).toEqual(['direct:We will fight this', 'partial:audit', 'partial:refund', 'partial:levy', 'partial:tax break.']);
    expect(kinds.filter((k) => k.startsWith('direct:'))).toHaveLength(1);
  });

  it('keeps a short quote with its own attribution direct', () => {
    const text = '"Never," she said. "Not again," he replied.';
    expect(run(text).quotes.filter((q) => q.kind === 'direct').map((q) => q.text)).toEqual(['Never', 'Not again']);
  });
});

describe('a statement inside the attribution of a direct quote does not take over its speaker for the quotes after it', () => {
  it('keeps the quote’s own cue for a floating quote after a relative clause on the speaker', () => {
    const text = '"The race has been a spectacle," said Ann Lee, a lecturer in Leeds who likened the campaign to a circus. "I watch every debate."';
    const r = run(text);
    const floating = r.quotes.find((q) => q.text.startsWith('I watch'))!;
    expect(floating.kind).toBe('direct');
    expect(floating.cue?.text).toBe('said');
    expect(r.speakerOf(floating)?.name).toBe('Ann Lee');
  });

  it('keeps it after a participle clause of the same sentence', () => {
    const text = '"They will use anything," Mr. Hale said, mocking the new rules. "These are not careful people."';
    const floating = run(text).quotes.find((q) => q.text.startsWith('These are'))!;
    expect(floating.cue?.text).toBe('said');
  });
});

describe('a participle cue after a partial quote takes the subject that opens the sentence', () => {
  it('gives "adding, “…”" the speaker of the sentence', () => {
    const text = 'The mayor said the plan was “reckless,” adding, “We will fight it.”';
    const r = run(text);
    const q = r.quotes.find((x) => x.kind === 'direct')!;
    expect(q.cue?.text).toBe('adding');
    expect(q.source?.text).toBe('The mayor');
    spansHold(text);
  });
});

describe('a participle cue after a preposition speaks for the subject of its clause', () => {
  it.each([
    ['On Tuesday, Mr. Hale deflected questions about the budget before saying, “It is time to move on.”', 'Mr. Hale'],
    ['Ms. Ortiz drew boos upon saying, “The council heard you.”', 'Ms. Ortiz'],
    ['He explained the decision by saying: “We had no choice.”', 'He'],
  ])('%s', (text, source) => {
    const q = run(text).quotes.find((x) => x.kind === 'direct')!;
    expect(q.source?.text).toBe(source);
    spansHold(text);
  });
});

describe('a fronted phrase opened by an adverb and a preposition is no subject', () => {
  it('finds the subject after "Shortly after …,"', () => {
    const text = 'Shortly after collecting the trophy, Ms. Ortiz thanked the crowd and closed by saying: “Thanks for having me.”';
    const q = run(text).quotes.find((x) => x.kind === 'direct')!;
    expect(q.source?.text).toBe('Ms. Ortiz');
  });

  it('gives a group opened by a hedge no organisation', () => {
    const text = 'Nearly half those pupils polled said they felt safe.';
    const r = run(text);
    expect(r.speakerOf(r.quotes[0]!)?.organization ?? null).toBeNull();
  });
});

describe('what an elected member sits for', () => {
  it('keeps the seat in the title, not as the organisation', () => {
    const text = 'David Moss, MP for Eastbrook, said the plan was wrong. Carla Ruiz, spokeswoman for the Port Authority, said it was fair.';
    expect(parseIn(text, 'David Moss, MP for Eastbrook,')).toMatchObject({ name: 'David Moss', title: 'MP for Eastbrook', organization: null });
    expect(parseIn(text, 'Carla Ruiz, spokeswoman for the Port Authority,')).toMatchObject({ title: 'spokeswoman', organization: 'Port Authority' });
  });
});

describe('a capitalised modifier opening a title', () => {
  it('stays in the title and out of the organisation', () => {
    const text = 'Newly-crowned Australian Open champion Marat Safin said he was delighted.';
    expect(parseIn(text, 'Newly-crowned Australian Open champion Marat Safin')).toMatchObject({ title: 'Newly-crowned Australian Open champion', organization: 'Australian Open' });
  });
});

describe('an age before an appositive title', () => {
  it('is no part of the title', () => {
    const text = 'Robert Dunn, 58, MP for Eastbrook, said he would stand down.';
    expect(parseIn(text, 'Robert Dunn, 58, MP for Eastbrook,')).toMatchObject({ name: 'Robert Dunn', title: 'MP for Eastbrook' });
  });
});
