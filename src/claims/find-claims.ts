import type { Article } from '../schema/article.js';
import type { Sentence } from '../schema/sentence.js';
import type { Claim } from '../schema/claim.js';
import type { DocContext } from '../pipeline/context.js';
import { recordId } from '../text/ids.js';
import { tokenize, type Token } from './tokenize.js';
import { scanQuantities, type Quantity, type RatioTally } from './scan-quantities.js';
import { findChange, findPredicate, findSubjectBefore, isCoordinated, readCountedNoun, readNounAfterCopula, readOfPhrase } from './describe-claim.js';
import { AGE_TURN_VERBS, ANCHOR_PATTERN, FRACTION_COMPARATIVES, FRACTION_SHARE_NOUNS, LIFE_EVENT_VERBS, NUMBER_HINT, PERSON_NOUNS, SMALL_NUMBERS } from './lexicon.js';

export interface ClaimInput {
  readonly article: Article;
  readonly sentences: readonly Sentence[];
}

/** Languages that write "1.055,5" for one thousand and fifty-five and a half. */
const DECIMAL_COMMA_LANGUAGES = new Set(['de', 'fr', 'es', 'it', 'nl', 'pt', 'da', 'sv', 'no', 'nb', 'nn', 'fi', 'pl', 'cs', 'sk', 'ru', 'uk', 'tr', 'id', 'ro', 'hu', 'el', 'bg', 'hr', 'sl', 'sr', 'vi']);

/**
 * sentences -> numeric claims, attribution left null (see attributeClaims).
 * A cheap test skips sentences with no digit and no number word; only the rest are tokenised and read.
 * Bounds: low/high are inclusive; exact gives low = high = value; "more than" on a whole count gives value + 1
 * (other figures: value); "at least" value; "less than" on a count value - 1; "at most"/"up to" value; ranges their
 * ends; approximate figures ("about", "roughly", "nearly") leave both null for the checks stage to judge.
 */
export function findClaims(input: ClaimInput, ctx: DocContext): Claim[] {
  const text = ctx.text;
  const lang = (input.article.language ?? '').slice(0, 2).toLowerCase();
  const decimalComma = DECIMAL_COMMA_LANGUAGES.has(lang);
  const claims: Claim[] = [];
  for (const s of input.sentences) {
    if (s.end > text.length || s.start < 0 || s.end <= s.start) {
      ctx.report({ stage: 'claims', rule: 'sentence-out-of-range', severity: 'warning', message: `Sentence ${s.index} lies outside the article text and was skipped.`, start: s.start, end: s.end });
      continue;
    }
    const sentenceText = text.slice(s.start, s.end);
    if (!NUMBER_HINT.test(sentenceText)) continue;
    claims.push(...claimsInSentence(text, s, sentenceText, decimalComma, ctx.docId));
  }
  return claims;
}

/** Every claim in one sentence. Exported for the eval and tests, which feed single sentences. */
export function claimsInSentence(text: string, s: Pick<Sentence, 'start' | 'end' | 'index'>, sentenceText: string, decimalComma: boolean, docId: string): Claim[] {
  const toks = tokenize(text, s.start, s.end, decimalComma);
  const quantities = scanQuantities(toks, decimalComma);
  const out: Claim[] = [];
  let anchors: Array<{ start: number; end: number; text: string }> | null = null;
  let lastPredicate: string | null = null;
  let previous: Described | null = null;
  for (const q of quantities as Described[]) {
    if (!describe(toks, q)) continue;
    if (!q.subject && previous?.subject && restatesPrevious(toks, previous, q)) q.subject = previous.subject;
    previous = q;
    const start = toks[q.first]!.start;
    const end = toks[q.last]!.end;
    let predicate: string | null = null;
    const p = findPredicate(toks, q);
    if (p !== null) predicate = toks[p]!.text;
    else if (isCoordinated(toks, q)) predicate = lastPredicate;
    if (predicate) lastPredicate = predicate;
    anchors ??= findAnchors(sentenceText, s.start);
    out.push({
      id: recordId('claim', docId, start, end),
      start, end, text: text.slice(start, end),
      value: q.value, low: q.low, high: q.high, qualifier: q.qualifier, change: q.change,
      kind: q.kind, unit: q.unit, subject: q.subject ?? null, predicate,
      anchor: nearest(anchors, start, end),
      sentence: s.index, quoteId: null, speakerId: null,
    });
    if (q.tally) out.push(...tallyCounts(text, toks, q, q.tally, predicate, out[out.length - 1]!.anchor, s.index, docId));
  }
  return out;
}

