import type { Article } from '../../src/schema/article.js';
import type { Claim, ClaimKind, Qualifier } from '../../src/schema/claim.js';
import type { Sentence } from '../../src/schema/sentence.js';
import type { Diagnostic } from '../../src/schema/diagnostic.js';
import type { Finding } from '../../src/schema/finding.js';
import { splitRange } from '../../src/sentences/index.js';
import { createContext, defaultOptions } from '../../src/pipeline/context.js';
import { checkClaims } from '../../src/checks/index.js';

/** A hand-made claim: the figure as written (nth occurrence), and what the claims stage would say of it. */
export interface ClaimSpec {
  text: string;
  nth?: number;
  value: number;
  qualifier?: Qualifier;
  kind?: ClaimKind;
  unit?: string | null;
  predicate?: string | null;
  subject?: string | null;
  low?: number | null;
  high?: number | null;
  change?: 'increase' | 'decrease' | null;
}

/** Builds an article, its sentences and claims from paragraphs joined by blank lines, as the earlier stages would. */
export function buildDoc(paragraphs: string[], specs: ClaimSpec[]): { article: Article; sentences: Sentence[]; claims: Claim[] } {
  const text = paragraphs.join('\n\n');
  const paras = [] as Article['paragraphs'];
  let at = 0;
  for (const p of paragraphs) {
    paras.push({ start: at, end: at + p.length, role: 'body' });
    at += p.length + 2;
  }
  const sentences: Sentence[] = [];
  paras.forEach((p, paragraph) => {
    for (const [start, end] of splitRange(text, p.start, p.end)) sentences.push({ start, end, text: text.slice(start, end), index: sentences.length, paragraph });
  });
  const claims = specs.map((s, i) => {
    let start = -1;
    for (let n = 0; n <= (s.nth ?? 0); n++) start = text.indexOf(s.text, start + 1);
    if (start < 0) throw new Error(`test setup: "${s.text}" not in text`);
    const end = start + s.text.length;
    const sentence = sentences.find((x) => x.start <= start && end <= x.end)!.index;
    const qualifier = s.qualifier ?? 'exact';
    const v = s.value;
    const kind = s.kind ?? 'count';
    const whole = kind === 'count';
    const low = s.low !== undefined ? s.low : qualifier === 'exact' ? v : qualifier === 'more_than' ? (whole ? v + 1 : v) : qualifier === 'at_least' ? v : null;
    const high = s.high !== undefined ? s.high : qualifier === 'exact' ? v : qualifier === 'less_than' ? (whole ? v - 1 : v) : qualifier === 'at_most' ? v : null;
    const claim: Claim = {
      id: `c${i}`, start, end, text: s.text, value: v, low, high, qualifier, change: s.change ?? null, kind,
      unit: s.unit ?? null, subject: s.subject ?? null, predicate: s.predicate ?? null, anchor: null, sentence, quoteId: null, speakerId: null,
    };
    return claim;
  });
  const article: Article = { title: null, byline: [], published: null, publisher: null, url: null, language: 'en', text, paragraphs: paras, captions: [] };
  return { article, sentences, claims };
}

/** Runs the checks on a hand-made document; returns findings and diagnostics. */
export function runChecks(paragraphs: string[], specs: ClaimSpec[]): { findings: Finding[]; diagnostics: Diagnostic[]; claims: Claim[] } {
  const { article, sentences, claims } = buildDoc(paragraphs, specs);
  const diagnostics: Diagnostic[] = [];
  const ctx = createContext('doc-1', article.text, defaultOptions, diagnostics);
  const findings = checkClaims({ article, sentences, claims, quotes: [], speakers: [] }, ctx);
  return { findings, diagnostics, claims };
}

/** A finding in short form for table assertions: "sum inconsistent c0<c1+c2". */
export function short(f: Finding): string {
  return `${f.check} ${f.status} ${f.claimIds.join(',')}`;
}
