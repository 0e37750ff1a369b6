import type { Database, Statement } from 'better-sqlite3';
import type { Result } from '../schema/result.js';
import type { Diagnostic } from '../schema/diagnostic.js';
import { recordId } from '../text/ids.js';
import { personKey } from './normalize-name.js';
import { preparePersonRows } from './person-rows.js';
import { nameEnds, prepareSurnameLinks } from './link-surnames.js';

/** What writing one Result did: whether it went in whole, and the store's own warnings. */
export interface WriteOutcome {
  readonly id: string;
  readonly status: 'ok' | 'failed';
  readonly warnings: readonly Diagnostic[];
}

/**
 * Prepared statements that write one Result: the document's old rows go (articles cascade to everything
 * found in it), the new ones come in. The caller wraps calls in a transaction.
 * Why delete-then-insert rather than per-row upserts: a re-run may find fewer claims than before, and
 * stale rows must not survive; ids are stable, so the rows that come back are the same rows.
 * The full-text indexes (external-content FTS5 over sentences and quotes, no triggers since migration 2)
 * are kept here in the caller's transaction, so a crash never leaves the index and the tables apart and
 * search finds exactly the rows stored: the old rows' entries are removed before the rows go (an entry
 * is removed with the text it was made from), and new rows are indexed with one INSERT ... SELECT.
 * Why once per batch where possible: FTS5 writes its pending entries out at every statement that opens
 * a statement savepoint, so indexing document by document leaves one small segment per document to
 * merge; `batch` unindexes every replaced row in one statement and indexes every new row in another.
 * `one` does it per document, for the rare batch redone in a savepoint per document.
 */
export interface Writer {
  /** Writes one Result with its index entries; safe inside a per-document savepoint that may roll back. */
  one(result: Result, runId: number | null): WriteOutcome;
  /** Writes Results in order with the index kept once for them all; the caller wraps it in one transaction. */
  batch(results: readonly Result[], runId: number | null): WriteOutcome[];
}

/** Lowest rowid that may hold a row written in this batch, per table: see `batch`. */
interface Watermarks {
  sentences: number;
  quotes: number;
}

