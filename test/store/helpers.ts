import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { expect } from 'vitest';

/** A fresh temporary folder, removed by the returned cleanup. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'tally-store-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Every row of every content table, ordered, for comparing two states of a database. */
export function dumpContent(db: Database): Record<string, unknown[]> {
  const tables = ['sources', 'articles', 'paragraphs', 'sentences', 'speakers', 'article_speakers', 'speaker_mentions', 'quotes', 'claims', 'findings', 'finding_claims', 'errors'];
  const out: Record<string, unknown[]> = {};
  for (const t of tables) {
    const cols = (db.prepare(`PRAGMA table_info(${t})`).all() as Array<{ name: string }>).map((c) => c.name).filter((c) => !['id', 'seq'].includes(c) || !['sentences', 'speaker_mentions', 'quotes', 'errors'].includes(t));
    out[t] = db.prepare(`SELECT ${cols.map((c) => `"${c}"`).join(', ')} FROM ${t} ORDER BY ${cols.map((c) => `"${c}"`).join(', ')}`).all();
  }
  return out;
}

/** Fails unless SQLite plans every statement without a full table scan (each row it touches is found through an index). */
export function expectIndexedPlans(db: Database, statements: readonly string[]): void {
  for (const sql of statements) {
    const detail = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as Array<{ detail: string }>).map((r) => r.detail).join('; ');
    expect(detail, sql).not.toMatch(/^SCAN|; SCAN/);
  }
}
