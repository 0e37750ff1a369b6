import { describe, expect, it } from 'vitest';
import { run, spansHold, reported } from './helpers.js';

describe('a preposition right after a stance verb joins the cue', () => {
  it.each([
    ['The senator railed about the cost of the new bridge.', 'The senator | railed about | the cost of the new bridge'],
    ['Most residents approve of the plan to widen the harbor road.', 'Most residents | approve of | the plan to widen the harbor road'],
    ['The nurses pleaded for calm.', 'The nurses | pleaded for | calm'],
    ['The mayor mused about a run for governor.', 'The mayor | mused about | a run for governor'],
    ['The union railed against the closure of the depot.', 'The union | railed against | the closure of the depot'],
  ])('%s', (text, row) => {
    expect(reported(text)).toContain(row);
    spansHold(text);
  });

  it('leaves "about" before a quantity in the content', () => {
    expect(reported('Analysts see about half of the budget going to roads.')).toEqual(['Analysts | see | about half of the budget going to roads']);
  });

  it('keeps the cue a slice of the text', () => {
    const text = 'The senator railed about the cost of the new bridge.';
    const q = run(text).quotes[0]!;
    expect(q.cue!.text).toBe(text.slice(q.cue!.start, q.cue!.end));
    expect(q.cue!.end).toBeLessThanOrEqual(q.start);
  });
});

describe('the words before an attribution set off by commas in front of a quote going on in lower case', () => {
  const parts = (text: string): string[] => {
    const { quotes } = run(text);
    const cue = quotes.find((q) => q.kind === 'direct')?.cue;
    return quotes.filter((q) => cue && q.cue?.start === cue.start).map((q) => `${q.kind} | ${q.source?.text ?? '-'} | ${q.cue?.text ?? '-'} | ${q.text}`);
  };

  it.each([
    ['A slower economy, the minister said, “could be a good time to borrow for new roads.”', ['indirect | the minister | said | A slower economy', 'direct | the minister | said | could be a good time to borrow for new roads.']],
    ['If the levy fails, Okafor said, “we start again in the spring.”', ['indirect | Okafor | said | If the levy fails', 'direct | Okafor | said | we start again in the spring.']],
    ['The ferry terminal was empty, she added, “but the cafes were full.”', ['indirect | she | added | The ferry terminal was empty', 'direct | she | added | but the cafes were full.']],
  ])('%s', (text, rows) => {
    expect(parts(text)).toEqual(rows);
    spansHold(text);
  });

  it('leaves a fronted adjunct before a capitalised quote to the writer', () => {
    expect(parts('Asked about the vote, the mayor said, “We lost and we know why.”')).toEqual(['direct | the mayor | said | We lost and we know why.']);
  });

  it('leaves a lone conjunction and a lead with its own verb of saying out', () => {
    expect(parts('But, he said, “the harbor will reopen.”')).toEqual(['direct | he | said | the harbor will reopen.']);
    expect(parts('Critics said the plan was costly and, the mayor said, “far too slow.”').filter((r) => r.startsWith('indirect'))).toEqual([]);
  });
});

describe('a sum of money opening a stance object', () => {
  it.each([
    ['The mayor calls for $40 million in new spending on the harbor.', 'The mayor | calls for | $40 million in new spending on the harbor'],
    ['The union is proposing £2 billion in rail investment over five years.', 'The union | is proposing | £2 billion in rail investment over five years'],
  ])('%s', (text, row) => {
    expect(reported(text)).toEqual([row]);
    spansHold(text);
  });

  it('does not read a lone currency sign as an object', () => {
    expect(reported('The mayor calls for $ signs to be removed.')).toEqual([]);
  });
});

describe('a demonstrative opening the sentence before a noun subject of a stance', () => {
  it.each([
    ['This initiative called for the closure of the coal plant by 2030.', 'This initiative | called for | the closure of the coal plant by 2030'],
    ['Those growers have blamed the drought for the poor harvest.', 'Those growers | have blamed | the drought for the poor harvest'],
  ])('%s', (text, row) => {
    expect(reported(text)).toEqual([row]);
    spansHold(text);
  });

  it('does not read a time phrase or a pronoun subject as a demonstrative subject', () => {
    expect(reported('This week criticized the plan as costly.')).toEqual([]);
    expect(reported('That quote referencing the levy was wrong.').some((r) => r.startsWith('That quote'))).toBe(false);
  });
});

describe('a participle between a count or determiner and a plural noun is an adjective', () => {
  it.each([
    'The win hands her a majority of the state’s 20 pledged delegates.',
    'The figures include pledged delegates and superdelegates.',
    'Her five proposed bills died in committee.',
  ])('%s', (text) => {
    expect(run(text).quotes).toEqual([]);
  });

  it('still reads the verb with its object', () => {
    expect(reported('The mayor pledged changes to the ferry timetable.')).toEqual(['The mayor | pledged | changes to the ferry timetable']);
  });
});

