/**
 * npm run eval -- quotes [--split dev|train] [--limit N] [--errors N] [--direct N] [--misses N] [--dump FILE] [--no-floors]
 * (--dump FILE writes every text's gold and predicted attributions as JSON, original-file offsets, for error analysis)
 * (--direct N lists the first N direct-quote misses and false positives with context)
 * Scores the quotes stage against PolNeAR attributions (../shared/data/polnear) and the reference fixture; fails below the pinned floors.
 *
 * How it reads PolNeAR:
 * - One annotator per text: when a text has several .ann files, the first by file name is used.
 * - Each text is fed as a plain-text document: every non-empty line is a paragraph (trimmed, inner white space kept), paragraphs
 *   joined by a blank line as the article stage does; predicted offsets are mapped back paragraph by paragraph and checked to slice
 *   the same text from the original file.
 * - A gold attribution is an E line with a Content (fragments may be discontinuous); Source and Cue when present.
 * - A predicted attribution is a group of quotes sharing one cue (an interrupted quote "…," she said, "…" is one attribution with two
 *   fragments, as PolNeAR writes it); quotes nested in another quote (a partial quote inside reported speech) are scored through their
 *   holder; quotes with neither cue nor speaker (scare quotes) make no attribution claim and are not scored.
 * - Direct on both sides means quotation marks: a gold content wholly in marks (per-sentence fragments of one quote joined first),
 *   a predicted direct quote whose words open after a mark (transcript lines "SMITH: …" are direct to tally but carry no marks).
 * - Span comparison ignores what the conventions disagree on at the edges: white space, quote marks and edge punctuation
 *   (PolNeAR keeps the marks and a closing comma in the content; tally's content excludes the marks), and fragments separated only
 *   by white space, marks or a period count as one (PolNeAR's tool splits one quote into a fragment per sentence). A leading
 *   "that" is an edge difference too: PolNeAR includes the complementizer in the content, tally (and the reference fixture) do not.
 * Metrics: exact-span F1 for source, cue and content; content F1 at >= 30% character overlap (intersection >= 30% of both spans),
 * matched one-to-one greedily by overlap; speaker accuracy on matched pairs whose gold has a source (the predicted source, or a
 * mention of the predicted speaker, overlaps the gold source by >= 30%); direct quotes (gold content wholly in quote marks) separately;
 * and the speech subset (cue a verb of saying, "according to" or a colon), since PolNeAR also annotates stances and evidence
 * ("criticized", "supports", "a poll showed") that a quote extractor only partly covers.
 */
import { readFileSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article, Paragraph } from '../../src/schema/article.js';
import type { Quote, Speaker } from '../../src/schema/quote.js';
import { splitSentences } from '../../src/sentences/index.js';
import { findQuotes } from '../../src/quotes/index.js';
import { createContext, defaultOptions } from '../../src/pipeline/context.js';
import { runDocument } from '../../src/pipeline/run-document.js';
import { SPEECH_VERB_SET } from '../../src/quotes/lexicon.js';
import type { SourceDoc } from '../../src/schema/source.js';

/** Pinned floors (dev split); the suite fails when a score drops below one. */
const FLOORS = {
  contentOverlapF1: 0.761,
  contentExactF1: 0.598,
  sourceExactF1: 0.740,
  cueExactF1: 0.711,
  speakerAccuracy: 0.933,
  directSpeakerAccuracy: 0.970,
  directOverlapF1: 0.929,
  speechOverlapF1: 0.890,
  fixtureRequired: 1,
};

