import BetterSqlite3 from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import type { Result } from '../schema/result.js';
import type { DiagnosticInput } from '../schema/diagnostic.js';
import { contentHash } from '../text/ids.js';
import { PIPELINE_VERSION } from '../pipeline/version.js';
import { migrate } from './migrate.js';
import { prepareWriter, type WriteOutcome } from './write-result.js';
import { readSummary, type StoreSummary } from './summary.js';

export interface OpenStoreOptions {
  /** Open without writing anything: no migrations, and every write is refused by SQLite. For queries and exports. */
  readonly readonly?: boolean;
}

export interface RunStart {
  /** The inputs as given on the command line. */
  readonly inputs: readonly string[];
  /** PIPELINE_VERSION of the rules this run uses. */
  readonly pipelineVersion: string;
  /** The options in effect (stored as JSON; keep it plain data). */
  readonly options?: Readonly<Record<string, unknown>>;
}

export interface RunCounts {
  /** Documents read. */
  readonly documents: number;
  /** Documents extracted and stored. */
  readonly stored: number;
  /** Documents skipped because isStored said so. */
  readonly skipped: number;
  /** Documents with a fatal error. */
  readonly failed: number;
}

/** An error for an input that never became a Result (unreadable file, binary input). */
export interface SourceError {
  /** Path, URL or JSONL location of the input. */
  readonly source: string;
  /** The stage that failed, usually "sources". */
  readonly stage: string;
  /** One sentence saying what went wrong. */
  readonly message: string;
  readonly rule?: string | null;
  readonly severity?: 'fatal' | 'warning' | 'info';
}

export interface WriteReport {
  /** Documents stored whole (no fatal error). */
  readonly stored: number;
  /** Documents stored with a fatal error, or that the store could not write (recorded as a store error). */
  readonly failed: number;
  readonly outcomes: readonly WriteOutcome[];
}

export interface Store {
  /** The path opened. */
  readonly path: string;
  /** The underlying better-sqlite3 connection, for queries the API does not cover. */
  readonly db: Database;
  readonly readonly: boolean;
  /** Records a new run and returns its id. */
  startRun(run: RunStart): number;
  /** True when this exact content was stored whole by this pipeline version, so a re-run may skip it. */
  isStored(docId: string, contentHash: string, pipelineVersion: string): boolean;
  /** Stores Results in one transaction; each document replaces its earlier rows, so re-runs never duplicate. */
  writeResults(results: readonly Result[], runId?: number | null): WriteReport;
  /** Stores an error for an input that could not be read at all, under the id `tally extract` gives such inputs. */
  recordError(error: SourceError, runId?: number | null): void;
  /** Notes documents a run skipped as already stored, so the run's summary covers them too. */
  markSkipped(runId: number, docIds: readonly string[]): void;
  /** Closes the run with its counts. */
  finishRun(runId: number, counts: RunCounts): void;
  /** Counts and every inconsistency message: for one run's documents (stored, skipped or failed), or the whole database. */
  summary(runId?: number | null): StoreSummary;
  close(): void;
}

/**
 * Opens (creating if needed) a claims database and brings its schema up to date.
 * WAL journal, foreign keys on, one transaction per writeResults call: a process killed mid-batch leaves
 * every document either wholly stored or not at all.
 */
export function openStore(path: string, options: OpenStoreOptions = {}): Store {
  const readonly = options.readonly === true;
  const db = new BetterSqlite3(path, readonly ? { readonly: true, fileMustExist: true } : {});
  try {
    db.pragma('busy_timeout = 10000');
    db.pragma('foreign_keys = ON');
    if (!readonly) {
      // Only a new, empty file takes a page size, and only before its first write (journal_mode = WAL is one).
      // 8 KiB rather than SQLite's 4 KiB: rows carry sentence and quote text, and fewer, fuller pages cut the
      // store's CPU by about 7% on the BBC Results (1,115-1,176 against 1,229-1,232 ms, two rounds each).
      db.pragma('page_size = 8192');
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      // A batch writer's working set is every index's hot pages (ids are hashes, so inserts land all over
      // each index): SQLite's default 2 MB cache makes most inserts re-read pages through the kernel.
      // 32 MB of cache and a WAL checkpointed every 128 MB rather than every 4 MB cut the store's CPU by
      // about a quarter on BBC x4 (src: scripts/bench/store.ts); both are per connection, nothing persists.
      // Why not 64 MB: on BBC x4 it writes no faster (6.2-6.6 CPU-s either way; 16 MB takes 7.4-7.8), and a
      // long batch's writer fills its cache, so the other 32 MB would be memory held for nothing.
      db.pragma('cache_size = -32768');
      db.pragma('wal_autocheckpoint = 16384');
      migrate(db);
    }
  } catch (err) {
    db.close();
    throw err;
  }
  return readonly ? readOnlyStore(path, db) : writableStore(path, db);
}

