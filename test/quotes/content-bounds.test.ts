import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';
import { tokenize } from '../../src/quotes/tokens.js';
import { endBeforeMainClause, endOfStanceObject, inFrontedClause } from '../../src/quotes/content-bounds.js';

const noQuote = () => false;

describe('content bounds: stance objects and fronted clauses', () => {
  it('ends a stance object before a comma that opens a new clause', () => {
    const r = run('As the governor criticized the harbor plan, the crowd chanted his name.');
    expect(r.rows).toContain('indirect | governor | the governor | criticized | the harbor plan');
  });

  it('leaves a capitalised subordinator out of a stance source', () => {
    const r = run('While the regional council praised the new ferry timetable, commuters stayed away.');
    expect(r.rows).toEqual(['indirect | regional council | the regional council | praised | the new ferry timetable']);
  });

  it('ends a stance object before a set-off dash', () => {
    const r = run('The union endorsed Ruiz — the first time it has taken sides in a mayoral race.');
    expect(r.rows).toEqual(['indirect | union | The union | endorsed | Ruiz']);
  });

  it('keeps a hyphenated word inside the stance object', () => {
    const r = run('The union endorsed the long-shot candidate.');
    expect(r.rows).toEqual(['indirect | union | The union | endorsed | the long-shot candidate']);
  });

  it('ends a statement made inside a fronted clause at the comma before the main clause', () => {
    const r = run('Though the mayor said the pier would reopen in May, the contractor has not been paid.');
    expect(r.rows).toEqual(['indirect | mayor | the mayor | said | the pier would reopen in May']);
  });

  it('leaves a statement in a main clause whole, commas included', () => {
    const r = run('The mayor said the pier, which was damaged in March, would reopen in May.');
    expect(r.rows).toEqual(['indirect | mayor | The mayor | said | the pier, which was damaged in March, would reopen in May']);
  });

  it('recognises a fronted clause only when the subordinator opens the sentence', () => {
    const text = 'But while Ortiz said the fund was empty, the board disagreed.';
    const tokens = tokenize(text, 0, text.length);
    const src = tokens.findIndex((t) => t.text === 'Ortiz');
    expect(inFrontedClause(tokens, src)).toBe(true);
    const other = 'The board met while Ortiz said nothing.';
    const t2 = tokenize(other, 0, other.length);
    expect(inFrontedClause(t2, t2.findIndex((t) => t.text === 'Ortiz'))).toBe(false);
  });

  it('returns offsets that slice whole words', () => {
    const text = 'praised the plan, the crowd cheered — loudly';
    const tokens = tokenize(text, 0, text.length);
    const end = endOfStanceObject(text, tokens, 1, text.length, tokens.length, noQuote);
    expect(text.slice(tokens[1]!.start, end)).toBe('the plan');
    const main = endBeforeMainClause(tokens, 1, text.length, tokens.length, noQuote);
    expect(text.slice(tokens[1]!.start, main)).toBe('the plan');
  });

  it('ends a stance object before a statement of its own after a comma', () => {
    const r = run('The mill has steady orders and support from local buyers, said Nora Vance, director of the county trade office.');
    expect(r.rows).toEqual(['indirect | Nora Vance | Nora Vance, director of the county trade office | said | The mill has steady orders and support from local buyers']);
  });

  it('reads "Democrat of Tennessee" set off by commas as part of the source', () => {
    const r = run('Representative Lena Marsh, Democrat of Oregon, told reporters the harbor bill would pass.');
    expect(r.rows).toEqual(['indirect | Lena Marsh | Representative Lena Marsh, Democrat of Oregon, | told | the harbor bill would pass']);
  });

  it('takes a possessive with an office noun as a source after a quote', () => {
    const r = run('“The governor signed the order on Friday,” Mayor Ortiz’s office said in a statement.');
    expect(r.rows).toEqual(['direct | Mayor Ortiz’s office | Mayor Ortiz’s office | said in a statement | The governor signed the order on Friday']);
  });

  it('ends a statement at a comma before a share with its own verb', () => {
    const r = run('Six in 10 voters said the mayor was honest, and three-quarters said the same of his rival.');
    expect(r.rows[0]).toBe('indirect | Six in 10 voters | Six in 10 voters | said | the mayor was honest');
  });

  it('reads a trailing poll phrase with its own participle as the source', () => {
    const r = run('The senator fell to 10 percent in the latest state poll released Wednesday, a sharp drop.');
    expect(r.rows).toEqual(['indirect | - | the latest state poll released Wednesday | in | The senator fell to 10 percent']);
  });

  it('ends a statement in a relative clause set off by commas where the main verb resumes', () => {
    const r = run('Mayor Ortiz, who said the harbor plan would fail, resigned on Friday.');
    expect(r.rows).toEqual(['indirect | Ortiz | who | said | the harbor plan would fail']);
  });
});