export function prepareWriter(db: Database): Writer {
  const s = statements(db);
  const people = preparePersonRows(db);
  const links = prepareSurnameLinks(db, people);
  const isOk = (r: Result): boolean => !r.errors.some((e) => e.severity === 'fatal');
  const maxRowids = (): Watermarks => {
    const m = s.maxRowids.get() as { sentences: number | null; quotes: number | null };
    return { sentences: m.sentences ?? 0, quotes: m.quotes ?? 0 };
  };

  /** Writes one document; with `marks` the index is left to the batch and the watermarks are lowered after the deletes. */
  const write = (result: Result, runId: number | null, marks: Watermarks | null, touched: Set<string>): WriteOutcome => {
    const warnings: Diagnostic[] = [];
    const refs = checkReferences(result, warnings);
    const status = isOk(result) ? 'ok' : 'failed';
    const docId = result.id;

    const oldRows = s.oldPeople.all(docId) as Array<{ speaker_id: string; name_key: string | null; first_word: string | null; last_word: string | null }>;
    const oldPeople = oldRows.map((r) => r.speaker_id);
    // The one-word mentions this document's people could stand for, in whatever article, are linked again after the write.
    for (const r of oldRows) for (const w of [r.first_word, r.last_word, r.name_key]) if (w && !w.includes(' ')) touched.add(w);
    const failedHere = status === 'ok' ? (s.failedAtLocation.all(result.source, docId) as Array<{ id: string }>).map((r) => r.id) : [];
    if (marks === null) {
      // The lookups first, because even an FTS5 statement that touches no row costs a visit to the index.
      const replaced = s.articleExists.get(docId) !== undefined ? [docId, ...failedHere] : failedHere;
      if (replaced.length > 0) {
        const list = JSON.stringify(replaced);
        s.unindexSentencesOf.run(list);
        s.unindexQuotesOf.run(list);
      }
    }
    s.deleteArticle.run(docId);
    s.deleteErrors.run(docId);
    if (failedHere.length > 0) s.deleteFailedAtLocation.run(result.source, docId);
    if (marks !== null) {
      // SQLite gives a new row the largest rowid + 1, so once the top rows are deleted it reuses their rowids:
      // every row above the lowest maximum seen during the batch is one this batch wrote.
      const now = maxRowids();
      marks.sentences = Math.min(marks.sentences, now.sentences);
      marks.quotes = Math.min(marks.quotes, now.quotes);
    }
    s.upsertSource.run({ id: docId, location: result.source, content_hash: result.contentHash, pipeline_version: result.pipelineVersion, status, run_id: runId });

    const a = result.article;
    if (a.text.length > 0 || status === 'ok') {
      s.insertArticle.run({
        id: docId,
        title: a.title,
        byline: JSON.stringify(a.byline),
        published: a.published,
        publisher: a.publisher,
        url: a.url,
        language: a.language,
        text: a.text,
        captions: JSON.stringify(a.captions),
        content_hash: result.contentHash,
        pipeline_version: result.pipelineVersion,
      });
      // The row-heavy tables bind by position (columns in the order of their statement): binding by name costs a
      // property lookup from C++ per column, about a quarter of the insert.
      a.paragraphs.forEach((p, i) => s.insertParagraph.run(docId, i, p.start, p.end, p.role, a.text.slice(p.start, p.end)));
      for (const x of unique(result.sentences, (x) => String(x.index), warnings, 'sentence')) {
        s.insertSentence.run(docId, x.index, x.paragraph, x.start, x.end, x.text);
      }
      const personOf = new Map<string, string>();
      for (const sp of unique(result.speakers, (x) => x.id, warnings, 'speaker')) {
        const key = personKey(sp.name, sp.id);
        const isPerson = sp.kind !== 'group';
        const personId = isPerson ? recordId('person', key) : recordId('group', docId, key);
        const ends = isPerson ? nameEnds(key) : null;
        if (isPerson) for (const w of ends ? [ends.first, ends.last] : [key]) touched.add(w);
        personOf.set(sp.id, personId);
        people.upsert(personId, sp.name, key, sp.kind, ends?.first ?? null, ends?.last ?? null);
        s.insertArticleSpeaker.run(sp.id, docId, personId, sp.name, key, sp.kind, sp.title, sp.organization);
        for (const m of sp.mentions) s.insertMention.run(sp.id, docId, m.start, m.end, m.text);
      }
      for (const q of unique(result.quotes, (x) => x.id, warnings, 'quote')) {
        const speaker = refs.speakers.has(q.speakerId ?? '') ? q.speakerId : null;
        s.insertQuote.run(
          q.id,
          docId,
          q.start,
          q.end,
          q.text,
          q.kind,
          q.sentence,
          speaker,
          speaker ? personOf.get(speaker) ?? null : null,
          q.source?.start ?? null,
          q.source?.end ?? null,
          q.source?.text ?? null,
          q.cue?.start ?? null,
          q.cue?.end ?? null,
          q.cue?.text ?? null,
        );
      }
      for (const c of unique(result.claims, (x) => x.id, warnings, 'claim')) {
        const speaker = refs.speakers.has(c.speakerId ?? '') ? c.speakerId : null;
        s.insertClaim.run(
          c.id,
          docId,
          c.start,
          c.end,
          c.text,
          c.value,
          c.low,
          c.high,
          c.qualifier,
          c.change,
          c.kind,
          c.unit,
          c.subject,
          c.predicate,
          c.anchor ?? null,
          c.sentence,
          refs.quotes.has(c.quoteId ?? '') ? c.quoteId : null,
          speaker,
          speaker ? personOf.get(speaker) ?? null : null,
        );
      }
      if (marks === null) {
        s.indexSentences.run(docId);
        s.indexQuotes.run(docId);
      }
      for (const f of unique(result.findings, (x) => x.id, warnings, 'finding')) {
        s.insertFinding.run({ id: f.id, article_id: docId, check_name: f.check, status: f.status, expected: f.expected, stated: f.stated, difference: f.difference, message: f.message });
        f.claimIds.filter((id) => refs.claims.has(id)).forEach((claimId, position) => s.insertFindingClaim.run({ finding_id: f.id, position, claim_id: claimId }));
      }
    }
    for (const e of [...result.errors, ...warnings]) {
      s.insertError.run({ source_id: docId, run_id: runId, stage: e.stage, rule: e.rule ?? null, severity: e.severity ?? 'fatal', message: e.message, start: e.start ?? null, end: e.end ?? null });
    }
    for (const person of new Set(oldPeople)) people.removeIfUnused(person);
    if (runId !== null) s.recordOutcome.run(runId, docId, status === 'ok' ? 'stored' : 'failed');
    return { id: docId, status, warnings };
  };

  return {
    one(result, runId) {
      const touched = new Set<string>();
      const outcome = write(result, runId, null, touched);
      links.link(touched);
      return outcome;
    },
    batch(results, runId) {
      // Every stored row this batch will delete belongs to a document of the batch or to a failed document
      // at the location of one the batch stores whole (src: deleteFailedAtLocation); unindex them all now,
      // in rowid order, while their text is still there.
      const replaced = new Set<string>();
      for (const r of results) {
        replaced.add(r.id);
        if (isOk(r)) for (const row of s.failedAtLocation.all(r.source, r.id) as Array<{ id: string }>) replaced.add(row.id);
      }
      const list = JSON.stringify([...replaced]);
      s.unindexSentencesOf.run(list);
      s.unindexQuotesOf.run(list);
      const marks = maxRowids();
      const touched = new Set<string>();
      const outcomes = results.map((r) => write(r, runId, marks, touched));
      links.link(touched);
      s.indexSentencesAbove.run(marks.sentences);
      s.indexQuotesAbove.run(marks.quotes);
      return outcomes;
    },
  };
}

