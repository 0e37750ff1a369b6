import type { Span } from '../schema/span.js';

/** Builds a span from offsets, so the text always agrees with them. */
export function spanAt(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

/** Moves a span found in a substring (starting at `offset` in the full text) into full-text coordinates. */
export function shiftSpan<T extends Span>(span: T, offset: number): T {
  return { ...span, start: span.start + offset, end: span.end + offset };
}

/** Shrinks [start, end) past leading and trailing white space. */
export function trimRange(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return [s, e];
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

export function contains(outer: { start: number; end: number }, inner: { start: number; end: number }): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** True when every span's text is the slice its offsets name: the invariant every stage keeps. */
export function spanIsValid(text: string, span: Span): boolean {
  return span.start >= 0 && span.end <= text.length && span.start <= span.end && text.slice(span.start, span.end) === span.text;
}
