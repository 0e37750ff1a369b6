import { describe, expect, it } from 'vitest';
import { addMatch, emptyTallies, formatScores, scoreTally, scoresToJson } from '../../src/evaluate/index.js';
import { Expectation } from '../../src/fixtures/expectation.js';
import { matchResult } from '../../src/fixtures/match.js';
import { STORY, claimAt, goodResult } from '../fixtures/make-result.js';

describe('scoreTally', () => {
  it('computes precision, recall and F1', () => {
    expect(scoreTally({ tp: 6, fp: 2, fn: 4 })).toEqual({ precision: 0.75, recall: 0.6, f1: (2 * 0.75 * 0.6) / 1.35 });
  });
  it('gives null where nothing was predicted or expected, and 0 F1 when nothing is right', () => {
    expect(scoreTally({ tp: 0, fp: 0, fn: 3 })).toEqual({ precision: null, recall: 0, f1: null });
    expect(scoreTally({ tp: 0, fp: 2, fn: 0 })).toEqual({ precision: 0, recall: null, f1: null });
    expect(scoreTally({ tp: 0, fp: 1, fn: 1 })).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});

describe('addMatch', () => {
  const expectation = Expectation.parse({
    claims: {
      required: [
        { text: '240', context: 'approved 240 new', unit: 'homes' },
        { text: '150', context: 'Of those, 150', value: 150 },
        { text: '12', context: 'in 12 weeks' },
      ],
      optional: [{ text: 'next year', context: 'by next year' }],
      forbidden: [{ text: 'Covid-19', context: 'despite Covid-19 delays' }],
    },
    speakers: [{ name: 'Maria Lopez' }, { name: 'officials', optional: true }],
  });

  it('counts found required items as tp, missing as fn, and unmatched output (forbidden included) as fp', () => {
    const r = goodResult();
    r.claims.push(claimAt(STORY, 'next year'), claimAt(STORY, '19', { value: 19 }));
    const t = addMatch(emptyTallies(), matchResult(r, expectation));
    // Reported: 240, 150, 80, about 2,000, next year (optional), 19 (forbidden).
    expect(t.claims).toMatchObject({ tp: 2, fn: 1, fp: 3, optional: 1, forbidden: 1 });
    expect(t.claims.fields).toEqual({ unit: { checked: 1, correct: 0 }, value: { checked: 1, correct: 1 } });
    expect(t.speakers).toMatchObject({ tp: 1, fn: 0, fp: 0 });
  });

  it('sums over documents', () => {
    const t = emptyTallies();
    addMatch(t, matchResult(goodResult(), expectation));
    addMatch(t, matchResult(goodResult(), expectation));
    expect(t.claims).toMatchObject({ tp: 4, fn: 2, fp: 4 });
    const json = scoresToJson(t, 2) as { documents: number; claims: { precision: number; recall: number; fieldAccuracy: Record<string, number> } };
    expect(json.documents).toBe(2);
    expect(json.claims.precision).toBe(0.5);
    expect(json.claims.recall).toBeCloseTo(2 / 3);
    expect(json.claims.fieldAccuracy).toEqual({ unit: 0, value: 1 });
    const table = formatScores(t, 2);
    expect(table).toContain('2 documents');
    expect(table).toMatch(/^claims\s+50\.0%\s+66\.7%\s+57\.1%\s+4\s+4\s+2\s+0\s+0$/m);
    expect(table).toMatch(/^claims\.unit\s+0\.0%\s+\(0\/2\)$/m);
  });
});
