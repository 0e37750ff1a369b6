import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { openStore, migrate, currentVersion, SCHEMA_VERSION, type Store } from '../../src/store/index.js';
import { migrations } from '../../src/store/migrations.js';
import { nameEnds } from '../../src/store/link-surnames.js';
import type { Result } from '../../src/schema/result.js';
import { buildResult } from '../../scripts/docs/sample-results.js';
import { dumpContent, expectIndexedPlans, tempDir } from './helpers.js';

let dir: string;
let cleanup: () => void;
let store: Store;

beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  store = openStore(join(dir, 'claims.db'));
});
afterEach(() => {
  store.close();
  cleanup();
});

/** A one-paragraph story quoting one speaker, named as `name` in the attribution. */
function story(id: string, name: string, kind: 'person' | 'group' = 'person'): Result {
  const sentence = `"The budget is 40 percent short," ${name} said on Tuesday.`;
  return buildResult({
    id,
    source: `test/${id}.txt`,
    title: `Story ${id}`,
    byline: [],
    published: '2026-03-01',
    publisher: 'Test Courier',
    url: `https://courier.example/${id}`,
    paragraphs: [[sentence]],
    speakers: { s: { name, kind } },
    quotes: [{ at: [0, 'The budget is 40 percent short'], kind: 'direct', speaker: 's', source: name, cue: 'said' }],
    claims: [{ at: [0, '40 percent'], value: 40, kind: 'percent', unit: 'percent', quote: 0 }],
  });
}

/** Which person each article's speaker, quote and claim points at, by the person's shown name. */
function peopleOf(s: Store = store): Array<{ article: string; person: string; quote: string; claim: string }> {
  return s.db
    .prepare(
      `SELECT x.article_id AS article, p.name AS person, qp.name AS quote, cp.name AS claim
         FROM article_speakers x JOIN speakers p ON p.id = x.speaker_id
         JOIN quotes q ON q.article_speaker_id = x.id JOIN speakers qp ON qp.id = q.speaker_id
         JOIN claims c ON c.article_speaker_id = x.id JOIN speakers cp ON cp.id = c.speaker_id
        ORDER BY x.article_id`,
    )
    .all() as Array<{ article: string; person: string; quote: string; claim: string }>;
}

const personNames = (s: Store = store): string[] =>
  (s.db.prepare("SELECT name FROM speakers WHERE kind = 'person' ORDER BY name").all() as Array<{ name: string }>).map((r) => r.name);

describe('nameEnds', () => {
  it('gives the first and last words of a name of two words or more, null for one word', () => {
    expect(nameEnds('michael howard')).toEqual({ first: 'michael', last: 'howard' });
    expect(nameEnds('choub sok chamreun')).toEqual({ first: 'choub', last: 'chamreun' });
    expect(nameEnds('howard')).toBeNull();
  });
});

