import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapseSpace } from '../../src/article/blocks.js';
import { keyByPattern, textKey } from '../../src/article/text-key.js';

/** Characters the fast paths special-case, and neighbours from scripts they hand back to the regular expressions. */
const TRICKY = [
  ' ', '  ', '\t', '\n', '\r', '\u00a0', '\u200b', '\u2009', '\u3000', '\ufeff', '\u0085', '\u2028', '\u0001',
  ',', '.', "'", '’', '“', '”', '—', '–', '•', '×', '÷', 'µ', 'ª', 'º', '²', '½', 'É', 'é', 'ß', 'ÿ', 'Ā', 'ǅ',
  'İ', 'Σ', 'ΟΔΟΣ', 'Ж', '中', 'ー', '🙂', '\ud800', 'A', 'z', '7',
];
const text = fc.array(fc.oneof(fc.constantFrom(...TRICKY), fc.string({ maxLength: 6 }), fc.constantFrom('The', 'council', 'said', 'Tuesday')), { maxLength: 30 }).map((parts) => parts.join(''));

describe('textKey', () => {
  it('lower-cases and turns punctuation and space runs into one space', () => {
    expect(textKey('  “Storm cuts power,” officials say — 3,000 homes…  ')).toBe('storm cuts power officials say 3 000 homes');
    expect(textKey('Café owners’ ½-price deal')).toBe('café owners ½ price deal');
    expect(textKey('!!! ---')).toBe('');
  });

  it('equals the definition (lower case, non-letters and non-digits as one space, trimmed) on any text', () => {
    fc.assert(fc.property(text, (s) => textKey(s) === keyByPattern(s)), { numRuns: 2000 });
  });

  it('hands text outside Latin to the definition (final sigma, dotted capital I)', () => {
    for (const s of ['ΟΔΟΣ ΑΘΗΝΑΣ', 'İSTANBUL news', 'Новости дня']) expect(textKey(s)).toBe(keyByPattern(s));
  });
});

describe('collapseSpace', () => {
  const definition = (s: string) => s.replace(/[\s\u00a0\u200b\u2028\u2029\ufeff]+/g, ' ').trim();

  it('returns a line that needs nothing as it is, and collapses one that does', () => {
    expect(collapseSpace('The mayor said no.')).toBe('The mayor said no.');
    expect(collapseSpace(' The  mayor\u00a0said\tno. ')).toBe('The mayor said no.');
    expect(collapseSpace('zero\u200bwidth')).toBe('zero width');
  });

  it('equals the regular-expression definition on any text', () => {
    fc.assert(fc.property(text, (s) => collapseSpace(s) === definition(s)), { numRuns: 2000 });
  });
});
