import { describe, expect, it } from 'vitest';
import { attributeClaims } from '../../src/claims/index.js';
import type { Claim } from '../../src/schema/claim.js';
import type { Quote } from '../../src/schema/quote.js';

const claim = (start: number, end: number): Claim => ({
  id: `c${start}`, start, end, text: 'x'.repeat(end - start), value: 1, low: 1, high: 1, qualifier: 'exact', change: null, kind: 'count',
  unit: null, subject: null, predicate: null, anchor: null, sentence: 0, quoteId: null, speakerId: null,
});
const quote = (id: string, start: number, end: number, kind: Quote['kind'], speakerId: string | null): Quote => ({
  id, start, end, text: 'q'.repeat(end - start), kind, speakerId, source: null, cue: null, sentence: 0,
});

describe('attributeClaims', () => {
  it('gives a figure inside a quote that quote and its speaker', () => {
    const [c] = attributeClaims([claim(10, 12)], [quote('q1', 5, 40, 'direct', 's1')]);
    expect([c!.quoteId, c!.speakerId]).toEqual(['q1', 's1']);
  });

  it('leaves a figure outside every quote alone', () => {
    const [c] = attributeClaims([claim(50, 52)], [quote('q1', 5, 40, 'direct', 's1')]);
    expect([c!.quoteId, c!.speakerId]).toEqual([null, null]);
  });

  it('prefers the innermost quote, then the direct one', () => {
    const quotes = [quote('outer', 0, 100, 'indirect', 'officials'), quote('inner', 20, 40, 'partial', 'mayor'), quote('same', 20, 40, 'direct', 'aide')];
    const [c] = attributeClaims([claim(25, 30)], quotes);
    expect(c!.quoteId).toBe('same');
    const [d] = attributeClaims([claim(60, 62)], quotes);
    expect(d!.quoteId).toBe('outer');
  });

  it('does not attribute a figure that straddles a quote boundary', () => {
    const [c] = attributeClaims([claim(38, 45)], [quote('q1', 5, 40, 'direct', 's1')]);
    expect(c!.quoteId).toBeNull();
  });
});