type Ranges = Array<[number, number]>;
interface GoldAttr {
  /** The cue is a verb of saying, "according to" or a colon: the attributions a quote extractor is built for. */
  speech: boolean;
  content: Ranges;
  source: [number, number] | null;
  cue: [number, number] | null;
  direct: boolean;
}
interface PredAttr {
  speech: boolean;
  content: Ranges;
  source: [number, number] | null;
  cue: [number, number] | null;
  direct: boolean;
  mentions: Ranges;
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const SHARED = resolve(ROOT, '../shared');

export default async function evalQuotes(args: string[]): Promise<boolean> {
  const split = argValue(args, '--split') ?? 'dev';
  const limit = Number(argValue(args, '--limit') ?? Infinity);
  const showErrors = Number(argValue(args, '--errors') ?? 0);
  const showDirect = Number(argValue(args, '--direct') ?? 0);
  const base = join(SHARED, 'data/polnear', split);
  if (!existsSync(base)) {
    process.stdout.write(`quotes: skipped, ${base} not found (the data sets live in ../shared)\n`);
    return true;
  }
  const docs = loadPolnear(base).slice(0, limit);
  const tally = newTally();
  const errors: string[] = [];
  const directErrors: string[] = [];
  const dumpPath = argValue(args, '--dump');
  const dump: Array<{ name: string; gold: GoldAttr[]; preds: PredAttr[] }> = [];
  let misaligned = 0;
  for (const doc of docs) {
    const { preds, bad } = predict(doc.name, doc.text);
    misaligned += bad;
    if (dumpPath) dump.push({ name: doc.name, gold: doc.gold, preds });
    score(doc.text, doc.gold, preds, tally, showErrors > 0 ? errors : null, showDirect > 0 ? directErrors : null, doc.name);
  }
  if (dumpPath) writeFileSync(dumpPath, JSON.stringify(dump));
  const r = report(tally);
  const fixture = scoreFixture();
  const lines = [
    `quotes on polnear/${split}: ${docs.length} texts, ${tally.gold} gold attributions (${tally.goldDirect} direct), ${tally.pred} predicted (${tally.predDirect} direct)${misaligned ? `, ${misaligned} spans MISALIGNED` : ''}`,
    `  content  overlap P ${f(r.contentOverlap.p)} R ${f(r.contentOverlap.r)} F1 ${f(r.contentOverlap.f)}   exact P ${f(r.contentExact.p)} R ${f(r.contentExact.r)} F1 ${f(r.contentExact.f)}`,
    `  source   exact   P ${f(r.source.p)} R ${f(r.source.r)} F1 ${f(r.source.f)}`,
    `  cue      exact   P ${f(r.cue.p)} R ${f(r.cue.r)} F1 ${f(r.cue.f)}`,
    `  speaker  accuracy on matched pairs ${f(r.speaker)} (${tally.speakerRight}/${tally.speakerTotal}); source span exact on matched pairs ${f(tally.speakerTotal ? tally.sourceExactMatched / tally.speakerTotal : 0)}`,
    `  direct   overlap P ${f(r.direct.p)} R ${f(r.direct.r)} F1 ${f(r.direct.f)}   exact F1 ${f(r.directExact.f)}   speaker ${f(tally.directSpeakerTotal ? tally.directSpeakerRight / tally.directSpeakerTotal : 0)} (${tally.directSpeakerRight}/${tally.directSpeakerTotal})`,
    `  speech   overlap P ${f(r.speech.p)} R ${f(r.speech.r)} F1 ${f(r.speech.f)} (only attributions cued by a verb of saying, "according to" or a colon: ${tally.speechGold} gold)`,
    `  fixture  ${fixture.found}/${fixture.required} required quotes with the right kind and speaker; speakers ${fixture.speakersOk}/${fixture.speakers}${fixture.missing.length ? `; missing: ${fixture.missing.join('; ')}` : ''}`,
  ];
  const top = [...tally.misses].sort((a, b) => b[1] - a[1]).slice(0, Number(argValue(args, '--misses') ?? 30));
  lines.push(`  misses by cue lemma [construction] (${tally.gold - tally.contentOverlap} unmatched gold): ${top.map(([k, n]) => `${k} ${n}`).join(', ')}`);
  process.stdout.write(lines.join('\n') + '\n');
  if (showErrors > 0) process.stdout.write(errors.slice(0, showErrors).join('\n') + '\n');
  if (showDirect > 0) process.stdout.write(directErrors.slice(0, showDirect).join('\n') + '\n');
  if (args.includes('--no-floors')) return true;
  const checks: Array<[string, number, number]> = [
    ['content overlap F1', r.contentOverlap.f, FLOORS.contentOverlapF1],
    ['content exact F1', r.contentExact.f, FLOORS.contentExactF1],
    ['source exact F1', r.source.f, FLOORS.sourceExactF1],
    ['cue exact F1', r.cue.f, FLOORS.cueExactF1],
    ['speaker accuracy', r.speaker, FLOORS.speakerAccuracy],
    ['direct overlap F1', r.direct.f, FLOORS.directOverlapF1],
    ['direct speaker accuracy', tally.directSpeakerTotal ? tally.directSpeakerRight / tally.directSpeakerTotal : 0, FLOORS.directSpeakerAccuracy],
    ['speech overlap F1', r.speech.f, FLOORS.speechOverlapF1],
    ['fixture required quotes', fixture.required ? fixture.found / fixture.required : 1, FLOORS.fixtureRequired],
  ];
  let ok = true;
  for (const [name, value, floor] of checks) {
    if (split === 'dev' && value < floor) {
      process.stdout.write(`quotes: REGRESSION ${name} ${f(value)} < floor ${f(floor)}\n`);
      ok = false;
    }
  }
  return ok;
}

function argValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function f(x: number): string {
  return x.toFixed(3);
}

interface PolnearDoc {
  name: string;
  text: string;
  gold: GoldAttr[];
}

function loadPolnear(base: string): PolnearDoc[] {
  const files = readdirSync(join(base, 'attributions')).filter((n) => n.endsWith('.ann')).sort();
  const byText = new Map<string, string>();
  for (const file of files) {
    const name = file.replace(/_[0-9a-f]{4}\.ann$/, '');
    if (!byText.has(name)) byText.set(name, file); // first annotator by file name
  }
  const docs: PolnearDoc[] = [];
  for (const [name, file] of byText) {
    const text = readFileSync(join(base, 'text', `${name}.txt`), 'utf8');
    docs.push({ name, text, gold: parseAnn(readFileSync(join(base, 'attributions', file), 'utf8'), text) });
  }
  return docs;
}

function parseAnn(ann: string, text: string): GoldAttr[] {
  const spans = new Map<string, { type: string; ranges: Ranges }>();
  const events: Array<Record<string, string>> = [];
  for (const line of ann.split('\n')) {
    let m = /^(T\d+)\t(\S+) ([\d ;]+)\t/.exec(line);
    if (m) {
      const ranges = m[3]!.split(';').map((r) => r.trim().split(' ').map(Number) as [number, number]);
      spans.set(m[1]!, { type: m[2]!, ranges });
      continue;
    }
    m = /^E\d+\t(.*)$/.exec(line);
    if (m) events.push(Object.fromEntries(m[1]!.trim().split(/\s+/).map((p) => p.split(':') as [string, string])));
  }
  const out: GoldAttr[] = [];
  for (const e of events) {
    const content = e.Content ? spans.get(e.Content) : undefined;
    if (!content) continue;
    const src = e.Source ? spans.get(e.Source) : undefined;
    const cue = e.Cue ? spans.get(e.Cue) : undefined;
    out.push({
      speech: cue ? isSpeechCue(cue.ranges.map(([a, b]) => text.slice(a, b)).join(' ')) : false,
      content: content.ranges,
      source: src ? hull(src.ranges) : null,
      cue: cue ? hull(cue.ranges) : null,
      direct: isDirectContent(text, content.ranges),
    });
  }
  return out;
}

function isSpeechCue(cue: string): boolean {
  const words = cue.toLowerCase().replace(/[^a-z: ]/g, ' ').split(/\s+/).filter(Boolean);
  if (cue.trim().startsWith(':') || /according to/.test(cue.toLowerCase())) return true;
  return words.some((w) => SPEECH_VERB_SET.has(w));
}

function hull(r: Ranges): [number, number] {
  return [Math.min(...r.map((x) => x[0])), Math.max(...r.map((x) => x[1]))];
}

/**
 * Whether a gold content lies wholly in quote marks: fragments separated only by white space are joined first, since PolNeAR's tool
 * splits one quoted passage into a fragment per sentence ("I'm not a scientist." | "I'm not an economist," is one quote).
 */
function isDirectContent(text: string, ranges: Ranges): boolean {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const pieces: Array<[number, number]> = [];
  for (const [s, e] of sorted) {
    const last = pieces[pieces.length - 1];
    if (last && /^\s*$/.test(text.slice(last[1], s))) last[1] = Math.max(last[1], e);
    else pieces.push([s, e]);
  }
  return pieces.every(([s, e]) => isQuoted(text.slice(s, e)));
}

const OPEN = /^\s*["“‘'«]/;
const CLOSE = /["”’'»][\s.,;:!?]*$/;
function isQuoted(s: string): boolean {
  return OPEN.test(s) && CLOSE.test(s);
}

/** Runs the stage on one text fed as plain text; spans come back in the original file's offsets. */
function predict(docId: string, original: string): { preds: PredAttr[]; bad: number } {
  const { article, toOriginal } = plainArticle(original);
  const ctx = createContext(docId, article.text, defaultOptions, []);
  const sentences = splitSentences(article, ctx);
  const { quotes, speakers } = findQuotes({ article, sentences }, ctx);
  let bad = 0;
  const map = (s: { start: number; end: number }): [number, number] => {
    const r: [number, number] = [toOriginal(s.start), toOriginal(s.end - 1) + 1];
    if (original.slice(r[0], r[1]) !== article.text.slice(s.start, s.end)) bad++;
    return r;
  };
  // Scored as direct like the gold: a direct quote whose words sit in quote marks (a transcript line "SMITH: …" is direct speech
  // to tally but has no marks, and PolNeAR's content for it is not a quotation-mark attribution).
  const marked = (q: Quote): boolean => /["“”‘’'«»]/.test(article.text.slice(Math.max(0, q.start - 2), q.start));
  return { preds: groupPredictions(quotes, speakers, map, marked), bad };
}

function plainArticle(original: string): { article: Article; toOriginal: (i: number) => number } {
  const paragraphs: Paragraph[] = [];
  const shifts: Array<{ at: number; from: number }> = [];
  let text = '';
  const re = /[^\n]+/g;
  for (let m = re.exec(original); m; m = re.exec(original)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (!body) continue;
    if (text) text += '\n\n';
    shifts.push({ at: text.length, from: m.index + lead });
    paragraphs.push({ start: text.length, end: text.length + body.length, role: 'body' });
    text += body;
  }
  const toOriginal = (i: number): number => {
    let lo = 0;
    let hi = shifts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (shifts[mid]!.at <= i) lo = mid;
      else hi = mid - 1;
    }
    const s = shifts[lo]!;
    return s.from + (i - s.at);
  };
  const article: Article = { title: null, byline: [], published: null, publisher: null, url: null, language: 'en', text, paragraphs, captions: [] };
  return { article, toOriginal };
}

function groupPredictions(quotes: readonly Quote[], speakers: readonly Speaker[], map: (s: { start: number; end: number }) => [number, number], marked: (q: Quote) => boolean = () => true): PredAttr[] {
  const byId = new Map(speakers.map((s) => [s.id, s]));
  // Quotes nested inside another quote are scored through the quote that holds them.
  const top = quotes.filter((q) => !quotes.some((o) => o !== q && o.start <= q.start && q.end <= o.end && (o.end - o.start > q.end - q.start)));
  const groups = new Map<string, PredAttr>();
  const out: PredAttr[] = [];
  for (const q of top) {
    if (!q.cue && !q.speakerId) continue;
    const mentions = q.speakerId ? (byId.get(q.speakerId)?.mentions ?? []).map(map) : [];
    const key = q.cue ? `${q.cue.start}:${q.cue.end}` : null;
    const existing = key ? groups.get(key) : undefined;
    if (existing) {
      existing.content.push(map(q));
      continue;
    }
    const p: PredAttr = { speech: q.cue ? isSpeechCue(q.cue.text) : false, content: [map(q)], source: q.source ? map(q.source) : null, cue: q.cue ? map(q.cue) : null, direct: q.kind === 'direct' && marked(q), mentions };
    if (key) groups.set(key, p);
    out.push(p);
  }
  return out;
}

// Edge characters the two conventions treat differently: white space, quote marks, edge punctuation.
const EDGE = /[\s"“”‘’'«»,.;:!?—–\-]/;
function norm(text: string, [s, e]: [number, number]): [number, number] {
  let a = s;
  let b = e;
  while (a < b && EDGE.test(text[a]!)) a++;
  while (b > a && EDGE.test(text[b - 1]!)) b--;
  // A leading complementizer: PolNeAR keeps "that" in the content, tally leaves it out (the reference fixture's convention).
  if (/^that\s/i.test(text.slice(a, Math.min(b, a + 5)))) {
    a += 4;
    while (a < b && EDGE.test(text[a]!)) a++;
  }
  return [a, b];
}

// Fragments separated only by white space or quote marks cover one stretch of text (PolNeAR's tool splits a quote at each sentence).
function normKey(text: string, r: Ranges): string {
  const parts = r
    .map((x) => norm(text, x))
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  const merged: Array<[number, number]> = [];
  for (const p of parts) {
    const last = merged[merged.length - 1];
    if (last && /^[\s"“”‘’'«».,]*$/.test(text.slice(last[1], p[0]))) last[1] = Math.max(last[1], p[1]);
    else merged.push([p[0], p[1]]);
  }
  return merged.map(([a, b]) => `${a}-${b}`).join(',');
}

function charSet(text: string, r: Ranges): Set<number> {
  const s = new Set<number>();
  for (const x of r) {
    const [a, b] = norm(text, x);
    for (let i = a; i < b; i++) s.add(i);
  }
  return s;
}

function overlapOk(a: Set<number>, b: Set<number>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let inter = 0;
  for (const i of a) if (b.has(i)) inter++;
  const r = Math.min(inter / a.size, inter / b.size);
  return r >= 0.3 ? r : 0;
}

interface Tally {
  gold: number;
  pred: number;
  goldDirect: number;
  predDirect: number;
  contentExact: number;
  contentOverlap: number;
  srcGold: number;
  srcPred: number;
  srcHit: number;
  cueGold: number;
  cuePred: number;
  cueHit: number;
  speakerTotal: number;
  speakerRight: number;
  sourceExactMatched: number;
  directHit: number;
  directPredHit: number;
  directExact: number;
  directExactPred: number;
  directSpeakerTotal: number;
  directSpeakerRight: number;
  speechGold: number;
  speechPred: number;
  speechHit: number;
  /** Unmatched gold attributions by cue lemma and construction. */
  misses: Map<string, number>;
}

function newTally(): Tally {
  return { gold: 0, pred: 0, goldDirect: 0, predDirect: 0, contentExact: 0, contentOverlap: 0, srcGold: 0, srcPred: 0, srcHit: 0, cueGold: 0, cuePred: 0, cueHit: 0, speakerTotal: 0, speakerRight: 0, sourceExactMatched: 0, directHit: 0, directPredHit: 0, directExact: 0, directExactPred: 0, directSpeakerTotal: 0, directSpeakerRight: 0, speechGold: 0, speechPred: 0, speechHit: 0, misses: new Map() };
}

function score(text: string, gold: GoldAttr[], preds: PredAttr[], t: Tally, errors: string[] | null, directErrors: string[] | null = null, docName = ''): void {
  t.gold += gold.length;
  t.pred += preds.length;
  t.goldDirect += gold.filter((g) => g.direct).length;
  t.predDirect += preds.filter((p) => p.direct).length;
  // Exact content.
  const goldKeys = new Set(gold.map((g) => normKey(text, g.content)));
  const predKeys = new Set(preds.map((p) => normKey(text, p.content)));
  for (const k of predKeys) if (goldKeys.has(k)) t.contentExact++;
  // Exact source and cue, as sets of spans.
  const spanKeys = (xs: Array<[number, number] | null>): Set<string> => new Set(xs.filter((x): x is [number, number] => !!x).map((x) => normKey(text, [x])).filter(Boolean));
  const gs = spanKeys(gold.map((g) => g.source));
  const ps = spanKeys(preds.map((p) => p.source));
  t.srcGold += gs.size;
  t.srcPred += ps.size;
  for (const k of ps) if (gs.has(k)) t.srcHit++;
  const gc = spanKeys(gold.map((g) => g.cue));
  const pc = spanKeys(preds.map((p) => p.cue));
  t.cueGold += gc.size;
  t.cuePred += pc.size;
  for (const k of pc) if (gc.has(k)) t.cueHit++;
  // Overlap matching, one to one, best first.
  const gSets = gold.map((g) => charSet(text, g.content));
  const pSets = preds.map((p) => charSet(text, p.content));
  const pairs = matchPairs(gSets, pSets);
  t.contentOverlap += pairs.length;
  const matchedGold = new Set(pairs.map(([g]) => g));
  gold.forEach((g, i) => {
    if (matchedGold.has(i)) return;
    const key = missKey(text, g);
    t.misses.set(key, (t.misses.get(key) ?? 0) + 1);
  });
  const matchedPred = new Set(pairs.map(([, p]) => p));
  for (const [gi, pi] of pairs) {
    const g = gold[gi]!;
    const p = preds[pi]!;
    if (!g.source) continue;
    t.speakerTotal++;
    const gSrc = charSet(text, [g.source]);
    const candidates = [...(p.source ? [p.source] : []), ...p.mentions];
    if (candidates.some((c) => overlapOk(gSrc, charSet(text, [c])) > 0)) t.speakerRight++;
    else if (errors) errors.push(`SPEAKER gold=${JSON.stringify(text.slice(...g.source))} pred=${p.source ? JSON.stringify(text.slice(...p.source)) : '-'} cue=${p.cue ? JSON.stringify(text.slice(...p.cue)) : '-'} ${JSON.stringify(text.slice(p.content[0]![0], p.content[0]![1]).slice(0, 80))}`);
    if (p.source && normKey(text, [p.source]) === normKey(text, [g.source])) t.sourceExactMatched++;
  }
  // Speech attributions only (cue a verb of saying, "according to" or a colon), gold against predictions of the same kind.
  const gsp = gold.map((g, i) => [g, i] as const).filter(([g]) => g.speech);
  const psp = preds.map((p, i) => [p, i] as const).filter(([p]) => p.speech);
  t.speechGold += gsp.length;
  t.speechPred += psp.length;
  t.speechHit += matchPairs(gsp.map(([, i]) => gSets[i]!), psp.map(([, i]) => pSets[i]!)).length;
  // Direct quotes: gold direct against predicted direct.
  const gd = gold.map((g, i) => [g, i] as const).filter(([g]) => g.direct);
  const pd = preds.map((p, i) => [p, i] as const).filter(([p]) => p.direct);
  const dPairs = matchPairs(gd.map(([, i]) => gSets[i]!), pd.map(([, i]) => pSets[i]!));
  t.directHit += dPairs.length;
  t.directPredHit += dPairs.length;
  for (const [gi, pi] of dPairs) {
    const g = gd[gi]![0];
    const p = pd[pi]![0];
    if (!g.source) continue;
    t.directSpeakerTotal++;
    const gSrc = charSet(text, [g.source]);
    if ([...(p.source ? [p.source] : []), ...p.mentions].some((c) => overlapOk(gSrc, charSet(text, [c])) > 0)) t.directSpeakerRight++;
    else if (errors) errors.push(`DSPEAKER gold=${JSON.stringify(text.slice(...g.source))} pred=${p.source ? JSON.stringify(text.slice(...p.source)) : '-'} cue=${p.cue ? JSON.stringify(text.slice(...p.cue)) : '-'} ${JSON.stringify(text.slice(p.content[0]![0], p.content[0]![1]).slice(0, 80))}`);
  }
  const gdKeys = new Set(gd.map(([g]) => normKey(text, g.content)));
  for (const [p] of pd) if (gdKeys.has(normKey(text, p.content))) t.directExact++;
  if (directErrors) listDirectErrors(text, docName, gd.map(([g]) => g), pd.map(([p]) => p), dPairs, directErrors, preds, gold);
  if (errors) {
    const show = (r: Ranges): string => JSON.stringify(r.map(([a, b]) => text.slice(a, b)).join(' | ').slice(0, 160));
    gold.forEach((g, i) => {
      if (!matchedGold.has(i)) {
        const all = [...g.content, ...(g.source ? [g.source] : []), ...(g.cue ? [g.cue] : [])];
        const ctx = text.slice(Math.max(0, Math.min(...all.map((x) => x[0])) - 30), Math.max(...all.map((x) => x[1])) + 10).replace(/\s+/g, ' ');
        errors.push(`MISS ${g.direct ? 'direct' : 'other '} src=${g.source ? JSON.stringify(text.slice(...g.source)) : '-'} cue=${g.cue ? JSON.stringify(text.slice(...g.cue)) : '-'} ${show(g.content)}\n     ctx=${JSON.stringify(ctx.slice(0, 300))}`);
      }
    });
    preds.forEach((p, i) => {
      if (!matchedPred.has(i)) errors.push(`FALSE ${p.direct ? 'direct' : 'other '} src=${p.source ? JSON.stringify(text.slice(...p.source)) : '-'} cue=${p.cue ? JSON.stringify(text.slice(...p.cue)) : '-'} ${show(p.content)}`);
    });
    for (const [gi, pi] of pairs) {
      const g = gold[gi]!;
      const p = preds[pi]!;
      if (normKey(text, g.content) !== normKey(text, p.content)) errors.push(`SPAN gold=${show(g.content)}\n     pred=${show(p.content)}`);
      if (g.source && p.source && normKey(text, [g.source]) !== normKey(text, [p.source])) errors.push(`SRC gold=${JSON.stringify(text.slice(...g.source))} pred=${JSON.stringify(text.slice(...p.source))}`);
      if (g.cue && p.cue && normKey(text, [g.cue]) !== normKey(text, [p.cue])) errors.push(`CUE gold=${JSON.stringify(text.slice(...g.cue))} pred=${JSON.stringify(text.slice(...p.cue))}`);
    }
  }
}

/** Direct-quote misses and false positives with their context, for `--direct N`. */
function listDirectErrors(text: string, docName: string, gd: GoldAttr[], pd: PredAttr[], pairs: Array<[number, number]>, out: string[], all: PredAttr[], gold: GoldAttr[]): void {
  const mg = new Set(pairs.map(([g]) => g));
  const mp = new Set(pairs.map(([, p]) => p));
  const show = (r: Ranges): string => JSON.stringify(r.map(([a, b]) => text.slice(a, b)).join(' | ').slice(0, 200));
  const around = (spans: Array<[number, number]>): string => {
    const a = Math.max(0, Math.min(...spans.map((x) => x[0])) - 80);
    const b = Math.min(text.length, Math.max(...spans.map((x) => x[1])) + 40);
    return JSON.stringify(text.slice(a, b).replace(/\s+/g, ' ').slice(0, 400));
  };
  gd.forEach((g, i) => {
    if (mg.has(i)) return;
    const spans = [...g.content, ...(g.source ? [g.source] : []), ...(g.cue ? [g.cue] : [])];
    const near = all.filter((p) => p.content.some(([a, b]) => g.content.some(([c, d]) => a < d && c < b)));
    const nearText = near.map((p) => `${p.direct ? 'direct' : 'other'} cue=${p.cue ? JSON.stringify(text.slice(...p.cue)) : '-'} parts=${p.content.length} ${show(p.content).slice(0, 90)}`).join(' || ');
    out.push(`DMISS ${docName} src=${g.source ? JSON.stringify(text.slice(...g.source)) : '-'} cue=${g.cue ? JSON.stringify(text.slice(...g.cue)) : '-'} parts=${g.content.length} ${show(g.content)}\n     ctx=${around(spans)}\n     pred=${nearText || '-'}`);
  });
  pd.forEach((p, i) => {
    if (mp.has(i)) return;
    const all = [...p.content, ...(p.source ? [p.source] : []), ...(p.cue ? [p.cue] : [])];
    const near = gold.filter((g) => g.content.some(([a, b]) => p.content.some(([c, d]) => a < d && c < b)));
    const nearText = near.map((g) => `${g.direct ? 'direct' : 'other'} cue=${g.cue ? JSON.stringify(text.slice(...g.cue)) : '-'} parts=${g.content.length} ${show(g.content).slice(0, 90)}`).join(' || ');
    out.push(`DFALSE ${docName} src=${p.source ? JSON.stringify(text.slice(...p.source)) : '-'} cue=${p.cue ? JSON.stringify(text.slice(...p.cue)) : '-'} parts=${p.content.length} ${show(p.content)}\n     ctx=${around(all)}\n     gold=${nearText || '-'}`);
  });
}

/** Names a missed gold attribution by its cue lemma and construction, so the largest classes of misses show first. */
function missKey(text: string, g: GoldAttr): string {
  const cue = g.cue ? text.slice(...g.cue).toLowerCase().replace(/[’']s\b/g, '').replace(/[^a-z: ]+/g, ' ').trim().split(/\s+/).filter(Boolean) : [];
  const lemma = cue.length === 0 ? '(no cue)' : cue.map(lemmaOf).join(' ');
  const c0 = g.content[0]![0];
  const construction = g.direct ? 'direct' : !g.cue ? 'bare' : g.cue[0] > c0 ? 'cue-after' : g.source && g.source[0] > g.cue[0] ? 'inverted' : 'cue-before';
  return `${lemma} [${construction}]`;
}

/** A crude lemma for English cue words: enough to group "said"/"says"/"saying" and "claims"/"claimed". */
function lemmaOf(w: string): string {
  const irregular: Record<string, string> = { said: 'say', says: 'say', saying: 'say', told: 'tell', tells: 'tell', thought: 'think', wrote: 'write', written: 'write', writes: 'write', believed: 'believe', knew: 'know', known: 'know', felt: 'feel', found: 'find', showed: 'show', shown: 'show', spoke: 'speak', is: 'be', are: 'be', was: 'be', were: 'be', has: 'have', had: 'have' };
  if (irregular[w]) return irregular[w]!;
  if (w.length > 5 && w.endsWith('ied')) return w.slice(0, -3) + 'y';
  if (w.length > 4 && /([^aeiou])\1ed$/.test(w)) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith('ed')) return /(at|iz|ag|ot|ov|ur|us|uc|ng|rg|as|os|ec|iv|ar|ir|ot|ud)ed$/.test(w) ? w.slice(0, -1) : w.slice(0, -2);
  if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3);
  if (w.length > 3 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 3 && /[^s]s$/.test(w) && !/(ss|us|is)$/.test(w)) return w.slice(0, -1);
  return w;
}

function matchPairs(g: Set<number>[], p: Set<number>[]): Array<[number, number]> {
  const cands: Array<[number, number, number]> = [];
  g.forEach((gs, i) => p.forEach((ps, j) => {
    const r = overlapOk(gs, ps);
    if (r > 0) cands.push([r, i, j]);
  }));
  cands.sort((a, b) => b[0] - a[0]);
  const ug = new Set<number>();
  const up = new Set<number>();
  const out: Array<[number, number]> = [];
  for (const [, i, j] of cands) {
    if (ug.has(i) || up.has(j)) continue;
    ug.add(i);
    up.add(j);
    out.push([i, j]);
  }
  return out;
}

function prf(hit: number, pred: number, gold: number): { p: number; r: number; f: number } {
  const p = pred ? hit / pred : 0;
  const r = gold ? hit / gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

function report(t: Tally) {
  return {
    contentOverlap: prf(t.contentOverlap, t.pred, t.gold),
    contentExact: prf(t.contentExact, t.pred, t.gold),
    source: prf(t.srcHit, t.srcPred, t.srcGold),
    cue: prf(t.cueHit, t.cuePred, t.cueGold),
    speaker: t.speakerTotal ? t.speakerRight / t.speakerTotal : 0,
    direct: prf(t.directHit, t.predDirect, t.goldDirect),
    directExact: prf(t.directExact, t.predDirect, t.goldDirect),
    speech: prf(t.speechHit, t.speechPred, t.speechGold),
  };
}

interface FixtureScore {
  required: number;
  found: number;
  speakers: number;
  speakersOk: number;
  missing: string[];
}

/** The reference article through the whole pipeline: every required quote with its kind and speaker, every named speaker. */
function scoreFixture(): FixtureScore {
  const goldPath = join(SHARED, 'seed/post-drug-campaign.gold.json');
  const inputPath = join(ROOT, 'corpus/post-drug-campaign.txt');
  const out: FixtureScore = { required: 0, found: 0, speakers: 0, speakersOk: 0, missing: [] };
  if (!existsSync(goldPath) || !existsSync(inputPath)) return out;
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as {
    quotes: { required: Array<{ kind: string; starts_with: string; speaker: string }> };
    speakers: Array<{ name: string; title: string | null; organization: string | null }>;
  };
  const body = readFileSync(inputPath, 'utf8');
  const source: SourceDoc = { id: 'post-drug-campaign', location: inputPath, url: null, mediaType: 'text/plain', body, encoding: 'utf-8', fetchedAt: null, hints: { title: null, published: null, language: null } };
  const result = runDocument(source);
  const names = new Map(result.speakers.map((s) => [s.id, s]));
  for (const want of gold.quotes.required) {
    out.required++;
    const hit = result.quotes.find((q) => q.kind === want.kind && q.text.replace(/^that\s+/, '').startsWith(want.starts_with) && names.get(q.speakerId ?? '')?.name === want.speaker);
    if (hit) out.found++;
    else out.missing.push(`${want.kind} "${want.starts_with.slice(0, 30)}…" (${want.speaker})`);
  }
  for (const want of gold.speakers) {
    if (want.title === null && want.organization === null) continue;
    out.speakers++;
    const s = result.speakers.find((x) => x.name === want.name);
    const ok = s && s.organization === want.organization && (s.title === want.title || (!!s.title && !!want.title && (want.title.endsWith(s.title) || s.title.endsWith(want.title))));
    if (ok) out.speakersOk++;
    else out.missing.push(`speaker ${want.name}`);
  }
  return out;
}
