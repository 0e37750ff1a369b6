import { describe, expect, it } from 'vitest';
import { run, spansHold, reported } from './helpers.js';
import { tokenize } from '../../src/quotes/tokens.js';

describe('a noun in -ly as the head of a subject', () => {
  it.each([
    ['A close ally of the governor said the budget would pass.', 'A close ally of the governor | said | the budget would pass'],
    ['The ally said the vote had been rigged.', 'The ally | said | the vote had been rigged'],
    ['A Labour ally suggested the leader would change course after the election.', 'A Labour ally | suggested | the leader would change course after the election'],
    ['The family said the hospital had ignored its complaints.', 'The family | said | the hospital had ignored its complaints'],
  ])('%s', (text, row) => {
    expect(reported(text)).toContain(row);
    spansHold(text);
  });

  it('does not take an adverb or adjective in -ly as the head', () => {
    expect(reported('The only said the plan would pass.')).toEqual([]);
    expect(reported('A friendly warning came from the mayor.')).toEqual([]);
  });
});

describe('a dated time phrase between the subject and the verb', () => {
  it.each([
    ['Ann Okafor last week said the council would appeal the ruling.', 'Ann Okafor | said | the council would appeal the ruling'],
    ['The mayor earlier this month told reporters the depot would close.', 'The mayor | told | the depot would close'],
    ['Lee on Monday night said the strike was over.', 'Lee | said | the strike was over'],
    ['Senator Ruth Hale last Thursday said the bill had enough votes.', 'Senator Ruth Hale | said | the bill had enough votes'],
    ['The governor this week criticized the pension plan.', 'The governor | criticized | the pension plan'],
  ])('%s', (text, row) => {
    expect(reported(text)).toContain(row);
    spansHold(text);
  });
});

describe('a clause with its own finite verb is no apposition of the source', () => {
  it.each([
    ['When the depot closed, its routes were taken over by other firms, said Lee.', 'Lee | said | When the depot closed, its routes were taken over by other firms'],
    ['As costs rose, the project was delayed twice, said Tom Fenn.', 'Tom Fenn | said | As costs rose, the project was delayed twice'],
  ])('%s', (text, row) => {
    expect(reported(text)).toContain(row);
    spansHold(text);
  });

  it('keeps a description whose verb sits in a relative clause', () => {
    const text = 'Ann Lee, a lawyer who was hired by the family, said the case was over.';
    expect(reported(text)).toContain('Ann Lee, a lawyer who was hired by the family, | said | the case was over');
  });

  it('keeps a description opened by a determiner', () => {
    const text = 'Tom Fenn, the harbor master, said the port would reopen on Monday.';
    expect(reported(text)).toContain('Tom Fenn, the harbor master, | said | the port would reopen on Monday');
  });
});

