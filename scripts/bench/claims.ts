/**
 * npm run bench -- claims [--limit N] [--rounds R]
 * Speed of the claims stage alone, one core, over the BBC texts in ../shared/data/bbc: articles are built and split into sentences
 * before the clock starts, so only findClaims is timed. Fails when the stage runs below 1 MB/s.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article, Paragraph } from '../../src/schema/article.js';
import { splitSentences } from '../../src/sentences/index.js';
import { findClaims } from '../../src/claims/index.js';
import { createContext, defaultOptions } from '../../src/pipeline/context.js';

const FLOOR_MB_PER_S = 1;
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const BBC = resolve(ROOT, '../shared/data/bbc');

export default async function benchClaims(args: string[]): Promise<boolean> {
  if (!existsSync(BBC)) {
    process.stdout.write(`claims: skipped, ${BBC} not found (the data sets live in ../shared)\n`);
    return true;
  }
  const limit = Number(argValue(args, '--limit') ?? Infinity);
  const rounds = Number(argValue(args, '--rounds') ?? 3);
  const files: string[] = [];
  for (const topic of readdirSync(BBC, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    for (const f of readdirSync(join(BBC, topic)).filter((n) => n.endsWith('.txt')).sort()) files.push(join(BBC, topic, f));
  }
  const docs = files.slice(0, limit).map((path, i) => {
    const article = plainArticle(readFileSync(path, 'utf8'));
    const ctx = createContext(`bbc-${i}`, article.text, defaultOptions, []);
    return { article, ctx, sentences: splitSentences(article, ctx) };
  });
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.article.text, 'utf8'), 0);
  let best = Infinity;
  let claims = 0;
  for (let r = 0; r < rounds; r++) {
    claims = 0;
    const t0 = process.hrtime.bigint();
    for (const d of docs) claims += findClaims({ article: d.article, sentences: d.sentences }, d.ctx).length;
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e9);
  }
  const mbs = bytes / 1e6 / best;
  process.stdout.write(`claims: ${docs.length} BBC articles, ${(bytes / 1e6).toFixed(2)} MB, best of ${rounds}: ${best.toFixed(2)} s = ${mbs.toFixed(2)} MB/s (one core); ${claims} claims\n`);
  if (mbs < FLOOR_MB_PER_S) {
    process.stdout.write(`claims: TOO SLOW ${mbs.toFixed(2)} MB/s < ${FLOOR_MB_PER_S} MB/s\n`);
    return false;
  }
  return true;
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
