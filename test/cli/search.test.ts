import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-helpers.js';
import { sampleDatabase } from './db-fixture.js';
import { plainWords } from '../../src/store/search.js';

let fixture: ReturnType<typeof sampleDatabase>;
beforeAll(() => {
  fixture = sampleDatabase();
});
afterAll(() => fixture.cleanup());

interface Hit {
  kind: 'quote' | 'sentence';
  match: string;
  speaker: string | null;
  article_title: string;
  publisher: string;
  article_id: string;
  ref: string;
}

async function search(...args: string[]): Promise<Hit[]> {
  const { code, stdout, stderr } = await runCli(['search', ...args, '--db', fixture.db, '--format', 'jsonl']);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return stdout === '' ? [] : stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Hit);
}

describe('tally search', () => {
  it('finds quotes and sentences with their article titles and speakers', async () => {
    const hits = await search('methadone');
    expect(hits.map((h) => `${h.kind} ${h.article_id}`).sort()).toEqual(['quote courier-overdoses', 'sentence courier-budget', 'sentence courier-overdoses', 'sentence harbour-clinic']);
    const quote = hits.find((h) => h.kind === 'quote')!;
    expect(quote).toMatchObject({ match: '[Methadone] and naloxone are saving lives', speaker: 'José Ortega', article_title: 'Overdose deaths fall for the first time in five years', publisher: 'Valley Courier' });
  });

  it('searches only quotes or only sentences when asked', async () => {
    expect((await search('methadone', '--in', 'quotes')).every((h) => h.kind === 'quote')).toBe(true);
    expect((await search('methadone', '--in', 'sentences')).every((h) => h.kind === 'sentence')).toBe(true);
  });

  it('matches stems and folds accents', async () => {
    expect((await search('saved', '--in', 'quotes')).map((h) => h.match)).toEqual(['Methadone and naloxone are [saving] lives']);
    expect((await search('jose', '--in', 'sentences')).length).toBe(2);
  });

  it('takes FTS5 phrases and operators, and plain text that is not valid FTS5', async () => {
    expect(await search('"waiting list"', '--in', 'quotes')).toHaveLength(1);
    expect((await search('naloxone', 'OR', 'fentanyl', '--in', 'sentences')).length).toBe(2);
    expect(await search('Covid-19')).toEqual([]);
    expect((await search('naloxone"')).length).toBeGreaterThan(0);
  });

  it('limits the hits and prints a table by default', async () => {
    expect(await search('clinic', '--limit', '2')).toHaveLength(2);
    const { code, stdout } = await runCli(['search', 'fentanyl', '--db', fixture.db]);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toMatch(/^kind\s+match\s+speaker\s+article_title\s+publisher/);
    expect(stdout).toMatch(/\(1 row\)/);
  });

  it('exits 2 on usage errors and has --help', async () => {
    expect((await runCli(['search', '--db', fixture.db])).code).toBe(2);
    expect((await runCli(['search', 'x', '--db', fixture.db, '--in', 'captions'])).code).toBe(2);
    const help = await runCli(['search', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/phrase/);
  });
});

describe('plainWords', () => {
  it.each([
    ['covid-19 cases', '"covid-19" "cases"'],
    ['say "hi', '"say" """hi"'],
    ['- --', '""'],
  ])('%s -> %s', (q, expected) => {
    expect(plainWords(q)).toBe(expected);
  });
});
