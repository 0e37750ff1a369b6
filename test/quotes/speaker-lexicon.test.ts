import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/quotes/resolve-speakers.js';
import { parseIn, run } from './helpers.js';

describe('speakers use the English lexicon (src/text/nlp.ts)', () => {
  it('takes a gender from a known given name', () => {
    const text = 'Margaret Okafor said the plant would close. Robert Lyle said it would not.';
    expect(parseIn(text, 'Margaret Okafor')).toMatchObject({ kind: 'person', gender: 'f' });
    expect(parseIn(text, 'Robert Lyle')).toMatchObject({ kind: 'person', gender: 'm' });
  });

  it('leaves the gender open for a given name used by both ("Pat Henley")', () => {
    expect(parseIn('Pat Henley said the vote was close.', 'Pat Henley')).toMatchObject({ kind: 'person', gender: null });
  });

  it('sends "she" past a man to the woman named before him', () => {
    const text = ['Margaret Okafor said the plant would close in March.', 'Robert Lyle said the company had not decided.', '"We were told nothing," she said.'].join('\n\n');
    const r = run(text);
    const q = r.quotes.find((x) => x.text.startsWith('We were told'))!;
    expect(r.speakerOf(q)?.name).toBe('Margaret Okafor');
  });

  it('leaves "she" unresolved rather than give it to the only man', () => {
    const text = ['Robert Lyle said the company had not decided.', '"We were told nothing," she said.'].join('\n\n');
    const r = run(text);
    const q = r.quotes.find((x) => x.text.startsWith('We were told'))!;
    expect(r.speakerOf(q)).toBeUndefined();
  });

  it('makes a country or a known company a group speaker', () => {
    const text = 'Russia said the talks had failed. Google said the outage was over.';
    expect(parseIn(text, 'Russia')).toMatchObject({ kind: 'group', organization: 'Russia' });
    expect(parseIn(text, 'Google')).toMatchObject({ kind: 'group', organization: 'Google' });
  });

  it('makes a name led by a known company a group ("Sony Ericsson"), but not a person with that surname', () => {
    const text = 'Sony Ericsson said sales would double. Harrison Ford said he liked the film.';
    expect(parseIn(text, 'Sony Ericsson')).toMatchObject({ kind: 'group', organization: 'Sony Ericsson' });
    expect(parseIn(text, 'Harrison Ford')).toMatchObject({ kind: 'person' });
  });

  it('keeps a country after "of" as the organisation of the phrase, not the speaker', () => {
    const text = 'A spokesman for the Bank of England said rates would hold.';
    const p = parseIn(text, 'A spokesman for the Bank of England')!;
    expect(p.kind).toBe('group');
    expect(p.name).not.toBe('England');
  });

  it('makes a plural demonym a group ("Americans")', () => {
    // "he" in the sentence would otherwise count as evidence of one person.
    expect(parseIn('Americans said he had failed them.', 'Americans')).toMatchObject({ kind: 'group' });
  });

  it('reads a surname the lexicon knows as a person, though the article never gives the first name', () => {
    expect(parseIn('Lincoln said the union must hold.', 'Lincoln')).toMatchObject({ kind: 'person', name: 'Lincoln' });
  });

  it('reads a known given name at the start of a sentence as a given name ("Sarah Moya … Moya said")', () => {
    const text = 'Sarah Moya chaired the talks on Monday. "Both sides have moved," Moya said.';
    const r = run(text);
    expect(r.speakers.map((s) => `${s.name}:${s.kind}`)).toEqual(['Sarah Moya:person']);
  });

  describe('a pronoun with no earlier source goes to the nearest named person of its gender', () => {
    const speakerOfQuote = (text: string, start: string) => {
      const r = run(text);
      const q = r.quotes.find((x) => x.text.startsWith(start));
      expect(q).toBeDefined();
      return r.speakerOf(q!)?.name ?? null;
    };

    it('takes a name led by a known given name', () => {
      expect(speakerOfQuote('Melanie Ortiz stared at the screen for a long time.\n\n"It never crossed my mind," she said.', 'It never')).toBe('Melanie Ortiz');
    });

    it('takes a surname alone when the article gave the full name before, and names the person in full', () => {
      const text = 'Tyra Bell and Bryan Okoro watched the rally from the back.\n\nOkoro was unconvinced.\n\n"It felt like pandering," he said.';
      expect(speakerOfQuote(text, 'It felt')).toBe('Bryan Okoro');
    });

    it('takes an honorific with a surname, without its possessive', () => {
      expect(speakerOfQuote('Critics seized on Mr. Hallam’s television appearance, in which he said the figures were wrong.', 'the figures')).toBe('Hallam');
    });

    it('skips a name of the other gender', () => {
      expect(speakerOfQuote('Robert Lyle stared at the screen.\n\n"It never crossed my mind," she said.', 'It never')).toBeNull();
    });

    it('names nobody when the text before names no one it can vouch for', () => {
      expect(speakerOfQuote('The woman in the front row clapped.\n\n"Here he comes," she said.', 'Here he')).toBeNull();
    });

    it('looks no further back than about two paragraphs', () => {
      const filler = Array.from({ length: 12 }, () => 'The session ran late and the room emptied slowly after the vote.').join('\n\n');
      expect(speakerOfQuote(`Melanie Ortiz chaired the meeting.\n\n${filler}\n\n"It never crossed my mind," she said.`, 'It never')).toBeNull();
    });
  });
});

