import { availableParallelism } from 'node:os';
import { Command, Option } from 'commander';
import { readInputs, measureInputs, defaultFetchOptions, type FetchOptions } from '../../sources/index.js';
import { runBatch, DEFAULT_BATCH_SIZE, type BatchEvent } from '../../pipeline/batch/index.js';
import { PIPELINE_VERSION } from '../../pipeline/version.js';
import { DEFAULT_MAX_TEXT_CHARS } from '../../pipeline/options.js';
import { openStore, type StoreSummary } from '../../store/index.js';
import { EXIT_FAILURES, EXIT_OK, EXIT_USAGE } from '../exit-codes.js';
import { chooseLogMode, createReporter, rates, type LogMode } from '../progress.js';
import { tuneV8ForBatch } from '../tune-v8.js';
import { wholeNumber } from '../whole-number.js';

interface RunOptions {
  db: string;
  workers: number;
  include?: string[];
  exclude?: string[];
  urls?: string[];
  force?: boolean;
  failFast?: boolean;
  log: 'auto' | LogMode;
  format: 'text' | 'json';
  batchSize: number;
  docTimeout: number;
  maxTextChars: number;
  userAgent: string;
  timeout: number;
  retries: number;
  maxRedirects: number;
  maxBytes: number;
  perHost: number;
  hostInterval: number;
  cache: string | false;
}

const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

/**
 * One extraction worker per core but one: the writer thread, the reader and V8's compiler and GC threads keep about one core
 * busy beside the workers, and on long runs the single writer is the bottleneck. Why: on 2 cores BBC x4 (8,900 documents) took
 * 17.1 and 18.4 s with one worker, 17.0 and 18.3 s with two, which used 13% more CPU (docs/scaling.md).
 */
export function defaultWorkers(cores = availableParallelism()): number {
  return Math.max(1, cores - 1);
}

export function registerRun(program: Command): void {
  program
    .command('run')
    .description('Extract claims, quotes and speakers from many documents into a SQLite database, check the figures, and print a summary with every inconsistency.')
    .argument('[inputs...]', 'files, folders (searched recursively), .jsonl / .jsonl.gz, .warc / .warc.gz, .zip / .tar / .tar.gz / .tgz of pages, or - for standard input (one document, or JSONL)')
    .option('--db <file>', 'SQLite database to create or update', 'claims.db')
    .option('-w, --workers <n>', 'worker threads for extraction (0: run on the main thread; default: one per core, less one for the writer and reader)', wholeNumber(0), defaultWorkers())
    .option('--include <glob>', 'in folders, read only files matching this glob (repeatable; default: .txt .md .html .htm .jsonl .jsonl.gz .warc .warc.gz .zip .tar .tar.gz .tgz)', collect)
    .option('--exclude <glob>', 'in folders and archives, skip files and folders matching this glob (repeatable)', collect)
    .option('--urls <file>', 'also fetch the URLs listed in this file, one per line (repeatable)', collect)
    .option('--force', 'redo documents already stored with the same content and pipeline version')
    .option('--fail-fast', 'stop at the first document that fails (what is in flight is still stored)')
    .addOption(new Option('--log <mode>', 'progress on standard error: a bar on a terminal, JSON lines otherwise').choices(['auto', 'bar', 'json', 'quiet']).default('auto'))
    .addOption(new Option('--format <format>', 'the end summary on standard output').choices(['text', 'json']).default('text'))
    .option('--batch-size <n>', 'most documents per database transaction (one also closes at 4 M characters of text, after 2 s, or once the writer has caught up with a fifth of this)', wholeNumber(1), DEFAULT_BATCH_SIZE)
    .option('--doc-timeout <ms>', 'give up on a document after this long', wholeNumber(1), 120_000)
    .option('--max-text-chars <n>', 'longest article text, in characters, a document may have; a longer one fails alone (rule text-too-long) and the batch goes on', wholeNumber(1), DEFAULT_MAX_TEXT_CHARS)
    .option('--user-agent <ua>', 'User-Agent sent when fetching URLs', defaultFetchOptions.userAgent)
    .option('--timeout <ms>', 'time limit per HTTP request', wholeNumber(1), defaultFetchOptions.timeoutMs)
    .option('--retries <n>', 'retries after a network error, timeout, HTTP 408, 429 or 5xx', wholeNumber(0), defaultFetchOptions.retries)
    .option('--max-redirects <n>', 'redirects followed per URL', wholeNumber(0), defaultFetchOptions.maxRedirects)
    .option('--max-bytes <n>', 'largest page or file read, in bytes', wholeNumber(1), defaultFetchOptions.maxBytes)
    .option('--per-host <n>', 'requests in flight per host', wholeNumber(1), defaultFetchOptions.perHostConcurrency)
    .option('--host-interval <ms>', 'minimum time between requests to one host (robots.txt Crawl-delay can raise it)', wholeNumber(0), defaultFetchOptions.perHostIntervalMs)
    .option('--cache <dir>', 'on-disk cache of fetched pages, so a re-run does not fetch again (default: <db>.cache)')
    .option('--no-cache', 'do not cache fetched pages')
    .addHelpText(
      'after',
      `
Exit codes: 0 all documents stored; 1 some documents failed (each recorded in the errors table, the rest stored); 2 usage error.
Re-running skips documents already stored with the same content by the same pipeline version (${PIPELINE_VERSION}).

Examples:
  tally run corpus --db claims.db
  tally run archive.warc.gz --workers 4 --db claims.db
  tally run saved-pages.zip --exclude 'ads/**' --db claims.db
  tally run dump/ --include '**/*.html' --exclude 'drafts/**' --db claims.db
  tally run --urls urls.txt --db claims.db --log json`,
    )
    .action(async (inputs: string[], opts: RunOptions, cmd: Command) => {
      if (inputs.length === 0 && !opts.urls?.length) cmd.error('tally run: give at least one input (a file, folder, .jsonl, .warc, or -) or --urls FILE.', { exitCode: EXIT_USAGE, code: 'tally.missingInput' });
      process.exitCode = await runCommand(inputs, opts);
    });
}

