import { describe, expect, it } from 'vitest';
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
