import type { Token } from './tokenize.js';
import { readDigits } from './tokenize.js';
import { FRACTION_CHARS, FRACTION_WORDS, MONTHS, SCALE_SUFFIXES, SCALE_WORDS, SPACED_SCALE_ABBREVIATIONS, SMALL_NUMBERS, VAGUE_PLURALS } from './lexicon.js';

/** How a number was written; later rules treat the forms differently (spelled numbers need a counted noun, fractions an "of"). */
export type NumberForm = 'digits' | 'words' | 'fraction' | 'vague' | 'ordinal' | 'ratio';

/** A bare number read from tokens [first, last]. */
export interface NumberCore {
  readonly first: number;
  readonly last: number;
  readonly value: number | null;
  /** Set for vague amounts ("dozens", "tens of thousands"): the range they stand for. */
  readonly range: readonly [number, number] | null;
  readonly form: NumberForm;
  /** A multiplier was written ("million", "bn"): the figure is rounded by the writer. */
  readonly scaled: boolean;
  /** The digits carried a separator or decimal ("1,055", "3.5"), which rules out a year or a code. */
  readonly separated: boolean;
  /** A glued "m" or "b" was read as a multiplier only tentatively: the unit reader may claim it as metres. */
  readonly ambiguousSuffix: string | null;
  /** The multiplier written with it (1 when none): lets "between 5 and 6 million" scale its low end. */
  readonly factor?: number;
}

const ORDINAL_SUFFIX = /^(?:st|nd|rd|th)$/;

/**
 * Reads the number that starts at token i, if any: digits ("1,055", "3.5", "6m", "1.2bn", "86 million"), words
 * ("twenty-one", "a hundred and five", "two thousand", "a dozen"), fractions ("half", "two-thirds", "3/4", "10 1/2"),
 * vague amounts ("dozens", "tens of thousands"), ordinals ("11th").
 * Why one reader: every later rule (qualifiers, units, ranges) works on the same core whatever the writing.
 */
export function readNumber(toks: readonly Token[], i: number, decimalComma = false): NumberCore | null {
  const t = toks[i];
  if (!t) return null;
  if (t.type === 'n') return readDigitNumber(toks, i, decimalComma);
  if (t.type === 'p' && FRACTION_CHARS.has(t.text)) {
    return { first: i, last: i, value: FRACTION_CHARS.get(t.text)!, range: null, form: 'fraction', scaled: false, separated: true, ambiguousSuffix: null };
  }
  if (t.type !== 'w') return null;
  return readVague(toks, i) ?? readFraction(toks, i) ?? readWordNumber(toks, i);
}

function readDigitNumber(toks: readonly Token[], i: number, decimalComma: boolean): NumberCore | null {
  const t = toks[i]!;
  if (/^0\d/.test(t.text)) return null; // leading zero: a code, a phone number, a clock time
  let value = readDigits(t.text, decimalComma);
  if (!Number.isFinite(value)) return null;
  let last = i;
  let separated = /[.,]/.test(t.text);
  // Thousands groups set off by ", " in text tokenised word by word: "around 80, 000 spectators". Not after a month
  // ("March 5, 200 people") and, for day-sized numbers, only with a round group ("12, 000").
  const afterMonth = i > 0 && MONTHS.has(toks[i - 1]!.lower);
  if (/^\d{1,3}$/.test(t.text) && !decimalComma && !afterMonth && (value > 31 || toks[i + 2]?.text === '000')) {
    let k = i;
    while (toks[k + 1]?.text === ',' && toks[k + 1]!.glued && toks[k + 2]?.type === 'n' && !toks[k + 2]!.glued && /^\d{3}$/.test(toks[k + 2]!.text) && toks[k + 3]?.type !== 'n') k += 2;
    if (k > i && !(toks[k + 1]?.text === ',' && toks[k + 2]?.type === 'n')) {
      for (let g = i + 2; g <= k; g += 2) value = value * 1000 + Number(toks[g]!.text);
      return finishDigits(toks, i, k, value, true, decimalComma);
    }
  }
  const next = toks[i + 1];
  // Ordinals: "11th".
  if (next && next.glued && next.type === 'w' && ORDINAL_SUFFIX.test(next.lower) && Number.isInteger(value)) {
    return { first: i, last: i + 1, value, range: null, form: 'ordinal', scaled: false, separated, ambiguousSuffix: null };
  }
  // Fractions: "3/4", and mixed numbers "10 1/2", "10½".
  const frac = readSlashFraction(toks, i);
  if (frac === 'reject') return null;
  if (frac) return { first: i, last: frac.last, value: frac.value, range: null, form: 'fraction', scaled: false, separated: true, ambiguousSuffix: null };
  if (next && !next.glued && next.type === 'n') {
    const mixed = readSlashFraction(toks, i + 1);
    if (mixed && mixed !== 'reject' && Number.isInteger(value)) {
      return { first: i, last: mixed.last, value: value + mixed.value, range: null, form: 'digits', scaled: false, separated: true, ambiguousSuffix: null };
    }
  }
  if (next && next.glued && next.type === 'p' && FRACTION_CHARS.has(next.text)) {
    value += FRACTION_CHARS.get(next.text)!;
    last = i + 1;
    separated = true;
  }
  return finishDigits(toks, i, last, value, separated, decimalComma);
}