/** Ids a Result points at that it also defines; a dangling pointer becomes NULL and a warning instead of a foreign-key failure that would lose the batch. */
function checkReferences(result: Result, warnings: Diagnostic[]): { speakers: Set<string>; quotes: Set<string>; claims: Set<string> } {
  const speakers = new Set(result.speakers.map((x) => x.id));
  const quotes = new Set(result.quotes.map((x) => x.id));
  const claims = new Set(result.claims.map((x) => x.id));
  const dangling = (what: string, id: string, from: string): void => {
    warnings.push({ stage: 'store', rule: 'dangling-reference', severity: 'warning', message: `${from} points at ${what} ${id}, which the document does not contain; stored without the link.`, start: null, end: null });
  };
  for (const q of result.quotes) if (q.speakerId !== null && !speakers.has(q.speakerId)) dangling('speaker', q.speakerId, `Quote ${q.id}`);
  for (const c of result.claims) {
    if (c.speakerId !== null && !speakers.has(c.speakerId)) dangling('speaker', c.speakerId, `Claim ${c.id}`);
    if (c.quoteId !== null && !quotes.has(c.quoteId)) dangling('quote', c.quoteId, `Claim ${c.id}`);
  }
  for (const f of result.findings) for (const id of f.claimIds) if (!claims.has(id)) dangling('claim', id, `Finding ${f.id}`);
  return { speakers, quotes, claims };
}

/** Keeps the first record of each id; a repeated id is a pipeline bug, noted rather than fatal. */
function unique<T>(items: readonly T[], key: (x: T) => string, warnings: Diagnostic[], what: string): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const item of items) {
    const k = key(item);
    if (seen.has(k)) {
      warnings.push({ stage: 'store', rule: 'duplicate-id', severity: 'warning', message: `The document has two ${what} records with id ${k}; the second was not stored.`, start: null, end: null });
      continue;
    }
    seen.add(k);
    out.push(item);
  }
  return out;
}

