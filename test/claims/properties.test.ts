import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { claimsOf } from './helpers.js';
import { findClaims } from '../../src/claims/index.js';
import { splitSentences } from '../../src/sentences/index.js';
import { createContext, defaultOptions } from '../../src/pipeline/context.js';
import type { Article } from '../../src/schema/article.js';

const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** Spells 1..999,999 the way news copy does: "three hundred and forty-two thousand". */
function spell(n: number): string {
  const below100 = (x: number) => (x < 20 ? ONES[x]! : TENS[Math.floor(x / 10)]! + (x % 10 ? `-${ONES[x % 10]}` : ''));
  const below1000 = (x: number) => {
    const h = Math.floor(x / 100);
    const r = x % 100;
    if (!h) return below100(r);
    return `${ONES[h]} hundred${r ? ` and ${below100(r)}` : ''}`;
  };
  const th = Math.floor(n / 1000);
  const r = n % 1000;
  if (!th) return below1000(r);
  return `${below1000(th)} thousand${r ? (r < 100 ? ` and ${below100(r)}` : ` ${below1000(r)}`) : ''}`;
}

const QUALIFIERS: Array<[string, string]> = [
  ['', 'exact'], ['more than ', 'more_than'], ['over ', 'more_than'], ['at least ', 'at_least'], ['no fewer than ', 'at_least'],
  ['about ', 'approximate'], ['around ', 'approximate'], ['roughly ', 'approximate'], ['nearly ', 'approximate'], ['almost ', 'approximate'],
  ['some ', 'approximate'], ['up to ', 'at_most'], ['as many as ', 'at_most'], ['at most ', 'at_most'], ['fewer than ', 'less_than'],
  ['less than ', 'less_than'], ['under ', 'less_than'],
];

function expectedBounds(value: number, qualifier: string, count: boolean): [number | null, number | null] {
  const step = count && Number.isInteger(value) ? 1 : 0;
  switch (qualifier) {
    case 'exact': return [value, value];
    case 'more_than': return [value + step, null];
    case 'at_least': return [value, null];
    case 'less_than': return [null, value - step];
    case 'at_most': return [null, value];
    default: return [null, null];
  }
}

describe('rendered quantities parse back', () => {
  const renderCount = fc.record({
    n: fc.integer({ min: 2, max: 999_999 }),
    form: fc.constantFrom('comma', 'plain', 'words'),
    q: fc.constantFrom(...QUALIFIERS),
  });

  it('counts in digits, with separators and spelled out, under every qualifier', () => {
    fc.assert(
      fc.property(renderCount, ({ n, form, q }) => {
        if (form === 'plain' && n >= 1000 && n <= 2099) return; // four plain digits in that span read as a year, by design
        const written = form === 'comma' ? n.toLocaleString('en-US') : form === 'plain' ? String(n) : spell(n);
        const sentence = `Officials said ${q[0]}${written} visitors were counted.`;
        const claims = claimsOf(sentence);
        expect(claims).toHaveLength(1);
        const c = claims[0]!;
        expect(c.value).toBe(n);
        expect(c.qualifier).toBe(q[1]);
        expect([c.low, c.high]).toEqual(expectedBounds(n, q[1], true));
        expect(c.unit).toBe('visitors');
        expect(sentence.slice(c.start, c.end)).toBe(c.text);
      }),
      { numRuns: 400 },
    );
  });

  it('money with symbols, codes and multipliers', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 0, max: 9 }),
        fc.constantFrom<[string, string, string]>(['$', '', 'USD'], ['£', '', 'GBP'], ['€', '', 'EUR'], ['US$', '', 'USD'], ['', ' euros', 'EUR'], ['', ' dollars', 'USD'], ['', ' yen', 'JPY']),
        fc.constantFrom<[string, number]>(['', 1], [' million', 1e6], ['m', 1e6], ['bn', 1e9], [' billion', 1e9], ['k', 1e3]),
        fc.constantFrom(...QUALIFIERS),
        (whole, tenth, [pre, post, code], [scale, factor], q) => {
          const amount = tenth ? `${whole}.${tenth}` : String(whole);
          if (!pre && (scale === 'm' || scale === 'k' || scale === 'bn')) return; // glued multipliers go with a symbol
          const written = `${pre}${whole >= 1000 && !tenth ? whole.toLocaleString('en-US') : amount}${scale}${post}`;
          const sentence = `The council paid ${q[0]}${written} for the site.`;
          const claims = claimsOf(sentence);
          expect(claims).toHaveLength(1);
          const c = claims[0]!;
          const value = Number(amount) * factor;
          expect(Math.abs(c.value! - value) / value).toBeLessThan(1e-9);
          expect([c.kind, c.unit, c.qualifier]).toEqual(['money', code, q[1]]);
          const [low, high] = expectedBounds(c.value!, q[1], false);
          expect([c.low, c.high]).toEqual([low, high]);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('percentages in every spelling, and ranges', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 999 }), fc.integer({ min: 1, max: 50 }),
        fc.constantFrom('%', ' per cent', ' percent'),
        fc.constantFrom('range-to', 'range-dash', 'between', 'single'),
        (a, d, sign, shape) => {
          const lo = a / 10;
          const hi = (a + d) / 10;
          const written = shape === 'range-to' ? `${lo} to ${hi}${sign}` : shape === 'range-dash' ? `${lo}-${hi}${sign}` : shape === 'between' ? `between ${lo} and ${hi}${sign}` : `${lo}${sign}`;
          const claims = claimsOf(`Support stood at ${written} in the survey.`);
          expect(claims).toHaveLength(1);
          const c = claims[0]!;
          expect([c.kind, c.unit]).toEqual(['percent', 'percent']);
          if (shape === 'single') expect([c.value, c.low, c.high]).toEqual([lo, lo, lo]);
          else expect([c.value, c.low, c.high, c.qualifier]).toEqual([null, lo, hi, 'range']);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('robustness', () => {
  const run = (text: string) => {
    const article: Article = { title: null, byline: [], published: null, publisher: null, url: null, language: 'en', text, paragraphs: [{ start: 0, end: text.length, role: 'body' }], captions: [] };
    const ctx = createContext('doc', text, defaultOptions, []);
    return findClaims({ article, sentences: splitSentences(article, ctx) }, ctx);
  };

  it('never throws and keeps every span on its text', () => {
    const pieces = fc.constantFrom('1', '1,000', '.5', '$', '£', '%', 'per cent', 'more than', 'one', 'of', 'half', 'million', 'm', 'bn', '-', '–', '/', 'to', 'between', 'and', 'in', 'five', 'dozens', 'No', 'May', ':', '+', '½', 'year-old', '\n', '“', '”', 'Covid', 'people');
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(pieces, { maxLength: 40 }).map((a) => a.join(' ')), fc.array(pieces, { maxLength: 40 }).map((a) => a.join(''))), (text) => {
        for (const c of run(text)) {
          expect(text.slice(c.start, c.end)).toBe(c.text);
          expect(c.start).toBeLessThan(c.end);
        }
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    ['separators', '1,'.repeat(40_000)],
    ['spelled numbers', 'one hundred and '.repeat(10_000)],
    ['qualifiers', 'more than '.repeat(10_000) + '5 people'],
    ['symbols', '$£€%'.repeat(20_000)],
    ['digits', '9'.repeat(100_000)],
    ['one long sentence', 'About 300 people, and 40% of them, paid $5m; '.repeat(3_000)],
  ])('finishes on adversarial input: %s', (_name, text) => {
    const claims = run(text);
    for (const c of claims.slice(0, 50)) expect(text.slice(c.start, c.end)).toBe(c.text);
  });
});
