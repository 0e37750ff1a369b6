import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tokenize } from '../../src/claims/tokenize.js';

describe('tokenize', () => {
  it('types digits, leading-dot decimals, words (accented, µ, μ) and other characters, with offsets into the text', () => {
    const text = 'Prices rose .5% to £1,250 in Zürich; µg and μm, don’t.';
    const toks = tokenize(text, 0, text.length);
    expect(toks.map((t) => `${t.text}:${t.type}`)).toEqual([
      'Prices:w', 'rose:w', '.5:n', '%:p', 'to:w', '£:p', '1,250:n', 'in:w', 'Zürich:w', ';:p', 'µg:w', 'and:w', 'μm:w', ',:p', 'don’t:w', '.:p',
    ]);
    for (const t of toks) expect(t.text).toBe(text.slice(t.start, t.end));
    expect(toks.find((t) => t.text === 'don’t')!.lower).toBe("don't");
    expect(toks.find((t) => t.text === '1,250')!.glued).toBe(true);
    expect(toks.find((t) => t.text === 'to')!.glued).toBe(false);
  });

  it('reads no leading-dot decimal after a letter or another dot ("No.5", a dot leader "Contents.....2")', () => {
    for (const text of ['No.5', 'Contents.....2']) {
      const toks = tokenize(text, 0, text.length);
      expect(toks.at(-2)!.text).toBe('.');
      expect(toks.at(-1)!.text).toMatch(/^\d$/);
    }
  });

  it('types a token as a word exactly when its first character is in the word class, whatever the text', () => {
    const chars = fc.constantFrom(...'aZ09.,’\'%£$€ µμÀÖ×Øö÷øÿĀ-–—…😀 \n'.split(''));
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 40 }).map((a) => a.join('')), (text) => {
        for (const t of tokenize(text, 0, text.length)) {
          expect(t.text).toBe(text.slice(t.start, t.end));
          const first = t.text[0]!;
          const expected = /\d/.test(first) || (first === '.' && /\d/.test(t.text[1] ?? '')) ? 'n' : /[A-Za-zÀ-ÖØ-öø-ÿµμ]/.test(first) ? 'w' : 'p';
          expect(t.type).toBe(expected);
          expect(t.lower).toBe(t.text.toLowerCase().replace(/’/g, "'"));
        }
      }),
    );
  });
});
