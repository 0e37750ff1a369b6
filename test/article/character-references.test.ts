import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeCharacterReferences } from '../../src/article/character-references.js';

describe('decodeCharacterReferences', () => {
  it('decodes decimal, hex and the XML named references, and leaves other ampersands alone', () => {
    expect(decodeCharacterReferences('Pel&#233; &#x2014; S&#xE3;o Paulo &amp; Rock &quot;n&quot; Roll&nbsp;&lt;3')).toBe('Pelé — São Paulo & Rock "n" Roll <3');
    expect(decodeCharacterReferences('Fish & chips &copy; &#0; &#;')).toBe('Fish & chips &copy;  &#;');
  });

  it('returns text without references unchanged', () => {
    fc.assert(
      fc.property(fc.string().filter((s) => !s.includes('&')), (s) => {
        expect(decodeCharacterReferences(s)).toBe(s);
      }),
    );
  });
});