describe('one-word speakers across articles', () => {
  it('"Mr Howard" in one article is the Michael Howard another names in full, quotes and claims included', () => {
    store.writeResults([story('a', 'Michael Howard'), story('b', 'Mr Howard')]);
    expect(personNames()).toEqual(['Michael Howard']);
    expect(peopleOf()).toEqual([
      { article: 'a', person: 'Michael Howard', quote: 'Michael Howard', claim: 'Michael Howard' },
      { article: 'b', person: 'Michael Howard', quote: 'Michael Howard', claim: 'Michael Howard' },
    ]);
    const summary = store.db.prepare("SELECT quotes, articles, claims FROM speaker_summary WHERE name = 'Michael Howard'").get();
    expect(summary).toEqual({ quotes: 2, articles: 2, claims: 2 });
    // The article still says how it named him.
    expect(store.db.prepare("SELECT name, name_key FROM article_speakers WHERE article_id = 'b'").get()).toEqual({ name: 'Mr Howard', name_key: 'howard' });
  });

  it('gives the same rows whichever article is stored first, in one batch or in two', () => {
    store.writeResults([story('b', 'Mr Howard')]);
    expect(personNames()).toEqual(['Mr Howard']);
    store.writeResults([story('a', 'Michael Howard')]);
    const other = openStore(join(dir, 'other.db'));
    other.writeResults([story('a', 'Michael Howard'), story('b', 'Mr Howard')]);
    expect(dumpContent(store.db)).toEqual(dumpContent(other.db));
    other.close();
  });

  it('links a family name written first ("Mr Wang" for Wang Yi)', () => {
    store.writeResults([story('a', 'Wang Yi'), story('b', 'Mr Wang')]);
    expect(personNames()).toEqual(['Wang Yi']);
  });

  it('keeps a row of its own when two people share the word, and links again when one is gone', () => {
    store.writeResults([story('a', 'Michael Howard'), story('b', 'Mr Howard')]);
    store.writeResults([story('c', 'John Howard')]);
    expect(personNames()).toEqual(['John Howard', 'Michael Howard', 'Mr Howard']);
    expect(peopleOf().find((r) => r.article === 'b')).toEqual({ article: 'b', person: 'Mr Howard', quote: 'Mr Howard', claim: 'Mr Howard' });
    // Article c re-run, now quoting someone else: Howard is unique again.
    store.writeResults([story('c', 'Ana Ruiz')]);
    expect(personNames()).toEqual(['Ana Ruiz', 'Michael Howard']);
    expect(peopleOf().find((r) => r.article === 'b')?.person).toBe('Michael Howard');
  });

  it('speaker_candidates lists the people an unlinked one-word name may stand for, with their article counts', () => {
    store.writeResults([story('a', 'Michael Howard'), story('b', 'Mr Howard'), story('c', 'John Howard'), story('d', 'Michael Howard'), story('e', 'Ana Ruiz')]);
    const rows = store.db.prepare('SELECT name, candidate_name, candidate_articles FROM speaker_candidates ORDER BY candidate_articles DESC, candidate_name').all();
    expect(rows).toEqual([
      { name: 'Mr Howard', candidate_name: 'Michael Howard', candidate_articles: 2 },
      { name: 'Mr Howard', candidate_name: 'John Howard', candidate_articles: 1 },
    ]);
  });

  it('unlinks when the only article naming the person in full no longer does', () => {
    store.writeResults([story('a', 'Michael Howard'), story('b', 'Mr Howard')]);
    store.writeResults([story('a', 'Ana Ruiz')]);
    expect(personNames()).toEqual(['Ana Ruiz', 'Mr Howard']);
    expect(peopleOf().find((r) => r.article === 'b')).toEqual({ article: 'b', person: 'Mr Howard', quote: 'Mr Howard', claim: 'Mr Howard' });
  });

  it('never links groups, in either direction', () => {
    store.writeResults([story('a', 'Police', 'group'), story('b', 'Sergeant Police Smith'), story('c', 'Smith', 'group')]);
    const groups = (store.db.prepare("SELECT name FROM speakers WHERE kind = 'group' ORDER BY name").all() as Array<{ name: string }>).map((r) => r.name);
    expect(groups).toEqual(['Police', 'Smith']);
    expect(personNames()).toEqual(['Sergeant Police Smith']);
  });

  it('is idempotent: writing the same articles again changes nothing', () => {
    store.writeResults([story('a', 'Michael Howard'), story('b', 'Mr Howard'), story('c', 'Wang Yi'), story('d', 'Wang')]);
    const before = dumpContent(store.db);
    store.writeResults([story('d', 'Wang'), story('b', 'Mr Howard'), story('a', 'Michael Howard')]);
    expect(dumpContent(store.db)).toEqual(before);
  });

  it('a database from schema version 2 gets the keys and the links when it is opened', () => {
    store.close();
    const old = join(dir, 'version-2.db');
    const db = new BetterSqlite3(old);
    db.pragma('foreign_keys = ON');
    migrate(db, migrations.filter((m) => m.version <= 2));
    db.exec(`INSERT INTO sources (id, location, content_hash, pipeline_version, status) VALUES ('a', 'a.txt', 'h', 'v', 'ok'), ('b', 'b.txt', 'h', 'v', 'ok');
      INSERT INTO articles (id, byline, text, captions, content_hash, pipeline_version) VALUES ('a', '[]', 'x', '[]', 'h', 'v'), ('b', '[]', 'x', '[]', 'h', 'v');
      INSERT INTO speakers (id, name, name_key, kind) VALUES ('p1', 'Michael Howard', 'michael howard', 'person'), ('p2', 'Howard', 'howard', 'person');
      INSERT INTO article_speakers (id, article_id, speaker_id, name, kind) VALUES ('sa', 'a', 'p1', 'Michael Howard', 'person'), ('sb', 'b', 'p2', 'Mr. Howard', 'person');`);
    db.close();
    store = openStore(old);
    expect(currentVersion(store.db)).toBe(SCHEMA_VERSION);
    expect(store.db.prepare('SELECT id, name_key FROM article_speakers ORDER BY id').all()).toEqual([
      { id: 'sa', name_key: 'michael howard' },
      { id: 'sb', name_key: 'howard' },
    ]);
    expect(store.db.prepare('SELECT id, first_word, last_word FROM speakers').all()).toEqual([{ id: 'p1', first_word: 'michael', last_word: 'howard' }]);
    expect(store.db.prepare("SELECT speaker_id FROM article_speakers WHERE id = 'sb'").get()).toEqual({ speaker_id: 'p1' });
  });

  it('finds the rows it links through indexes', () => {
    const plans = [
      "SELECT id, speaker_id, name FROM article_speakers WHERE name_key = 'x' AND kind = 'person'",
      "SELECT id FROM speakers s WHERE kind = 'person' AND (last_word = 'x' OR first_word = 'x') AND EXISTS (SELECT 1 FROM article_speakers x WHERE x.speaker_id = s.id AND x.name_key = s.name_key) LIMIT 2",
      "UPDATE quotes SET speaker_id = 'p' WHERE article_speaker_id = 'x'",
      "UPDATE claims SET speaker_id = 'p' WHERE article_speaker_id = 'x'",
      "SELECT x.speaker_id, x.name_key, s.first_word, s.last_word FROM article_speakers x JOIN speakers s ON s.id = x.speaker_id WHERE x.article_id = 'x'",
    ];
    expectIndexedPlans(store.db, plans);
  });
});

