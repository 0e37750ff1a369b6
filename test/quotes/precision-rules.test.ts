import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

describe('stance words that are as often nouns', () => {
  it('does not read "attacks" in a noun phrase as a stance', () => {
    expect(run('The coordinated attacks in the capital killed nine people.').rows).toEqual([]);
  });

  it('does not read a compound like "email server" as a stance', () => {
    expect(run('The agency reviewed the email server for weeks.').rows).toEqual([]);
  });

  it('still reads the verb when an object follows', () => {
    expect(run('The mayor attacks the council for its delays.').rows).toEqual(['indirect | mayor | The mayor | attacks | the council for its delays']);
  });
});

describe('sources and contents of survey reports', () => {
  it('takes "those surveyed" as a source', () => {
    const q = run('Again, those surveyed said the governor was best able to handle the issue.').quotes;
    expect(q.map((x) => [x.source?.text, x.cue?.text, x.text])).toEqual([['those surveyed', 'said', 'the governor was best able to handle the issue']]);
  });

  it('reads content opening with "more than" and a number', () => {
    expect(run('Aides said more than 40,000 donors gave to the campaign.').rows).toEqual(['indirect | Aides | Aides | said | more than 40,000 donors gave to the campaign']);
  });
});

describe('headlines with a speaker label', () => {
  it('reads a title-case headline paragraph further down the article', () => {
    const r = run('The council met on Monday.\n\nRosa Vega: Harbor Tax Will Hurt Small Fishing Crews\n\nOther business followed.');
    expect(r.rows).toEqual(['indirect | Rosa Vega | Rosa Vega | : | Harbor Tax Will Hurt Small Fishing Crews']);
  });

  it('reads an acronym as a headline label', () => {
    const r = run('AP Poll: Voters Doubt Both Candidates On Trade\n\nThe poll was taken last week.');
    expect(r.rows[0]).toBe('indirect | AP Poll | AP Poll | : | Voters Doubt Both Candidates On Trade');
  });

  it('leaves an ordinary sentence with a colon alone', () => {
    expect(run('The council met on Monday.\n\nThe plan is simple: build more piers.').rows).toEqual([]);
  });
});

describe('requests and questions', () => {
  const rowsOf = (text: string) => run(text).quotes.map((q) => [q.source?.text ?? null, q.cue?.text ?? null, q.text]);

  it('keeps the one asked to act in the content of "asked X to …", not a fronted phrase', () => {
    expect(rowsOf('During the morning service, the pastor asked the congregation to stand for a minute of silence.')).toEqual([
      ['the pastor', 'asked', 'the congregation to stand for a minute of silence'],
    ]);
  });

  it('reads "asked for" as one cue', () => {
    expect(rowsOf('At one point, a voter asked for a photo with the candidate.')).toEqual([['a voter', 'asked for', 'a photo with the candidate']]);
  });

  it('reads the topic of "asked X about …" as content', () => {
    expect(rowsOf('The radio host asked the governor about remarks he had made the night before.')).toEqual([
      ['The radio host', 'asked', 'about remarks he had made the night before'],
    ]);
  });

  it('leaves the hearer of "told reporters that" out of the content', () => {
    expect(rowsOf('The mayor told reporters that the pier would reopen.')).toEqual([['The mayor', 'told', 'the pier would reopen']]);
  });
});

describe('naming participles', () => {
  it('does not read "a group called X" as a stance', () => {
    expect(run('She founded a group called Parents for Safer Streets last year.').rows).toEqual([]);
  });

  it('still reads "called X a liar" after a definite subject', () => {
    expect(run('The senator called Ortiz a liar.').quotes.map((q) => q.text)).toEqual(['Ortiz a liar']);
  });
});