describe('a hearer, place or time phrase before "that" stays out of the content', () => {
  it.each([
    ['The mayor reminded voters that the ferry fare had not risen in a decade.', 'The mayor | reminded | the ferry fare had not risen in a decade'],
    ['Okafor assured Ruiz that the depot would stay open.', 'Okafor | assured | the depot would stay open'],
    ['The governor made it clear to lawmakers on Monday that she would veto the bill.', 'The governor | made it clear | she would veto the bill'],
  ])('%s', (text, row) => {
    expect(reported(text)).toEqual([row]);
    spansHold(text);
  });

  it('keeps a noun of content before "that" and a name opening the clause after a verb of saying', () => {
    expect(reported('The council rejected the notion that the levy was unfair.')).toEqual(['The council | rejected | the notion that the levy was unfair']);
    expect(reported('Lee said Ruiz reassured them that the talks would go on.')).toEqual(['Lee | said | Ruiz reassured them that the talks would go on']);
    expect(reported('Asked about the mayor’s claim that the depot would close, Okafor said nothing.').some((r) => r.endsWith('| the depot would close'))).toBe(false);
  });
});

describe('a written text quoted after "read(s)/reading"', () => {
  const direct = (text: string): string[] => run(text).quotes.filter((q) => q.kind === 'direct').map((q) => `${q.source?.text ?? '-'} | ${q.cue?.text ?? '-'} | ${q.text}`);
  it.each([
    ['Protesters carried signs reading “No more tolls” outside the town hall.', 'signs | reading | No more tolls'],
    ['The mayor posted a message on Twitter reading “Thank you, Leeds” after the count.', 'a message | reading | Thank you, Leeds'],
    ['At the bottom of the flyer it reads, “Vote early, vote local.”', 'it | reads | Vote early, vote local.'],
    ['He wore a hat reading, “Harbor First” at the rally.', 'a hat | reading | Harbor First'],
  ])('%s', (text, row) => {
    expect(direct(text)).toEqual([row]);
    spansHold(text);
  });

  it('leaves a title after "read" as a partial quote', () => {
    expect(direct('She has read “War and Peace” twice.')).toEqual([]);
  });
});

describe('a short title in quote marks closing an apposition of the source', () => {
  it.each([
    ['Ann Ruiz, host of Radio Leeds’s “Morning Call,” said the ferry fare would rise.', 'Ann Ruiz, host of Radio Leeds’s “Morning Call, | said | the ferry fare would rise'],
    ['Tom Fenn, the hacker known as “Ghost,” stated that he had access to the server.', 'Tom Fenn, the hacker known as “Ghost, | stated | he had access to the server'],
  ])('%s', (text, row) => {
    expect(reported(text)).toEqual([row]);
    spansHold(text);
  });

  it('keeps the title a partial quote of its own and names the speaker', () => {
    const text = 'Ann Ruiz, host of Radio Leeds’s “Morning Call,” said the ferry fare would rise.';
    const r = run(text);
    expect(r.quotes.some((q) => q.kind === 'partial' && q.text === 'Morning Call')).toBe(true);
    expect(r.speakerOf(r.quotes.find((q) => q.kind === 'indirect')!)?.name).toBe('Ann Ruiz');
  });

  it('leaves a title after a place phrase or a clause alone', () => {
    expect(reported('Sunday, on Radio Leeds’s “Morning Call,” while discussing the levy, Ann Ruiz said it would pass.').filter((r) => r.includes('Morning Call'))).toEqual([]);
  });
});

describe('an aside set off by dashes between a cue and "that"', () => {
  it.each([
    ['The mayor said — on the radio, as it happens — that the ferry would run all winter.', 'The mayor | said | the ferry would run all winter'],
    ['Okafor argued - in one long sentence - that the levy was unfair.', 'Okafor | argued | the levy was unfair'],
  ])('%s', (text, row) => {
    expect(reported(text)).toEqual([row]);
    spansHold(text);
  });

  it('needs "that" and a clause after the closing dash', () => {
    expect(reported('The mayor said — on the radio — nothing at all.')).toEqual([]);
  });
});

describe('a participle phrase about a document set off by commas in the subject', () => {
  it.each([
    ['A projection by the consulting firm, prepared for the port authority, predicted that cargo would fall.', 'A projection by the consulting firm, prepared for the port authority, | predicted | cargo would fall'],
    ['The audit, written by two economists, found that the levy had raised less than promised.', 'The audit, written by two economists | found | the levy had raised less than promised'],
  ])('%s', (text, row) => {
    expect(reported(text)).toEqual([row]);
    spansHold(text);
  });
});

