import { describe, expect, it } from 'vitest';
import { parseIn, run } from './helpers.js';

describe('speaker names: what is not part of the name', () => {
  it('leaves a day written before the name out of it ("On Monday Tony Hale said")', () => {
    const text = 'On Monday Tony Hale said the plant would close. Yesterday Ms Ortiz told reporters it would not. Tonight Sen. Ruth Bell will speak.';
    expect(parseIn(text, 'Monday Tony Hale')).toMatchObject({ kind: 'person', name: 'Tony Hale' });
    expect(parseIn(text, 'Yesterday Ms Ortiz')).toMatchObject({ kind: 'person', name: 'Ortiz', gender: 'f' });
    expect(parseIn(text, 'Tonight Sen. Ruth Bell')).toMatchObject({ kind: 'person', name: 'Ruth Bell' });
  });

  it('reads a company the lexicon knows as the company, even when its name opens with a title word', () => {
    const text = 'General Motors said sales fell 4%. General Electric said orders rose. General Wesley Hart said the base would stay open.';
    expect(parseIn(text, 'General Motors')).toMatchObject({ kind: 'group', name: 'General Motors', organization: 'General Motors' });
    expect(parseIn(text, 'General Electric')).toMatchObject({ kind: 'group', name: 'General Electric' });
    expect(parseIn(text, 'General Wesley Hart')).toMatchObject({ kind: 'person', name: 'Wesley Hart', title: 'General' });
  });

  it('takes the name after a capitalised title set off by a comma ("The Prime Minister, Tony Hale,")', () => {
    const text = 'The Prime Minister, Tony Hale, said the vote was close. The Lord Chancellor, Lord Penrose, agreed the act was unfair. The Chancellor said little.';
    expect(parseIn(text, 'The Prime Minister, Tony Hale')).toMatchObject({ kind: 'person', name: 'Tony Hale', title: 'Prime Minister' });
    expect(parseIn(text, 'The Lord Chancellor, Lord Penrose')).toMatchObject({ kind: 'person', name: 'Penrose', title: 'Lord Chancellor' });
    expect(parseIn(text, 'The Chancellor')).toMatchObject({ kind: 'group', name: 'Chancellor' });
  });

  it('still reads a name followed by its title in apposition as that name', () => {
    const text = 'Tony Hale, the Prime Minister, said the vote was close.';
    expect(parseIn(text, 'Tony Hale, the Prime Minister')).toMatchObject({ kind: 'person', name: 'Tony Hale', title: 'Prime Minister' });
  });
});

describe('speaker names: a day that is part of the name', () => {
  it('keeps "Sunday" in a newspaper\'s name, where no person or known body follows it', () => {
    const text = 'The Sunday Courier said the talks had failed. Tuesday Intel said orders were up.';
    expect(parseIn(text, 'The Sunday Courier')).toMatchObject({ name: 'Sunday Courier' });
    expect(parseIn(text, 'Tuesday Intel')).toMatchObject({ kind: 'group', name: 'Intel' });
  });
});

describe('speaker names: titles after the name, and bodies named like people', () => {
  it('reads post-nominal letters as the title, not part of the name', () => {
    const text = 'Ruth Bell MP said the bill was flawed. Alan Reeve QC told the court it was not.';
    expect(parseIn(text, 'Ruth Bell MP')).toMatchObject({ kind: 'person', name: 'Ruth Bell', title: 'MP' });
    expect(parseIn(text, 'Alan Reeve QC')).toMatchObject({ kind: 'person', name: 'Alan Reeve', title: 'QC' });
  });

  it('reads research firms, publications, prisons and the like as groups', () => {
    const text = 'Orbis Research said sales fell. Gadget Magazine said the phone was slow. Holloway Prison said the inmate was well. Marlow Wireless said nothing.';
    for (const name of ['Orbis Research', 'Gadget Magazine', 'Holloway Prison', 'Marlow Wireless']) expect(parseIn(text, name)).toMatchObject({ kind: 'group', name });
  });
});

