import { describe, expect, it } from 'vitest';
import { classifyName, genderOfGivenName, isKnownGivenName, commonWordKind } from '../../src/text/nlp.js';

describe('classifyName reads compromise’s lexicon', () => {
  it.each([
    ['Sarah', 'given-female'],
    ['john', 'given-male'],
    ['Russia', 'country'],
    ['Google', 'organization'],
    ['Procter & Gamble', 'organization'],
    ['Paris', 'place'],
    ['Americans', 'demonym'],
  ])('%s is %s', (word, cls) => {
    expect(classifyName(word)).toBe(cls);
  });

  it('ignores case and runs of spaces', () => {
    expect(classifyName('  procter   &  GAMBLE ')).toBe('organization');
  });

  it('does not call a singular demonym a group, since it is often a surname ("Mark Cuban")', () => {
    expect(classifyName('Cuban')).toBeNull();
    expect(classifyName('Cubans')).toBe('demonym');
  });

  it('knows nothing of made-up or common words', () => {
    expect(classifyName('Zorblatt')).toBeNull();
    expect(classifyName('said')).toBeNull();
    expect(classifyName('')).toBeNull();
  });
});

describe('given names', () => {
  it('gives the gender of a known given name only', () => {
    expect(genderOfGivenName('Margaret')).toBe('f');
    expect(genderOfGivenName('Robert')).toBe('m');
    expect(genderOfGivenName('Pat')).toBeNull();
    expect(genderOfGivenName('Zorblatt')).toBeNull();
  });

  it('knows given names of either gender', () => {
    expect(isKnownGivenName('Pat')).toBe(true);
    expect(isKnownGivenName('Margaret')).toBe(true);
    expect(isKnownGivenName('Treasury')).toBe(false);
  });
});

describe('commonWordKind', () => {
  it('knows verb forms and function words, and nouns for people', () => {
    expect(commonWordKind('Asked')).toBe('function');
    expect(commonWordKind('Among')).toBe('function');
    expect(commonWordKind('Colleagues')).toBe('role');
  });
  it('says nothing of words that are also surnames or unknown', () => {
    for (const w of ['Gates', 'Brown', 'May', 'Bush', 'Zorblatt']) expect(commonWordKind(w)).toBeNull();
  });
});
