/**
 * npm run bench -- store [--docs N] [--batch N]
 * Write speed of the SQLite store: copies of the sample corpus (4 stories, ~5 claims, ~2 quotes and
 * ~11 sentences each) written in batches as `tally run` does, to a file in a temporary folder; then the
 * same documents written again (a re-run replaces rows); then the example queries and a search on the result.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Result } from '../../src/schema/result.js';
import { openStore, searchText } from '../../src/store/index.js';
import { exampleQueries } from '../../src/store/example-queries.js';
import { sampleResults } from '../docs/sample-results.js';

/** A copy of a sample Result under a new document id, every id suffixed so none collide. */
function copyOf(r: Result, n: number): Result {
  const s = `-${n}`;
  const id = (x: string | null): string | null => (x === null ? null : x + s);
  return {
    ...r,
    id: r.id + s,
    claims: r.claims.map((c) => ({ ...c, id: c.id + s, quoteId: id(c.quoteId), speakerId: id(c.speakerId) })),
    quotes: r.quotes.map((q) => ({ ...q, id: q.id + s, speakerId: id(q.speakerId) })),
    speakers: r.speakers.map((p) => ({ ...p, id: p.id + s })),
    findings: r.findings.map((f) => ({ ...f, id: f.id + s, claimIds: f.claimIds.map((c) => c + s) })),
  };
}

export default async function benchStore(args: string[]): Promise<boolean> {
  const arg = (name: string, fallback: number): number => Number(args[args.indexOf(name) + 1]) || fallback;
  const docs = arg('--docs', 20_000);
  const batch = arg('--batch', 200);
  const dir = mkdtempSync(join(tmpdir(), 'tally-bench-store-'));
  try {
    const results = Array.from({ length: docs }, (_, i) => copyOf(sampleResults[i % sampleResults.length]!, i));
    const store = openStore(join(dir, 'claims.db'));
    const runId = store.startRun({ inputs: ['bench'], pipelineVersion: 'sample' });
    const pass = (label: string): void => {
      const t0 = performance.now();
      for (let i = 0; i < results.length; i += batch) store.writeResults(results.slice(i, i + batch), runId);
      const secs = (performance.now() - t0) / 1000;
      process.stdout.write(`store ${label.padEnd(8)} ${docs} documents in ${secs.toFixed(2)} s: ${(docs / secs).toFixed(0)} documents/s (batches of ${batch})\n`);
    };
    pass('write');
    pass('rewrite');
    const t0 = performance.now();
    for (const q of exampleQueries) store.db.prepare(q.sql).all();
    const hits = searchText(store.db, 'methadone', { limit: 20 });
    process.stdout.write(`store queries  10 example queries and one search (${hits.length} hits) in ${(performance.now() - t0).toFixed(0)} ms\n`);
    store.close();
    process.stdout.write(`store size     ${(statSync(join(dir, 'claims.db')).size / 1e6).toFixed(1)} MB for ${docs} documents\n`);
    return true;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