describe('speaker names: a given name alone, written in full elsewhere', () => {
  it('completes a given name the article writes with a family name ("Paula" after "Paula Ridley")', () => {
    const r = run('Paula Ridley won the 10,000m in Helsinki on Sunday.\n\n"I was tired at the end," Paula said.');
    expect(r.speakers.map((s) => s.name)).toEqual(['Paula Ridley']);
  });

  it('takes the family name without its possessive, and leaves the name alone when two family names follow it', () => {
    const possessive = run("The board backed Anil Okafor's plan.\n\nAnil said he had not been consulted.");
    expect(possessive.speakers.map((s) => s.name)).toEqual(['Anil Okafor']);
    const two = run('Mike Reddy and Mike Tolan both ran.\n\n"It was hard," Mike said.');
    expect(two.speakers.map((s) => s.name)).toEqual(['Mike']);
  });
});

describe('speaker names: a body keeps its whole name', () => {
  it('keeps the words a person would shed as titles, and a name joined by "and" or "&"', () => {
    const text =
      'The International Maritime Fund said the loan was approved. The Securities and Exchange Board said it would act. The National Audit Office said costs rose. In January Halden Holdings said sales fell.';
    expect(parseIn(text, 'The International Maritime Fund')).toMatchObject({ kind: 'group', name: 'International Maritime Fund' });
    expect(parseIn(text, 'The Securities and Exchange Board')).toMatchObject({ kind: 'group', name: 'Securities and Exchange Board' });
    expect(parseIn(text, 'The National Audit Office')).toMatchObject({ kind: 'group', name: 'National Audit Office' });
    expect(parseIn(text, 'In January Halden Holdings')).toMatchObject({ kind: 'group', name: 'Halden Holdings' });
  });

  it('keeps mention offsets on the text', () => {
    const text = 'Shares fell after the Securities and Exchange Board said it would act.';
    const p = parseIn(text, 'the Securities and Exchange Board')!;
    expect(text.slice(p.mention.start, p.mention.end)).toBe(p.name);
  });
});

describe('speaker names: party short names', () => {
  it('reads "Lib Dems" as a group and "Lib Dem" before a name as the party, not the name', () => {
    const text = 'Lib Dems said the tax was unfair. Lib Dem Norman Baker said so too.';
    expect(parseIn(text, 'Lib Dems')).toMatchObject({ kind: 'group', name: 'Lib Dems' });
    expect(parseIn(text, 'Lib Dem Norman Baker')).toMatchObject({ kind: 'person', name: 'Norman Baker' });
  });
});

describe('speaker names: an age in place of a name', () => {
  it('resolves "the 64-year-old" to the person quoted before, like a pronoun', () => {
    const r = run('Maria Okafor told the court on Monday that she had never seen the letter.\n\nThe 64-year-old said she was relieved it was over.');
    expect(r.speakers.map((s) => [s.kind, s.name])).toEqual([['person', 'Maria Okafor']]);
    expect(r.quotes).toHaveLength(2);
    expect(r.quotes.every((q) => r.speakerOf(q)?.name === 'Maria Okafor')).toBe(true);
  });

  it('reads it as an unnamed speaker when nobody was quoted before it (not the last name printed)', () => {
    const r = run('Ada Marsh was found by a producer, Tom Reilly.\n\nThe 17-year-old singer said she would tour in 2005.');
    expect(r.speakers.map((s) => [s.kind, s.name])).toEqual([['group', '17-year-old singer']]);
  });
});

describe('title nouns that are also stance verbs', () => {
  it('reads "Olympic champion Kelly Marsh" as a title before a name, not a stance', () => {
    const r = run('Double Olympic champion Kelly Marsh has been voted athlete of the year by the federation.');
    expect(r.quotes).toEqual([]);
  });

  it('still reads "champions" as a stance with a modal or an object', () => {
    const r = run('The mayor will champion the plan at the council meeting.');
    expect(r.rows.some((row) => row.includes('champion'))).toBe(true);
  });
});

describe('lists after a label are not speech', () => {
  it('reads no quote in a line-up or a list of substitutes', () => {
    const r = run('Harfield: Moss, Okafor (Reid 76), Tallis, Brennan, Doyle.\n\nSubs Not Used: Fisk, Jarrow, Anand.');
    expect(r.quotes).toEqual([]);
  });

  it('still reads a transcript turn that speaks', () => {
    const r = run('SMITH: We are ready, we are able, and we will vote.');
    expect(r.rows.length).toBe(1);
  });
});
