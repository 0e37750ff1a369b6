import { describe, expect, it } from 'vitest';
import { PARTY_LABEL } from '../../src/quotes/lexicon.js';
import { run, spansHold } from './helpers.js';

describe("a party-and-state label in brackets is part of the source", () => {
  const cases: Array<[string, string, string]> = [
    ['Sen. Dana Whitfield (D-Ore.) said the bill would fail.', 'Sen. Dana Whitfield (D-Ore.)', 'Dana Whitfield'],
    ['Rep. Tom Greer (R-Texas) criticized the agency on Friday.', 'Rep. Tom Greer (R-Texas)', 'Tom Greer'],
    ['“We will not back down,” said Sen. Ann Lee (I-Vt.).', 'Sen. Ann Lee (I-Vt.)', 'Ann Lee'],
    ['Gov. Mary Cole (R) told reporters the state was ready.', 'Gov. Mary Cole (R)', 'Mary Cole'],
  ];
  it.each(cases)('%s', (text, source, name) => {
    const r = run(text);
    expect(r.quotes[0]!.source!.text).toBe(source);
    expect(r.speakerOf(r.quotes[0]!)!.name).toBe(name);
    spansHold(text);
  });

  it('reads only party labels as such', () => {
    for (const label of [' (D-N.Y.)', '(R-S.C)', ' (I-Vt.)', ' (R)', ' (D-New York)']) expect(PARTY_LABEL.test(label)).toBe(true);
    for (const other of [' (FEMA)', ' (2014)', ' (which runs the ports)', ' (Reuters)', ' (Democrat)']) expect(PARTY_LABEL.test(other)).toBe(false);
  });
});

describe('a hedge on a quantity opening the sentence stays in the source', () => {
  it.each([
    ['Nearly half said they would vote for the levy.', 'Nearly half'],
    ['Virtually all analysts expect the bank to cut rates.', 'Virtually all analysts'],
  ])('%s', (text, source) => {
    expect(run(text).quotes[0]?.source?.text).toBe(source);
    spansHold(text);
  });

  it('still leaves a sentence adverb out', () => {
    expect(run('Publicly, the minister said the plan would go ahead.').quotes[0]?.source?.text).toBe('the minister');
  });
});

describe('a participle clause takes the subject after a long or less common fronted phrase', () => {
  it.each([
    ['In response to the council’s plan to close three libraries and a pool in the north of the city, the mayor rallied residents, saying the cuts were unfair.', 'the mayor'],
    ['For months, Ms. Ortiz has campaigned across the state, arguing that the tax is too high.', 'Ms. Ortiz'],
    ['Once elected, Mr. Hale reversed course, calling the plan reckless.', 'Mr. Hale'],
  ])('%s', (text, source) => {
    const q = run(text).quotes.find((x) => x.cue && /ing$/.test(x.cue.text));
    expect(q?.source?.text).toBe(source);
    spansHold(text);
  });
});

describe('coordinated title nouns after a determiner are one source', () => {
  it('reads "the Ohio senator and presidential candidate" whole after a quote', () => {
    const text = '"We will not wait any longer," the Ohio senator and Republican presidential candidate said in a statement.';
    const q = run(text).quotes[0]!;
    expect(q.kind).toBe('direct');
    expect(q.source?.text).toBe('the Ohio senator and Republican presidential candidate');
    spansHold(text);
  });
});

describe('a verb form right after a determiner in a closing attribution is a noun', () => {
  it('reads "the note says" with "note" as the source', () => {
    const text = '"You are a total loser!" the note says.';
    const q = run(text).quotes[0]!;
    expect(q.kind).toBe('direct');
    expect(q.source?.text).toBe('the note');
    expect(q.cue?.text).toBe('says');
  });
});

describe('"support" after a plural subject, a fraction or a pronoun is the verb, with a bare or gerund object', () => {
  it.each([
    ['Most young voters support stricter background checks.', 'stricter background checks'],
    ['Two-thirds support reducing sentences for minor crimes.', 'reducing sentences for minor crimes'],
    ['Many council members support building the bypass.', 'building the bypass'],
  ])('%s', (text, content) => {
    expect(run(text).quotes.map((q) => q.text)).toContain(content);
    spansHold(text);
  });

  it('leaves the noun alone', () => {
    for (const text of ['The plan has strong support among farmers.', 'Voters gave their support to the mayor.', 'Tech support staff were laid off.']) {
      expect(run(text).quotes.filter((q) => q.cue?.text === 'support')).toEqual([]);
    }
  });
});

describe('joining subjects and reading "support" as a verb stay narrow', () => {
  it('does not join a verb’s object to the next clause’s subject', () => {
    const text = 'The first step is to see why poor people would want a personal computer and Professor Reddy thinks he knows why.';
    const q = run(text).quotes.find((x) => x.cue?.text === 'thinks');
    expect(q?.source?.text).toBe('Professor Reddy');
  });

  it('reads an acronym before "attacks" as a modifier, not a subject', () => {
    const text = 'DDoS attacks typically use thousands of computers in many countries.';
    expect(run(text).quotes).toEqual([]);
  });
});
