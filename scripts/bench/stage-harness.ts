/**
 * Times one stage alone, one core, over the BBC texts in ../shared/data/bbc: articles are built and split into
 * sentences before the clock starts, so only the stage is timed. Fails when it runs below the floor.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article, Paragraph } from '../../src/schema/article.js';
import type { Sentence } from '../../src/schema/sentence.js';
import { splitSentences } from '../../src/sentences/index.js';
import { createContext, defaultOptions, type DocContext } from '../../src/pipeline/context.js';

const FLOOR_MB_PER_S = 1;
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const BBC = resolve(ROOT, '../shared/data/bbc');

export interface StageDoc {
  readonly article: Article;
  readonly sentences: Sentence[];
  readonly ctx: DocContext;
}

/** Runs `stage` over every document `rounds` times; it returns counts to report (e.g. {claims: 3}), summed per round. */
export function benchStage(name: string, args: string[], stage: (doc: StageDoc) => Record<string, number>): boolean {
  if (!existsSync(BBC)) {
    process.stdout.write(`${name}: skipped, ${BBC} not found (the data sets live in ../shared)\n`);
    return true;
  }
  const limit = Number(argValue(args, '--limit') ?? Infinity);
  const rounds = Number(argValue(args, '--rounds') ?? 3);
  const docs = bbcFiles().slice(0, limit).map((path, i): StageDoc => {
    const article = plainArticle(readFileSync(path, 'latin1'));
    const ctx = createContext(`bbc-${i}`, article.text, defaultOptions, []);
    return { article, ctx, sentences: splitSentences(article, ctx) };
  });
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.article.text, 'utf8'), 0);
  let best = Infinity;
  let counts: Record<string, number> = {};
  for (let r = 0; r < rounds; r++) {
    counts = {};
    const t0 = process.hrtime.bigint();
    for (const d of docs) for (const [k, v] of Object.entries(stage(d))) counts[k] = (counts[k] ?? 0) + v;
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e9);
  }
  const mbs = bytes / 1e6 / best;
  const found = Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ');
  process.stdout.write(`${name}: ${docs.length} BBC articles, ${(bytes / 1e6).toFixed(2)} MB, best of ${rounds}: ${best.toFixed(2)} s = ${mbs.toFixed(2)} MB/s (one core); ${found}\n`);
  if (mbs < FLOOR_MB_PER_S) {
    process.stdout.write(`${name}: TOO SLOW ${mbs.toFixed(2)} MB/s < ${FLOOR_MB_PER_S} MB/s\n`);
    return false;
  }
  return true;
}

function bbcFiles(): string[] {
  const files: string[] = [];
  for (const topic of readdirSync(BBC, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    for (const f of readdirSync(join(BBC, topic)).filter((n) => n.endsWith('.txt')).sort()) files.push(join(BBC, topic, f));
  }
  return files;
}

function argValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

// Plain text as the article stage lays it out: one paragraph per non-empty line, joined by a blank line.
function plainArticle(raw: string): Article {
  const paragraphs: Paragraph[] = [];
  let text = '';
  for (const line of raw.split(/\r?\n/)) {
    const body = line.trim();
    if (!body) continue;
    if (text) text += '\n\n';
    paragraphs.push({ start: text.length, end: text.length + body.length, role: 'body' });
    text += body;
  }
  return { title: null, byline: [], published: null, publisher: null, url: null, language: 'en', text, paragraphs, captions: [] };
}
