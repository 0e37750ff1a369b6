import type { Database } from 'better-sqlite3';

export interface SearchOptions {
  /** Search quotes, sentences or both. */
  readonly in?: 'all' | 'quotes' | 'sentences';
  /** Most hits returned. */
  readonly limit?: number;
}

/** Column order of a search hit, for printing. */
export const SEARCH_COLUMNS = ['kind', 'match', 'speaker', 'article_title', 'publisher', 'published', 'article_id', 'ref'] as const;

/**
 * Full-text search over quotes and sentences (FTS5, porter-stemmed, accents folded), best matches first,
 * each hit with its article title. Accepts FTS5 syntax ("harm reduction" for a phrase, OR, NOT, prefix*);
 * text that is not valid FTS5 ("covid-19", "U.S.") is searched as plain words instead of failing.
 * Rows are arrays in SEARCH_COLUMNS order; `match` marks the matched words with [ ].
 */
export function searchText(db: Database, query: string, options: SearchOptions = {}): unknown[][] {
  const where = options.in ?? 'all';
  const limit = options.limit ?? 20;
  const quotes = `SELECT 'quote' AS kind, snippet(quotes_fts, 0, '[', ']', '…', 24) AS match, sp.name AS speaker, a.title AS article_title, a.publisher, a.published, q.article_id, q.id AS ref, bm25(quotes_fts) AS score
    FROM quotes_fts JOIN quotes q ON q.seq = quotes_fts.rowid JOIN articles a ON a.id = q.article_id LEFT JOIN speakers sp ON sp.id = q.speaker_id
    WHERE quotes_fts MATCH @q`;
  const sentences = `SELECT 'sentence' AS kind, snippet(sentences_fts, 0, '[', ']', '…', 24) AS match, NULL AS speaker, a.title AS article_title, a.publisher, a.published, s.article_id, CAST(s.sentence AS TEXT) AS ref, bm25(sentences_fts) AS score
    FROM sentences_fts JOIN sentences s ON s.id = sentences_fts.rowid JOIN articles a ON a.id = s.article_id
    WHERE sentences_fts MATCH @q`;
  const parts = where === 'quotes' ? [quotes] : where === 'sentences' ? [sentences] : [quotes, sentences];
  const sql = `SELECT ${SEARCH_COLUMNS.join(', ')} FROM (${parts.join(' UNION ALL ')}) ORDER BY score, published DESC, article_id, ref LIMIT @limit`;
  const stmt = db.prepare(sql).raw(true);
  try {
    return stmt.all({ q: query, limit }) as unknown[][];
  } catch (err) {
    // Not valid FTS5 ("covid-19", an unmatched quote): search the words as they are.
    if ((err as Error).name !== 'SqliteError') throw err;
    try {
      return stmt.all({ q: plainWords(query), limit }) as unknown[][];
    } catch {
      throw err;
    }
  }
}

/** The query's words, each quoted, so FTS5 reads punctuation as separators rather than operators. */
export function plainWords(query: string): string {
  const words = query.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  return words.length === 0 ? '""' : words.map((w) => `"${w.replace(/"/g, '""')}"`).join(' ');
}
