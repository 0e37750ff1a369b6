/**
 * Finds quoted stretches by their marks, paragraph by paragraph.
 * A plain character scan (no NLP): straight, curly, doubled-apostrophe and guillemet double quotes, and single quotes
 * when they are not apostrophes; a quote left open at a paragraph's end closes there (the next paragraph may reopen it).
 */

export interface MarkedQuote {
  /** Offset of the opening mark. */
  readonly open: number;
  /** First character of the content (after the mark and white space). */
  readonly start: number;
  /** One past the last character of the content (before the closing mark, white space and a trailing comma). */
  readonly end: number;
  /** One past the closing mark, or the paragraph end when the quote was left open. */
  readonly close: number;
  /** True when the paragraph ended before a closing mark. */
  readonly unclosed: boolean;
  /** True for single-quote marks. */
  readonly single: boolean;
  /** Paragraph index. */
  readonly paragraph: number;
}

interface Range {
  readonly start: number;
  readonly end: number;
}

// Every character that can be a quote mark; the scan jumps from one to the next.
const MARK_CHARS = /["“”«»„'‘’]/;
const OPEN_DOUBLE = new Set(['“', '«', '„']);
const CLOSE_DOUBLE = new Set(['”', '»']);
const SPACE_BEFORE_OPEN = /[\s([{—–\-/]|^$/;

/** Every top-level quoted stretch in the paragraphs of text, in order. Quotes never cross a paragraph boundary. */
export function scanQuoteMarks(text: string, paragraphs: readonly Range[]): MarkedQuote[] {
  const out: MarkedQuote[] = [];
  // Paragraphs without a mark are skipped by one search that runs ahead to the next mark. Why: a paragraph's own search
  // for its next mark runs on past its end to the next mark in the text, so on a long document with few quotes every
  // paragraph read most of the text (a 1.8 MB text of 10,000 paragraphs spent half its time here).
  const finder = new RegExp(MARK_CHARS.source, 'g');
  let nextMark = -1;
  paragraphs.forEach((p, index) => {
    if (nextMark < p.start) {
      finder.lastIndex = p.start;
      nextMark = finder.exec(text)?.index ?? text.length;
    }
    if (nextMark < p.end) scanParagraph(text, p.start, p.end, index, out);
  });
  return out;
}

function scanParagraph(text: string, from: number, to: number, paragraph: number, out: MarkedQuote[]): void {
  let openAt = -1;
  let openLen = 0;
  let single = false;
  const push = (closeStart: number, closeEnd: number, unclosed: boolean): void => {
    const q = makeQuote(text, openAt, openAt + openLen, closeStart, closeEnd, unclosed, single, paragraph);
    if (q) out.push(q);
    openAt = -1;
  };
  const marksRe = new RegExp(MARK_CHARS.source, 'g');
  marksRe.lastIndex = from;
  for (let m = marksRe.exec(text); m && m.index < to; m = marksRe.exec(text)) {
    const i = m.index;
    const ch = text[i]!;
    const two = ch === "'" && text[i + 1] === "'";
    if (openAt < 0) {
      if (OPEN_DOUBLE.has(ch) || ch === '"' || two) {
        if (ch === '"' || two) {
          // A straight mark opens only where a word can start after it.
          const next = text[i + (two ? 2 : 1)] ?? '';
          if (!next || /\s/.test(next)) continue;
        }
        openAt = i;
        openLen = two ? 2 : 1;
        single = false;
        if (two) marksRe.lastIndex = i + 2;
      } else if ((ch === '‘' || ch === "'") && opensSingle(text, i, from, to)) {
        openAt = i;
        openLen = 1;
        single = true;
      }
      continue;
    }
    if (single) {
      if ((ch === '’' || ch === "'") && closesSingle(text, i, to)) push(i, i + 1, false);
      continue;
    }
    if (CLOSE_DOUBLE.has(ch) || ch === '"') {
      push(i, i + 1, false);
    } else if (two) {
      // "''… the word 'old-school,'''": a single quote closing inside, then the doubled mark; the last two close.
      const at = text[i + 2] === "'" ? i + 1 : i;
      push(at, at + 2, false);
      marksRe.lastIndex = at + 2;
    } else if (OPEN_DOUBLE.has(ch) && i > openAt + openLen && /[.,!?;]/.test(text[i - 1]!) && (i + 1 >= to || /\s/.test(text[i + 1]!))) {
      // '“It's unusual,“ said Lee': an opening mark typed where the closing one belongs, after the quote's last punctuation and
      // before a space, closes the quote.
      push(i, i + 1, false);
    } else if (OPEN_DOUBLE.has(ch) && i > openAt + openLen) {
      const inner = nestedClose(text, i, to);
      if (inner >= 0) {
        // “… what he calls “hell” than …”: a quote inside the quote, written with the same marks; the outer one goes on.
        marksRe.lastIndex = inner + 1;
        continue;
      }
      // A second opening mark while one is open: the first was never closed; close it here and reopen.
      push(i, i, true);
      openAt = i;
      openLen = 1;
    }
  }
  if (openAt >= 0) push(to, to, true);
}

/**
 * Where an opening curly mark at i, inside an open quote, is closed, when the closing mark after it is followed by another closing
 * mark before any opening one in the paragraph: a nested quote ("“… calls “hell” than …”"), not an outer quote left open. -1 otherwise.
 */
function nestedClose(text: string, i: number, to: number): number {
  let close = -1;
  for (let j = i + 1; j < to; j++) {
    const c = text[j]!;
    if (OPEN_DOUBLE.has(c)) return -1;
    if (!CLOSE_DOUBLE.has(c)) continue;
    if (close < 0) close = j;
    else return close;
  }
  return -1;
}

// A single mark opens a quote after white space or an opening bracket, before a letter, and only when a closing mark follows in the paragraph.
function opensSingle(text: string, i: number, from: number, to: number): boolean {
  const before = i > from ? text[i - 1]! : '';
  const next = text[i + 1] ?? '';
  if (!SPACE_BEFORE_OPEN.test(before) || !/[\p{L}]/u.test(next)) return false;
  for (let j = i + 2; j < to; j++) {
    const c = text[j]!;
    if ((c === '’' || c === "'") && closesSingle(text, j, to)) return true;
  }
  return false;
}

// A single mark closes a quote when it is followed by white space, punctuation or the end, and is not a plural possessive ("voters’ rights").
function closesSingle(text: string, i: number, to: number): boolean {
  const next = i + 1 < to ? text[i + 1]! : '';
  if (next && !/[\s.,;:!?)\]—–\-"”]/.test(next)) return false;
  const prev = text[i - 1] ?? '';
  if (/\s/.test(prev)) return false;
  return true;
}

function makeQuote(text: string, open: number, contentFrom: number, contentTo: number, close: number, unclosed: boolean, single: boolean, paragraph: number): MarkedQuote | null {
  let s = contentFrom;
  let e = contentTo;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /[\s,]/.test(text[e - 1]!)) e--;
  if (e <= s) return null;
  return { open, start: s, end: e, close, unclosed, single, paragraph };
}
