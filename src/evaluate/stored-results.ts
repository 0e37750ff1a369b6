import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { Result } from '../schema/result.js';
import type { SourceDoc } from '../schema/source.js';
import { contentHash } from '../text/ids.js';
import { emptyResult } from '../pipeline/empty-result.js';
import { loadResults } from '../report/load-results.js';
import type { RunDocument } from '../fixtures/run-fixtures.js';

const DB_EXT = new Set(['.db', '.sqlite', '.sqlite3']);

/**
 * Reads Results made earlier: a claims database (opened read-only), `tally extract --format jsonl` output,
 * or a JSON file with one Result or an array. Each is checked against the Result schema at this edge.
 */
export async function readStoredResults(path: string): Promise<Result[]> {
  if (DB_EXT.has(extname(path).toLowerCase())) return loadResults(path);
  const raw = await readFile(path, 'utf8');
  const items: unknown[] = [];
  if (extname(path).toLowerCase() === '.jsonl') {
    raw.split('\n').forEach((line) => {
      if (line.trim()) items.push(JSON.parse(line));
    });
  } else {
    const parsed: unknown = JSON.parse(raw);
    items.push(...(Array.isArray(parsed) ? parsed : [parsed]));
  }
  return items.map((item, i) => {
    const r = Result.safeParse(item);
    if (!r.success) throw new Error(`${path}: item ${i + 1} is not a tally Result: ${r.error.issues[0]?.path.join('.')}: ${r.error.issues[0]?.message}`);
    return r.data;
  });
}

/**
 * A runner that answers each annotated document with the stored Result of the same content (by SHA-256 of
 * the decoded input), so eval can score output made elsewhere or earlier without re-running the pipeline.
 */
export function storedResultsRunner(results: readonly Result[]): RunDocument {
  const byHash = new Map(results.filter((r) => r.contentHash).map((r) => [r.contentHash, r] as const));
  return (doc: SourceDoc) => {
    const hash = contentHash(doc.body);
    const found = byHash.get(hash);
    if (found) return found;
    return emptyResult({
      id: hash.slice(0, 16),
      source: doc.location,
      contentHash: hash,
      errors: [{ stage: 'eval', rule: 'no-stored-result', severity: 'fatal', message: `No stored Result has the content of ${doc.location}.`, start: null, end: null }],
    });
  };
}
