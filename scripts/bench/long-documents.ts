/**
 * npm run bench -- long-documents [--size KB]
 * How one document's cost grows with its length. Each shape (a long text of short reports, many paragraphs, many shares,
 * the BBC business folder as one text, HTML with many sibling boxes or many paragraphs) is run at a size and at twice it,
 * in this process after a warm-up, the fastest of three runs each; the growth exponent is log2(time at 2x / time at 1x):
 * 1 is linear, 2 quadratic.
 * Fails when any shape grows faster than n^1.5. Why a bench: every stage once had a pass over all figures, quotes or
 * boxes per figure, quote or box, unseen on news articles and minutes on a 1 MB document.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runDocument } from '../../src/pipeline/run-document.js';
import type { SourceDoc } from '../../src/schema/source.js';

const SHARED = join(dirname(fileURLToPath(import.meta.url)), '../../../../shared');
/** Growth exponents above this fail the bench. */
const MAX_EXPONENT = 1.5;
/** Runs per size; the fastest counts. Why: a collection or another process's burst can double one run's time. */
const ROUNDS = 3;

interface Shape {
  readonly name: string;
  readonly mediaType: 'text/plain' | 'text/html';
  /** A document of about `chars` characters. */
  make(chars: number): string;
}

/** Repeats `unit(i)` until the text reaches `chars`. */
function repeatTo(chars: number, unit: (i: number) => string, join = ''): string {
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < chars; i++) {
    const u = unit(i);
    parts.push(u);
    n += u.length + join.length;
  }
  return parts.join(join);
}

function bbcBusiness(): string | null {
  const dir = join(SHARED, 'data/bbc/business');
  if (!existsSync(dir)) return null;
  return readdirSync(dir)
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n\n');
}

function shapes(): Shape[] {
  const list: Shape[] = [
    { name: 'one line of short reports', mediaType: 'text/plain', make: (c) => `Reports\n\n${repeatTo(c, (i) => `The report said ${i % 90 + 5} people were hurt. `)}` },
    { name: 'many short paragraphs', mediaType: 'text/plain', make: (c) => `Reports\n\n${repeatTo(c, (i) => `The report said ${i} people were hurt in the town. Officials said the figure could rise.`, '\n\n')}` },
    {
      name: 'a share, a count and a change per paragraph',
      mediaType: 'text/plain',
      make: (c) => `Turnout\n\n${repeatTo(c, (i) => `Turnout was ${i % 90 + 5}% in ward ${i}, and 4,${String(i % 1000).padStart(3, '0')} of the 9,000 voters said they were happy, up 5% from last year.`, '\n\n')}`,
    },
    {
      name: 'HTML: many sibling boxes',
      mediaType: 'text/html',
      make: (c) =>
        `<html><body><article>${'<p>The council said 40 people came to the meeting on Tuesday, and officials said more would come next week.</p>'.repeat(5)}${repeatTo(c, (i) => `<div><span>x${i}</span></div>`)}</article></body></html>`,
    },
    {
      name: 'HTML: many story paragraphs',
      mediaType: 'text/html',
      make: (c) => `<html><head><title>Big page</title></head><body><nav><ul>${'<li><a href="/s">Story</a></li>'.repeat(200)}</ul></nav><article><h1>Big page</h1>${repeatTo(c, (i) => `<p>The council said ${i * 3} people attended meeting number ${i} on Tuesday, and officials said more would come.</p>\n`)}</article></body></html>`,
    },
  ];
  const bbc = bbcBusiness();
  if (bbc) list.push({ name: 'BBC business folder as one text', mediaType: 'text/plain', make: (c) => bbc.slice(0, c) });
  else process.stdout.write(`long-documents: ${SHARED}/data/bbc is absent; the BBC shape is skipped.\n`);
  return list;
}

function docOf(body: string, mediaType: Shape['mediaType']): SourceDoc {
  return { id: null, location: 'long', url: null, mediaType, body, encoding: 'utf-8', fetchedAt: null, hints: { title: null, published: null, language: 'en' } };
}

/** CPU milliseconds of one run of the pipeline on `body`. */
function cpuMs(body: string, mediaType: Shape['mediaType']): { ms: number; textChars: number; fatal: string | null } {
  const before = process.cpuUsage();
  const r = runDocument(docOf(body, mediaType));
  const used = process.cpuUsage(before);
  return { ms: (used.user + used.system) / 1000, textChars: r.article.text.length, fatal: r.errors.find((e) => e.severity === 'fatal')?.message ?? null };
}

function bestOf<T extends { ms: number }>(rounds: number, run: () => T): T {
  let best = run();
  for (let i = 1; i < rounds; i++) {
    const r = run();
    if (r.ms < best.ms) best = r;
  }
  return best;
}

export default async function benchLongDocuments(args: string[]): Promise<boolean> {
  const at = args.indexOf('--size');
  const size = (at >= 0 ? Number(args[at + 1]) : 400) * 1000;
  const rows: string[] = ['| shape | size | CPU ms | text MB per CPU-s | at 2x: CPU ms | text MB per CPU-s | growth exponent |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: |'];
  let ok = true;
  for (const shape of shapes()) {
    // Warm-up at full size: V8 compiles the stages' hot code during the first run, which would flatter the larger run.
    cpuMs(shape.make(size), shape.mediaType);
    const one = bestOf(ROUNDS, () => cpuMs(shape.make(size), shape.mediaType));
    const two = bestOf(ROUNDS, () => cpuMs(shape.make(size * 2), shape.mediaType));
    const failed = one.fatal ?? two.fatal;
    if (failed) {
      rows.push(`| ${shape.name} | ${size / 1000} KB | failed: ${failed} | | | | |`);
      ok = false;
      continue;
    }
    const exponent = Math.log2(two.ms / Math.max(one.ms, 1));
    if (exponent > MAX_EXPONENT) ok = false;
    const rate = (r: typeof one) => (r.textChars / 1e6 / (r.ms / 1000)).toFixed(2);
    rows.push(`| ${shape.name} | ${size / 1000} KB | ${one.ms.toFixed(0)} | ${rate(one)} | ${two.ms.toFixed(0)} | ${rate(two)} | ${exponent.toFixed(2)}${exponent > MAX_EXPONENT ? ' FAIL' : ''} |`);
  }
  process.stdout.write(`long-documents: one document's CPU at a size and at twice it (growth exponent: 1 linear, 2 quadratic; fails above ${MAX_EXPONENT})\n${rows.join('\n')}\n`);
  return ok;
}