async function runCommand(inputs: string[], opts: RunOptions): Promise<number> {
  tuneV8ForBatch();
  const mode = chooseLogMode(opts.log, process.stderr);
  const reporter = createReporter(mode, process.stderr);
  let store;
  try {
    store = openStore(opts.db);
  } catch (err) {
    process.stderr.write(`tally: cannot open the database ${opts.db}: ${(err as Error).message}\n`);
    return EXIT_USAGE;
  }
  const fetch: Partial<FetchOptions> = {
    userAgent: opts.userAgent,
    timeoutMs: opts.timeout,
    retries: opts.retries,
    maxRedirects: opts.maxRedirects,
    maxBytes: opts.maxBytes,
    perHostConcurrency: opts.perHost,
    perHostIntervalMs: opts.hostInterval,
    cacheDir: opts.cache === false ? null : (opts.cache ?? `${opts.db}.cache`),
  };
  const filter = { include: opts.include, exclude: opts.exclude };
  const runId = store.startRun({
    inputs: [...inputs, ...(opts.urls ?? []).map((u) => `--urls ${u}`)],
    pipelineVersion: PIPELINE_VERSION,
    options: { workers: opts.workers, include: opts.include ?? null, exclude: opts.exclude ?? null, force: !!opts.force, failFast: !!opts.failFast, batchSize: opts.batchSize, maxTextChars: opts.maxTextChars },
  });

  // First Ctrl-C: stop reading, finish what is in flight, store it and print the summary. Second: leave at once.
  const abort = new AbortController();
  const onSigint = () => {
    if (abort.signal.aborted) process.exit(130);
    abort.abort();
    process.stderr.write('\ntally: stopping after the documents in flight (Ctrl-C again to quit now)\n');
  };
  process.on('SIGINT', onSigint);
  let report;
  const onEvent = (e: BatchEvent) => {
    if (e.event === 'start') reporter.onEvent({ ...e, runId });
    else reporter.onEvent(e);
  };
  try {
    report = await runBatch(readInputs(inputs, { ...filter, urlLists: opts.urls, fetch, maxBytes: Math.max(opts.maxBytes, 50 * 1024 * 1024) }), {
      store: {
        isStored: (id, hash, version) => store.isStored(id, hash, version),
        writeResults: (results) => store.writeResults(results, runId),
        markSkipped: (ids) => store.markSkipped(runId, ids),
      },
      writerDb: { path: opts.db, runId },
      workers: opts.workers,
      force: opts.force,
      failFast: opts.failFast,
      batchSize: opts.batchSize,
      docTimeoutMs: opts.docTimeout,
      pipeline: { maxTextChars: opts.maxTextChars },
      // The ETA needs the input's total size: a stat-only walk beside the real one, skipped when nothing shows it.
      totalBytes: opts.urls?.length || mode === 'quiet' ? null : measureInputs(inputs, filter),
      onEvent,
      progressEveryMs: mode === 'bar' ? 100 : 5000,
      signal: abort.signal,
    });
  } catch (err) {
    reporter.close();
    process.stderr.write(`tally: the run stopped: ${(err as Error).message}\n`);
    store.close();
    return EXIT_FAILURES;
  } finally {
    process.off('SIGINT', onSigint);
  }
  store.finishRun(runId, report.counts);
  const summary = store.summary(runId);
  store.close();
  reporter.close();
  const r = rates(report.counts, report.elapsedMs, null);
  if (mode === 'json') process.stderr.write(JSON.stringify({ time: new Date().toISOString(), event: 'summary', runId, ...countsOf(summary), inconsistent: summary.inconsistent }) + '\n');
  if (opts.format === 'json') process.stdout.write(JSON.stringify({ runId, db: opts.db, elapsedMs: report.elapsedMs, ...report.counts, ...r, stopped: report.stopped, summary }, null, 2) + '\n');
  else process.stdout.write(formatSummary(summary, report.counts, report.elapsedMs, runId, opts.db, report.stopped));
  if (abort.signal.aborted) return 130;
  return report.counts.failed > 0 ? EXIT_FAILURES : EXIT_OK;
}