function statements(db: Database) {
  const insert = (table: string, columns: string[]): Statement => db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => '@' + c).join(', ')})`);
  /** Bound by position: run(...) takes the values in the order of `columns`. */
  const insertAt = (table: string, columns: string[]): Statement => db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
  const all = {
    oldPeople: db.prepare('SELECT x.speaker_id, x.name_key, s.first_word, s.last_word FROM article_speakers x JOIN speakers s ON s.id = x.speaker_id WHERE x.article_id = ?'),
    deleteArticle: db.prepare('DELETE FROM articles WHERE id = ?'),
    unindexSentencesOf: db.prepare(
      "INSERT INTO sentences_fts (sentences_fts, rowid, text) SELECT 'delete', id, text FROM sentences WHERE article_id IN (SELECT value FROM json_each(?)) ORDER BY id",
    ),
    unindexQuotesOf: db.prepare("INSERT INTO quotes_fts (quotes_fts, rowid, text) SELECT 'delete', seq, text FROM quotes WHERE article_id IN (SELECT value FROM json_each(?)) ORDER BY seq"),
    maxRowids: db.prepare('SELECT (SELECT max(id) FROM sentences) AS sentences, (SELECT max(seq) FROM quotes) AS quotes'),
    indexSentencesAbove: db.prepare('INSERT INTO sentences_fts (rowid, text) SELECT id, text FROM sentences WHERE id > ? ORDER BY id'),
    indexQuotesAbove: db.prepare('INSERT INTO quotes_fts (rowid, text) SELECT seq, text FROM quotes WHERE seq > ? ORDER BY seq'),
    articleExists: db.prepare('SELECT 1 FROM articles WHERE id = ?'),
    failedAtLocation: db.prepare("SELECT id FROM sources WHERE location = ? AND id <> ? AND status = 'failed'"),
    indexSentences: db.prepare('INSERT INTO sentences_fts (rowid, text) SELECT id, text FROM sentences WHERE article_id = ?'),
    indexQuotes: db.prepare('INSERT INTO quotes_fts (rowid, text) SELECT seq, text FROM quotes WHERE article_id = ?'),
    deleteErrors: db.prepare('DELETE FROM errors WHERE source_id = ?'),
    deleteFailedAtLocation: db.prepare("DELETE FROM sources WHERE location = ? AND id <> ? AND status = 'failed'"),
    upsertSource: db.prepare(
      `INSERT INTO sources (id, location, content_hash, pipeline_version, status, run_id) VALUES (@id, @location, @content_hash, @pipeline_version, @status, @run_id)
       ON CONFLICT(id) DO UPDATE SET location = excluded.location, content_hash = excluded.content_hash, pipeline_version = excluded.pipeline_version, status = excluded.status, run_id = coalesce(excluded.run_id, sources.run_id)`,
    ),
    insertArticle: insert('articles', ['id', 'title', 'byline', 'published', 'publisher', 'url', 'language', 'text', 'captions', 'content_hash', 'pipeline_version']),
    insertParagraph: insertAt('paragraphs', ['article_id', 'paragraph', 'start', 'end', 'role', 'text']),
    insertSentence: insertAt('sentences', ['article_id', 'sentence', 'paragraph', 'start', 'end', 'text']),
    insertArticleSpeaker: insertAt('article_speakers', ['id', 'article_id', 'speaker_id', 'name', 'name_key', 'kind', 'title', 'organization']),
    insertMention: insertAt('speaker_mentions', ['article_speaker_id', 'article_id', 'start', 'end', 'text']),
    insertQuote: insertAt('quotes', ['id', 'article_id', 'start', 'end', 'text', 'kind', 'sentence', 'article_speaker_id', 'speaker_id', 'source_start', 'source_end', 'source_text', 'cue_start', 'cue_end', 'cue_text']),
    insertClaim: insertAt('claims', ['id', 'article_id', 'start', 'end', 'text', 'value', 'low', 'high', 'qualifier', 'change', 'kind', 'unit', 'subject', 'predicate', 'anchor', 'sentence', 'quote_id', 'article_speaker_id', 'speaker_id']),
    insertFinding: insert('findings', ['id', 'article_id', 'check_name', 'status', 'expected', 'stated', 'difference', 'message']),
    insertFindingClaim: insert('finding_claims', ['finding_id', 'position', 'claim_id']),
    insertError: insert('errors', ['source_id', 'run_id', 'stage', 'rule', 'severity', 'message', 'start', 'end']),
    recordOutcome: db.prepare(
      'INSERT INTO run_documents (run_id, source_id, outcome) VALUES (?, ?, ?) ON CONFLICT(run_id, source_id) DO UPDATE SET outcome = excluded.outcome',
    ),
  };
  return all satisfies Record<string, Statement>;
}
