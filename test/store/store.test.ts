import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { openStore, migrate, currentVersion, SCHEMA_VERSION, searchText, type Store } from '../../src/store/index.js';
import { migrations } from '../../src/store/migrations.js';
import { runDocument } from '../../src/pipeline/index.js';
import type { Result } from '../../src/schema/result.js';
import { sampleResults, sampleUnreadable, buildResult } from '../../scripts/docs/sample-results.js';
import { dumpContent, expectIndexedPlans, tempDir } from './helpers.js';

let dir: string;
let cleanup: () => void;
let store: Store;
let path: string;

beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  path = join(dir, 'claims.db');
  store = openStore(path);
});
afterEach(() => {
  store.close();
  cleanup();
});

function writeSample(s: Store = store): number {
  const runId = s.startRun({ inputs: ['sample'], pipelineVersion: 'sample', options: { workers: 2 } });
  s.writeResults(sampleResults, runId);
  s.recordError(sampleUnreadable, runId);
  s.finishRun(runId, { documents: 5, stored: 4, skipped: 0, failed: 1 });
  return runId;
}

const count = (sql: string, ...params: unknown[]): number => (store.db.prepare(sql).get(...params) as { n: number }).n;

/** Throws unless both full-text indexes hold exactly the rows of their content tables (FTS5 integrity-check with rank 1 compares them). */
function expectIndexesMatchTables(s: Store = store): void {
  for (const t of ['quotes_fts', 'sentences_fts']) expect(() => s.db.prepare(`INSERT INTO ${t}(${t}, rank) VALUES ('integrity-check', 1)`).run(), t).not.toThrow();
}