describe('one person under several names', () => {
  it('reads Baroness and Baron as honorifics, so "Baroness Holt" is Betty Holt', () => {
    const text = ['Betty Holt has said the chamber needs its own Speaker.', 'Baroness Holt said she believed the reforms had no clear aim.', 'Lady Holt said the post should be elected.'].join('\n\n');
    const r = run(text);
    expect(r.speakers.filter((s) => s.kind === 'person').map((s) => s.name)).toEqual(['Betty Holt']);
    expect(parseSource(text, text.indexOf('Baroness Holt'), text.indexOf('Baroness Holt') + 13)).toMatchObject({ name: 'Holt', gender: 'f' });
  });

  it('joins a surname to two forms of one name that share the first name', () => {
    const text = ['Hillary Clinton said the plan was sound.', 'Hillary Rodham Clinton said it again in Ohio.', 'Clinton said she would not change it.'].join('\n\n');
    const r = run(text);
    const q = r.quotes.find((x) => x.text.startsWith('she would'))!;
    expect(r.speakerOf(q)?.name).toMatch(/Clinton$/);
    expect(r.speakerOf(q)?.name).not.toBe('Clinton');
  });
});

describe('hyphenated roles before a name', () => {
  it.each([
    ['Scrum-half Peter Stringer told reporters the side had been lucky.', 'Scrum-half Peter Stringer', 'Peter Stringer'],
    ['Co-founder Ana Ruiz said the firm would grow.', 'Co-founder Ana Ruiz', 'Ana Ruiz'],
    ['Jean-Pierre Roux said the deal was done.', 'Jean-Pierre Roux', 'Jean-Pierre Roux'],
  ])('%s', (text, phrase, name) => {
    expect(parseSource(text, text.indexOf(phrase), text.indexOf(phrase) + phrase.length)).toMatchObject({ kind: 'person', name });
  });
});


describe('places and parties that speak for the people in them', () => {
  it.each([
    ['Downing Street said the report was wrong.', 'Downing Street'],
    ['Labour said the figures did not add up.', 'Labour'],
  ])('%s', (text, phrase) => {
    expect(parseSource(text, 0, phrase.length)).toMatchObject({ kind: 'group' });
  });
});

describe('stance verb forms', () => {
  it('makes no past tense "seed" of "see" ("The top seed was rattled")', () => {
    expect(run('The top seed was rattled in the first set.').quotes.filter((q) => q.cue?.text === 'seed')).toEqual([]);
  });
});

describe('a lone capitalised common word where a name should be', () => {
  it('names nobody when it is a verb form or function word ("Asked about …", "Among …")', () => {
    const text = 'Asked about the cuts, he said nothing. Among them, Reached said little.';
    expect(parseSource(text, 0, 5)).toBeNull();
  });

  it('is an unnamed group when it is a noun for people ("Colleagues said")', () => {
    expect(parseSource('Colleagues said she had been under strain.', 0, 10)).toMatchObject({ kind: 'group', name: 'Colleagues' });
  });

  it('stays a name after an honorific or a determiner, or where the article writes it as a surname', () => {
    const text = 'Mark Singer runs the fund. Mr. Singer said returns were flat. Later Singer said more.';
    expect(parseSource(text, text.indexOf('Mr. Singer'), text.indexOf('Mr. Singer') + 10)).toMatchObject({ kind: 'person', name: 'Singer' });
    expect(parseSource(text, text.lastIndexOf('Singer'), text.lastIndexOf('Singer') + 6)).toMatchObject({ kind: 'person', name: 'Singer' });
  });
});

describe('possessive pronouns as sources', () => {
  it('resolve like their subject pronouns ("his call for …" is the man named before)', () => {
    const text = 'Robert Lyle said the plant would close.\n\nHis call for a public inquiry was rejected.';
    expect(parseSource(text, text.indexOf('His'), text.indexOf('His') + 3)).toMatchObject({ kind: 'pronoun', name: 'he', gender: 'm' });
  });
});