/** Reads the multiplier after digits ending at token `last`: glued ("6m", "1.2bn") or spelled ("86 million"). */
function finishDigits(toks: readonly Token[], i: number, lastIn: number, valueIn: number, separated: boolean, _decimalComma: boolean): NumberCore {
  let value = valueIn;
  let last = lastIn;
  let scaled = false;
  let factor = 1;
  let ambiguousSuffix: string | null = null;
  // Glued multipliers: "6m", "1.2bn", "10k".
  const suffix = toks[last + 1];
  if (suffix && suffix.glued && suffix.type === 'w' && SCALE_SUFFIXES.has(suffix.lower)) {
    const lower = suffix.lower;
    if (lower === 'm' || lower === 'b') {
      ambiguousSuffix = suffix.text;
    }
    value *= SCALE_SUFFIXES.get(lower)!;
    factor = SCALE_SUFFIXES.get(lower)!;
    last += 1;
    scaled = true;
  } else if (suffix && !suffix.glued && suffix.type === 'w' && SPACED_SCALE_ABBREVIATIONS.has(suffix.lower)) {
    // "$3.5 bn", "Rs 40 mn": the abbreviations that are no word may stand spaced
    value *= SCALE_SUFFIXES.get(suffix.lower)!;
    factor = SCALE_SUFFIXES.get(suffix.lower)!;
    last += 1;
    scaled = true;
  } else {
    // Multiplier words: "86 million", "1.5 billion", "five hundred thousand".
    const s = readScaleWords(toks, last + 1);
    if (s) {
      value *= s.factor;
      factor = s.factor;
      last = s.last;
      scaled = true;
    }
  }
  return { first: i, last, value: tidy(value), range: null, form: 'digits', scaled, separated, ambiguousSuffix, factor };
}

function readSlashFraction(toks: readonly Token[], i: number): { value: number; last: number } | 'reject' | null {
  const slash = toks[i + 1];
  const den = toks[i + 2];
  if (!slash || slash.text !== '/' || !slash.glued || !den || den.type !== 'n' || !den.glued) return null;
  const a = Number(toks[i]!.text);
  const b = Number(den.text);
  // "9/11", "24/7", "3/5/2004": a date, a name or a schedule, not a fraction.
  const third = toks[i + 3];
  if (third && third.text === '/' && third.glued) return 'reject';
  if (!Number.isInteger(a) || !Number.isInteger(b) || b < 2 || b > 16 || a >= b || ![2, 3, 4, 5, 8, 10, 16].includes(b)) return 'reject';
  return { value: a / b, last: i + 2 };
}

export function readScaleWords(toks: readonly Token[], j: number): { factor: number; last: number } | null {
  let factor = 1;
  let last = -1;
  for (let k = j; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.type !== 'w' || !SCALE_WORDS.has(t.lower)) break;
    factor *= SCALE_WORDS.get(t.lower)!;
    last = k;
  }
  return last < 0 ? null : { factor, last };
}

