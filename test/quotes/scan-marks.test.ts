import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scanQuoteMarks } from '../../src/quotes/scan-marks.js';

const scan = (text: string) => scanQuoteMarks(text, [{ start: 0, end: text.length }]).map((q) => text.slice(q.start, q.end));

describe('scanQuoteMarks', () => {
  it.each([
    ['The mayor called it “a disgrace” on Friday.', ['a disgrace']],
    ['"We will rebuild," the governor said.', ['We will rebuild']],
    ["The union's leader said the drivers' pay was 'not enough' for anyone.", ['not enough']],
    ["He said it's the company’s fault and the workers’ problem.", []],
    ["''We are not leaving,'' said Ms. Ortiz.", ['We are not leaving']],
    ["''They called it 'a mess,''' said Ms. Ortiz. ''Next.''", ["They called it 'a mess,'", 'Next.']],
    ['«Nous restons», a dit le maire.', ['Nous restons']],
    ['“First part,” she said, “second part.”', ['First part', 'second part.']],
    // A quote inside a quote written with the same curly marks: the outer quote goes on past it.
    ['“I would rather live in what he calls “hell” than here.” ― Ana Ruiz', ['I would rather live in what he calls “hell” than here.']],
    // An outer quote left open before a new one: closed there, as before.
    ['“We will go on. “It was close,” he said.', ['We will go on.', 'It was close']],
    // An opening mark typed where the closing one belongs (after the last punctuation, before a space) closes the quote.
    ['“It is unusual,“ said Ann Lee, a lawyer.', ['It is unusual']],
    ['“Is it over?“ he asked. “Not yet.”', ['Is it over?', 'Not yet.']],
    ['She said: “The plan failed.“', ['The plan failed.']],
  ])('%s', (text, expected) => {
    expect(scan(text)).toEqual(expected);
  });

  it('closes a quote left open at the end of its paragraph and goes on with the next', () => {
    const text = '“We will keep going until the end of the month\n\nThe board met later. “It was close,” he said.';
    const paras = [{ start: 0, end: 46 }, { start: 48, end: text.length }];
    const found = scanQuoteMarks(text, paras);
    expect(found.map((q) => [text.slice(q.start, q.end), q.unclosed])).toEqual([
      ['We will keep going until the end of the month', true],
      ['It was close', false],
    ]);
  });

  it('never leaves the paragraph and keeps content inside its marks', () => {
    const text = '“Open here and never closed. Still open';
    for (const q of scanQuoteMarks(text, [{ start: 0, end: text.length }])) {
      expect(q.start).toBeGreaterThan(q.open);
      expect(q.end).toBeLessThanOrEqual(text.length);
    }
  });
});

describe('scanQuoteMarks over many paragraphs', () => {
  // Paragraphs are made of words, spaces and every kind of mark, most of them with none; the scan of the whole text must
  // find exactly what scanning each paragraph alone finds (the scan skips paragraphs without marks).
  const piece = fc.constantFrom('word', ' ', 'said', ', ', '. ', '"', '“', '”', "'", '‘', '’', '«', '»', "it's", "''");
  const paragraph = fc.oneof(fc.array(fc.constantFrom('plain', ' ', 'words', '. '), { maxLength: 8 }), fc.array(piece, { maxLength: 12 }));
  it('finds in a text what it finds paragraph by paragraph', () => {
    fc.assert(
      fc.property(fc.array(paragraph.map((parts) => parts.join('')), { maxLength: 12 }), (paragraphs) => {
        let text = '';
        const ranges: Array<{ start: number; end: number }> = [];
        for (const p of paragraphs) {
          ranges.push({ start: text.length, end: text.length + p.length });
          text += `${p}\n\n`;
        }
        const whole = scanQuoteMarks(text, ranges);
        const alone = ranges.flatMap((r, i) => scanQuoteMarks(text, [r]).map((q) => ({ ...q, paragraph: i })));
        expect(whole).toEqual(alone);
      }),
    );
  });

  it('finds the one quote among thousands of paragraphs without marks', () => {
    const plain = 'The council met and the report was read.';
    const text = [...Array(3000).fill(plain), 'The mayor called it “a disgrace” again.', ...Array(3000).fill(plain)].join('\n\n');
    const ranges: Array<{ start: number; end: number }> = [];
    for (let start = 0; start < text.length; ) {
      const end = text.indexOf('\n\n', start) < 0 ? text.length : text.indexOf('\n\n', start);
      ranges.push({ start, end });
      start = end + 2;
    }
    const found = scanQuoteMarks(text, ranges);
    expect(found.map((q) => [text.slice(q.start, q.end), q.paragraph])).toEqual([['a disgrace', 3000]]);
  });
});