describe('inverted sources with a closing apposition', () => {
  it('keeps a relative clause closing the sentence in the inverted source', () => {
    const q = run('The pier will reopen in May, said Ana Ruiz, who chairs the harbor board.').quotes;
    expect(q.map((x) => [x.source?.text, x.cue?.text, x.text])).toEqual([['Ana Ruiz, who chairs the harbor board', 'said', 'The pier will reopen in May']]);
  });

  it('does not take a second attribution after the comma as an apposition', () => {
    const q = run('The pier will reopen in May, said Ana Ruiz, who told the board it was safe.').quotes;
    expect(q.every((x) => x.source?.text !== 'Ana Ruiz, who told the board it was safe')).toBe(true);
  });
});

describe('quoted headlines', () => {
  it('reads a headline whose words are one quotation as a direct quote without the marks', () => {
    const text = 'The race tightened.\n\nOrtiz: ‘We Will Win Every County In The State.’\n\nThe rally drew a crowd.';
    const r = run(text);
    expect(r.rows).toEqual(['direct | Ortiz | Ortiz | : | We Will Win Every County In The State.']);
    const q = r.quotes[0]!;
    expect(text.slice(q.start, q.end)).toBe(q.text);
  });
});

describe('a title phrase before a name set off by commas', () => {
  it('opens the source after a quote and leaves the name as the speaker', () => {
    const r = run('“The budget is balanced,” the mayor’s press secretary, Ana Ruiz, said.');
    expect(r.rows).toEqual(['direct | Ana Ruiz | the mayor’s press secretary, Ana Ruiz | said | The budget is balanced']);
  });
});

describe('whole quotations inside a longer sentence', () => {
  it('keeps a capitalised quotation ending in its own punctuation direct when the sentence goes on', () => {
    const r = run('As the mayor spoke, the crowd chanted, “Build the pier!” as it had all week.');
    expect(r.quotes.filter((q) => q.kind === 'direct').map((q) => [q.source?.text, q.cue?.text, q.text])).toEqual([['the crowd', 'chanted', 'Build the pier!']]);
  });

  it('leaves a lower-case fragment partial', () => {
    const r = run('The mayor called the plan “a slow disaster” on Monday.');
    expect(r.quotes.some((q) => q.kind === 'direct')).toBe(false);
  });
});

describe('phrasal stance verbs', () => {
  const rowsOf = (text: string) => run(text).quotes.map((q) => [q.source?.text ?? null, q.cue?.text ?? null, q.text]);

  it.each([
    ['The union voted against the harbor levy.', ['The union', 'voted against', 'the harbor levy']],
    ['The mayor joked about the weather.', ['The mayor', 'joked about', 'the weather']],
    ['The governor took aim at the council budget.', ['The governor', 'took aim at', 'the council budget']],
    ['Okafor lashed out at the board.', ['Okafor', 'lashed out at', 'the board']],
    ['Two senators sided with the mayor.', ['Two senators', 'sided with', 'the mayor']],
    ['The treasurer complained that the audit was late.', ['The treasurer', 'complained that', 'the audit was late']],
  ])('%s', (text, row) => {
    expect(rowsOf(text)).toEqual([row]);
  });
});

describe('source noun phrases', () => {
  const rowsOf = (text: string) => run(text).quotes.map((q) => [q.source?.text ?? null, q.cue?.text ?? null, q.text]);

  it('keeps a role set before a name by a comma in the source, and the name as the speaker', () => {
    const r = run("The mayor's attorney, Tom Coan, argued that the permit was valid.");
    expect(r.rows).toEqual(["indirect | Tom Coan | The mayor's attorney, Tom Coan | argued | the permit was valid"]);
  });

  it('does not take a fronted phrase before a name as a role', () => {
    expect(rowsOf('In an interview, Tom Coan said the permit was valid.')).toEqual([['Tom Coan', 'said', 'the permit was valid']]);
  });

  it('keeps adjectives such as "new" and a slash inside an evidence source', () => {
    expect(rowsOf('A new ABC/Ipsos poll shows the mayor ahead.')).toEqual([['A new ABC/Ipsos poll', 'shows', 'the mayor ahead']]);
  });
});

