import type { Database } from 'better-sqlite3';

export interface SummaryInconsistency {
  readonly findingId: string;
  readonly articleId: string;
  readonly title: string | null;
  /** Where the document was read from (sources.location). */
  readonly location: string;
  readonly check: string;
  /** The finding's one-sentence message. */
  readonly message: string;
}

export interface SummaryError {
  readonly sourceId: string;
  readonly location: string;
  readonly stage: string;
  readonly rule: string | null;
  readonly message: string;
}

/** What a run (or the whole database) holds: the counts `tally run` prints, every inconsistency and every fatal error. */
export interface StoreSummary {
  /** The run summarised, or null for the whole database. */
  readonly runId: number | null;
  /** Documents in scope, readable or not. */
  readonly documents: number;
  /** Documents with a fatal error. */
  readonly failed: number;
  readonly articles: number;
  readonly claims: number;
  readonly quotes: number;
  /** Distinct speakers (persons across articles, groups per article). */
  readonly speakers: number;
  readonly findings: number;
  readonly inconsistent: number;
  /** Every inconsistent finding, by article location then position in the text. */
  readonly inconsistencies: readonly SummaryInconsistency[];
  /** Every fatal error, by location. */
  readonly errors: readonly SummaryError[];
}

/** Reads the summary; with a run id, only the documents that run stored, skipped or failed. */
export function readSummary(db: Database, runId: number | null): StoreSummary {
  const scope = runId === null ? 'SELECT id FROM sources' : 'SELECT source_id FROM run_documents WHERE run_id = @run';
  const params = runId === null ? {} : { run: runId };
  const one = (sql: string): number => (db.prepare(sql).get(params) as { n: number }).n;
  const inconsistencies = db
    .prepare(
      `SELECT f.id AS findingId, f.article_id AS articleId, a.title AS title, s.location AS location, f.check_name AS "check", f.message AS message
       FROM findings f JOIN articles a ON a.id = f.article_id JOIN sources s ON s.id = f.article_id
       WHERE f.status = 'inconsistent' AND f.article_id IN (${scope})
       ORDER BY s.location, f.article_id,
         (SELECT min(c.start) FROM finding_claims fc JOIN claims c ON c.id = fc.claim_id WHERE fc.finding_id = f.id), f.id`,
    )
    .all(params) as SummaryInconsistency[];
  const errors = db
    .prepare(
      `SELECT e.source_id AS sourceId, s.location AS location, e.stage AS stage, e.rule AS rule, e.message AS message
       FROM errors e JOIN sources s ON s.id = e.source_id
       WHERE e.severity = 'fatal' AND e.source_id IN (${scope})
       ORDER BY s.location, e.id`,
    )
    .all(params) as SummaryError[];
  return {
    runId,
    documents: one(`SELECT count(*) AS n FROM sources WHERE id IN (${scope})`),
    failed: one(`SELECT count(*) AS n FROM sources WHERE status = 'failed' AND id IN (${scope})`),
    articles: one(`SELECT count(*) AS n FROM articles WHERE id IN (${scope})`),
    claims: one(`SELECT count(*) AS n FROM claims WHERE article_id IN (${scope})`),
    quotes: one(`SELECT count(*) AS n FROM quotes WHERE article_id IN (${scope})`),
    speakers: one(`SELECT count(DISTINCT speaker_id) AS n FROM article_speakers WHERE article_id IN (${scope})`),
    findings: one(`SELECT count(*) AS n FROM findings WHERE article_id IN (${scope})`),
    inconsistent: inconsistencies.length,
    inconsistencies,
    errors,
  };
}