describe('a relative clause after "according to X,"', () => {
  it('belongs to the source; the statement is the clause before', () => {
    const text = 'The levy broke the law, according to Ann Lee, who led the inquiry.';
    expect(reported(text)).toEqual(['Ann Lee | according to | The levy broke the law']);
    spansHold(text);
  });

  it('still reads a statement opened after a fronted "according to X,"', () => {
    expect(reported('According to Ann Lee, the levy broke the law.')).toEqual(['Ann Lee | According to | the levy broke the law']);
  });
});

describe('"Asked" with a place or occasion phrase before the question', () => {
  it.each([
    ['Asked during a radio debate why she trailed so badly, Okafor blamed the weather.', '- | Asked | why she trailed so badly'],
    ['Asked at a briefing Monday about the levy, the mayor said it would pass.', '- | Asked | about the levy'],
    ['When asked at the conference about the merger, she defended it.', '- | asked | about the merger'],
  ])('%s', (text, row) => {
    expect(reported(text)).toContain(row);
    spansHold(text);
  });

  it('needs the question to open within a few words', () => {
    expect(reported('Asked at a long and rather tense briefing with the port board, she smiled.')).toEqual([]);
  });
});

describe('an evidence noun with common-noun modifiers closing the sentence', () => {
  it.each([
    ['Most of the money arrived in March, new fundraising reports show.', 'new fundraising reports | show | Most of the money arrived in March'],
    ['The charity paid no tax for a decade, court and company records show.', 'court and company records | show | The charity paid no tax for a decade'],
    ['Federal court filings show the firm owed $2 million.', 'Federal court filings | show | the firm owed $2 million'],
  ])('%s', (text, row) => {
    expect(reported(text)).toEqual([row]);
    spansHold(text);
  });

  it('does not take a verb or a clause for a modifier', () => {
    expect(reported('The ferry was late, as the timetables show.')).not.toContain('as the timetables | show | The ferry was late');
  });
});

describe('a participle aside in the subject ends before the main verb of judgement', () => {
  it('splits the participle stance from the main clause', () => {
    const rows = reported('The mayor, echoing the governor, called on drivers to stay home.');
    expect(rows).toContain('The mayor | echoing | the governor');
    expect(rows.some((r) => r.includes('echoing | the governor, called'))).toBe(false);
  });

  it('keeps a participle that describes the object', () => {
    expect(reported('Lee criticized the plan, described by critics as costly, in a long speech.').some((r) => r.includes('described by critics'))).toBe(true);
  });
});

describe('a prepositional aside between commas right after a stance verb', () => {
  it.each([
    ['The auditor described, in blunt terms, a set of practices that left the port exposed.', 'The auditor | described | a set of practices that left the port exposed'],
    ['I understood, for the first time, the cost of the levy.', 'I | understood | the cost of the levy'],
  ])('%s', (text, row) => {
    expect(reported(text)).toEqual([row]);
    spansHold(text);
  });

  it('needs a short phrase with no verb', () => {
    expect(reported('The auditor described, in what she called blunt terms, a set of practices.').filter((r) => r.startsWith('The auditor'))).toEqual([]);
  });
});

describe('a time phrase between an aside in the subject and a stance verb', () => {
  it.each([
    ['Ann Lee, a former mayor, on Friday criticized the ferry plan.', 'Ann Lee, a former mayor | criticized | the ferry plan'],
    ['The union, which represents dock workers, last week rejected the offer.', 'The union, which represents dock workers | rejected | the offer'],
  ])('%s', (text, row) => {
    expect(reported(text)).toEqual([row]);
    spansHold(text);
  });
});

describe('a statement after "that" opening with a quote mark, and a dateline with a horizontal bar', () => {
  it('reads the statement that opens with a quote mark after "that"', () => {
    const text = 'The port authority says on its website that “the ferry will run all winter.”';
    const row = reported(text)[0]!;
    expect(row.startsWith('The port authority | says | ')).toBe(true);
    expect(row).toContain('the ferry will run all winter');
    spansHold(text);
  });

  it('leaves a wire dateline written with a horizontal bar out of the statement', () => {
    expect(reported('LEEDS ― The levy is an insult to every driver, local councillors said Friday.')).toEqual(['local councillors | said | The levy is an insult to every driver']);
  });
});

describe('a conjunction inside the prepositional phrase of a plural subject', () => {
  it.each([
    ['Experts on China and port security said the new levy could backfire.', 'Experts on China and port security | said | the new levy could backfire'],
    ['Observers in Leeds and around the region say the vote will be close.', 'Observers in Leeds and around the region | say | the vote will be close'],
  ])('%s', (text, row) => {
    expect(reported(text)).toEqual([row]);
    spansHold(text);
  });
});