/** "twenty-one", "a hundred and five", "two thousand", "a dozen", "half a million", "one and a half". */
function readWordNumber(toks: readonly Token[], i: number): NumberCore | null {
  let total = 0;
  let current = 0;
  let any = false;
  let last = -1;
  let k = i;
  let scaled = false;
  const first = toks[i]!;
  // "a hundred", "a dozen", "a million"; "half a million", "half a dozen".
  // "a half million", "half-million": half of a large multiplier (American usage of "half a million")
  const halfAt = (first.lower === 'a' || first.lower === 'an') && toks[i + 1]?.lower === 'half' ? i + 1 : first.lower === 'half' ? i : -1;
  const halfScaleAt = halfAt < 0 ? -1 : toks[halfAt + 1]?.text === '-' && toks[halfAt + 1]!.glued ? halfAt + 2 : halfAt + 1;
  if (halfAt >= 0 && halfScale(toks, halfScaleAt) !== null) {
    current = 0.5;
    any = true;
    k = halfScaleAt;
  } else if (first.lower === 'a' || first.lower === 'an') {
    const n = toks[i + 1];
    if (!n || n.type !== 'w' || !(SCALE_WORDS.has(n.lower) || n.lower === 'dozen')) return null;
    current = 1;
    any = true;
    k = i + 1;
  } else if (first.lower === 'half' && toks[i + 1]?.lower === 'a' && toks[i + 2] && (SCALE_WORDS.has(toks[i + 2]!.lower) || toks[i + 2]!.lower === 'dozen')) {
    current = 0.5;
    any = true;
    k = i + 2;
  }
  for (; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.type === 'p') {
      // "twenty-one"
      const n = toks[k + 1];
      if (t.text === '-' && t.glued && any && n && n.glued && SMALL_NUMBERS.has(n.lower) && current % 10 === 0 && current >= 20 && SMALL_NUMBERS.get(n.lower)! < 10) continue;
      break;
    }
    if (t.type !== 'w') break;
    const w = t.lower;
    const small = SMALL_NUMBERS.get(w);
    if (small !== undefined) {
      if (any && !canAppend(current, small)) break;
      current += small;
      any = true;
      last = k;
      continue;
    }
    if (w === 'hundred') {
      if (!any || current % 100 === 0 && current !== 0 && current !== 1) break;
      current = (current || 1) * 100;
      last = k;
      scaled = true;
      continue;
    }
    const scale = SCALE_WORDS.get(w);
    if (scale !== undefined) {
      if (!any) break;
      total += (current || 1) * scale;
      current = 0;
      last = k;
      scaled = true;
      continue;
    }
    if (w === 'dozen') {
      if (!any) break;
      current = (current || 1) * 12;
      last = k;
      continue;
    }
    if (w === 'and' && any && (current >= 100 || total > 0)) {
      const n = toks[k + 1];
      if (n && SMALL_NUMBERS.has(n.lower)) continue;
    }
    break;
  }
  if (!any || last < 0) return null;
  let value = total + current;
  // "one point five million", "two point three per cent": decimals spelled digit by digit after "point"
  if (total === 0 && toks[last + 1]?.lower === 'point' && digitWord(toks[last + 2]) !== null) {
    let k = last + 2;
    let decimals = '';
    while (digitWord(toks[k]) !== null) decimals += String(digitWord(toks[k++]));
    value = Number(`${value}.${decimals}`);
    last = k - 1;
    const s = readScaleWords(toks, last + 1);
    if (s) {
      value *= s.factor;
      last = s.last;
      scaled = true;
    }
    return { first: i, last, value: tidy(value), range: null, form: 'words', scaled, separated: true, ambiguousSuffix: null, factor: s ? s.factor : 1 };
  }
  // "one and a half", "two and a half million", "one-and-a-half million"
  const halfEnd = andAHalfEnd(toks, last + 1);
  if (halfEnd > 0) {
    value += 0.5;
    last = halfEnd;
    const s = readScaleWords(toks, last + 1);
    if (s) {
      value *= s.factor;
      last = s.last;
      scaled = true;
    }
  }
  const tail = toks[last]!.lower;
  const factor = SCALE_WORDS.get(tail) ?? (tail === 'dozen' ? 12 : 1);
  return { first: i, last, value: tidy(value), range: null, form: 'words', scaled, separated: false, ambiguousSuffix: null, factor };
}

/** A spelled digit ("zero" to "nine", "oh"), or null. */
function digitWord(t: Token | undefined): number | null {
  if (!t || t.type !== 'w') return null;
  const v = t.lower === 'oh' ? 0 : SMALL_NUMBERS.get(t.lower);
  return v !== undefined && v < 10 ? v : null;
}

/** The last token of "and a half" written from token j, spaced or hyphenated ("-and-a-half"); -1 when absent. */
function andAHalfEnd(toks: readonly Token[], j: number): number {
  const hyphen = toks[j]?.text === '-' && toks[j]!.glued;
  if (!hyphen) return toks[j]?.lower === 'and' && toks[j + 1]?.lower === 'a' && toks[j + 2]?.lower === 'half' ? j + 2 : -1;
  const words = ['and', 'a', 'half'];
  for (let w = 0; w < 3; w++) {
    const dash = toks[j + 2 * w];
    const word = toks[j + 2 * w + 1];
    if (dash?.text !== '-' || !dash.glued || !word || word.lower !== words[w] || !word.glued) return -1;
  }
  return j + 5;
}

/** The multiplier a "half" may scale at token j: million and above, not a plural ("half millions"). */
function halfScale(toks: readonly Token[], j: number): number | null {
  const t = toks[j];
  const scale = t && t.type === 'w' ? SCALE_WORDS.get(t.lower) : undefined;
  return scale !== undefined && scale >= 1e6 && !t!.lower.endsWith('s') ? scale : null;
}

function canAppend(current: number, next: number): boolean {
  if (current === 0) return true;
  const tail = current % 100;
  if (tail === 0) return true; // "two hundred five", "a hundred and five"
  return tail >= 20 && tail % 10 === 0 && next < 10; // "twenty one"
}

