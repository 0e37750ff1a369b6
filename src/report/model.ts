import type { Result } from '../schema/result.js';
import type { Claim } from '../schema/claim.js';
import type { Finding } from '../schema/finding.js';
import type { Sentence } from '../schema/sentence.js';
import { personKey } from '../store/normalize-name.js';

/** A finding placed in the batch: its article, its claims in finding order, and the sentences those claims sit in. */
export interface RankedFinding {
  readonly rank: number;
  readonly articleId: string;
  readonly articleTitle: string;
  readonly finding: Finding;
  readonly claims: readonly Claim[];
  readonly sentences: readonly Sentence[];
}

export interface ReportTotals {
  readonly articles: number;
  readonly failed: number;
  readonly claims: number;
  readonly quotes: number;
  readonly speakers: number;
  readonly findings: number;
  readonly inconsistent: number;
  readonly unverifiable: number;
  readonly consistent: number;
}

/**
 * Speakers counted as the database counts them: a person once however many articles quote them (same normalised name),
 * an unnamed group ("officials") once per article. Why: the report's total then matches `tally run`'s summary.
 */
function distinctSpeakers(results: readonly Result[]): number {
  const keys = new Set<string>();
  for (const r of results) for (const s of r.speakers) keys.add(s.kind === 'group' ? `group\u0000${r.id}\u0000${personKey(s.name, s.id)}` : `person\u0000${personKey(s.name, s.id)}`);
  return keys.size;
}

/** Everything a report shows, independent of the format it is written in. */
export interface ReportModel {
  readonly title: string;
  /** Where the Results came from (a database path), shown in the header; null for in-memory Results. */
  readonly origin: string | null;
  readonly totals: ReportTotals;
  readonly findings: readonly RankedFinding[];
  readonly articles: readonly Result[];
}

export interface BuildReportOptions {
  readonly title?: string;
  readonly origin?: string | null;
}

const STATUS_RANK: Readonly<Record<string, number>> = { inconsistent: 0, unverifiable: 1, consistent: 2 };

/**
 * Builds the report model from Results: findings across the batch ranked for a fact-checker
 * (inconsistent first, then unverifiable, then consistent; larger relative gaps first), each with
 * the claims and sentences it rests on.
 */
export function buildReport(results: readonly Result[], options: BuildReportOptions = {}): ReportModel {
  const ranked: Array<Omit<RankedFinding, 'rank'> & { order: number }> = [];
  let order = 0;
  for (const r of results) {
    const claimById = new Map(r.claims.map((c) => [c.id, c] as const));
    for (const f of r.findings) {
      const claims = f.claimIds.map((id) => claimById.get(id)).filter((c): c is Claim => c !== undefined);
      const wanted = new Set(claims.map((c) => c.sentence));
      const sentences = r.sentences.filter((s) => wanted.has(s.index));
      ranked.push({ articleId: r.id, articleTitle: articleTitle(r), finding: f, claims, sentences, order: order++ });
    }
  }
  ranked.sort((a, b) => statusRank(a.finding) - statusRank(b.finding) || relativeGap(b.finding) - relativeGap(a.finding) || a.order - b.order);
  const count = (status: string): number => ranked.filter((f) => f.finding.status === status).length;
  return {
    title: options.title ?? 'tally report',
    origin: options.origin ?? null,
    totals: {
      articles: results.length,
      failed: results.filter((r) => r.errors.some((e) => e.severity === 'fatal')).length,
      claims: sum(results, (r) => r.claims.length),
      quotes: sum(results, (r) => r.quotes.length),
      speakers: distinctSpeakers(results),
      findings: ranked.length,
      inconsistent: count('inconsistent'),
      unverifiable: count('unverifiable'),
      consistent: count('consistent'),
    },
    findings: ranked.map(({ order: _order, ...f }, i) => ({ ...f, rank: i + 1 })),
    articles: results,
  };
}

/** The article's headline, else where it came from. */
export function articleTitle(r: Result): string {
  return r.article.title?.trim() || r.source;
}

function statusRank(f: Finding): number {
  return STATUS_RANK[f.status] ?? 1;
}

/** |difference| relative to what was stated: 7 off 1,055 ranks below 10 off 240. */
function relativeGap(f: Finding): number {
  if (f.difference === null) return 0;
  return Math.abs(f.difference) / Math.max(1, Math.abs(f.stated ?? f.expected ?? 1));
}

function sum<T>(xs: readonly T[], f: (x: T) => number): number {
  return xs.reduce((t, x) => t + f(x), 0);
}
