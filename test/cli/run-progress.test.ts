import { describe, expect, it } from 'vitest';
import { chooseLogMode, createReporter, formatBar, formatDuration, rates } from '../../src/cli/progress.js';
import { formatSummary } from '../../src/cli/commands/run.js';
import { emptyCounts, type BatchCounts } from '../../src/pipeline/batch/events.js';
import type { StoreSummary } from '../../src/store/index.js';

const counts = (over: Partial<BatchCounts> = {}): BatchCounts => ({ ...emptyCounts(), ...over });

function sink(isTTY = false) {
  const out: string[] = [];
  return { out, stream: { isTTY, columns: 100, write: (s: string) => out.push(s) } };
}

describe('progress', () => {
  it('picks a bar on a terminal and JSON lines otherwise, unless told', () => {
    expect(chooseLogMode('auto', { isTTY: true, write() {} })).toBe('bar');
    expect(chooseLogMode('auto', { isTTY: false, write() {} })).toBe('json');
    expect(chooseLogMode('json', { isTTY: true, write() {} })).toBe('json');
    expect(chooseLogMode('quiet', { isTTY: true, write() {} })).toBe('quiet');
  });

  it('computes docs/s, MB/s and an ETA from the bytes still to read', () => {
    expect(rates(counts({ documents: 50, bytes: 2_000_000 }), 10_000, 6_000_000)).toEqual({ docsPerSec: 5, mbPerSec: 0.2, etaSeconds: 20 });
    expect(rates(counts({ documents: 50, bytes: 2_000_000 }), 10_000, null).etaSeconds).toBeNull();
  });

  it('draws a bar with percent, documents, rates, ETA and failures', () => {
    const line = formatBar(counts({ documents: 1234, failed: 2, bytes: 500_000 }), 10_000, 1_000_000, 100);
    expect(line).toBe('[==============>               ]  50% 1,234 docs  123 docs/s  0.05 MB/s  ETA 0:10  2 failed');
    expect(formatBar(counts({ documents: 3, bytes: 10 }), 2_000, null, 100)).toBe('3 docs  2 docs/s  0.00 MB/s  0:02');
    // Too narrow for a bar: the figures alone.
    expect(formatBar(counts({ documents: 1234, bytes: 500_000 }), 10_000, 1_000_000, 60)).toBe(' 50% 1,234 docs  123 docs/s  0.05 MB/s  ETA 0:10');
  });

  it('formats durations as m:ss or h:mm:ss', () => {
    expect(formatDuration(5)).toBe('0:05');
    expect(formatDuration(125)).toBe('2:05');
    expect(formatDuration(3 * 3600 + 61)).toBe('3:01:01');
  });

  it('writes one JSON object per line per event in json mode', () => {
    const { out, stream } = sink();
    const r = createReporter('json', stream, () => Date.UTC(2024, 0, 2, 3, 4, 5));
    r.onEvent({ event: 'error', source: 'a.txt', stage: 'sources', rule: 'empty-input', message: 'a.txt is empty.' });
    r.onEvent({ event: 'progress', counts: counts({ documents: 10, bytes: 1_000_000 }), elapsedMs: 1000, totalBytes: 2_000_000 });
    expect(out.every((l) => l.endsWith('\n'))).toBe(true);
    const [err, prog] = out.map((l) => JSON.parse(l));
    expect(err).toEqual({ time: '2024-01-02T03:04:05.000Z', event: 'error', source: 'a.txt', stage: 'sources', rule: 'empty-input', message: 'a.txt is empty.' });
    expect(prog).toMatchObject({ event: 'progress', docsPerSec: 10, mbPerSec: 1, etaSeconds: 1 });
  });

  it('on a terminal prints errors above the bar and ends the bar with a newline', () => {
    const { out, stream } = sink(true);
    let t = 0;
    const r = createReporter('bar', stream, () => (t += 1000));
    r.onEvent({ event: 'start', runId: 1, workers: 2, totalBytes: 100 });
    r.onEvent({ event: 'progress', counts: counts({ documents: 1, bytes: 50 }), elapsedMs: 1000, totalBytes: 100 });
    r.onEvent({ event: 'error', source: 'b.txt', stage: 'sources', rule: 'binary-input', message: 'b.txt looks like a binary file, not text or HTML.' });
    r.onEvent({ event: 'done', counts: counts({ documents: 2, bytes: 100 }), elapsedMs: 2000, stopped: false });
    const text = out.join('');
    expect(text).toContain('tally: b.txt looks like a binary file, not text or HTML.\n');
    expect(text).toContain('\r\x1b[2K');
    expect(text.endsWith('\n')).toBe(true);
    expect(text).toContain('100% 2 docs');
  });

  it('prints nothing in quiet mode', () => {
    const { out, stream } = sink(true);
    const r = createReporter('quiet', stream);
    r.onEvent({ event: 'start', runId: 1, workers: 2, totalBytes: 100 });
    r.close();
    expect(out).toEqual([]);
  });
});