describe('a double hyphen read as a dash', () => {
  it('is one token that slices its own text', () => {
    const text = 'Lee -- a former mayor -- said so.';
    const toks = tokenize(text, 0, text.length);
    expect(toks.map((t) => t.text)).toEqual(['Lee', '--', 'a', 'former', 'mayor', '--', 'said', 'so', '.']);
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('keeps a single hyphen and a hyphenated word as they were', () => {
    const text = 'a well-known - plan';
    expect(tokenize(text, 0, text.length).map((t) => t.text)).toEqual(['a', 'well-known', '-', 'plan']);
  });

  it.each([
    ['A former senator -- Ruth Hale -- said the mayor offered no new ideas.', 'A former senator -- Ruth Hale | said | the mayor offered no new ideas'],
    ['A former senator -- Ruth Hale, who lost the 2010 race -- said the mayor offered no new ideas.', 'A former senator -- Ruth Hale, who lost the 2010 race | said | the mayor offered no new ideas'],
    ['The plan will fail -- and soon, the mayor said.', 'the mayor | said | The plan will fail -- and soon'],
  ])('%s', (text, row) => {
    expect(reported(text)).toContain(row);
    spansHold(text);
  });

  it('reads the same sentence written with an em dash alike', () => {
    expect(reported('A former senator — Ruth Hale — said the mayor offered no new ideas.')).toContain('A former senator — Ruth Hale | said | the mayor offered no new ideas');
  });
});

describe('a short phrase after the cue before a clause opened by a subject pronoun', () => {
  it.each([
    ['Okafor said on Twitter she would not run again.', 'Okafor | said | she would not run again'],
    ['The mayor wrote in both letters he was honored to accept the award.', 'The mayor | wrote | he was honored to accept the award'],
    ['Lee said during the interview they had reached a deal.', 'Lee | said | they had reached a deal'],
  ])('%s', (text, row) => {
    expect(reported(text)).toContain(row);
    spansHold(text);
  });

  it('does not read a clause of time after a verb with no statement as content', () => {
    expect(reported('Lee spoke at the rally before he left for Ohio.')).toEqual([]);
  });

  it('needs a finite verb after the pronoun', () => {
    expect(reported('Lee said in the car he and his aide.')).toEqual([]);
  });
});

describe('doubled apostrophes read as one quote mark', () => {
  it('is one token that slices its own text', () => {
    const text = "''We won,'' she said.";
    const toks = tokenize(text, 0, text.length);
    expect(toks.map((t) => t.text)).toEqual(["''", 'We', 'won', ',', "''", 'she', 'said', '.']);
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('keeps a single apostrophe and a possessive as they were', () => {
    const text = "the workers' pay and Lee's 'plan'";
    expect(tokenize(text, 0, text.length).map((t) => t.text)).toEqual(['the', 'workers', "'", 'pay', 'and', "Lee's", "'", 'plan', "'"]);
  });

  it.each([
    ["Senator Ann Okafor, a Republican who has met the nominee, said ''there could be'' a line he must not cross.", "Senator Ann Okafor, a Republican who has met the nominee, | said | ''there could be'' a line he must not cross"],
    ["The levy is ''deeply unfair,'' said Tom Bell, an economist at the institute.", "Tom Bell, an economist at the institute | said | The levy is ''deeply unfair,''"],
    ["The club's new course, Ms. Tanzer said, ''is a perfect example of adapting'' to the changing market.", "Ms. Tanzer | said | ''is a perfect example of adapting'' to the changing market"],
  ])('%s', (text, row) => {
    expect(reported(text)).toContain(row);
    spansHold(text);
  });

  it('reads a whole quotation in doubled apostrophes as direct speech', () => {
    const text = "''We are not leaving,'' said Ms. Ortiz.";
    expect(run(text).quotes.map((q) => [q.kind, q.source?.text, q.text])).toEqual([['direct', 'Ms. Ortiz', 'We are not leaving']]);
  });
});

describe('a time or sequence adverb between the subject and the verb', () => {
  it.each([
    ['Economists soon noted that the forecast was wrong.', 'Economists | soon noted | the forecast was wrong'],
    ['The mayor now says the depot will stay open.', 'The mayor | now says | the depot will stay open'],
    ['The council ultimately conceded that the levy had failed.', 'The council | ultimately conceded | the levy had failed'],
  ])('%s', (text, row) => {
    expect(reported(text)).toContain(row);
    spansHold(text);
  });
});

describe('a number with thousands commas is one token', () => {
  it('keeps "2,400" and "1,234,567" whole and a list of years apart', () => {
    const text = 'There are 2,400 ports, 1,234,567 crates and in 2015, 2016 a strike.';
    const toks = tokenize(text, 0, text.length).map((t) => t.text);
    expect(toks).toContain('2,400');
    expect(toks).toContain('1,234,567');
    expect(toks.slice(toks.indexOf('in'), toks.indexOf('in') + 4)).toEqual(['in', '2015', ',', '2016']);
    for (const t of tokenize(text, 0, text.length)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('does not end a reported statement at the comma of a number', () => {
    expect(reported('One survey says there are 2,400 billionaires in the world.')).toContain('One survey | says | there are 2,400 billionaires in the world');
  });
});

describe('"another" as a subject in lower case', () => {
  it.each([
    ['Yet another said the vote had been rigged.', 'another | said | the vote had been rigged'],
    ['One survey says there are 2,400 ports, while another says there are about 1,800.', 'another | says | there are about 1,800'],
  ])('%s', (text, row) => {
    expect(reported(text)).toContain(row);
    spansHold(text);
  });
});

describe('"that" as the relative pronoun of a written text', () => {
  it.each([
    ['Volunteers handed out water bottles that said, “The party welcomes you to the games.”', 'The party welcomes you to the games.'],
    ['The page was replaced by a message that said, "Sorry, the item is no longer available."', 'Sorry, the item is no longer available.'],
  ])('%s', (text, quote) => {
    const q = run(text).quotes.find((x) => x.kind === 'direct');
    expect(q?.text).toBe(quote);
    expect(q?.source?.text).toBe('that');
  });

  it('keeps "that" after a verb a complementizer', () => {
    expect(reported('Lee argued that said plan was dead.').some((r) => r.startsWith('that |'))).toBe(false);
  });
});

describe('two fronted phrases before the clause subject', () => {
  it('finds the subject after both ("On Tuesday, even as shares fell, …")', () => {
    const text = 'On Tuesday, even as shares were tumbling, Mr. Okafor wrote to investors, telling them the firm was sound.';
    expect(reported(text)).toContain('Mr. Okafor | telling | the firm was sound');
    spansHold(text);
  });

  it('still finds it after one', () => {
    expect(reported('On Tuesday, Mr. Okafor wrote to investors, telling them the firm was sound.')).toContain('Mr. Okafor | telling | the firm was sound');
  });
});

describe('a comma closing the hearer before "that"', () => {
  it('reads the clause after it as the content', () => {
    expect(reported('Okafor told Ann Lee of Radio Five, that the port would reopen.')).toContain('Okafor | told | the port would reopen');
  });
});

describe('a document owned by a name as the subject', () => {
  it.each([
    ["Okafor's new financial form stated that his income doubled.", "Okafor's new financial form | stated | his income doubled"],
    ["The union's lawsuit alleges that the vote was rigged.", "The union's lawsuit | alleges | the vote was rigged"],
  ])('%s', (text, row) => {
    expect(reported(text)).toContain(row);
    spansHold(text);
  });
});
