import type { Database } from 'better-sqlite3';
import { currentVersion, openStore } from '../store/index.js';
import type { Result } from '../schema/result.js';
import type { Article, Caption } from '../schema/article.js';
import type { Claim } from '../schema/claim.js';
import type { Quote, Speaker } from '../schema/quote.js';
import type { Finding } from '../schema/finding.js';
import type { Diagnostic } from '../schema/diagnostic.js';
import type { Span } from '../schema/span.js';
import { emptyResult } from '../pipeline/empty-result.js';

export interface LoadResultsOptions {
  /** Only the documents this run stored, skipped or failed (runs.id); all documents when absent. */
  readonly runId?: number | null;
  /** Only articles with an inconsistent or unverifiable finding, or a fatal error: what a fact-checker must look at. */
  readonly flaggedOnly?: boolean;
}

type Row = Record<string, unknown>;

/**
 * Reads Results back from a claims database, opened read-only (a report never writes),
 * through the store's tables: one Result per document, in the order their locations sort.
 */
export function loadResults(path: string, options: LoadResultsOptions = {}): Result[] {
  const store = openStore(path, { readonly: true });
  try {
    if (currentVersion(store.db) === 0) throw new Error(`${path} is not a tally claims database (it has no schema_version table); create one with \`tally run <inputs> --db ${path}\`.`);
    return readResults(store.db, options.runId ?? null, options.flaggedOnly ?? false);
  } finally {
    store.close();
  }
}

