import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isCapitalized, tokenize } from '../../src/quotes/tokens.js';

const texts = (s: string) => tokenize(s, 0, s.length).map((t) => t.text);

describe('quote tokenizer', () => {
  it('keeps the period of abbreviations and initials, not of a sentence end', () => {
    expect(texts('Sen. Jane Q. Public of the U.S. said so.')).toEqual(['Sen.', 'Jane', 'Q.', 'Public', 'of', 'the', 'U.S.', 'said', 'so', '.']);
  });

  it('keeps a state abbreviation with its period only before a comma', () => {
    expect(texts('of Huntsville, Ala., said')).toEqual(['of', 'Huntsville', ',', 'Ala.', ',', 'said']);
    expect(texts('moved to Huntsville, Ala.')).toEqual(['moved', 'to', 'Huntsville', ',', 'Ala', '.']);
  });

  it('normalises case, trailing periods and typographic apostrophes', () => {
    const [a, b, c] = tokenize('Mr. O’Neill’s ,', 0, 15);
    expect([a!.norm, b!.norm, c!.norm]).toEqual(['mr', "o'neill's", ',']);
    expect([a!.word, b!.word, c!.word]).toEqual([true, true, false]);
  });

  it('marks words that start with a non-ASCII letter or digit as words', () => {
    const [a, b] = tokenize('Émile ٣٤', 0, 8);
    expect([a!.word, b!.word]).toEqual([true, true]);
  });

  it('tells capitalised words, ASCII or not, from lower-case words, numbers and punctuation', () => {
    const caps = tokenize('Lee émile Émile 3 Ωmega , iPhone', 0, 33).map(isCapitalized);
    expect(caps).toEqual([true, false, true, false, true, false, false]);
  });

  it('gives offsets into the whole text, for any text and window', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.nat(), fc.nat(), (s, x, y) => {
        const from = Math.min(x, y) % (s.length + 1);
        const to = Math.max(from, Math.max(x, y) % (s.length + 1));
        for (const t of tokenize(s, from, to)) {
          expect(s.slice(t.start, t.end)).toBe(t.text);
          expect(t.start).toBeGreaterThanOrEqual(from);
          expect(t.end).toBeLessThanOrEqual(to);
          expect(t.norm).toBe(t.norm.toLowerCase());
          expect(t.norm.endsWith('.') && t.norm !== '.' && !t.norm.endsWith('..')).toBe(false);
        }
      }),
    );
  });
});

describe('tokenize: contracted pronouns', () => {
  it('splits a pronoun from its contracted auxiliary, keeping offsets', () => {
    const text = 'He’s said they’ve left, but Lee’s plan stays.';
    const toks = tokenize(text, 0, text.length);
    expect(toks.map((t) => t.text)).toEqual(['He', '’s', 'said', 'they', '’ve', 'left', ',', 'but', 'Lee’s', 'plan', 'stays', '.']);
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(toks[1]!.norm).toBe("'s");
    expect(toks[1]!.word).toBe(true);
  });
});