/** "half", "a third", "two-thirds", "three quarters", "one-fifth". */
function readFraction(toks: readonly Token[], i: number): NumberCore | null {
  const t = toks[i]!;
  if (t.lower === 'half' || t.lower === 'halves') {
    // "half a million" is a number, not a fraction.
    const n = toks[i + 1];
    if (n?.lower === 'a' && toks[i + 2] && (SCALE_WORDS.has(toks[i + 2]!.lower) || toks[i + 2]!.lower === 'dozen')) return null;
    if (halfScale(toks, n?.text === '-' && n.glued ? i + 2 : i + 1) !== null) return null; // "half million", "half-million"

    return { first: i, last: i, value: 0.5, range: null, form: 'fraction', scaled: false, separated: false, ambiguousSuffix: null };
  }
  let num: number | undefined;
  let k = i + 1;
  if (t.lower === 'a' || t.lower === 'an') num = 1;
  else if (t.lower === 'quarter' || t.lower === 'third') {
    // "a quarter million" without its article: the fraction word itself starts the number
    num = 1;
    k = i;
  } else num = SMALL_NUMBERS.get(t.lower);
  if (num === undefined || num === 0) return null;
  // "one-third"; "one - third" in text tokenized with spaces around hyphens
  if (toks[k]?.text === '-' && (toks[k]!.glued || FRACTION_WORDS.has(toks[k + 1]?.lower ?? ''))) k++;
  const d = toks[k];
  if (!d || d.type !== 'w') return null;
  const den = FRACTION_WORDS.get(d.lower);
  if (den === undefined || den === 2 && d.lower === 'half') return null;
  const plural = d.lower.endsWith('s');
  if (num > 1 !== plural) return null; // "two third" or "one thirds" is not a fraction
  if (num >= den) return null;
  // "a quarter million", "three quarters of a billion": a fraction of a multiplier is a number
  const scaleAt = toks[k + 1]?.lower === 'of' && (toks[k + 2]?.lower === 'a' || toks[k + 2]?.lower === 'an') ? k + 3 : k + 1;
  const scale = toks[scaleAt] ? SCALE_WORDS.get(toks[scaleAt]!.lower) : undefined;
  if (scale !== undefined && scale >= 1e6 && !toks[scaleAt]!.lower.endsWith('s')) {
    return { first: i, last: scaleAt, value: tidy((num / den) * scale), range: null, form: 'words', scaled: true, separated: false, ambiguousSuffix: null, factor: scale };
  }
  if (k === i) return null;
  return { first: i, last: k, value: num / den, range: null, form: 'fraction', scaled: false, separated: false, ambiguousSuffix: null };
}

/** "dozens", "hundreds of", "tens of thousands", "several hundred", "a few thousand". */
function readVague(toks: readonly Token[], i: number): NumberCore | null {
  const t = toks[i]!;
  const w = t.lower;
  if ((w === 'several' || w === 'a' && toks[i + 1]?.lower === 'few' || w === 'few') && !(w === 'a' && toks[i + 2] === undefined)) {
    const k = w === 'a' ? i + 2 : i + 1;
    const s = toks[k];
    if (!s || s.type !== 'w') return null;
    const scale = s.lower === 'dozen' ? 12 : SCALE_WORDS.get(s.lower);
    if (scale === undefined) return null;
    const lowMul = w === 'several' ? 3 : 2;
    return { first: i, last: k, value: null, range: [lowMul * scale, 9 * scale], form: 'vague', scaled: true, separated: false, ambiguousSuffix: null };
  }
  const base = VAGUE_PLURALS.get(w);
  if (!base) return null;
  let [low, high] = base;
  let last = i;
  // "tens of thousands", "hundreds of millions"
  if ((w === 'tens' || w === 'hundreds') && toks[i + 1]?.lower === 'of') {
    const s = toks[i + 2];
    const scale = s && s.type === 'w' ? (s.lower === 'thousands' ? 1e3 : s.lower === 'millions' ? 1e6 : s.lower === 'billions' ? 1e9 : undefined) : undefined;
    if (scale !== undefined) {
      low *= scale;
      high = high * scale + (scale - 1);
      last = i + 2;
    }
  }
  if (w === 'tens' && last === i) return null; // bare "tens" is not an amount
  return { first: i, last, value: null, range: [low, high], form: 'vague', scaled: true, separated: false, ambiguousSuffix: null };
}

/** Rounds away floating-point noise from multiplying decimals: 1.2 * 1e9. */
export function tidy(value: number): number {
  if (!Number.isFinite(value) || Number.isInteger(value) && Math.abs(value) < 1e15) return value;
  return Number.parseFloat(value.toPrecision(12));
}
