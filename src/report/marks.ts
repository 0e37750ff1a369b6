import type { Result } from '../schema/result.js';

export type MarkKind = 'quote' | 'speaker' | 'claim';

/** A highlighted stretch of article.text; `ref` is the record id (claim, quote or speaker). */
export interface Mark {
  readonly kind: MarkKind;
  readonly start: number;
  readonly end: number;
  readonly ref: string;
}

/** Outer kinds first: a claim sits inside a quote, a mention may sit inside a quote. */
const DEPTH: Readonly<Record<MarkKind, number>> = { quote: 0, speaker: 1, claim: 2 };

/** The highlights of one article: quote contents, speaker mentions (with quote sources) and claims, valid spans only. */
export function collectMarks(r: Result): Mark[] {
  const n = r.article.text.length;
  const marks: Mark[] = [];
  const add = (kind: MarkKind, start: number, end: number, ref: string): void => {
    if (Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= n && start < end) marks.push({ kind, start, end, ref });
  };
  for (const q of r.quotes) add('quote', q.start, q.end, q.id);
  const mentioned = new Set<string>();
  for (const s of r.speakers) {
    for (const m of s.mentions) {
      mentioned.add(`${m.start}:${m.end}`);
      add('speaker', m.start, m.end, s.id);
    }
  }
  for (const q of r.quotes) {
    // A follow-on statement (", adding that …") shares its speaker's source span: one highlight for it, not one per quote.
    const key = q.source ? `${q.source.start}:${q.source.end}` : '';
    if (q.source && q.speakerId && !mentioned.has(key)) {
      mentioned.add(key);
      add('speaker', q.source.start, q.source.end, q.speakerId);
    }
  }
  for (const c of r.claims) add('claim', c.start, c.end, c.id);
  return marks;
}

/** What a renderer does at each step of the walk; open/close come properly nested. */
export interface MarkWriter {
  open(mark: Mark, first: boolean): string;
  close(mark: Mark): string;
  text(s: string): string;
}

/**
 * Writes text[from, to) with the marks that touch it, nested: where two marks cross, the inner one is
 * closed and reopened, so the output is always well formed. `first` is true for the first piece of each mark
 * (so an HTML id is written once).
 */
export function writeMarked(text: string, from: number, to: number, marks: readonly Mark[], w: MarkWriter): string {
  const inside = marks
    .filter((m) => m.start < to && m.end > from)
    .map((m) => ({ ...m, start: Math.max(m.start, from), end: Math.min(m.end, to) }))
    .sort((a, b) => a.start - b.start || b.end - a.end || DEPTH[a.kind] - DEPTH[b.kind]);
  const cuts = new Set<number>([from, to]);
  for (const m of inside) cuts.add(m.start).add(m.end);
  const points = [...cuts].sort((a, b) => a - b);
  const opened = new Set<Mark>();
  let stack: typeof inside = [];
  let out = '';
  for (let i = 0; i + 1 < points.length; i++) {
    const p = points[i]!;
    const q = points[i + 1]!;
    const active = inside.filter((m) => m.start <= p && q <= m.end);
    let keep = 0;
    while (keep < stack.length && keep < active.length && stack[keep] === active[keep]) keep++;
    for (let j = stack.length - 1; j >= keep; j--) out += w.close(stack[j]!);
    for (let j = keep; j < active.length; j++) {
      const m = active[j]!;
      out += w.open(m, !opened.has(m));
      opened.add(m);
    }
    stack = active;
    out += w.text(text.slice(p, q));
  }
  for (let j = stack.length - 1; j >= 0; j--) out += w.close(stack[j]!);
  return out;
}

/** Paragraph ranges of the article: its paragraphs when given, else the text split on blank lines. */
export function paragraphRanges(r: Result): Array<{ start: number; end: number; role: string }> {
  const text = r.article.text;
  const given = r.article.paragraphs.filter((p) => p.start >= 0 && p.end <= text.length && p.start < p.end);
  if (given.length) return given.map((p) => ({ start: p.start, end: p.end, role: p.role }));
  const out: Array<{ start: number; end: number; role: string }> = [];
  const re = /\n\s*\n/g;
  let at = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > at) out.push({ start: at, end: m.index, role: 'body' });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ start: at, end: text.length, role: 'body' });
  return out;
}
