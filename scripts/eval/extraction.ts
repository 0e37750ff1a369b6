/**
 * npm run eval -- extraction [--worst N] [--set readability|newspaper] [--page NAME]
 * Scores article.text against ../shared/data/readability-pages (text of expected.html) and
 * ../shared/data/newspaper (text/NAME.txt) with the article-extraction-benchmark metric: word 4-gram
 * multisets per page (words = \w+, Unicode), precision and recall per page averaged over pages, F1 from the
 * two averages. Also title / byline / published accuracy against readability's expected-metadata.json.
 * `--baseline` also scores @mozilla/readability on linkedom the same way, for scale (on readability-pages its own
 * expected output is the truth, so there it only checks the metric; on newspaper it is a real comparison).
 * `--all` lists per-page P/R; `--diff` prints, for the worst pages, the lines we kept that the expectation
 * lacks and the expected lines we dropped (first 200 chars each), to classify errors.
 * Returns false (exit 1) when a figure falls below its pinned floor.
 */
import { defaultOptions } from '../../src/pipeline/options.js';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractArticle } from '../../src/article/index.js';
import { normalizeDate } from '../../src/article/dates.js';
import { isElement, isText, parseHtml, type DomNode } from '../../src/article/html/dom.js';
import { BLOCK_TAGS } from '../../src/article/html/patterns.js';
import { decodeDocument } from '../../src/sources/index.js';
import type { Article } from '../../src/schema/article.js';
import type { Diagnostic } from '../../src/schema/diagnostic.js';

/** Pinned floors: a run below any of them fails. Raise them when the extractor improves. */
const FLOORS = {
  // nytimes-5 is a section front (a grid of story cards): tally reports "no article body found" there, as issue 9 asks,
  // while Readability's expected text is the card list, so that page scores 0 (without it the set scores F1 .9809).
  // Lowered from .9733 / R .9645 when unmarked picture frames (a picture and one short text box) gave their text to captions:
  // two video and author-card captions Readability's expected text keeps (cnet-svg-classes, wapo-2) left the text, as the contract asks.
  readability: { f1: 0.9731, precision: 0.9823, recall: 0.9641 },
  // Lowered from .941 when the extractor stopped printing a gallery's 2,300 characters of designer links on elle.com1 (now
  // "no article body found") and a share line on lifebuzz.com1: both pages' expected text is a newsletter box the junk held.
  // Raised from .9384 when a part of a story whose links sit in a box of their own stopped being dropped whole (details.com2 0 -> .966).
  newspaper: { f1: 0.946, precision: 0.948, recall: 0.943 },
  metadata: { title: 0.95, byline: 0.88, published: 0.99 },
};

export interface EvalPage {
  set: 'readability' | 'newspaper';
  name: string;
  path: string;
  bytes: Uint8Array;
  /** Expected text, or a loader for it (parsing expected.html is only needed by the eval). */
  expected: () => string;
  metadata: { title?: string | null; byline?: string | null; publishedTime?: string | null } | null;
}

/** The repository root: the nearest folder above this script holding package.json. */
export function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

