import { describe, expect, it } from 'vitest';
import { endBeforeTrailingAdverbial } from '../../src/quotes/content-bounds.js';
import { tokenize } from '../../src/quotes/tokens.js';
import { run, spansHold } from './helpers.js';

/** The object left once a trailing adverbial is cut, for the words from `object` to the end of `text`. */
function cut(text: string, object: string): string {
  const tokens = tokenize(text, 0, text.length);
  const from = tokens.findIndex((t) => t.start === text.indexOf(object));
  const end = text.replace(/[.]$/, '').length;
  return text.slice(tokens[from]!.start, endBeforeTrailingAdverbial(tokens, from, end, tokens.length, () => false));
}

describe("a stance's noun-phrase object ends before a trailing time, occasion or circumstance", () => {
  const cases: Array<[string, string, string]> = [
    ['The mayor endorsed Dana Whitfield on Thursday.', 'Dana Whitfield', 'Dana Whitfield'],
    ['The union backed the proposal in early June.', 'the proposal', 'the proposal'],
    ['Ms. Ortiz announced her candidacy in March 2019.', 'her candidacy', 'her candidacy'],
    ['The senator praised the deal in a tweet.', 'the deal', 'the deal'],
    ['The governor criticized the agency on Twitter.', 'the agency', 'the agency'],
    ['The coach defended his players during a news conference.', 'his players', 'his players'],
    ['Lee thanked supporters at a rally in Dayton.', 'supporters', 'supporters'],
    ['The board rejected the bid last week.', 'the bid', 'the bid'],
    ['The council condemned the attack after the vote.', 'the attack', 'the attack'],
    ['The minister repeated the pledge to reporters.', 'the pledge', 'the pledge'],
    ['The party attacked Mr. Hale while he was abroad.', 'Mr. Hale', 'Mr. Hale'],
    ['She opposed the tax on Sunday at a forum in Leeds.', 'the tax', 'the tax'],
    ['Mr. Brown first proposed the idea earlier this week.', 'the idea', 'the idea'],
    ['Executives backed a buyout back in July 2003.', 'a buyout', 'a buyout'],
  ];
  it.each(cases)('%s', (text, object, want) => {
    expect(cut(text, object)).toBe(want);
  });

  const kept: Array<[string, string, string]> = [
    // A noun's own prepositional phrase is part of the object.
    ['The group praised his record on housing.', 'his record', 'his record on housing'],
    ['Analysts welcomed the rise in exports.', 'the rise', 'the rise in exports'],
    // A time phrase inside the object, with more of the object after it.
    ['The firm proposed a levy last year on heavy polluters.', 'a levy', 'a levy last year on heavy polluters'],
    // A clause, a participle or a complement keeps its own adverbials.
    ['She said she would vote on Tuesday.', 'she would', 'she would vote on Tuesday'],
    ['The board accused Lee of lying during the hearing.', 'Lee', 'Lee of lying during the hearing'],
    ['The paper criticized the accord adopted after two weeks of talks.', 'the accord', 'the accord adopted after two weeks of talks'],
    // An "as" complement after the adverbial still belongs to the object.
    ['He described the plan in an interview as reckless.', 'the plan', 'the plan in an interview as reckless'],
  ];
  it.each(kept)('keeps: %s', (text, object, want) => {
    expect(cut(text, object)).toBe(want);
  });
});

describe('through the stage', () => {
  it('reports the object alone, with spans that slice the article', () => {
    const text = 'Former governor Ann Pruitt endorsed Dana Whitfield on Thursday. Mr. Hale opposed the proposal in early June.';
    const contents = run(text).quotes.map((q) => q.text);
    expect(contents).toContain('Dana Whitfield');
    expect(contents).toContain('the proposal');
    spansHold(text);
  });
});

describe('a closing indefinite appositive is the writer’s comment, not part of what was said', () => {
  const cases: Array<[string, string]> = [
    ['The mayor said the budget would be cut by a tenth, a move that could close two libraries.', 'the budget would be cut by a tenth'],
    ['Officials said turnout reached 61 percent, a record for a local election.', 'turnout reached 61 percent'],
    ['Ms. Ortiz said the bridge would reopen in May, an estimate engineers called optimistic.', 'the bridge would reopen in May'],
  ];
  it.each(cases)('%s', (text, content) => {
    expect(run(text).quotes.map((q) => q.text)).toEqual([content]);
    spansHold(text);
  });

  it('keeps a phrase that goes on past another comma, and a definite one', () => {
    const a = 'He said the plan had three parts, a tax, a levy and a fee.';
    expect(run(a).quotes.map((q) => q.text)).toEqual(['the plan had three parts, a tax, a levy and a fee']);
    const c = 'Police said the man was wearing a mask, a grey jacket and trainers.';
    expect(run(c).quotes.map((q) => q.text)).toEqual(['the man was wearing a mask, a grey jacket and trainers']);
    const b = 'She said the vote went to Ann Lee, the council leader.';
    expect(run(b).quotes.map((q) => q.text)).toEqual(['the vote went to Ann Lee, the council leader']);
  });
});

describe('content said inside a restrictive relative clause ends before the main clause’s verb', () => {
  it('splits "economists who favor X agree that Y"', () => {
    const text = 'Economists who favor consumption taxes agree that the change will be slow.';
    const rows = run(text).quotes.map((q) => `${q.cue?.text}: ${q.text}`);
    expect(rows).toContain('favor: consumption taxes');
    expect(rows).toContain('agree: the change will be slow');
    spansHold(text);
  });

  it('reads "some who advocate X argue that Y" the same way', () => {
    const text = 'Some who advocate free speech argue that the rules go too far.';
    const rows = run(text).quotes.map((q) => `${q.cue?.text}: ${q.text}`);
    expect(rows).toContain('advocate: free speech');
    expect(rows).toContain('argue: the rules go too far');
  });

  it('keeps a verb after a preposition or a pronoun inside the clause', () => {
    const text = 'Residents who declined to comment for fear of reprisals said the plan was unfair.';
    const rows = run(text).quotes.map((q) => `${q.cue?.text}: ${q.text}`);
    expect(rows).toContain('declined: to comment for fear of reprisals');
    expect(rows).toContain('said: the plan was unfair');
  });
});

describe('a new clause after ", and" ends a stance’s object', () => {
  it('stops before ", and it’s …"', () => {
    const text = 'Aides rushed to defend the senator, and it’s not clear whether he knew.';
    expect(run(text).quotes.map((q) => q.text)).toContain('the senator');
  });

  it('stops before ", and there were …"', () => {
    const text = 'Ms. Ortiz did not mention the levy, and there were no questions about it.';
    expect(run(text).quotes.map((q) => q.text)).toContain('the levy');
  });
});
