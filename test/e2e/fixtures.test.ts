import { readdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runFixture, type FixtureOutcome } from '../../src/fixtures/index.js';
import type { Result } from '../../src/schema/result.js';
import type { Span } from '../../src/schema/span.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const fixturesDir = join(root, 'fixtures');
const slugs = readdirSync(fixturesDir, { withFileTypes: true })
  .filter((e) => e.isDirectory() && existsSync(join(fixturesDir, e.name, 'expected.json')))
  .map((e) => e.name)
  .sort();

/** Each fixture runs once; both tests read the same outcome. */
const outcomes = new Map<string, Promise<FixtureOutcome>>();
function outcomeOf(slug: string): Promise<FixtureOutcome> {
  if (!outcomes.has(slug)) outcomes.set(slug, runFixture(join(fixturesDir, slug)));
  return outcomes.get(slug)!;
}

/** Every span of a Result with a label, so a broken one names itself in the failure. */
function spansOf(r: Result): Array<[string, Span]> {
  const out: Array<[string, Span]> = [];
  for (const s of r.sentences) out.push([`sentence ${s.index}`, s]);
  for (const c of r.claims) out.push([`claim ${c.text}`, c]);
  for (const q of r.quotes) {
    out.push([`quote ${q.text.slice(0, 30)}`, q]);
    if (q.source) out.push([`quote source ${q.source.text}`, q.source]);
    if (q.cue) out.push([`quote cue ${q.cue.text}`, q.cue]);
  }
  for (const s of r.speakers) for (const m of s.mentions) out.push([`mention of ${s.name}`, m]);
  return out;
}

describe('fixtures, end to end through runDocument', () => {
  it('has at least the reference fixture', () => {
    expect(slugs).toContain('post-drug-campaign');
  });

  describe.each(slugs)('%s', (slug) => {
    it('matches its expected.json: every required item found, nothing forbidden reported', async () => {
      const outcome = await outcomeOf(slug);
      const problems = outcome.problems.filter((p) => p.severity === 'error').map((p) => `[${p.category}] ${p.message}`);
      expect(problems).toEqual([]);
      expect(outcome.ok).toBe(true);
    });

    it('keeps the span invariant: article.text.slice(start, end) === text for every span', async () => {
      const outcome = await outcomeOf(slug);
      const r = outcome.result;
      expect(r).not.toBeNull();
      const text = r!.article.text;
      const broken = spansOf(r!)
        .filter(([, s]) => !(s.start >= 0 && s.end <= text.length && s.start <= s.end && text.slice(s.start, s.end) === s.text))
        .map(([label, s]) => `${label} [${s.start}, ${s.end})`);
      expect(broken).toEqual([]);
      expect(spansOf(r!).length).toBeGreaterThan(0);
    });
  });
});