describe('formatSummary', () => {
  const summary: StoreSummary = {
    runId: 4,
    documents: 3,
    failed: 1,
    articles: 2,
    claims: 17,
    quotes: 5,
    speakers: 3,
    findings: 4,
    inconsistent: 2,
    inconsistencies: [
      { findingId: 'f1', articleId: 'a1', title: 'Port strike ends', location: 'news/strike.txt', check: 'sum', message: 'The parts add up to 240; the stated total is 250.' },
      { findingId: 'f2', articleId: 'a2', title: null, location: 'news/vote.html', check: 'proportion', message: '"Roughly half" is 0.31 of the stated total.' },
    ],
    errors: [{ sourceId: 's3', location: 'news/blank.txt', stage: 'sources', rule: 'empty-input', message: 'news/blank.txt is empty.' }],
  };

  it('lists the counts, every inconsistency with its article, and the failed documents', () => {
    const text = formatSummary(summary, { documents: 3, stored: 2, skipped: 0, failed: 1, bytes: 3_000_000 }, 2000, 4, 'claims.db', false);
    expect(text.split('\n')).toEqual([
      'tally run 4: 3 documents in 2.0 s (2 docs/s, 1.50 MB/s): 2 stored, 0 skipped (already stored), 1 failed.',
      '2 articles, 17 claims, 5 quotes, 3 speakers, 4 findings (2 inconsistent) in claims.db.',
      '',
      'Inconsistencies (2):',
      '- news/strike.txt ("Port strike ends"): The parts add up to 240; the stated total is 250.',
      '- news/vote.html: "Roughly half" is 0.31 of the stated total.',
      '',
      'Failed documents (1):',
      '- news/blank.txt: [sources empty-input] news/blank.txt is empty.',
      '',
    ]);
  });

  it('writes a count of one with a singular noun', () => {
    const one = { ...summary, articles: 1, claims: 1, quotes: 1, speakers: 1, findings: 1, inconsistent: 0, inconsistencies: [], errors: [] };
    const [first, second] = formatSummary(one, { documents: 1, stored: 1, skipped: 0, failed: 0, bytes: 1000 }, 1000, 1, 'claims.db', false).split('\n');
    expect(first).toBe('tally run 1: 1 document in 1.0 s (1 docs/s, 0.00 MB/s): 1 stored, 0 skipped (already stored), 0 failed.');
    expect(second).toBe('1 article, 1 claim, 1 quote, 1 speaker, 1 finding (0 inconsistent) in claims.db.');
  });

  it('caps the failed list but never the inconsistencies', () => {
    const many = {
      ...summary,
      inconsistencies: Array.from({ length: 120 }, (_, i) => ({ ...summary.inconsistencies[0]!, findingId: `f${i}` })),
      errors: Array.from({ length: 70 }, (_, i) => ({ ...summary.errors[0]!, sourceId: `s${i}` })),
    };
    const text = formatSummary(many, { documents: 190, stored: 120, skipped: 0, failed: 70, bytes: 1 }, 1000, 5, 'c.db', true);
    expect(text).toContain('tally run 5 (stopped early)');
    expect(text.match(/The parts add up to 240/g)).toHaveLength(120);
    expect(text).toContain('- ... and 20 more: SELECT * FROM errors in c.db.');
  });
});