describe('negated stances and demonstrative subjects', () => {
  const rowsOf = (text: string) => run(text).quotes.map((q) => [q.source?.text ?? null, q.cue?.text ?? null, q.text]);

  it('reads a negated stance with its auxiliary in the cue', () => {
    expect(rowsOf('The senator did not endorse the harbor plan.')).toEqual([['The senator', 'did not endorse', 'the harbor plan']]);
    expect(rowsOf("The governor hasn't endorsed her.")).toEqual([['The governor', "hasn't endorsed", 'her']]);
  });

  it('leaves a negated passive alone', () => {
    expect(rowsOf('The plan was not endorsed by the board.')).toEqual([]);
  });

  it('reads a demonstrative subject with its own verb after a bare complement verb', () => {
    expect(rowsOf('Economists believe this provides an incentive to hire.')).toEqual([['Economists', 'believe', 'this provides an incentive to hire']]);
  });

  it('does not read "said this week" as content', () => {
    expect(rowsOf('The mayor said this week.')).toEqual([]);
  });
});

describe('asides around the cue', () => {
  const rowsOf = (text: string) => run(text).quotes.map((q) => [q.source?.text ?? null, q.cue?.text ?? null, q.text]);

  it('keeps an aside between dashes after the subject in the source', () => {
    expect(rowsOf('Farmers — and some shop owners — say the new levy will hurt trade.')).toEqual([['Farmers — and some shop owners', 'say', 'the new levy will hurt trade']]);
  });

  it('reads past a quoted programme title between the verb and "that"', () => {
    const q = run('Ortiz said on WXYZ’s “Morning Hour” that the pier would reopen.').quotes.filter((x) => x.kind === 'indirect');
    expect(q.map((x) => [x.source?.text, x.cue?.text, x.text])).toEqual([['Ortiz', 'said', 'the pier would reopen']]);
  });
});

describe('"according to" inside and after a statement', () => {
  const rowsOf = (text: string) => run(text).quotes.map((q) => [q.source?.text ?? null, q.cue?.text ?? null, q.text]);

  it('reads a statement interrupted by "according to X" as two parts of one attribution', () => {
    expect(rowsOf('One option under study, according to two council aides, is to close the pier for a year.')).toEqual([
      ['two council aides', 'according to', 'One option under study'],
      ['two council aides', 'according to', 'is to close the pier for a year'],
    ]);
  });

  it('leaves a relative clause after the name out of the source', () => {
    expect(rowsOf('The pier was never inspected, according to Ana Ruiz, who led the inquiry.')).toEqual([['Ana Ruiz', 'according to', 'The pier was never inspected']]);
  });
});

describe('intentions with an infinitive', () => {
  const rowsOf = (text: string) => run(text).quotes.map((q) => [q.source?.text ?? null, q.cue?.text ?? null, q.text]);

  it('reads "looking to" and "hoping to" as intentions', () => {
    expect(rowsOf('The council is looking to expand the harbor.')).toEqual([['The council', 'is looking', 'to expand the harbor']]);
    expect(rowsOf('The mayor was hoping to win a third term.')).toEqual([['The mayor', 'was hoping', 'to win a third term']]);
  });

  it('leaves "looking at" alone', () => {
    expect(rowsOf('She is looking at the plan.')).toEqual([]);
  });
});

describe('a cue word after a determiner and a modifier is a noun', () => {
  it.each([
    'The target was set when the government extended its second offer guarantee scheme.',
    'The bank is weighing an improved offer from a rival exchange.',
    'She was named the best supporting actress at the awards.',
    "The network said the new show would start in February, and its latest release sold well.",
  ])('%s', (text) => {
    const cues = run(text).quotes.map((q) => q.cue?.text);
    expect(cues.filter((c) => c && /offer|supporting|show|release/.test(c))).toEqual([]);
  });

  it('keeps the verb after a noun phrase that only looks like one, and after a fraction', () => {
    expect(run('But the public wants results, and it wants them soon.').quotes.map((q) => q.cue?.text)).toContain('wants');
    expect(run('Less than a third agreed with the president that taxes must rise.').quotes.map((q) => q.source?.text)).toContain('Less than a third');
  });
});