/** The Results held by an open connection (read-only use). */
export function readResults(db: Database, runId: number | null, flaggedOnly = false): Result[] {
  const flagged = flaggedOnly
    ? ` AND (EXISTS (SELECT 1 FROM findings f WHERE f.article_id = s.id AND f.status <> 'consistent') OR EXISTS (SELECT 1 FROM errors e WHERE e.source_id = s.id AND e.severity = 'fatal'))`
    : '';
  const sources = (
    runId === null
      ? db.prepare(`SELECT s.id, s.location, s.content_hash, s.pipeline_version FROM sources s WHERE 1${flagged} ORDER BY s.location, s.id`).all()
      : db.prepare(`SELECT s.id, s.location, s.content_hash, s.pipeline_version FROM sources s JOIN run_documents d ON d.source_id = s.id WHERE d.run_id = ?${flagged} ORDER BY s.location, s.id`).all(runId)
  ) as Row[];
  const q = {
    article: db.prepare('SELECT * FROM articles WHERE id = ?'),
    paragraphs: db.prepare('SELECT start, "end", role FROM paragraphs WHERE article_id = ? ORDER BY paragraph'),
    sentences: db.prepare('SELECT sentence, paragraph, start, "end", text FROM sentences WHERE article_id = ? ORDER BY sentence'),
    speakers: db.prepare('SELECT id, name, kind, title, organization FROM article_speakers WHERE article_id = ? ORDER BY rowid'),
    mentions: db.prepare('SELECT article_speaker_id, start, "end", text FROM speaker_mentions WHERE article_id = ? ORDER BY id'),
    quotes: db.prepare('SELECT * FROM quotes WHERE article_id = ? ORDER BY start, seq'),
    claims: db.prepare('SELECT * FROM claims WHERE article_id = ? ORDER BY start, "end"'),
    findings: db.prepare('SELECT * FROM findings WHERE article_id = ? ORDER BY rowid'),
    findingClaims: db.prepare('SELECT fc.finding_id, fc.claim_id FROM finding_claims fc JOIN findings f ON f.id = fc.finding_id WHERE f.article_id = ? ORDER BY fc.finding_id, fc.position'),
    errors: db.prepare('SELECT stage, rule, severity, message, start, "end" FROM errors WHERE source_id = ? ORDER BY id'),
  };
  return sources.map((src) => {
    const id = str(src.id);
    const a = q.article.get(id) as Row | undefined;
    const errors = (q.errors.all(id) as Row[]).map(
      (e): Diagnostic => ({ stage: str(e.stage), rule: strOrNull(e.rule), severity: (str(e.severity) as Diagnostic['severity']) ?? 'fatal', message: str(e.message), start: numOrNull(e.start), end: numOrNull(e.end) }),
    );
    const base: Result = emptyResult({
      id,
      source: str(src.location),
      contentHash: str(src.content_hash),
      pipelineVersion: str(src.pipeline_version),
      errors,
    });
    if (!a) return base;
    const text = str(a.text);
    const article: Article = {
      title: strOrNull(a.title),
      byline: jsonArray<string>(a.byline),
      published: strOrNull(a.published),
      publisher: strOrNull(a.publisher),
      url: strOrNull(a.url),
      language: strOrNull(a.language),
      text,
      paragraphs: (q.paragraphs.all(id) as Row[]).map((p) => ({ start: num(p.start), end: num(p.end), role: str(p.role) as Article['paragraphs'][number]['role'] })),
      captions: jsonArray<Caption>(a.captions),
    };
    const mentions = new Map<string, Span[]>();
    for (const m of q.mentions.all(id) as Row[]) {
      const key = str(m.article_speaker_id);
      if (!mentions.has(key)) mentions.set(key, []);
      mentions.get(key)!.push({ start: num(m.start), end: num(m.end), text: str(m.text) });
    }
    const speakers: Speaker[] = (q.speakers.all(id) as Row[]).map((s) => ({
      id: str(s.id),
      name: str(s.name),
      kind: str(s.kind) === 'group' ? 'group' : 'person',
      title: strOrNull(s.title),
      organization: strOrNull(s.organization),
      mentions: mentions.get(str(s.id)) ?? [],
    }));
    const quotes: Quote[] = (q.quotes.all(id) as Row[]).map((x) => ({
      id: str(x.id),
      start: num(x.start),
      end: num(x.end),
      text: str(x.text),
      kind: str(x.kind) as Quote['kind'],
      speakerId: strOrNull(x.article_speaker_id),
      source: spanOrNull(x.source_start, x.source_end, x.source_text),
      cue: spanOrNull(x.cue_start, x.cue_end, x.cue_text),
      sentence: num(x.sentence),
    }));
    const claims: Claim[] = (q.claims.all(id) as Row[]).map((c) => ({
      id: str(c.id),
      start: num(c.start),
      end: num(c.end),
      text: str(c.text),
      value: numOrNull(c.value),
      low: numOrNull(c.low),
      high: numOrNull(c.high),
      qualifier: str(c.qualifier) as Claim['qualifier'],
      change: strOrNull(c.change) as Claim['change'],
      kind: str(c.kind) as Claim['kind'],
      unit: strOrNull(c.unit),
      subject: strOrNull(c.subject),
      predicate: strOrNull(c.predicate),
      anchor: strOrNull(c.anchor),
      sentence: num(c.sentence),
      quoteId: strOrNull(c.quote_id),
      speakerId: strOrNull(c.article_speaker_id),
    }));
    const claimIds = new Map<string, string[]>();
    for (const fc of q.findingClaims.all(id) as Row[]) {
      const key = str(fc.finding_id);
      if (!claimIds.has(key)) claimIds.set(key, []);
      claimIds.get(key)!.push(str(fc.claim_id));
    }
    const findings: Finding[] = (q.findings.all(id) as Row[]).map((f) => ({
      id: str(f.id),
      check: str(f.check_name),
      status: str(f.status) as Finding['status'],
      claimIds: claimIds.get(str(f.id)) ?? [],
      expected: numOrNull(f.expected),
      stated: numOrNull(f.stated),
      difference: numOrNull(f.difference),
      message: str(f.message),
    }));
    const sentences = (q.sentences.all(id) as Row[]).map((s) => ({ index: num(s.sentence), paragraph: num(s.paragraph), start: num(s.start), end: num(s.end), text: str(s.text) }));
    return { ...base, article, sentences, claims, quotes, speakers, findings };
  });
}

function str(v: unknown): string {
  return v === null || v === undefined ? '' : String(v);
}
function strOrNull(v: unknown): string | null {
  return v === null || v === undefined ? null : String(v);
}
function num(v: unknown): number {
  return Number(v ?? 0);
}
function numOrNull(v: unknown): number | null {
  return v === null || v === undefined ? null : Number(v);
}
function spanOrNull(start: unknown, end: unknown, text: unknown): Span | null {
  return start === null || start === undefined || end === null || end === undefined ? null : { start: num(start), end: num(end), text: str(text) };
}
function jsonArray<T>(v: unknown): T[] {
  try {
    const parsed = JSON.parse(str(v) || '[]');
    return Array.isArray(parsed) ? (parsed as T[]) : [];
  } catch {
    return [];
  }
}
