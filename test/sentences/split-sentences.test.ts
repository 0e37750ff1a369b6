import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitRange } from '../../src/sentences/index.js';

const split = (text: string) => splitRange(text, 0, text.length).map(([s, e]) => text.slice(s, e));

describe('splitRange', () => {
  it.each([
    ['The council met on Monday. It voted 7-2 to raise fees.', ['The council met on Monday.', 'It voted 7-2 to raise fees.']],
    ['Mr. Jones said the plan would cost $4.5 million. Critics disagreed.', ['Mr. Jones said the plan would cost $4.5 million.', 'Critics disagreed.']],
    ['“We are not done,” she said. “Not yet.”', ['“We are not done,” she said.', '“Not yet.”']],
    ['Dr. A. Patel of St. Mary’s Hospital disagreed.', ['Dr. A. Patel of St. Mary’s Hospital disagreed.']],
    ['The U.S. economy grew 2.1 per cent. Analysts had expected more.', ['The U.S. economy grew 2.1 per cent.', 'Analysts had expected more.']],
    ['Prices rose in the U.S. The rise was sharp.', ['Prices rose in the U.S.', 'The rise was sharp.']],
    ['Is it over? No! It goes on.', ['Is it over?', 'No!', 'It goes on.']],
    ['Shares rose 3.5% to 12.40. then fell', ['Shares rose 3.5% to 12.40. then fell']],
    // A stop typed with no space after it, as scraped text often has, still ends a sentence between words.
    ['The mayor said the bridge would reopen.Critics were not convinced.', ['The mayor said the bridge would reopen.', 'Critics were not convinced.']],
    ['“We will appeal,” she said.“The ruling is wrong.”', ['“We will appeal,” she said.', '“The ruling is wrong.”']],
    ['Was it worth it?Nobody knows.', ['Was it worth it?', 'Nobody knows.']],
    ['“It is over.”The talks ended there.', ['“It is over.”', 'The talks ended there.']],
    // ... but not inside abbreviations, initials, degrees, numbers or domain names.
    ['The U.S.Army base and Mrs.Lee, Ph.D., spoke at Example.com on 3.Five pages.', ['The U.S.Army base and Mrs.Lee, Ph.D., spoke at Example.com on 3.Five pages.']],
    ['Use e.g.The short form.', ['Use e.g.The short form.']],
  ])('%s', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('keeps offsets into the full text', () => {
    const text = 'Intro.\n\nFirst one. Second one.';
    for (const [s, e] of splitRange(text, 8, text.length)) expect(text.slice(s, e)).toMatch(/^(First|Second) one\.$/);
  });
});

describe('splitRange properties', () => {
  // Text built from words, stops, quote marks and spaces in any order, with and without a space after a stop.
  const piece = fc.constantFrom('said', 'The', 'Lee', 'U.S.', 'Mr.', 'e.g.', '3.5', '.', '?', '!', '“', '”', '"', ' ', ' ', '\n', 'plan', 'Ph.D.');
  const textArb = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

  it('returns ordered, non-overlapping ranges that lose no visible character', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const ranges = splitRange(text, 0, text.length);
        let last = 0;
        for (const [s, e] of ranges) {
          expect(s).toBeGreaterThanOrEqual(last);
          expect(e).toBeGreaterThan(s);
          expect(text.slice(last, s).trim()).toBe('');
          last = e;
        }
        expect(text.slice(last).trim()).toBe('');
      }),
    );
  });
});
