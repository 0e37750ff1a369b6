import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeSchema } from '../../src/store/describe-schema.js';
import { exampleQueries } from '../../src/store/example-queries.js';
import { renderGenerated } from '../../scripts/docs/main.js';
import { openSampleStore } from '../../scripts/docs/sample-store.js';
import type { Store } from '../../src/store/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
let store: Store;
beforeAll(() => {
  store = openSampleStore();
});
afterAll(() => store.close());

describe('generated files', () => {
  it.each(Object.entries(renderGenerated()))('%s is up to date', (path, expected) => {
    let actual = '';
    try {
      actual = readFileSync(join(root, path), 'utf8');
    } catch {
      actual = '(missing)';
    }
    // toBe's diff shows where; the message says how to fix it.
    expect(actual, `${path} is stale: run \`npm run docs\` and commit the result`).toBe(expected);
  });

  it('the JSON Schema describes the Result contract fields', () => {
    const schema = JSON.parse(renderGenerated()['schema/result.schema.json']!) as { properties: Record<string, unknown>; required: string[] };
    for (const field of ['id', 'source', 'article', 'claims', 'quotes', 'speakers', 'findings', 'errors']) expect(schema.required).toContain(field);
  });
});

describe('schema description', () => {
  it('every table, view and column is explained', () => {
    const tables = describeSchema(store.db);
    expect(tables.length).toBeGreaterThanOrEqual(20);
    const missing = tables.flatMap((t) => [...(t.description ? [] : [t.name]), ...t.columns.filter((c) => c.description.trim() === '').map((c) => `${t.name}.${c.name}`)]);
    expect(missing).toEqual([]);
  });

  it('does not list FTS shadow tables', () => {
    const names = describeSchema(store.db).map((t) => t.name);
    expect(names).toContain('quotes_fts');
    expect(names.filter((n) => /_fts_/.test(n))).toEqual([]);
  });
});

describe('example queries', () => {
  it('there are ten', () => {
    expect(exampleQueries).toHaveLength(10);
  });

  it.each(exampleQueries.map((q, i) => [i + 1, q.question, q.sql] as const))('%i. %s runs and answers on the sample corpus', (_n, _q, sql) => {
    const rows = store.db.prepare(sql).all();
    expect(rows.length).toBeGreaterThan(0);
  });
});

describe('query plans', () => {
  /** Every correlated subquery in a view or example query must look its rows up through an index, or views get quadratic on big databases. */
  it.each([...['claim_details', 'quote_details', 'finding_details', 'speaker_summary', 'article_summary'].map((v) => `SELECT * FROM ${v}`), ...exampleQueries.map((q) => q.sql)])('%s uses indexes in its subqueries', (sql) => {
    const plan = (store.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as Array<{ id: number; parent: number; detail: string }>);
    const inner = new Set(plan.filter((p) => /CORRELATED/.test(p.detail)).map((p) => p.id));
    for (const p of plan) if (inner.has(p.parent)) inner.add(p.id); // plan rows come parents first
    const steps = plan.filter((p) => inner.has(p.id) && /^(SCAN|SEARCH)/.test(p.detail) && !/^SCAN \(subquery-\d+\)$/.test(p.detail));
    expect(steps.length).toBeGreaterThanOrEqual(0);
    // Per outer row, a lookup by the row's own key: never a table scan, never a low-selectivity index (status=?).
    for (const step of steps) expect(step.detail, sql).toMatch(/^SEARCH \w+ USING (COVERING )?INDEX \w+ \((article_id|speaker_id|finding_id|id)=\?/);
  });
});