describe('links are a function of the stored articles, not of the order they came in', () => {
  /** Who each article's speaker is, by the person's key, and which person rows exist: what a researcher's joins see. */
  const links = (s: Store): unknown => ({
    mentions: s.db.prepare('SELECT x.article_id, p.name_key FROM article_speakers x JOIN speakers p ON p.id = x.speaker_id ORDER BY 1').all(),
    quotes: s.db.prepare('SELECT q.article_id, p.name_key FROM quotes q JOIN speakers p ON p.id = q.speaker_id ORDER BY 1').all(),
    people: s.db.prepare("SELECT id, name_key FROM speakers WHERE kind = 'person' ORDER BY id").all(),
  });
  // Few names, so that surnames collide: one-word mentions, full names sharing a first or last word, re-runs that change them.
  const names = ['Ana Ruiz', 'Tom Ruiz', 'Mr Ruiz', 'Ruiz', 'Mr Howard', 'Michael Howard', 'Wang Yi', 'Mr Wang', 'Yi', 'Ms Ortega'];
  const write = fc.record({ article: fc.constantFrom('a', 'b', 'c', 'd', 'e'), name: fc.constantFrom(...names) });

  it('writing, rewriting and batching in any order gives the links of the final articles written at once', () => {
    fc.assert(
      fc.property(fc.array(fc.array(write, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }), (batches) => {
        const incremental = openStore(':memory:');
        const fresh = openStore(':memory:');
        try {
          const last = new Map<string, string>();
          for (const batch of batches) {
            // One batch holds one version of each article, as a run does.
            const once = new Map(batch.map((w) => [w.article, w.name]));
            incremental.writeResults([...once].map(([id, name]) => story(id, name)));
            for (const [id, name] of once) last.set(id, name);
          }
          fresh.writeResults([...last].sort().map(([id, name]) => story(id, name)));
          expect(links(incremental)).toEqual(links(fresh));
        } finally {
          incremental.close();
          fresh.close();
        }
      }),
      { numRuns: 60 },
    );
  });
});
