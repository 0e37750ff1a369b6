import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

describe('reported speech: broader frames', () => {
  it.each([
    ['The treasurer said much of the surplus had gone to road repairs.', 'indirect | treasurer | The treasurer | said | much of the surplus had gone to road repairs'],
    ['A spokeswoman asked the visiting trade minister whether the tariffs would stay.', 'indirect | spokeswoman | A spokeswoman | asked | whether the tariffs would stay'],
    ['Mayor Dana Pike said Friday during a visit to the harbor in Port Lane, Maine, that the pier would reopen.', 'indirect | Dana Pike | Mayor Dana Pike | said | the pier would reopen'],
    ['The chairman himself conceded on Tuesday that the vote had been rushed.', 'indirect | chairman himself | The chairman himself | conceded | the vote had been rushed'],
    ['The ferry service was cut twice in 2021, records show.', 'indirect | records | records | show | The ferry service was cut twice in 2021'],
  ])('%s', (text, row) => {
    expect(run(text).rows).toEqual([row]);
  });

  it('ends a statement before a second cue joined by "and", and gives that cue the same subject', () => {
    expect(run('Okafor called the budget “a fantasy” and said the council would reject it.').rows.filter((r) => r.startsWith('indirect'))).toEqual([
      'indirect | Okafor | Okafor | called | the budget “a fantasy”',
      'indirect | Okafor | Okafor | said | the council would reject it',
    ]);
  });

  it('ends a statement before "but said" and reads the second one', () => {
    expect(run('The coach said the team had trained hard but said two players were injured.').rows).toEqual([
      'indirect | coach | The coach | said | the team had trained hard',
      'indirect | coach | The coach | said | two players were injured',
    ]);
  });

  it('takes a plural collective noun as a source', () => {
    expect(run('Farm groups say the new levy will hurt small growers.').rows).toEqual(['indirect | Farm groups | Farm groups | say | the new levy will hurt small growers']);
  });

  it('keeps coordinated base forms inside the statement', () => {
    expect(run('Lopez said she would protect and defend the charter.').rows).toEqual(['indirect | Lopez | Lopez | said | she would protect and defend the charter']);
  });

  it('does not read a bare quantity without "of" as content', () => {
    expect(run('The minister said little at the briefing.').rows).toEqual([]);
  });

  it('keeps every span equal to the text it points at', () => {
    const text = 'Okafor called the budget “a fantasy” and said the council would reject it. The ferry service was cut twice in 2021, records show.';
    for (const q of run(text).quotes) {
      expect(q.text).toBe(text.slice(q.start, q.end));
      if (q.source) expect(q.source.text).toBe(text.slice(q.source.start, q.source.end));
      if (q.cue) expect(q.cue.text).toBe(text.slice(q.cue.start, q.cue.end));
    }
  });
});

describe('stance verbs: wider frames', () => {
  it.each([
    ['The union is calling for a new contract vote.', 'indirect | union | The union | is calling for | a new contract vote'],
    ['The council openly criticized the new parking rules.', 'indirect | council | The council | openly criticized | the new parking rules'],
    ['Ms. Reyes, who chairs the finance panel, criticized the pension plan.', 'indirect | Reyes | Ms. Reyes, who chairs the finance panel, | criticized | the pension plan'],
    ['The governor toured the dam and praised the repair crews.', 'indirect | governor | The governor | praised | the repair crews'],
    ['The mayor has long portrayed the stadium as a boon.', 'indirect | mayor | The mayor | has long portrayed | the stadium as a boon'],
  ])('%s', (text, row) => {
    expect(run(text).rows).toEqual([row]);
  });

  it('reads evidence verbs: regular past, a relative pronoun as source, and an aside "records show"', () => {
    expect(run('Recent surveys showed a drop in support.').rows).toEqual(['indirect | Recent surveys | Recent surveys | showed | a drop in support']);
    expect(run('The video, which showed officers chasing the man, was released on Monday.').rows).toEqual(['indirect | - | which | showed | officers chasing the man']);
    expect(run('The senator earned $2 million and, records show, did not pay the tax.').rows).toEqual(['indirect | records | records | show | did not pay the tax']);
  });

  it('does not read a passive as a stance', () => {
    expect(run('The plan was criticized in the press.').rows).toEqual([]);
  });
});

describe('headline attributions', () => {
  it('reads "Name: statement" opening a plain-text article', () => {
    expect(run('Okafor: Council will not raise bus fares this year\n\nThe council met on Monday.').rows).toEqual(['indirect | Okafor | Okafor | : | Council will not raise bus fares this year']);
  });

  it('leaves section labels, short fragments and later paragraphs alone', () => {
    expect(run('The Latest: Council votes on the bus fare plan\n\nThe council met.').rows).toEqual([]);
    expect(run('Okafor: Keep it\n\nThe council met.').rows).toEqual([]);
    expect(run('The council met.\n\nOkafor: Council will not raise bus fares this year').rows).toEqual([]);
  });
});

describe('a negative subject after the cue', () => {
  it('reads "said no decision had been made" and "said nothing has changed" as statements', () => {
    expect(run('Robert Lyle said no decision had been made.').rows).toEqual(['indirect | Robert Lyle | Robert Lyle | said | no decision had been made']);
    expect(run('The mayor said nothing has changed since March.').rows).toEqual(['indirect | mayor | The mayor | said | nothing has changed since March']);
  });

  it('still takes "said no" followed by a preposition as no statement', () => {
    expect(run('The council said no to the plan.').rows).toEqual([]);
  });
});

describe('a fronted time phrase before the clause subject', () => {
  it('is not the subject of a participle cue ("Hours later, Trump …, telling Reuters")', () => {
    expect(run('Hours later, Trump returned the compliment, telling Reuters, “He is an amazing man.”').rows).toEqual(['direct | Trump | Trump | telling | He is an amazing man.']);
    expect(run('Last week, the mayor toured the site, saying the work was late.').rows).toEqual(['indirect | mayor | the mayor | saying | the work was late']);
  });
});