/**
 * "two out of their 16 players": besides the share, the part (2) and the whole (16) as counts of the counted noun.
 * Why: a fact-checker needs both numbers, and the checks stage compares a part with its whole only as counts.
 */
function tallyCounts(text: string, toks: readonly Token[], q: Described, tally: RatioTally, predicate: string | null, anchor: string | null, sentence: number, docId: string): Claim[] {
  const noun = q.subject ?? null;
  return [tally.part, tally.whole].map(([a, b, value]) => {
    const start = toks[a]!.start;
    const end = toks[b]!.end;
    return {
      id: recordId('claim', docId, start, end),
      start, end, text: text.slice(start, end),
      value, low: value, high: value, qualifier: 'exact' as const, change: null,
      kind: 'count' as const, unit: noun, subject: noun, predicate, anchor,
      sentence, quoteId: null, speakerId: null,
    };
  });
}

/**
 * "losses deepened to £51.6m from £1.2m", "shares were down 10% at 119p", "$700m, against $639m": a level, an earlier
 * value or a comparison written right after a figure is about the same thing.
 */
function restatesPrevious(toks: readonly Token[], prev: Described, q: Described): boolean {
  if (q.kind === 'count' || q.kind === 'ordinal' || q.first - prev.last > 6) return false;
  const link = toks[q.first - 1]?.lower ?? '';
  // a conversion in brackets restates the figure before it: "400m euros ($527m; £275m)"
  if ((link === '(' || link === ';') && q.kind === prev.kind && (toks[prev.last + 1]?.text === '(' || toks[prev.last + 1]?.text === ';')) return true;
  // "rose 8% to £1.2bn": after a change, "to" gives the new level
  if (!/^(?:from|at|against|versus|vs|with)$/.test(link) && !(link === 'to' && prev.change !== null)) return false;
  if (link === 'with' && toks[q.first - 2]?.lower !== 'compared') return false;
  // nothing but a comma, "up"/"down" or a time phrase in between
  for (let k = prev.last + 1; k < q.first - 1; k++) {
    const t = toks[k]!;
    if (t.type === 'p' && t.text !== ',') return false;
    if (t.type === 'w' && !/^(?:up|down|in|on|the|a|last|year|quarter|month|same|period|compared|from|of)$/.test(t.lower) && !/^[A-Z]/.test(t.text)) return false;
  }
  return true;
}

/** "turned 18", "died at 83", "retired at the age of"-less "retired at 65": words that put a bare figure as an age. */
function isAgeCue(toks: readonly Token[], first: number, last: number): boolean {
  if (/^(?:older|younger)$/.test(toks[last]?.lower ?? '')) return true; // "voters 45 or older"
  const prev = toks[first - 1]?.lower ?? '';
  if (AGE_TURN_VERBS.has(prev)) return true;
  if (prev === 'of' && PERSON_NOUNS.has(toks[first - 2]?.lower ?? '') && /^(?:a|an)$/.test(toks[first - 3]?.lower ?? '')) return true; // "a girl of 16"
  return prev === 'at' && LIFE_EVENT_VERBS.has(toks[first - 2]?.lower ?? '');
}

const TIME_NOUNS = /^(?:quarters?|years?|months?|weeks?|days?|periods?|halves|half|seasons?|decades?|times?)$/;

type Described = Quantity & { subject?: string | null };

/**
 * True when the word at `last` ends a short noun phrase opened by "the" or "a" ("the singer", "the veteran film-maker"),
 * read back over at most three more words and hyphens: the figure in commas after it is an age.
 */
function opensNounPhrase(toks: readonly Token[], last: number): boolean {
  for (let k = last - 1; k >= Math.max(0, last - 4); k--) {
    const t = toks[k]!;
    if (/^(?:the|a)$/i.test(t.text)) return true;
    if (t.type !== 'w' && !(t.text === '-' && t.glued)) return false;
  }
  return false;
}

