import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runDocument } from '../../src/pipeline/run-document.js';
import { attributeClaims } from '../../src/claims/index.js';
import type { Claim } from '../../src/schema/claim.js';
import type { Quote } from '../../src/schema/quote.js';

const FILLER = ['The raids took place over the weekend.', 'Residents said the streets were quiet afterwards.', 'The operation was planned for months.', 'More arrests are expected in the coming weeks.'];

/** Story k: a total and two parts; odd stories leave five people unaccounted for. */
function story(k: number): string[] {
  const total = 1000 + 7 * k;
  const users = 400 + 3 * k;
  const traffickers = total - users - (k % 2 ? 5 : 0);
  const n = (x: number) => x.toLocaleString('en-US');
  return [`Police arrested ${n(total)} people in the raids: ${n(users)} users and ${n(traffickers)} traffickers.`, ...FILLER];
}

describe('checks on a long document', () => {
  it('find in each of 150 stories what they find in it alone', () => {
    const stories = Array.from({ length: 150 }, (_, k) => story(k));
    const body = ['Drug raids', ...stories.flat()].join('\n\n');
    const r = runDocument({ id: null, location: 'long.txt', body, url: null, mediaType: 'text/plain', encoding: 'utf-8', fetchedAt: null, hints: { title: null, published: null, language: 'en' } });
    const sums = r.findings.filter((f) => f.check === 'sum');
    expect(sums.map((f) => f.status)).toEqual(stories.map((_, k) => (k % 2 ? 'inconsistent' : 'consistent')));
    expect(sums.every((f) => f.claimIds.length === 3)).toBe(true);
  });
});

/** The definition attributeClaims keeps: of the quotes holding the claim, the shortest, a direct one on a tie, else the first. */
function attributeByDefinition(claims: readonly Claim[], quotes: readonly Quote[]): Array<string | null> {
  return claims.map((c) => {
    let best: Quote | null = null;
    for (const q of quotes) {
      if (q.start > c.start || c.end > q.end) continue;
      const a = q.end - q.start;
      const b = best ? best.end - best.start : Infinity;
      if (!best || a < b || (a === b && q.kind === 'direct' && best.kind !== 'direct')) best = q;
    }
    return best?.id ?? null;
  });
}

describe('attributeClaims by position', () => {
  it('picks what a pass over every quote picks', () => {
    const span = fc.tuple(fc.nat(300), fc.nat(120)).map(([start, len]) => ({ start, end: start + len }));
    fc.assert(
      fc.property(fc.array(fc.tuple(span, fc.constantFrom('direct', 'partial', 'indirect') as fc.Arbitrary<Quote['kind']>), { maxLength: 12 }), fc.array(span, { maxLength: 12 }), (qs, cs) => {
        const quotes: Quote[] = qs.map(([s, kind], i) => ({ id: `q${i}`, start: s.start, end: s.end, text: '', kind, speakerId: null, source: null, cue: null, sentence: 0 }));
        const claims: Claim[] = cs.map((s, i) => ({
          id: `c${i}`, start: s.start, end: Math.min(s.end, s.start + 5), text: '', value: 1, low: 1, high: 1, qualifier: 'exact', change: null, kind: 'count',
          unit: null, subject: null, predicate: null, anchor: null, sentence: 0, quoteId: null, speakerId: null,
        }));
        expect(attributeClaims(claims, quotes).map((c) => c.quoteId)).toEqual(attributeByDefinition(claims, quotes));
      }),
    );
  });
});