describe('content bounds: a participle clause after a stance object', () => {
  it('ends the object of a stance verb before a comma and a participle clause', () => {
    const r = run('The mayor praised the new ferry timetable, calling it long overdue.');
    expect(r.rows[0]).toBe('indirect | mayor | The mayor | praised | the new ferry timetable');
  });

  it('keeps an "including" list in the object', () => {
    const r = run('The union endorsed three candidates, including two former teachers.');
    expect(r.rows[0]).toBe('indirect | union | The union | endorsed | three candidates, including two former teachers');
  });

  it('keeps a listed noun in -ing inside the object', () => {
    const r = run('The senator criticized cuts to schools, housing and transit.');
    expect(r.rows[0]).toBe('indirect | senator | The senator | criticized | cuts to schools, housing and transit');
  });

  it('leaves a participle clause after a statement of speech alone', () => {
    const r = run('Officials said the plant would close in March, ending four decades of production.');
    expect(r.rows[0]).toContain('the plant would close in March, ending four decades of production');
  });
});

describe('content bounds: a light attitude object joins the cue', () => {
  it('moves an attitude noun and its preposition into the cue', () => {
    expect(run('The governor expressed concern about the cost of the new levee.').rows[0]).toBe(
      'indirect | governor | The governor | expressed concern about | the cost of the new levee',
    );
    expect(run('The council showed no sign of backing down.').rows[0]).toContain('| showed no sign of | backing down');
  });

  it('starts the content after "that" when the attitude noun takes a clause', () => {
    expect(run('The mayor voiced confidence that the ferry would run by spring.').rows[0]).toContain('| voiced confidence | the ferry would run by spring');
  });

  it('leaves a judged person and other objects in the content', () => {
    expect(run('The senator accused the agency of hiding the report.').rows[0]).toContain('| accused | the agency of hiding the report');
    expect(run('The union criticized the plan for ignoring part-time staff.').rows[0]).toContain('| criticized | the plan for ignoring part-time staff');
  });

  it('keeps the cue and content spans equal to their text', () => {
    const text = 'The governor expressed concern about the cost of the new levee.';
    for (const q of run(text).quotes) {
      expect(text.slice(q.start, q.end)).toBe(q.text);
      if (q.cue) expect(text.slice(q.cue.start, q.cue.end)).toBe(q.cue.text);
    }
  });
});

describe('content bounds: first words of reported content', () => {
  it('keeps "that" with a contracted verb as the subject of the statement', () => {
    expect(run('The coach said that’s the best defense he has seen.').rows[0]).toContain('| said | that’s the best defense he has seen');
    expect(run('The coach said that the defense was tired.').rows[0]).toContain('| said | the defense was tired');
  });

  it('leaves an adverb that modifies the first words out of the cue', () => {
    expect(run('The agency released roughly 4,000 pages of records.').rows[0] ?? '').not.toContain('released roughly |');
    expect(run('The minister said repeatedly that the port would stay open.').rows[0]).toContain('| said repeatedly | the port would stay open');
  });
});

describe('content bounds: time words and asides between the cue and "that"', () => {
  it('skips a weekday with its part of the day', () => {
    expect(run('The governor said Wednesday night that the curfew would end.').rows[0]).toContain('| the curfew would end');
  });

  it('skips a sentence adverb set off by commas', () => {
    expect(run('The mayor said, however, that the budget was balanced.').rows[0]).toContain('| the budget was balanced');
  });
});

describe('content bounds: a statement split by its attribution after a one-word subject', () => {
  it('keeps the one-word subject as the first part of the statement', () => {
    const r = run('Farmers, the minister said, would get the money by June.');
    expect(r.quotes.map((q) => q.text)).toEqual(['Farmers', 'would get the money by June']);
    expect(new Set(r.quotes.map((q) => q.cue?.text))).toEqual(new Set(['said']));
  });

  it('does not take a sentence adverb as the subject', () => {
    const r = run('However, the minister said, the money would come by June.');
    expect(r.quotes.map((q) => q.text)).not.toContain('However');
  });
});

describe('content bounds: a contrast after a stance object', () => {
  it('ends the object before ", but" and reads the next predicate on its own', () => {
    const r = run('The union endorsed the new contract, but warned that pay talks would resume in the spring.');
    expect(r.rows[0]).toBe('indirect | union | The union | endorsed | the new contract');
    expect(r.rows.some((x) => x.includes('| warned | pay talks would resume in the spring'))).toBe(true);
  });

  it('keeps "but" inside quote marks in the object', () => {
    const r = run('The mayor praised the plan as “modest but overdue, but welcome” in her remarks.');
    expect(r.rows[0]).toContain('modest but overdue, but welcome');
  });
});

describe('content bounds: a closing bracket after the statement', () => {
  it('leaves a closing bracket whose opening one comes before the content out of it', () => {
    const r = run('(The mayor said the pier would reopen in May.) The council disagreed.');
    expect(r.quotes[0]?.text).toBe('the pier would reopen in May');
  });

  it('keeps a bracket pair inside the content', () => {
    const r = run('The mayor said the pier (built in 1910) would reopen.');
    expect(r.quotes[0]?.text).toBe('the pier (built in 1910) would reopen');
  });
});

describe('content bounds: a subordinate clause after a stance object', () => {
  it('ends the object before ", because" and ", without"', () => {
    expect(run('The senator endorsed the harbor plan, because it would bring jobs.').rows[0]).toBe('indirect | senator | The senator | endorsed | the harbor plan');
    expect(run('The mayor praised the new timetable, without naming its authors.').rows[0]).toBe('indirect | mayor | The mayor | praised | the new timetable');
  });

  it('keeps a bracket pair at the end of the object', () => {
    expect(run('The mayor praised the poll (taken in May), because it showed her ahead.').rows[0]).toContain('| the poll (taken in May)');
  });
});