/**
 * True when a spelled fraction with its own numerator ("one-fifth", "two thirds", "three-quarters") is a figure without
 * an "of" after it: before a share or change noun ("a one-fifth stake"), before a comparative ("two-thirds lower"), or
 * opening its sentence as the subject ("Two-thirds sold within a week"). Why the numerator: "half", "a third" and
 * "a quarter" alone are as often a time, an ordinal or an idiom ("half time", "a third term", "a quarter to five");
 * why a hyphen for quarters: "three quarters" is also nine months of a company's year.
 */
function isStandaloneFraction(toks: readonly Token[], q: Described): boolean {
  const { first, last } = q.core;
  if (last === first || !SMALL_NUMBERS.has(toks[first]!.lower)) return false;
  const den = toks[last]!.lower;
  if (/^quarters?$/.test(den) && toks[last - 1]?.text !== '-') return false;
  const next = toks[last + 1];
  if (!next || next.type !== 'w') return false;
  if (FRACTION_SHARE_NOUNS.has(next.lower) || FRACTION_COMPARATIVES.has(next.lower)) return true;
  // The subject of its sentence: first word (after an opening quote mark), a lower-case word after it.
  const before = toks[first - 1];
  return (before === undefined || before.type === 'p' && /^["'“‘]$/.test(before.text)) && /^[a-z]/.test(next.text);
}

/** Fills unit (the counted noun for counts), subject and change; false when the figure turns out not to be a claim. */
function describe(toks: readonly Token[], q: Described): boolean {
  const phrase = (r: [number, number] | null) => (r ? joinTokens(toks, r[0], r[1]) : null);
  q.change ??= findChange(toks, q);
  const prev = toks[q.first - 1];
  if (q.kind === 'count') {
    // "John Smith, 45," and "aged 45" give an age.
    const appositive = prev?.text === ',' && toks[q.first - 2]?.type === 'w' && opensNounPhrase(toks, q.first - 2) && toks[q.last + 1]?.text === ',';
    if (prev && /^(?:aged|age)$/.test(prev.lower) || prev?.lower === 'of' && toks[q.first - 2]?.lower === 'age' || appositive && q.core.form === 'digits' && (q.value ?? 0) < 120 || prev?.text === ',' && /^[A-Z]/.test(toks[q.first - 2]?.text ?? '') && (/^[,)]$/.test(toks[q.last + 1]?.text ?? '') || /^[.;]$/.test(toks[q.last + 1]?.text ?? '') && toks[q.first - 3]?.type === 'w' && /^[A-Z]/.test(toks[q.first - 3]!.text)) && q.core.form === 'digits' && (q.value ?? 0) < 120) {
      q.kind = 'age';
      q.unit = 'years';
      return true;
    }
    // "she turned 18 last week", "he died at 83": a bare figure after a birthday verb or a life event at an age
    if (q.unit === null && !q.ofFollows && (q.qualifier === 'exact' || /^(?:older|younger)$/.test(toks[q.last]!.lower)) && (q.value ?? 0) >= 1 && (q.value ?? 0) < 120 && Number.isInteger(q.value) && (q.core.form === 'digits' || q.core.form === 'words') && isAgeCue(toks, q.first, q.last) && !readCountedNoun(toks, q.after, q.value === 1)) {
      q.kind = 'age';
      q.unit = 'years';
      return true;
    }
    let j = q.after;
    if (/^(?:more|extra|additional|further)$/.test(toks[j]?.lower ?? '')) j++;
    let np: [number, number] | null = null;
    if (q.unit === null) {
      if (q.ofFollows) np = readOfPhrase(toks, q.after);
      else np = readCountedNoun(toks, j, q.value === 1) ?? readNounAfterCopula(toks, q.after);
      q.np = np;
      q.unit = phrase(np);
      q.subject = q.unit;
    } else np = [q.core.last + 1, q.last]; // a unit read with the number: "3 times"
    if (q.core.form === 'words' && !np && !(q.ofFollows && (q.value ?? 0) > 1)) return false; // a spelled number needs its noun: "two said" is not a figure
    if (q.core.form === 'vague' && !np && !q.ofFollows && /^(?:the|in|into|of|by)$/.test(prev?.lower ?? '')) return false; // in the thousands

    return true;
  }
  if (q.kind === 'proportion') {
    const next = toks[q.after]?.lower ?? '';
    if (q.form === 'fraction' && q.core.form === 'fraction' && toks[q.core.first]!.type === 'w' && !q.ofFollows && q.qualifier === 'exact' && prev?.lower !== 'by'
      && !/^(?:the|its|their|his|her|our|all|those|these|them)$/.test(next) && !isStandaloneFraction(toks, q)) return false;
    if (q.form === 'fraction' && /^(?:first|second|last|the|final|opening|-)$/.test(prev?.lower ?? '')) return false; // the first half of the year
    const partitive = q.ofFollows || /^(?:the|its|their|his|her|our)$/.test(next);
    q.subject = phrase(partitive ? readOfPhrase(toks, q.ofFollows ? q.after : q.after - 1) : findSubjectBefore(toks, q));
    if (q.form === 'ratio' && !q.subject) q.subject = phrase(readCountedNoun(toks, q.after, false));
    return true;
  }
  if (q.kind === 'percent') {
    q.subject = phrase(q.ofFollows ? readOfPhrase(toks, q.after) : findSubjectBefore(toks, q));
    return true;
  }
  if (q.kind === 'money' || q.kind === 'rate') {
    let after: [number, number] | null = null;
    const n = toks[q.after];
    const det = /^(?:a|an|the|its|their|his|her)$/.test(prev?.lower ?? '');
    if (n && (n.lower === 'in' || n.lower === 'of' || n.lower === 'worth')) after = readOfPhrase(toks, q.after);
    else if (prev?.lower === 'of' && findSubjectBefore(toks, q)) after = null; // "profits of $2bn beat forecasts": named before
    else if (det && n?.text === '(') after = readAfterBracket(toks, q.after); // "a $676m (£352m) loss"
    else if (det || n?.type === 'w' && !n.glued) after = readCountedNoun(toks, q.after, det); // "a $300m contract", "£2.5bn instalments"
    if (after && TIME_NOUNS.test(toks[after[1]]!.lower)) after = null; // "$5m in the third quarter"
    q.subject = phrase(after ?? findSubjectBefore(toks, q));
    return true;
  }
  // measures, durations, ages: a compound ("a 2.5-mile stretch") names what is measured after it
  const hyphen = toks[q.core.last + 1]?.text === '-';
  // a duration or an age says how long, not of what: only a compound names its subject ("a 30-year bond")
  q.subject = phrase(hyphen ? readCountedNoun(toks, q.after, true) : q.kind === 'measure' ? findSubjectBefore(toks, q) : null);
  return true;
}

/** The noun after a bracketed aside that follows a figure: "a $676m (£352m) loss" -> "loss". */
function readAfterBracket(toks: readonly Token[], open: number): [number, number] | null {
  for (let k = open + 1; k < Math.min(toks.length, open + 10); k++) {
    if (toks[k]!.text === '(') return null;
    if (toks[k]!.text === ')') return readCountedNoun(toks, k + 1, true);
  }
  return null;
}

function joinTokens(toks: readonly Token[], a: number, b: number): string {
  let s = '';
  for (let k = a; k <= b; k++) s += (k > a && !toks[k]!.glued ? ' ' : '') + toks[k]!.text;
  return s;
}

function findAnchors(sentence: string, offset: number): Array<{ start: number; end: number; text: string }> {
  const re = new RegExp(ANCHOR_PATTERN);
  const out: Array<{ start: number; end: number; text: string }> = [];
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    out.push({ start: offset + m.index, end: offset + m.index + m[0].length, text: m[0] });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

function nearest(anchors: ReadonlyArray<{ start: number; end: number; text: string }>, start: number, end: number): string | null {
  let best: { d: number; text: string } | null = null;
  for (const a of anchors) {
    if (a.start < end && start < a.end) continue;
    const d = a.start >= end ? a.start - end : start - a.end;
    if (!best || d < best.d) best = { d, text: a.text };
  }
  return best?.text ?? null;
}