function writableStore(path: string, db: Database): Store {
  const writer = prepareWriter(db);
  const insertRun = db.prepare('INSERT INTO runs (started_at, pipeline_version, inputs, options) VALUES (?, ?, ?, ?)');
  const updateRun = db.prepare('UPDATE runs SET finished_at = ?, documents = ?, stored = ?, skipped = ?, failed = ? WHERE id = ?');
  const stored = db.prepare("SELECT 1 FROM sources WHERE id = ? AND content_hash = ? AND pipeline_version = ? AND status = 'ok'");
  const skip = db.prepare(
    "INSERT INTO run_documents (run_id, source_id, outcome) SELECT ?, id, 'skipped' FROM sources WHERE id = ? ON CONFLICT(run_id, source_id) DO NOTHING",
  );
  const markStoreFailure = db.prepare(
    `INSERT INTO sources (id, location, content_hash, pipeline_version, status, run_id) VALUES (?, ?, ?, ?, 'failed', ?)
     ON CONFLICT(id) DO UPDATE SET status = 'failed', run_id = coalesce(excluded.run_id, sources.run_id)`,
  );
  const storeError = db.prepare("INSERT INTO errors (source_id, run_id, stage, rule, severity, message) VALUES (?, ?, 'store', 'store-failed', 'fatal', ?)");
  const outcome = db.prepare(
    "INSERT INTO run_documents (run_id, source_id, outcome) VALUES (?, ?, 'failed') ON CONFLICT(run_id, source_id) DO UPDATE SET outcome = 'failed'",
  );

  /** One document in its own savepoint: a row SQLite rejects loses that document (recorded), never the batch. */
  const writeGuarded = db.transaction((result: Result, runId: number | null): WriteOutcome => {
    try {
      return db.transaction(() => writer.one(result, runId))();
    } catch (err) {
      const message = `The document could not be stored: ${(err as Error).message}.`;
      markStoreFailure.run(result.id, result.source, result.contentHash, result.pipelineVersion, runId);
      storeError.run(result.id, runId, message);
      if (runId !== null) outcome.run(runId, result.id);
      return { id: result.id, status: 'failed', warnings: [{ stage: 'store', rule: 'store-failed', severity: 'fatal', message, start: null, end: null }] };
    }
  });
  /**
   * The fast path writes the batch without a savepoint per document (FTS5 flushes its index at every
   * savepoint, which made writes ten times slower); only when SQLite rejects a document is the batch
   * rolled back and redone document by document, so that one bad document is recorded and the rest kept.
   * The fast path also keeps the full-text indexes once per batch rather than per document (write-result.ts).
   */
  const writeBatch = db.transaction((results: readonly Result[], runId: number | null) => writer.batch(results, runId));
  const writeBatchGuarded = db.transaction((results: readonly Result[], runId: number | null) => results.map((r) => writeGuarded(r, runId)));
  const writeResults = (results: readonly Result[], runId: number | null = null): WriteReport => {
    let outcomes: WriteOutcome[];
    try {
      outcomes = writeBatch.immediate(results, runId ?? null);
    } catch {
      outcomes = writeBatchGuarded.immediate(results, runId ?? null);
    }
    const failed = outcomes.filter((o) => o.status === 'failed').length;
    return { stored: outcomes.length - failed, failed, outcomes };
  };

  return {
    path,
    db,
    readonly: false,
    startRun(run) {
      const info = insertRun.run(new Date().toISOString(), run.pipelineVersion, JSON.stringify(run.inputs), JSON.stringify(run.options ?? {}));
      return Number(info.lastInsertRowid);
    },
    isStored(docId, hash, pipelineVersion) {
      return stored.get(docId, hash, pipelineVersion) !== undefined;
    },
    writeResults,
    recordError(error, runId = null) {
      const diagnostic: DiagnosticInput = { stage: error.stage, message: error.message, rule: error.rule ?? null, severity: error.severity ?? 'fatal' };
      writeResults([unreadableResult(error.source, diagnostic)], runId);
    },
    markSkipped(runId, docIds) {
      db.transaction(() => {
        for (const id of docIds) skip.run(runId, id);
      }).immediate();
    },
    finishRun(runId, counts) {
      updateRun.run(new Date().toISOString(), counts.documents, counts.stored, counts.skipped, counts.failed, runId);
    },
    summary(runId = null) {
      return readSummary(db, runId ?? null);
    },
    close() {
      if (!db.open) return;
      // Gathers the statistics the query planner needs once tables are large; cheap when nothing changed.
      db.pragma('optimize');
      db.close();
    },
  };
}

function readOnlyStore(path: string, db: Database): Store {
  const refuse = (): never => {
    throw new Error(`${path} is open read-only; the store refuses writes.`);
  };
  return {
    path,
    db,
    readonly: true,
    startRun: refuse,
    isStored(docId, hash, pipelineVersion) {
      return db.prepare("SELECT 1 FROM sources WHERE id = ? AND content_hash = ? AND pipeline_version = ? AND status = 'ok'").get(docId, hash, pipelineVersion) !== undefined;
    },
    writeResults: refuse,
    recordError: refuse,
    markSkipped: refuse,
    finishRun: refuse,
    summary(runId = null) {
      return readSummary(db, runId ?? null);
    },
    close() {
      if (db.open) db.close();
    },
  };
}

/** The Result `tally extract` prints for an input it could not read: same id rule as src/cli/failed-result.ts. */
function unreadableResult(location: string, error: DiagnosticInput): Result {
  return {
    id: contentHash(location).slice(0, 16),
    source: location,
    contentHash: '',
    pipelineVersion: PIPELINE_VERSION,
    article: { title: null, byline: [], published: null, publisher: null, url: null, language: null, text: '', paragraphs: [], captions: [] },
    sentences: [],
    claims: [],
    quotes: [],
    speakers: [],
    findings: [],
    errors: [{ stage: error.stage, message: error.message, rule: error.rule ?? null, severity: error.severity ?? 'fatal', start: null, end: null }],
  };
}