describe('migrations', () => {
  it('creates the schema on an empty file and records the version', () => {
    expect(currentVersion(store.db)).toBe(SCHEMA_VERSION);
    const rows = store.db.prepare('SELECT version, name FROM schema_version').all() as Array<{ version: number; name: string }>;
    expect(rows.map((r) => r.version)).toEqual(migrations.map((m) => m.version));
    const names = (store.db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')").all() as Array<{ name: string }>).map((r) => r.name);
    for (const t of ['sources', 'articles', 'sentences', 'claims', 'quotes', 'speakers', 'article_speakers', 'speaker_mentions', 'findings', 'finding_claims', 'runs', 'errors', 'claim_details', 'quote_details', 'finding_details', 'quotes_fts', 'sentences_fts']) {
      expect(names).toContain(t);
    }
  });

  it('uses WAL and enforces foreign keys', () => {
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(() => store.db.prepare("INSERT INTO claims (id, article_id, start, end, text, qualifier, kind, sentence) VALUES ('c', 'no-such-article', 0, 1, 'x', 'exact', 'count', 0)").run()).toThrow(/FOREIGN KEY/);
  });

  it('gives a new file 8 KiB pages and opens an older file with its own page size', () => {
    expect(store.db.pragma('page_size', { simple: true })).toBe(8192);
    const older = join(dir, 'older.db');
    const raw = new BetterSqlite3(older);
    raw.pragma('page_size = 4096');
    raw.exec('CREATE TABLE kept (x)');
    raw.close();
    const reopened = openStore(older);
    try {
      expect(reopened.db.pragma('page_size', { simple: true })).toBe(4096);
      expect(currentVersion(reopened.db)).toBe(SCHEMA_VERSION);
    } finally {
      reopened.close();
    }
  });

  it('applies nothing twice when reopened', () => {
    writeSample();
    store.close();
    store = openStore(path);
    expect(count('SELECT count(*) AS n FROM schema_version')).toBe(migrations.length);
    expect(count('SELECT count(*) AS n FROM articles')).toBe(4);
  });

  it('runs pending migrations in order, each in a transaction, and a failing one leaves the version before it', () => {
    const db = new BetterSqlite3(':memory:');
    const applied = migrate(db, [
      { version: 1, name: 'one', sql: 'CREATE TABLE a (x INTEGER)' },
      { version: 2, name: 'two', sql: 'CREATE TABLE b (y INTEGER)' },
    ]);
    expect(applied).toEqual([1, 2]);
    expect(() => migrate(db, [{ version: 1, name: 'one', sql: '' }, { version: 2, name: 'two', sql: '' }, { version: 3, name: 'bad', sql: 'CREATE TABLE c (z INTEGER); CREATE TABLE c (z INTEGER)' }])).toThrow(/already exists/);
    expect(currentVersion(db)).toBe(2);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'c'").get()).toEqual({ n: 0 });
    db.close();
  });

  it('refuses a database from a newer tally', () => {
    store.db.prepare("INSERT INTO schema_version (version, name, applied_at) VALUES (99, 'future', 'x')").run();
    store.close();
    expect(() => (store = openStore(path))).toThrow(/schema version 99, newer than this tally understands/);
    store = openStore(':memory:');
  });
});

describe('writing Results', () => {
  it('stores every record of every document', () => {
    writeSample();
    expect(count('SELECT count(*) AS n FROM sources')).toBe(5);
    expect(count('SELECT count(*) AS n FROM articles')).toBe(4);
    expect(count('SELECT count(*) AS n FROM claims')).toBe(sampleResults.reduce((n, r) => n + r.claims.length, 0));
    expect(count('SELECT count(*) AS n FROM quotes')).toBe(sampleResults.reduce((n, r) => n + r.quotes.length, 0));
    expect(count('SELECT count(*) AS n FROM sentences')).toBe(sampleResults.reduce((n, r) => n + r.sentences.length, 0));
    expect(count('SELECT count(*) AS n FROM finding_claims')).toBe(sampleResults.reduce((n, r) => n + r.findings.reduce((m, f) => m + f.claimIds.length, 0), 0));
    expect(store.db.pragma('foreign_key_check')).toEqual([]);
    expectIndexesMatchTables();
  });

  it('keeps offsets: every stored span is the slice of the stored article text', () => {
    writeSample();
    const rows = store.db
      .prepare(
        `SELECT a.text AS article, x.start, x.end, x.text FROM (
           SELECT article_id, start, end, text FROM claims UNION ALL SELECT article_id, start, end, text FROM quotes
           UNION ALL SELECT article_id, start, end, text FROM sentences UNION ALL SELECT article_id, start, end, text FROM speaker_mentions
           UNION ALL SELECT article_id, start, end, text FROM paragraphs) x JOIN articles a ON a.id = x.article_id`,
      )
      .all() as Array<{ article: string; start: number; end: number; text: string }>;
    expect(rows.length).toBeGreaterThan(40);
    for (const r of rows) expect(r.article.slice(r.start, r.end)).toBe(r.text);
  });

  it('writing the same Results twice leaves exactly the same rows', () => {
    const runId = writeSample();
    const before = dumpContent(store.db);
    store.writeResults(sampleResults, runId);
    store.recordError(sampleUnreadable, runId);
    expect(dumpContent(store.db)).toEqual(before);
    // A second run over the same input adds no content rows either, only its run record.
    writeSample();
    const after = dumpContent(store.db);
    for (const t of Object.keys(before)) expect(after[t]!.length, t).toBe(before[t]!.length);
    expect(count('SELECT count(*) AS n FROM runs')).toBe(2);
  });

  it('a re-run that finds fewer records removes the stale ones, from the full-text index too', () => {
    writeSample();
    const clinic = sampleResults[0]!;
    const fewer: Result = { ...clinic, quotes: clinic.quotes.slice(1), claims: clinic.claims.filter((c) => c.quoteId !== clinic.quotes[0]!.id), findings: [] };
    store.writeResults([fewer]);
    expect(count('SELECT count(*) AS n FROM quotes WHERE article_id = ?', clinic.id)).toBe(1);
    expect(count('SELECT count(*) AS n FROM findings WHERE article_id = ?', clinic.id)).toBe(0);
    expect(count("SELECT count(*) AS n FROM quotes_fts WHERE quotes_fts MATCH 'turned'")).toBe(0);
    expect(count("SELECT count(*) AS n FROM quotes_fts WHERE quotes_fts MATCH 'grown'")).toBe(1);
    expect(store.db.prepare("INSERT INTO quotes_fts(quotes_fts) VALUES ('integrity-check')").run().changes).toBeGreaterThanOrEqual(0);
  });

  it('ids are the pipeline ids, unchanged by a re-write', () => {
    writeSample();
    const ids = (store.db.prepare('SELECT id FROM claims ORDER BY id').all() as Array<{ id: string }>).map((r) => r.id);
    expect(ids).toEqual(sampleResults.flatMap((r) => r.claims.map((c) => c.id)).sort());
    const people = store.db.prepare('SELECT id FROM speakers ORDER BY id').all();
    store.writeResults([...sampleResults].reverse());
    expect(store.db.prepare('SELECT id FROM speakers ORDER BY id').all()).toEqual(people);
  });

  it('isStored is true only for the same content, pipeline version and a whole document', () => {
    writeSample();
    const r = sampleResults[1]!;
    expect(store.isStored(r.id, r.contentHash, r.pipelineVersion)).toBe(true);
    expect(store.isStored(r.id, 'other-hash', r.pipelineVersion)).toBe(false);
    expect(store.isStored(r.id, r.contentHash, '9.9.9')).toBe(false);
    expect(store.isStored('no-such-doc', r.contentHash, r.pipelineVersion)).toBe(false);
    const failed: Result = { ...r, errors: [{ stage: 'claims', rule: 'stage-threw', severity: 'fatal', message: 'claims failed: boom', start: null, end: null }] };
    store.writeResults([failed]);
    expect(store.isStored(r.id, r.contentHash, r.pipelineVersion)).toBe(false);
    expect(count("SELECT count(*) AS n FROM sources WHERE id = ? AND status = 'failed'", r.id)).toBe(1);
    expect(count('SELECT count(*) AS n FROM claims WHERE article_id = ?', r.id)).toBe(r.claims.length);
  });

  it('stores errors with stage, message and source; an unreadable input later read well loses its error', () => {
    writeSample();
    const row = store.db.prepare("SELECT s.location, e.stage, e.rule, e.message, e.severity FROM errors e JOIN sources s ON s.id = e.source_id").get();
    expect(row).toEqual({ location: 'sample/photo.jpg', stage: 'sources', rule: 'binary-input', message: sampleUnreadable.message, severity: 'fatal' });
    const fixed = buildResult({ id: 'photo-now-text', source: 'sample/photo.jpg', title: 'Now text', byline: [], published: '2025-01-01', publisher: 'X', url: 'https://x.example/', paragraphs: [['It is text now.']] });
    store.writeResults([fixed]);
    expect(count("SELECT count(*) AS n FROM sources WHERE location = 'sample/photo.jpg'")).toBe(1);
    expect(count('SELECT count(*) AS n FROM errors')).toBe(0);
  });

  it('a dangling reference is stored without the link and noted, never failing the batch', () => {
    const r = sampleResults[0]!;
    const broken: Result = { ...r, claims: r.claims.map((c, i) => (i === 0 ? { ...c, quoteId: 'quote_missing', speakerId: 'speaker_missing' } : c)) };
    const report = store.writeResults([broken]);
    expect(report.stored).toBe(1);
    expect(store.db.prepare('SELECT quote_id, speaker_id FROM claims WHERE id = ?').get(r.claims[0]!.id)).toEqual({ quote_id: null, speaker_id: null });
    const notes = (store.db.prepare("SELECT rule, severity FROM errors WHERE stage = 'store'").all() as Array<{ rule: string; severity: string }>).map((e) => `${e.severity} ${e.rule}`);
    expect(notes).toEqual(['warning dangling-reference', 'warning dangling-reference']);
  });

  it('a document SQLite rejects is recorded as failed and the rest of the batch is stored', () => {
    const [a, b] = sampleResults as [Result, Result];
    // b reuses a claim id that a already stored: a pipeline bug the store must survive.
    const clash: Result = { ...b, claims: b.claims.map((c, i) => (i === 0 ? { ...c, id: a.claims[0]!.id } : c)) };
    const report = store.writeResults([a, clash, sampleResults[2]!]);
    expect(report.stored).toBe(2);
    expect(report.failed).toBe(1);
    expect(count('SELECT count(*) AS n FROM articles')).toBe(2);
    const err = store.db.prepare('SELECT stage, rule, severity, message FROM errors WHERE source_id = ?').get(b.id) as { stage: string; message: string };
    expect(err.stage).toBe('store');
    expect(err.message).toMatch(/^The document could not be stored: UNIQUE constraint failed: claims\.id\.$/);
    expect(store.db.pragma('foreign_key_check')).toEqual([]);
  });

  it('stores what runDocument produces for a news story', () => {
    const body = [
      'Harbour ferry fares to rise by 12 percent',
      '',
      'Ferry fares across the harbour will rise by 12 percent from June, the transport authority said on Friday.',
      '',
      'About 40,000 passengers use the service each day, and more than 300 of them travel with bicycles.',
    ].join('\n');
    const result = runDocument({ id: 'ferry-fares', location: 'test/ferry.txt', url: null, mediaType: 'text/plain', body, encoding: 'utf-8', fetchedAt: null, hints: { title: null, published: null, language: 'en' } });
    store.writeResults([result]);
    expect(count('SELECT count(*) AS n FROM articles WHERE id = ?', 'ferry-fares')).toBe(result.errors.some((e) => e.severity === 'fatal') && result.article.text === '' ? 0 : 1);
    expect(count('SELECT count(*) AS n FROM claims')).toBe(result.claims.length);
    expect(count('SELECT count(*) AS n FROM quotes')).toBe(result.quotes.length);
    expect(count('SELECT count(*) AS n FROM sentences')).toBe(result.sentences.length);
    expect(store.isStored(result.id, result.contentHash, result.pipelineVersion)).toBe(!result.errors.some((e) => e.severity === 'fatal'));
  });
});

describe('speakers across articles', () => {
  it('one row per person whatever the spelling, one group row per article', () => {
    writeSample();
    const people = store.db.prepare("SELECT name, name_key FROM speakers WHERE kind = 'person' ORDER BY name").all();
    expect(people).toEqual([
      { name: 'Amira Haddad', name_key: 'amira haddad' },
      { name: 'José Ortega', name_key: 'jose ortega' },
    ]);
    const groups = store.db.prepare("SELECT name FROM speakers WHERE kind = 'group' ORDER BY name COLLATE NOCASE").all();
    expect(groups).toEqual([{ name: 'officials' }, { name: "the coroner's office" }, { name: 'The health ministry' }]);
    const haddad = store.db.prepare("SELECT quotes, articles, claims, titles, organizations FROM speaker_summary WHERE name = 'Amira Haddad'").get();
    expect(haddad).toEqual({ quotes: 4, articles: 3, claims: 3, titles: 'director; head', organizations: 'Eastside Clinic' });
  });

  it('speaker_summary lists titles most used first, case variants once', () => {
    const story = (id: string, title: string): Result =>
      buildResult({
        id,
        source: `t/${id}.txt`,
        title: id,
        byline: [],
        published: '2026-01-01',
        publisher: 'Test Courier',
        url: `https://courier.example/${id}`,
        paragraphs: [['"Rates will rise," Ana Ruiz said.']],
        speakers: { r: { name: 'Ana Ruiz', title } },
        quotes: [{ at: [0, 'Rates will rise'], kind: 'direct', speaker: 'r', source: 'Ana Ruiz', cue: 'said' }],
      });
    store.writeResults([story('a', 'party leader'), story('b', 'Tory leader'), story('c', 'Tory leader'), story('d', 'Party leader'), story('e', 'Tory leader'), story('f', 'chair')]);
    const row = store.db.prepare("SELECT titles FROM speaker_summary WHERE name = 'Ana Ruiz'").get() as { titles: string };
    expect(row.titles.split('; ')).toEqual(['Tory leader', expect.stringMatching(/^[Pp]arty leader$/), 'chair']);
  });

  it('keeps per-article titles and mentions', () => {
    writeSample();
    const rows = store.db
      .prepare("SELECT a.publisher, x.name, x.title FROM article_speakers x JOIN articles a ON a.id = x.article_id JOIN speakers s ON s.id = x.speaker_id WHERE s.name_key = 'jose ortega' ORDER BY a.published")
      .all();
    expect(rows).toEqual([
      { publisher: 'Valley Courier', name: 'José Ortega', title: 'councillor' },
      { publisher: 'Valley Courier', name: 'Jose Ortega', title: 'chair of the health committee' },
    ]);
    expect(count("SELECT count(*) AS n FROM speaker_mentions m JOIN article_speakers x ON x.id = m.article_speaker_id WHERE x.name = 'Dr. Amira Haddad'")).toBe(2);
  });

  it('a person no article names any more is removed on re-write', () => {
    writeSample();
    const tribune = sampleResults[3]!;
    const withoutHaddadElsewhere = sampleResults.filter((r) => r !== tribune).map((r) => ({ ...r, speakers: [], quotes: r.quotes.map((q) => ({ ...q, speakerId: null })), claims: r.claims.map((c) => ({ ...c, speakerId: null })) }));
    store.writeResults(withoutHaddadElsewhere);
    expect(count("SELECT count(*) AS n FROM speakers WHERE name_key = 'jose ortega'")).toBe(0);
    expect(count("SELECT count(*) AS n FROM speakers WHERE name_key = 'amira haddad'")).toBe(1);
  });
});

describe('views', () => {
  it('claim_details joins sentence, article and speaker', () => {
    writeSample();
    const row = store.db.prepare("SELECT claim, sentence, article_title, article_url, publisher, published, speaker, speaker_title, speaker_organization FROM claim_details WHERE claim = 'roughly half'").get();
    expect(row).toEqual({
      claim: 'roughly half',
      sentence: 'Amira Haddad, who runs the Eastside Clinic, told the meeting that roughly half of her patients travel from outside the city.',
      article_title: 'Council splits over treatment budget',
      article_url: 'https://valleycourier.example/news/treatment-budget',
      publisher: 'Valley Courier',
      published: '2025-03-11',
      speaker: 'Amira Haddad',
      speaker_title: 'head',
      speaker_organization: 'Eastside Clinic',
    });
    expect(count('SELECT count(*) AS n FROM claim_details')).toBe(count('SELECT count(*) AS n FROM claims'));
  });

  it('quote_details gives speaker name, title and organisation', () => {
    writeSample();
    const rows = store.db.prepare("SELECT speaker, speaker_title, speaker_organization, named_as, cue FROM quote_details WHERE publisher = 'Harbour Gazette' ORDER BY quote").all();
    expect(rows).toEqual([
      { speaker: 'Amira Haddad', speaker_title: 'director', speaker_organization: 'Eastside Clinic', named_as: 'Dr. Amira Haddad', cue: 'said' },
      { speaker: 'Amira Haddad', speaker_title: 'director', speaker_organization: 'Eastside Clinic', named_as: 'She', cue: 'said' },
    ]);
  });

  it('finding_details lists the claim texts in order, total first', () => {
    writeSample();
    const row = store.db.prepare("SELECT check_name, status, claims, claim_ids, expected, stated, difference, message FROM finding_details WHERE check_name = 'sum'").get() as Record<string, unknown>;
    const sum = sampleResults[0]!.findings[0]!;
    expect(row).toEqual({ check_name: 'sum', status: 'inconsistent', claims: '250 | 130 | 110', claim_ids: JSON.stringify(sum.claimIds), expected: 240, stated: 250, difference: 10, message: sum.message });
  });

  it('article_summary counts per article', () => {
    writeSample();
    expect(store.db.prepare("SELECT claims, quotes, speakers, findings, inconsistencies FROM article_summary WHERE article_id = 'tribune-waiting'").get()).toEqual({ claims: 5, quotes: 2, speakers: 2, findings: 2, inconsistencies: 1 });
  });
});

describe('full-text search', () => {
  it('the integrity check used below does catch an index that differs from its table', () => {
    writeSample();
    expectIndexesMatchTables();
    store.db.prepare("UPDATE sentences SET text = 'Seventeen lighthouse keepers resigned.' WHERE id = (SELECT min(id) FROM sentences)").run();
    expect(() => store.db.prepare("INSERT INTO sentences_fts(sentences_fts, rank) VALUES ('integrity-check', 1)").run()).toThrow();
    store.db.prepare("INSERT INTO sentences_fts(sentences_fts) VALUES ('rebuild')").run();
    expectIndexesMatchTables();
  });

  it('search finds the rows written and none of an article replaced by a re-write', () => {
    writeSample();
    const clinic = sampleResults.find((r) => searchText(store.db, 'methadone').some((h) => h[6] === r.id && h[0] === 'quote'))!;
    expect(clinic).toBeDefined();
    const before = searchText(store.db, 'methadone', { limit: 100 });
    expect(before.filter((h) => h[6] === clinic.id).length).toBeGreaterThan(0);
    const body = [
      'Lighthouse keepers vote to strike',
      '',
      'Keepers at 14 coastal lighthouses voted to strike from March, their union said on Monday.',
      '',
      '"We have waited three years for an answer," said Ana Ruiz, the union secretary.',
    ].join('\n');
    const fresh = runDocument({ id: clinic.id, location: clinic.source, url: null, mediaType: 'text/plain', body, encoding: 'utf-8', fetchedAt: null, hints: { title: null, published: null, language: 'en' } });
    expect(fresh.id).toBe(clinic.id);
    // Replaced together with another article in one batch, and written twice in it: the last write wins.
    store.writeResults([fresh, sampleResults.find((r) => r.id !== clinic.id)!, fresh]);
    expectIndexesMatchTables();
    const after = searchText(store.db, 'methadone', { limit: 100 });
    expect(after.filter((h) => h[6] === clinic.id)).toEqual([]);
    expect(after).toEqual(before.filter((h) => h[6] !== clinic.id));
    const strike = searchText(store.db, 'lighthouses strike', { limit: 100 });
    expect(strike.length).toBeGreaterThan(0);
    expect(strike.every((h) => h[6] === clinic.id)).toBe(true);
    expect(strike.filter((h) => h[0] === 'sentence').length).toBe(count("SELECT count(*) AS n FROM sentences WHERE article_id = ? AND text LIKE '%lighthouses%' AND text LIKE '%strike%'", clinic.id));
    // Each row is indexed once: a stemmed word counted through the index equals the rows that hold it.
    expect(count("SELECT count(*) AS n FROM sentences_fts WHERE sentences_fts MATCH 'keepers'")).toBe(count("SELECT count(*) AS n FROM sentences WHERE text LIKE '%keepers%'"));
  });

  it('a batch that replaces the newest article, whose rowids SQLite then reuses, indexes every new row once', () => {
    writeSample();
    const newest = store.db.prepare('SELECT article_id FROM sentences ORDER BY id DESC LIMIT 1').pluck().get() as string;
    const last = sampleResults.find((r) => r.id === newest)!;
    const shorter: Result = { ...last, sentences: last.sentences.slice(0, 2), quotes: last.quotes.slice(0, 1), claims: [], findings: [] };
    const other = sampleResults.find((r) => r.id !== newest)!;
    const copy: Result = { ...other, id: 'copy-of-other', claims: [], findings: [], quotes: [], speakers: [] };
    store.writeResults([shorter, copy, last]);
    expectIndexesMatchTables();
    store.writeResults([shorter, copy]);
    expectIndexesMatchTables();
    const hits = searchText(store.db, 'methadone', { in: 'sentences', limit: 100 });
    const rows = count("SELECT count(*) AS n FROM sentences WHERE text LIKE '%methadone%'");
    expect(hits.length).toBe(rows);
  });

  it('a failed document replaced by a good one at the same location leaves the index with it', () => {
    const [a, b] = sampleResults as [Result, Result];
    const failed: Result = { ...a, id: 'failed-first-read', quotes: [], claims: [], speakers: [], findings: [], errors: [{ stage: 'claims', rule: null, severity: 'fatal', message: 'Broke.', start: null, end: null }] };
    store.writeResults([failed, b]);
    expect(count('SELECT count(*) AS n FROM sentences WHERE article_id = ?', failed.id)).toBe(a.sentences.length);
    expectIndexesMatchTables();
    expect(searchText(store.db, 'methadone', { in: 'sentences', limit: 100 }).some((h) => h[6] === failed.id)).toBe(a.sentences.some((x) => /methadone/i.test(x.text)));
    store.writeResults([a]);
    expect(count('SELECT count(*) AS n FROM sources WHERE id = ?', failed.id)).toBe(0);
    expectIndexesMatchTables();
    expect(searchText(store.db, 'methadone', { limit: 100 }).some((h) => h[6] === failed.id)).toBe(false);
  });

  it('a database written by schema version 1 (trigger-kept indexes) upgrades and stays searchable', () => {
    store.close();
    const old = join(dir, 'version-1.db');
    const db = new BetterSqlite3(old);
    db.pragma('foreign_keys = ON');
    migrate(db, migrations.filter((m) => m.version === 1));
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'trigger'").get()).toEqual({ n: 6 });
    db.close();
    store = openStore(old);
    expect(currentVersion(store.db)).toBe(SCHEMA_VERSION);
    expect(count("SELECT count(*) AS n FROM sqlite_master WHERE type = 'trigger'")).toBe(0);
    for (const index of ['claims_article_speaker', 'errors_run', 'findings_article']) expect(count("SELECT count(*) AS n FROM sqlite_master WHERE type = 'index' AND name = ?", index)).toBe(1);
    writeSample();
    writeSample();
    expectIndexesMatchTables();
    expect(searchText(store.db, 'methadone').length).toBeGreaterThan(0);
  });

  it('the delete and replace path looks every row up by an index', () => {
    const plans = [
      "DELETE FROM articles WHERE id = 'x'",
      "DELETE FROM sources WHERE location = 'x' AND id <> 'y' AND status = 'failed'",
      "SELECT 'delete', id, text FROM sentences WHERE article_id = 'x'",
      "SELECT 'delete', seq, text FROM quotes WHERE article_id = 'x'",
      "SELECT x.speaker_id, x.name_key, s.first_word, s.last_word FROM article_speakers x JOIN speakers s ON s.id = x.speaker_id WHERE x.article_id = 'x'",
      "DELETE FROM speakers WHERE id = 'x' AND NOT EXISTS (SELECT 1 FROM article_speakers WHERE speaker_id = 'x') AND NOT EXISTS (SELECT 1 FROM quotes WHERE speaker_id = 'x') AND NOT EXISTS (SELECT 1 FROM claims WHERE speaker_id = 'x')",
      "DELETE FROM errors WHERE source_id = 'x'",
      'DELETE FROM runs WHERE id = 1',
    ];
    expectIndexedPlans(store.db, plans);
    // Foreign keys are checked and cascaded through the child's index: every child column leads an index.
    const tables = (store.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%' AND name NOT LIKE 'sqlite%'").all() as Array<{ name: string }>).map((r) => r.name);
    for (const t of tables) {
      for (const fk of store.db.prepare(`PRAGMA foreign_key_list(${t})`).all() as Array<{ from: string }>) {
        const leading = (store.db.prepare(`PRAGMA index_list(${t})`).all() as Array<{ name: string }>).map((i) => (store.db.prepare(`PRAGMA index_info(${i.name})`).all() as Array<{ name: string }>)[0]?.name);
        const pk = (store.db.prepare(`PRAGMA table_info(${t})`).all() as Array<{ name: string; pk: number }>).some((c) => c.name === fk.from && c.pk === 1);
        expect(pk || leading.includes(fk.from), `${t}.${fk.from}`).toBe(true);
      }
    }
  });

  it('finds quotes and sentences, stemmed and accent-folded', () => {
    writeSample();
    const quotes = store.db.prepare("SELECT q.text FROM quotes_fts JOIN quotes q ON q.seq = quotes_fts.rowid WHERE quotes_fts MATCH 'saving' ORDER BY rank").all();
    expect(quotes).toEqual([{ text: 'Methadone and naloxone are saving lives' }]);
    const sentences = (store.db.prepare("SELECT s.article_id FROM sentences_fts JOIN sentences s ON s.id = sentences_fts.rowid WHERE sentences_fts MATCH 'methadone' ORDER BY s.article_id").all() as Array<{ article_id: string }>).map((r) => r.article_id);
    expect(sentences).toEqual(['courier-budget', 'courier-overdoses', 'harbour-clinic']);
    // "clinics" matches "clinic" through the porter stemmer; "Jose" matches "José".
    expect(count("SELECT count(*) AS n FROM sentences_fts WHERE sentences_fts MATCH 'clinics'")).toBeGreaterThanOrEqual(3);
    expect(count("SELECT count(*) AS n FROM sentences_fts WHERE sentences_fts MATCH 'jose'")).toBe(2);
  });
});

describe('summary', () => {
  it('counts a run and lists every inconsistency with its article, and every fatal error', () => {
    const runId = writeSample();
    const s = store.summary(runId);
    expect(s).toMatchObject({ runId, documents: 5, failed: 1, articles: 4, claims: 21, quotes: 9, speakers: 5, findings: 5, inconsistent: 2 });
    expect(s.inconsistencies.map((i) => `${i.title}: ${i.message}`)).toEqual([
      'Eastside clinic doubles methadone places: The parts add up to 240 patients (130 + 110); the stated total is 250.',
      'Waiting lists for addiction care grow: The story says nearly 1,200 people are waiting, but the ministry figure it cites is 1,150.',
    ]);
    expect(s.errors).toEqual([{ sourceId: expect.any(String), location: 'sample/photo.jpg', stage: 'sources', rule: 'binary-input', message: sampleUnreadable.message }]);
    expect(store.db.prepare('SELECT documents, stored, skipped, failed FROM runs WHERE id = ?').get(runId)).toEqual({ documents: 5, stored: 4, skipped: 0, failed: 1 });
  });

  it("a run that skipped everything still summarises its documents", () => {
    writeSample();
    const second = store.startRun({ inputs: ['sample'], pipelineVersion: 'sample' });
    const skip = sampleResults.filter((r) => store.isStored(r.id, r.contentHash, r.pipelineVersion)).map((r) => r.id);
    expect(skip).toHaveLength(4);
    store.markSkipped(second, skip);
    store.finishRun(second, { documents: 4, stored: 0, skipped: 4, failed: 0 });
    expect(store.summary(second)).toMatchObject({ documents: 4, articles: 4, inconsistent: 2 });
    expect(store.summary()).toMatchObject({ documents: 5, articles: 4 });
  });
});

describe('read-only', () => {
  it('refuses writes through the API and through SQL', () => {
    writeSample();
    store.close();
    store = openStore(path, { readonly: true });
    expect(store.summary().articles).toBe(4);
    expect(() => store.writeResults(sampleResults)).toThrow(/read-only/);
    expect(() => store.db.exec('DELETE FROM claims')).toThrow(/readonly/);
  });

  it('will not create a missing file', () => {
    expect(() => openStore(join(dir, 'missing.db'), { readonly: true })).toThrow();
  });
});