/** Every dev page of both sets, in a stable order; empty when ../shared is absent. */
export function loadPages(skipped: string[] = []): EvalPage[] {
  const data = join(repoRoot(), '..', 'shared', 'data');
  const pages: EvalPage[] = [];
  const rp = join(data, 'readability-pages');
  if (existsSync(rp)) {
    for (const name of readdirSync(rp).sort()) {
      const dir = join(rp, name);
      if (!existsSync(join(dir, 'source.html'))) continue;
      const metaPath = join(dir, 'expected-metadata.json');
      pages.push({
        set: 'readability',
        name,
        path: join(dir, 'source.html'),
        bytes: readFileSync(join(dir, 'source.html')),
        expected: () => htmlToText(readFileSync(join(dir, 'expected.html'), 'utf8')),
        metadata: existsSync(metaPath) ? JSON.parse(readFileSync(metaPath, 'utf8')) : null,
      });
    }
  }
  const np = join(data, 'newspaper');
  if (existsSync(join(np, 'html'))) {
    for (const file of readdirSync(join(np, 'html')).sort()) {
      const name = file.replace(/\.html?$/, '');
      // "chinese_article.html" pairs with "chinese.txt", "japanese_article2.html" with "japanese2.txt".
      const txt = [name, name.replace(/_article/, '')].map((n) => join(np, 'text', `${n}.txt`)).find((f) => existsSync(f));
      if (!txt) continue;
      const want = readFileSync(txt, 'utf8');
      // newspaper3k's suite marks its own failures with an upper-case note instead of the text ("EXTRACTED NOTHING"): no ground truth.
      // ('ONLY "More coming soon!" AT END OF ARTICLE WAS EXTRACTED': the quoted words do not make it text.)
      if (want.trim() === '' || (want.length < 300 && !/\p{Ll}/u.test(want.replace(/"[^"]*"/g, '')))) {
        skipped.push(name);
        continue;
      }
      pages.push({
        set: 'newspaper',
        name,
        path: join(np, 'html', file),
        bytes: readFileSync(join(np, 'html', file)),
        expected: () => want,
        metadata: null,
      });
    }
  }
  return pages;
}

/** Runs the Article stage on one page's bytes as the CLI would (decode, then extract); `rewrite` changes the decoded HTML first (eval robustness). */
export function runPage(page: EvalPage, rewrite: (html: string) => string = (html) => html): { article: Article | null; errors: Diagnostic[] } {
  const errors: Diagnostic[] = [];
  try {
    const decoded = decodeDocument(page.bytes, { location: page.path, declaredType: 'text/html' });
    const doc = { ...decoded, body: rewrite(decoded.body) };
    const article = extractArticle(doc, {
      docId: page.name,
      text: doc.body,
      options: defaultOptions,
      report: (d) => errors.push({ stage: d.stage, message: d.message, rule: d.rule ?? null, severity: d.severity ?? 'fatal', start: null, end: null }),
    });
    return { article, errors };
  } catch (err) {
    errors.push({ stage: 'article', message: String(err), rule: 'threw', severity: 'fatal', start: null, end: null });
    return { article: null, errors };
  }
}

/** Text of an HTML fragment with block boundaries as line breaks. */
function htmlToText(html: string): string {
  const parts: string[] = [];
  const stack: DomNode[] = [parseHtml(html)];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (isText(n)) parts.push(n.data);
    else if (isElement(n) || n.type === 'root') {
      if (isElement(n) && (n.type !== 'tag' || n.name === 'head')) continue;
      if (isElement(n) && BLOCK_TAGS.has(n.name)) parts.push('\n');
      const kids = (n as unknown as { children: DomNode[] }).children;
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    }
  }
  return parts.join('');
}

const WORD = /[\p{L}\p{N}\p{M}_]+/gu;

function shingles(text: string, n = 4): Map<string, number> {
  const words = text.match(WORD) ?? [];
  const out = new Map<string, number>();
  if (words.length === 0) return out;
  const count = Math.max(1, words.length - n + 1);
  for (let i = 0; i < count; i++) {
    const key = words.slice(i, i + n).join(' ');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** Lines of `a` whose 4-grams are mostly absent from `b`: the text one side has and the other lacks. */
export function unmatchedLines(a: string, b: string): string[] {
  const other = shingles(b);
  const out: string[] = [];
  for (const line of a.split(/\n+/)) {
    const s = shingles(line);
    let total = 0;
    let miss = 0;
    for (const [k, c] of s) {
      total += c;
      if (!other.has(k)) miss += c;
    }
    if (total === 0 ? (line.match(WORD)?.length ?? 0) > 0 && !b.includes(line.trim()) : miss / total > 0.5) out.push(line.trim().slice(0, 200));
  }
  return out;
}

/** Per-page precision and recall of 4-gram multisets (the counts normalised per page, as the benchmark does). */
export function scorePage(expected: string, predicted: string): { precision: number; recall: number } {
  const t = shingles(expected);
  const p = shingles(predicted);
  if (t.size === 0 && p.size === 0) return { precision: 1, recall: 1 };
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [k, pc] of p) {
    const tc = t.get(k) ?? 0;
    tp += Math.min(tc, pc);
    fp += Math.max(0, pc - tc);
  }
  for (const [k, tc] of t) fn += Math.max(0, tc - (p.get(k) ?? 0));
  return { precision: tp + fp > 0 ? tp / (tp + fp) : 0, recall: tp + fn > 0 ? tp / (tp + fn) : 0 };
}

function norm(s: string | null | undefined): string {
  return (s ?? '').toLowerCase().replace(/^\s*(?:written\s+)?by\s+/, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * Our names vs Readability's byline string: the same words, or the expected string opening with our names and going
 * on with a date, role or other credit Readability left in ("By Jane Doe\n March 3, 2019"; "by Jane Doe22 Dec 2016";
 * "Written by Jane Doe\n Edited by John Roe").
 */
const NAME_CONNECTIVES = new Set(['and', 'with', 'avec', 'et', 'und', 'mit', 'y', 'con', 'e', 'com', 'en', 'met']);

function sameBag(a: string, b: string): boolean {
  // Connectives between names ("and", "avec", "et") are not names: "X (avec Y et Z)" names the same people as "X, Y, Z".
  const bag = (x: string) => x.split(' ').filter((w) => !NAME_CONNECTIVES.has(w)).sort().join(' ');
  if (bag(a) === bag(b)) return true;
  return a !== '' && b.startsWith(a) && /^\s*(?:\d|$|(?:updated|published|posted|edited by|photos by|on|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b)/.test(b.slice(a.length));
}

/**
 * The same calendar day as written, or the same instant written in another zone ("2017-02-24T01:18:13Z" is
 * "2017-02-23T17:18:13-08:00"): a page's JSON-LD and its meta tags often give one time in two zones.
 */
function sameDay(got: string, want: string): boolean {
  if (got.slice(0, 10) === want.slice(0, 10)) return true;
  const a = Date.parse(got);
  return /T\d/.test(got) && /T\d/.test(want) && !Number.isNaN(a) && a === Date.parse(want);
}

export default async function evalExtraction(args: string[]): Promise<boolean> {
  const worstN = Number(args[args.indexOf('--worst') + 1]) || 10;
  const only = args.includes('--set') ? args[args.indexOf('--set') + 1] : null;
  const pageName = args.includes('--page') ? args[args.indexOf('--page') + 1] : null;
  const skipped: string[] = [];
  const pages = loadPages(skipped).filter((p) => (!only || p.set === only) && (!pageName || p.name === pageName));
  if (pages.length === 0) {
    process.stdout.write('eval extraction: skipped, ../shared/data is absent (the dev sets live beside the repository).\n');
    return true;
  }
  const rows: { page: EvalPage; precision: number; recall: number; f1: number; language: string | null; fatal: boolean; text: string }[] = [];
  const meta = { title: [0, 0], byline: [0, 0], published: [0, 0] };
  const misses: string[] = [];
  for (const page of pages) {
    const { article, errors } = runPage(page);
    const s = scorePage(page.expected(), article?.text ?? '');
    const f1 = s.precision + s.recall > 0 ? (2 * s.precision * s.recall) / (s.precision + s.recall) : 0;
    rows.push({ page, ...s, f1, language: article?.language ?? null, fatal: errors.some((e) => e.severity === 'fatal'), text: article?.text ?? '' });
    const m = page.metadata;
    if (m && article) {
      if (m.title) {
        meta.title[1]!++;
        if (norm(article.title) === norm(m.title)) meta.title[0]!++;
        else misses.push(`title     ${page.name}: got "${article.title}" want "${m.title}"`);
      }
      if (m.byline) {
        meta.byline[1]!++;
        if (sameBag(norm(article.byline.join(' ')), norm(m.byline))) meta.byline[0]!++;
        else misses.push(`byline    ${page.name}: got "${article.byline.join(', ')}" want "${m.byline}"`);
      }
      if (m.publishedTime) {
        meta.published[1]!++;
        const want = normalizeDate(m.publishedTime);
        if (want && article.published && sameDay(article.published, want)) meta.published[0]!++;
        else misses.push(`published ${page.name}: got "${article.published}" want "${m.publishedTime}"`);
      }
    }
  }
  let ok = true;
  const out: string[] = [];
  for (const set of ['readability', 'newspaper'] as const) {
    const r = rows.filter((x) => x.page.set === set);
    if (r.length === 0) continue;
    const precision = r.reduce((a, x) => a + x.precision, 0) / r.length;
    const recall = r.reduce((a, x) => a + x.recall, 0) / r.length;
    const f1 = (2 * precision * recall) / (precision + recall);
    const floor = FLOORS[set];
    const pass = only !== null || pageName !== null || (f1 >= floor.f1 && precision >= floor.precision && recall >= floor.recall);
    ok &&= pass;
    const langs = new Map<string, number>();
    for (const x of r) langs.set(x.language ?? 'null', (langs.get(x.language ?? 'null') ?? 0) + 1);
    out.push(
      `${set.padEnd(12)} pages ${String(r.length).padStart(4)}  P ${precision.toFixed(4)}  R ${recall.toFixed(4)}  F1 ${f1.toFixed(4)}  (floor F1 ${floor.f1})${pass ? '' : '  BELOW FLOOR'}`,
      `${''.padEnd(12)} no-article ${r.filter((x) => x.fatal).length}; languages ${[...langs].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}:${v}`).join(' ')}`,
    );
  }
  const all = rows;
  const P = all.reduce((a, x) => a + x.precision, 0) / all.length;
  const R = all.reduce((a, x) => a + x.recall, 0) / all.length;
  out.push(`${'both'.padEnd(12)} pages ${String(all.length).padStart(4)}  P ${P.toFixed(4)}  R ${R.toFixed(4)}  F1 ${((2 * P * R) / (P + R)).toFixed(4)}`);
  for (const k of ['title', 'byline', 'published'] as const) {
    const [hit, n] = meta[k] as [number, number];
    if (n === 0) continue;
    const acc = hit / n;
    const pass = only !== null || pageName !== null || acc >= FLOORS.metadata[k];
    ok &&= pass;
    out.push(`metadata ${k.padEnd(10)} ${hit}/${n} = ${acc.toFixed(3)}  (floor ${FLOORS.metadata[k]})${pass ? '' : '  BELOW FLOOR'}`);
  }
  out.push(`newspaper pages without ground truth (empty, or an upper-case failure note), not scored: ${skipped.length}`);
  out.push(`worst ${worstN} pages by F1:`);
  for (const x of [...rows].sort((a, b) => a.f1 - b.f1).slice(0, worstN)) {
    out.push(`  ${x.f1.toFixed(3)}  P ${x.precision.toFixed(3)} R ${x.recall.toFixed(3)}  ${x.page.set}/${x.page.name}${x.fatal ? '  (no article)' : ''}`);
    if (args.includes('--diff')) {
      const want = x.page.expected();
      for (const l of unmatchedLines(x.text, want)) out.push(`      + ${l}`);
      for (const l of unmatchedLines(want, x.text)) out.push(`      - ${l}`);
    }
  }
  if (args.includes('--baseline')) out.push(...(await scoreReadability(pages)));
  if (args.includes('--misses')) out.push(...misses);
  if (args.includes('--all')) for (const x of rows) out.push(`page\t${x.page.set}/${x.page.name}\t${x.f1.toFixed(3)}\t${x.precision.toFixed(3)}\t${x.recall.toFixed(3)}`);
  process.stdout.write(`${out.join('\n')}\n`);
  return ok;
}

/** @mozilla/readability on linkedom over the same pages, scored with the same metric: the reference extractor's figures. */
async function scoreReadability(pages: readonly EvalPage[]): Promise<string[]> {
  const { Readability } = await import('@mozilla/readability');
  const { parseHTML } = await import('linkedom');
  const out: string[] = [];
  for (const set of ['readability', 'newspaper'] as const) {
    const r = pages.filter((p) => p.set === set);
    if (r.length === 0) continue;
    let precision = 0;
    let recall = 0;
    for (const page of r) {
      let text = '';
      try {
        const html = decodeDocument(page.bytes, { location: page.path, declaredType: 'text/html' }).body;
        const parsed = new Readability(parseHTML(html).document as never).parse();
        text = parsed?.content ? htmlToText(parsed.content) : '';
      } catch {
        text = '';
      }
      const s = scorePage(page.expected(), text);
      precision += s.precision;
      recall += s.recall;
    }
    precision /= r.length;
    recall /= r.length;
    const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
    out.push(`baseline readability+linkedom on ${set.padEnd(12)} pages ${String(r.length).padStart(4)}  P ${precision.toFixed(4)}  R ${recall.toFixed(4)}  F1 ${f1.toFixed(4)}`);
  }
  return out;
}
