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
  ])('%s', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('keeps offsets into the full text', () => {
    const text = 'Intro.\n\nFirst one. Second one.';
    for (const [s, e] of splitRange(text, 8, text.length)) expect(text.slice(s, e)).toMatch(/^(First|Second) one\.$/);
  });
});