function countsOf(s: StoreSummary) {
  return { documents: s.documents, failed: s.failed, articles: s.articles, claims: s.claims, quotes: s.quotes, speakers: s.speakers, findings: s.findings };
}

const MAX_ERRORS_LISTED = 50;

/** The end-of-run text: counts, throughput, every inconsistency with its article, and the failed documents. */
export function formatSummary(s: StoreSummary, counts: { documents: number; stored: number; skipped: number; failed: number; bytes: number }, elapsedMs: number, runId: number, db: string, stopped: boolean): string {
  const n = (x: number) => x.toLocaleString('en-US');
  // "1 article", "2 articles": the summary is pasted into reports, so counts read as English.
  const of = (x: number, noun: string) => `${n(x)} ${x === 1 ? noun : `${noun}s`}`;
  const r = rates({ ...counts, textChars: 0 }, elapsedMs, null);
  const lines: string[] = [];
  lines.push(
    `tally run ${runId}${stopped ? ' (stopped early)' : ''}: ${of(counts.documents, 'document')} in ${(elapsedMs / 1000).toFixed(1)} s (${r.docsPerSec.toFixed(0)} docs/s, ${r.mbPerSec.toFixed(2)} MB/s): ${n(counts.stored)} stored, ${n(counts.skipped)} skipped (already stored), ${n(counts.failed)} failed.`,
  );
  lines.push(`${of(s.articles, 'article')}, ${of(s.claims, 'claim')}, ${of(s.quotes, 'quote')}, ${of(s.speakers, 'speaker')}, ${of(s.findings, 'finding')} (${n(s.inconsistent)} inconsistent) in ${db}.`);
  if (s.inconsistencies.length) {
    lines.push('', `Inconsistencies (${n(s.inconsistencies.length)}):`);
    for (const f of s.inconsistencies) lines.push(`- ${f.location}${f.title ? ` ("${f.title}")` : ''}: ${f.message}`);
  }
  if (s.errors.length) {
    lines.push('', `Failed documents (${n(s.errors.length)}):`);
    for (const e of s.errors.slice(0, MAX_ERRORS_LISTED)) lines.push(`- ${e.location}: [${e.stage}${e.rule ? ` ${e.rule}` : ''}] ${e.message}`);
    if (s.errors.length > MAX_ERRORS_LISTED) lines.push(`- ... and ${n(s.errors.length - MAX_ERRORS_LISTED)} more: SELECT * FROM errors in ${db}.`);
  }
  return lines.join('\n') + '\n';
}
