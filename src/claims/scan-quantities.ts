import type { ClaimKind, Qualifier } from '../schema/claim.js';
import type { Token } from './tokenize.js';
import { readNumber, readScaleWords, tidy, type NumberCore, type NumberForm } from './read-number.js';
import {
  UNAMBIGUOUS_CODES, CODE_SCALE_PREFIXES, SMALL_NUMBERS, SCALE_WORDS,
  DECREASE_WORDS, INCREASE_WORDS,
  CURRENCY_PREFIXES, CURRENCY_WORDS, DOLLAR_PREFIX_LETTERS, MIXED_CASE_CURRENCY_PREFIXES, GLUED_ONLY_UNITS, SPACED_LENGTH_SYMBOLS, SPACED_SYMBOLS_BEFORE_OF, DIMENSION_WORDS, DIMENSION_NOUNS, TEMPERATURE_CUES, MINOR_SUFFIXES, MULTIPLE_VERBS, PERCENT_WORDS,
  POST_QUALIFIERS, PRE_QUALIFIERS, RATE_DENOMINATORS, UNITS, type UnitKind,
} from './lexicon.js';
import { rejectReason } from './not-claims.js';
import { RELATIVE_TIME_WORDS } from './lexicon.js';

/** A quantity read from a sentence's tokens, before its noun phrase, subject and predicate are found. */
export interface Quantity {
  /** Token range of the whole expression, qualifier and unit included. */
  first: number;
  last: number;
  /** Token range of the number itself (the first number of a range). */
  core: NumberCore;
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  kind: ClaimKind;
  unit: string | null;
  form: NumberForm | 'multiple';
  /** Index of the first token after the number and its unit: where a counted noun may start. */
  after: number;
  /** Tokens of the counted noun phrase, when kind is count. */
  np: [number, number] | null;
  /** "two out of their 16": the part and the whole of a literal tally, as token ranges and values; null otherwise. */
  tally?: RatioTally | null;
  /** "of" follows: a partitive ("half of those arrested", "25% of cases"). */
  ofFollows: boolean;
  change: 'increase' | 'decrease' | null;
}

/** The part and the whole of "two out of 16", each as [first token, last token, value]. */
export interface RatioTally { part: readonly [number, number, number]; whole: readonly [number, number, number] }

interface UnitRead { kind: ClaimKind; unit: string; last: number; factor?: number; scaleFromSuffix?: boolean }

/**
 * Finds every quantity in a sentence's tokens, leaving out what is not a claim (dates, years, times, names, idioms, scores).
 * Why tokens: offsets stay exact, and the scan is linear in the sentence length whatever the input.
 */
export function scanQuantities(toks: readonly Token[], decimalComma = false): Quantity[] {
  const out: Quantity[] = [];
  let i = 0;
  while (i < toks.length) {
    const t = toks[i]!;
    const multiple = t.type === 'w' ? MULTIPLE_VERBS.get(t.lower) : undefined;
    if (multiple) {
      out.push(multipleQuantity(i, multiple));
      i++;
      continue;
    }
    const core = mayStartNumber(t) ? readNumber(toks, i, decimalComma) : null;
    if (!core) {
      i = t.type === 'n' ? skipGluedChain(toks, i) + 1 : i + 1;
      continue;
    }
    const q = buildQuantity(toks, core, decimalComma);
    if (q) {
      out.push(q);
      i = Math.max(q.last, core.last) + 1;
    } else {
      i = skipGluedChain(toks, core.last) + 1;
    }
  }
  const merged = mergeCompoundMoney(toks, out);
  linkDimensions(toks, merged);
  linkFeetInches(toks, merged);
  linkElidedDimension(toks, merged);
  linkFromTo(toks, merged);
  inheritInParentheses(toks, merged);
  return merged;
}

/**
 * "thirteen dollars and forty-five cents", "15 dollars 50", "17 USD 25", "10 $ 30 cent": a whole amount followed by its
 * minor part is one sum. Why a pass of its own: each part reads as a complete figure, so only the pair shows the sum.
 */
function mergeCompoundMoney(toks: readonly Token[], qs: Quantity[]): Quantity[] {
  const out: Quantity[] = [];
  for (let n = 0; n < qs.length; n++) {
    const a = qs[n]!;
    const b = qs[n + 1];
    const whole = a.kind === 'money' && a.qualifier !== 'range' && a.value !== null && Number.isInteger(a.value) && !a.core.scaled;
    if (!whole || !b || b.value === null || b.qualifier !== 'exact' || b.core.scaled) {
      out.push(a);
      continue;
    }
    // what lies between: nothing, "and", or the currency token both figures share ("17 USD 25")
    const gap = b.first - a.last - 1;
    // shared only when spaced on both sides and no second sign follows ("10 $ 30 $" is two amounts, "3 USD50 cards" a name)
    const afterB = toks[b.last + 1];
    const signAfter = !!afterB && (CURRENCY_PREFIXES.has(afterB.text) || CODES_AFTER.has(afterB.lower));
    const shared = b.first <= a.last && b.kind === 'money' && b.unit === a.unit && !toks[b.core.first]!.glued && !signAfter;
    const joined = gap === 0 || gap === 1 && toks[a.last + 1]!.lower === 'and';
    let cents: number | null = null;
    let last = b.last;
    // "3 euros 50 cents": cents are the minor unit of whatever currency the whole amount is in
    const minorOfAny = b.kind === 'money' && /^cents?$/.test(toks[b.last]!.lower) && joined;
    if (b.kind === 'money' && (b.unit === a.unit || minorOfAny) && b.value > 0 && b.value < 1 && (joined || shared)) cents = b.value;
    else if (shared && Number.isInteger(b.value) && b.value > 0 && b.value < 100) {
      cents = b.value / 100;
      const minor = matchCurrencyWord(toks, b.last + 1);
      if (minor && minor.factor === 0.01) last = minor.last;
    } else if (joined && b.kind === 'count' && b.unit === null && b.form !== 'ordinal' && Number.isInteger(b.value) && b.value > 0 && b.value < 100 && toks[b.last + 1]?.type !== 'w' && toks[b.last + 1]?.type !== 'n') {
      // "it costs 15 dollars 50." — a bare number closing the amount
      cents = b.value / 100;
    }
    if (cents === null) {
      out.push(a);
      continue;
    }
    const sum: Quantity = { ...a, value: tidy(a.value! + cents), last, after: last + 1, ofFollows: toks[last + 1]?.lower === 'of' };
    const rate = readRate(toks, last + 1);
    if (rate) {
      sum.kind = 'rate';
      sum.unit = `${a.unit} per ${rate.denominator}`;
      sum.last = rate.last;
      sum.after = rate.last + 1;
      sum.ofFollows = false;
    }
    applyBounds(sum);
    out.push(sum);
    n++;
  }
  return out;
}

/**
 * "up to £9m ($17m)", "about 5 miles (8 km)": a conversion in brackets restates the figure before it, qualifier included;
 * "£9m ($12m) a year": a rate written after the bracket applies to both figures.
 */
function inheritInParentheses(toks: readonly Token[], qs: Quantity[]): void {
  for (let k = 1; k < qs.length; k++) {
    const a = qs[k - 1]!;
    const b = qs[k]!;
    if (b.first === a.last + 2 && toks[a.last + 1]?.text === '(' && toks[b.last + 1]?.text === ')' && a.kind === b.kind && (a.kind === 'money' || a.kind === 'measure')) {
      const rate = readRate(toks, b.last + 2, a.kind === 'measure');
      if (rate) {
        for (const q of [a, b]) {
          q.unit = `${q.unit} per ${rate.denominator}`;
          q.kind = 'rate';
        }
      }
    }
    if (b.first !== a.last + 2 || toks[a.last + 1]?.text !== '(' || b.qualifier !== 'exact' || a.qualifier === 'exact' || a.qualifier === 'range') continue;
    if (a.kind !== b.kind) continue;
    b.qualifier = a.qualifier;
    applyBounds(b);
  }
}

/**
 * "100 by 60 metres", "5 x 4 m", "3x2m": the sides of an area or a box share the unit written after the last one.
 * Why: news writes the unit once, and a bare "100" would read as a count of nothing.
 */
function linkDimensions(toks: readonly Token[], qs: Quantity[]): void {
  for (let k = qs.length - 2; k >= 0; k--) {
    const a = qs[k]!;
    const b = qs[k + 1]!;
    if (a.kind !== 'count' || a.unit !== null || a.qualifier === 'range' || a.form !== 'digits' && a.form !== 'words' || a.core.scaled || b.kind !== 'measure') continue;
    if (b.first !== a.last + 2 || !/^(?:by|x|×)$/.test(toks[a.last + 1]!.lower)) continue;
    a.kind = 'measure';
    a.unit = b.unit;
    a.np = null;
    applyBounds(a);
  }
}

/**
 * "6 foot 4", "5ft 11": a bare figure under 12 right after a height in feet is its inches, as British papers write heights.
 * Why: the inches are left unwritten, and a lone "4" would read as a count.
 */
function linkFeetInches(toks: readonly Token[], qs: Quantity[]): void {
  for (let k = 1; k < qs.length; k++) {
    const a = qs[k - 1]!;
    const b = qs[k]!;
    if (a.kind !== 'measure' || a.unit !== 'feet' || a.qualifier === 'range' || b.first !== a.last + 1 || b.kind !== 'count' || b.unit !== null || b.core.form !== 'digits') continue;
    if (b.value === null || !Number.isInteger(b.value) || b.value < 0 || b.value > 11 || toks[b.first]!.glued) continue;
    const next = toks[b.last + 1];
    // after "the"/"a" the height is a modifier and its noun follows ("the 6ft 4 striker")
    const attributive = /^(?:the|a|an|his|her|their)$/.test(toks[a.first - 1]?.lower ?? '');
    if (next && (next.type === 'w' && !attributive && !/^(?:and|tall|high|with|in|who|from|he|she|but|or)$/.test(next.lower) || next.type === 'n')) continue;
    b.kind = 'measure';
    b.unit = 'inches';
    applyBounds(b);
  }
}

/**
 * "30 metres wide and 20 deep": a bare figure before a dimension word, coordinated with a length, is in that length's unit.
 * Why: the unit is written once for both sides.
 */
function linkElidedDimension(toks: readonly Token[], qs: Quantity[]): void {
  for (let k = 1; k < qs.length; k++) {
    const a = qs[k - 1]!;
    const b = qs[k]!;
    if (a.kind !== 'measure' || b.kind !== 'count' || b.unit !== null || b.core.form !== 'digits' && b.core.form !== 'words' || b.qualifier === 'range') continue;
    if (!/^(?:long|wide|high|tall|deep|thick|across)$/.test(toks[b.last + 1]?.lower ?? '')) continue;
    if (!/^(?:and|by|,)$/.test(toks[b.first - 1]?.lower ?? '') || b.first - a.last > 4) continue;
    b.kind = 'measure';
    b.unit = a.unit;
    b.np = null;
    applyBounds(b);
  }
}

/** "from 200 to 260 euros": the first figure takes the unit written after the second, and the second states the change. */
function linkFromTo(toks: readonly Token[], qs: Quantity[]): void {
  for (let k = 0; k + 1 < qs.length; k++) {
    const a = qs[k]!;
    const b = qs[k + 1]!;
    if (toks[a.first - 1]?.lower !== 'from' || toks[a.last + 1]?.lower !== 'to' || b.first !== a.last + 2) continue;
    if (a.kind === 'count' && b.kind !== 'count' && a.unit === null) {
      a.kind = b.kind;
      a.unit = b.unit;
      if (b.core.scaled && !a.core.scaled && a.value !== null) a.value = scaleLike(a.value, b.core);
      applyBounds(a);
    }
    if (a.value !== null && b.value !== null && b.kind === a.kind && b.change === null && b.value !== a.value) b.change = b.value > a.value ? 'increase' : 'decrease';
  }
}

function mayStartNumber(t: Token): boolean {
  return t.type === 'n' || t.type === 'w' || t.text.length === 1 && /[½¼¾⅓⅔⅕⅛]/.test(t.text);
}

function multipleQuantity(i: number, [value, change]: [number, 'increase' | 'decrease']): Quantity {
  const core: NumberCore = { first: i, last: i, value, range: null, form: 'words', scaled: false, separated: false, ambiguousSuffix: null };
  return { first: i, last: i, core, value, low: value, high: value, qualifier: 'exact', kind: 'other', unit: 'times', form: 'multiple', after: i + 1, np: null, ofFollows: false, change };
}

/** Skips digits and punctuation glued to a rejected number ("2004-05", "020-7946-0000"), so their parts are not read again. */
function skipGluedChain(toks: readonly Token[], k: number): number {
  while (toks[k + 1] && toks[k + 1]!.glued && toks[k + 1]!.type !== 'w' && !/[.,;:!?)"”’]/.test(toks[k + 1]!.text)) k++;
  if (toks[k + 1]?.glued && toks[k + 1]!.type === 'w' && toks[k]!.type === 'n') k++;
  return k;
}

function buildQuantity(toks: readonly Token[], core: NumberCore, decimalComma: boolean): Quantity | null {
  let first = core.first;
  let value = core.value;
  let currency: string | null = null;

  // Currency written before: "$", "US$", "£", "Rs", "USD".
  const pre = readCurrencyPrefix(toks, first);
  let preFactor = 1;
  if (pre && (!pre.scaledOnly || core.scaled)) {
    currency = pre.code;
    first = pre.first;
    preFactor = pre.factor ?? 1;
  }
  // A sign: "-5", "minus 5".
  const sign = toks[first - 1];
  if (value !== null && sign && (sign.text === '-' || sign.text === '−') && toks[first]!.glued && !(toks[first - 2] && sign.glued)) {
    value = -value;
    first -= 1;
  } else if (value !== null && sign && (sign.text === '-' || sign.text === '−') && !toks[first]!.glued && toks[first - 2]?.type === 'w' && !SMALL_NUMBERS.has(toks[first - 2]!.lower) && isTemperatureAt(toks, core.last + 1)) {
    // "fell to - 20 degrees celsius": a spaced minus before a temperature, after a word, is its sign, not a dash between figures
    value = -value;
    first -= 1;
  } else if (value !== null && sign?.lower === 'minus') {
    value = -value;
    first -= 1;
  }

  let last = core.last;
  let kind: ClaimKind = 'count';
  let unit: string | null = null;
  let factor = 1;
  let unitRead = readUnit(toks, core, currency !== null);
  if (unitRead === 'reject') return null;
  // "$639m year-earlier", "1.2m year-ago": a time word glued to "earlier"/"ago" dates the figure, it is not its unit;
  // nor is any unit word after a currency figure, which already has its unit
  const timeRef = unitRead && unitRead.kind === 'duration' && isTimeReference(toks, unitRead.last);
  if (unitRead && (timeRef || currency !== null && unitRead.kind !== 'money')) unitRead = null;
  if (unitRead) {
    kind = unitRead.kind;
    unit = unitRead.unit;
    last = unitRead.last;
    factor = unitRead.factor ?? 1;
    if (unitRead.kind === 'money') currency = unitRead.unit;
  }
  // "temperatures could hit minus 40": a signed figure with no unit in a sentence about temperature is in degrees
  if (!unitRead && !currency && toks[first]?.lower === 'minus' && core.form !== 'fraction' && !(toks[last + 1]?.type === 'w' && /^[a-z]/.test(toks[last + 1]!.text) && !/^(?:in|on|at|and|or|overnight|by|last|this|degrees?)$/.test(toks[last + 1]!.lower)) && hasTemperatureCue(toks, true)) {
    kind = 'measure';
    unit = 'degrees';
  }
  if (currency && kind !== 'money') {
    // "$5 a share" stays money; a percent after a currency sign is not possible.
    kind = 'money';
    unit = currency;
  }
  // Undo the million reading of a glued "m" when it turned out to be metres.
  let coreValue = value;
  if (core.ambiguousSuffix && unitRead && unitRead.scaleFromSuffix && coreValue !== null) {
    coreValue = tidy(coreValue / (core.ambiguousSuffix.toLowerCase() === 'm' ? 1e6 : 1e9));
  }
  if (coreValue !== null) coreValue = tidy(coreValue * factor * preFactor);

  // "12 degrees below zero": a temperature under the freezing point of its scale's zero
  if (kind === 'measure' && /^(?:degrees|celsius|fahrenheit)$/.test(unit ?? '') && coreValue !== null && coreValue > 0 && toks[last + 1]?.lower === 'below' && toks[last + 2]?.lower === 'zero') {
    coreValue = -coreValue;
    last += 2;
  }
  // Rates: "$70 a share", "500 a day", "£5/hour".
  if ((kind === 'money' || kind === 'count' || kind === 'measure') && unit !== null || kind === 'money') {
    const rate = readRate(toks, last + 1, kind === 'measure');
    if (rate) {
      unit = `${unit ?? ''} per ${rate.denominator}`.trim();
      kind = 'rate';
      last = rate.last;
    }
  }

  // Qualifier written before ("more than", "up to") or after ("or more", "+").
  let qualifier: Qualifier = 'exact';
  const preQ = readPreQualifier(toks, first);
  if (preQ && !overAsPreposition(toks, preQ.first, kind)) {
    qualifier = preQ.qualifier;
    first = preQ.first;
  }
  const postQ = readPostQualifier(toks, last + 1);
  if (postQ && qualifier === 'exact') {
    qualifier = postQ.qualifier;
    last = postQ.last;
  }

  let low: number | null = null;
  let high: number | null = null;
  let form: Quantity['form'] = core.form;
  if (core.form === 'vague' && core.range) {
    qualifier = 'range';
    low = tidy(core.range[0] * factor);
    high = tidy(core.range[1] * factor);
  }

  // Ranges: "10 to 12", "10-12", "between 10 and 12", "two or three", "$5m-$6m".
  const range = core.form !== 'vague' && core.form !== 'ordinal' ? readRange(toks, first, last, core, kind, unit, decimalComma) : null;
  if (range === 'reject') return null;
  if (range) {
    const lowValue = core.scaled || range.core.scaled === false ? coreValue : scaleLike(coreValue, range.core);
    low = lowValue;
    high = range.value;
    if (range.kind !== 'count' && kind === 'count') {
      kind = range.kind;
      unit = range.unit;
    }
    coreValue = null;
    qualifier = 'range';
    first = range.first;
    last = range.last;
    // "€800 to €1,000 a month": a rate written after the high end applies to the range
    if ((kind === 'money' || kind === 'measure') && unit !== null) {
      const rate = readRate(toks, last + 1, kind === 'measure');
      if (rate) {
        unit = `${unit} per ${rate.denominator}`;
        kind = 'rate';
        last = rate.last;
      }
    }
  }

  // Ratios: "one in five", "1 in 10", "one out of every four".
  const ratio = kind === 'count' && !range ? readRatio(toks, core) : null;
  if (ratio) {
    coreValue = ratio.value;
    kind = 'proportion';
    unit = null;
    last = ratio.last;
    form = 'ratio';
  }
  const tally = ratio?.tally ?? null;

  if (core.form === 'fraction' && kind === 'count' && unit === null) kind = 'proportion';
  if (core.form === 'ordinal') kind = 'ordinal';

  const after = last + 1;
  const q: Quantity = {
    first, last, core, value: coreValue, low, high, qualifier, kind, unit, form, after, np: null,
    ofFollows: toks[after]?.lower === 'of', change: null, tally,
  };
  if (rejectReason(toks, q)) return null;
  applyBounds(q);
  return q;
}

/** A temperature unit written at token j: "degrees celsius", "°F", "C" glued. */
function isTemperatureAt(toks: readonly Token[], j: number): boolean {
  const t = toks[j];
  if (!t) return false;
  if (t.glued && (t.text === 'C' || t.text === 'F' || t.text === '°')) return true;
  const u = UNITS_BY_FIRST.get(t.lower);
  return !!u && u.some(([phrase, name]) => (name === 'celsius' || name === 'fahrenheit' || phrase.startsWith('deg')) && matchPhrase(toks, j, phrase) >= 0);
}

/** A singular time word compounded with a relative time ("year-earlier", "month-ago", "quarter-before"): a date reference. */
function isTimeReference(toks: readonly Token[], last: number): boolean {
  const dash = toks[last + 1];
  return !!dash && dash.text === '-' && dash.glued && !!toks[last + 2]?.glued && RELATIVE_TIME_WORDS.has(toks[last + 2]!.lower) && !toks[last]!.lower.endsWith('s');
}

/**
 * "rose 5% over two years", "took place over three days": "over" before a duration is the span of a change or an event,
 * not "more than", when a change figure, a change verb or "place" comes right before it.
 */
function overAsPreposition(toks: readonly Token[], at: number, kind: ClaimKind): boolean {
  if (kind !== 'duration' || toks[at]?.lower !== 'over' || toks[at + 1]?.lower === 'the') return false;
  const prev = toks[at - 1];
  if (!prev) return false;
  return prev.text === '%' || prev.type === 'n' || /^(?:place|cent|percent|points)$/.test(prev.lower) || INCREASE_WORDS.has(prev.lower) || DECREASE_WORDS.has(prev.lower);
}

/** A low end written without the multiplier the high end has: "between 5 and 6 million", "from 5 to 4.2 million". */
function scaleLike(v: number | null, other: NumberCore): number | null {
  if (v === null || !other.scaled || !other.factor || other.factor === 1) return v;
  return tidy(v * other.factor);
}

/** Writes low/high from the qualifier; the checks stage relies on this convention (see Claim in src/schema/claim.ts). */
export function applyBounds(q: Pick<Quantity, 'value' | 'low' | 'high' | 'qualifier' | 'kind'>): void {
  const v = q.value;
  if (q.qualifier === 'range') return;
  if (v === null) {
    q.low = null;
    q.high = null;
    return;
  }
  const step = q.kind === 'count' && Number.isInteger(v) ? 1 : 0;
  switch (q.qualifier) {
    case 'exact': q.low = v; q.high = v; break;
    case 'approximate': q.low = null; q.high = null; break;
    case 'more_than': q.low = v + step; q.high = null; break;
    case 'at_least': q.low = v; q.high = null; break;
    case 'less_than': q.low = null; q.high = v - step; break;
    case 'at_most': q.low = null; q.high = v; break;
  }
}

function readCurrencyPrefix(toks: readonly Token[], i: number): { code: string; first: number; scaledOnly?: boolean; factor?: number } | null {
  let k = i - 1;
  const t = toks[k];
  if (!t) return null;
  if (t.type === 'p' && CURRENCY_PREFIXES.has(t.text)) {
    let code = CURRENCY_PREFIXES.get(t.text)!;
    let first = k;
    const letters = toks[k - 1];
    if (t.text === '$' && letters && t.glued && letters.type === 'w' && DOLLAR_PREFIX_LETTERS.has(letters.lower)) {
      code = DOLLAR_PREFIX_LETTERS.get(letters.lower)!;
      first = k - 1;
    } else if (t.text === '$' && letters && letters.type === 'w' && DOLLAR_PREFIX_LETTERS.has(letters.lower) && /^(?:us|hk|c|a|nz|s)$/i.test(letters.text) && letters.lower !== 'a' && letters.lower !== 's') {
      // spaced forms as in "us $ 150 million", "hk $ 10 billion"
      code = DOLLAR_PREFIX_LETTERS.get(letters.lower)!;
      first = k - 1;
    }
    return { code, first };
  }
  if (t.type === 'w' && CURRENCY_PREFIXES.has(t.lower) && (t.text === t.text.toUpperCase() || t.lower === 'rs' || UNAMBIGUOUS_CODES.has(t.lower))) {
    return { code: CURRENCY_PREFIXES.get(t.lower)!, first: k };
  }
  // "$US5 million", "$A300m", "$NZ1.2bn": the Australian and New Zealand press write the country after the sign
  if (t.type === 'w' && t.glued && toks[k - 1]?.text === '$' && toks[i]!.glued && /^(?:US|A|NZ|HK|S|C|NT)$/.test(t.text)) {
    return { code: DOLLAR_PREFIX_LETTERS.get(t.lower)!, first: k - 1 };
  }
  // "KSh 500", "Rp 10,000", "Tk 200": abbreviations read only in the case they are written in
  if (t.type === 'w' && MIXED_CASE_CURRENCY_PREFIXES.has(t.text)) return { code: MIXED_CASE_CURRENCY_PREFIXES.get(t.text)!, first: k };
  if (t.text === '.' && toks[k - 1]?.type === 'w' && MIXED_CASE_CURRENCY_PREFIXES.has(toks[k - 1]!.text)) return { code: MIXED_CASE_CURRENCY_PREFIXES.get(toks[k - 1]!.text)!, first: k - 1 };
  const scaledCode = t.type === 'w' ? readScaledCode(t) : null;
  if (scaledCode) return { code: scaledCode.code, first: k, factor: scaledCode.factor };
  // a currency name before a multiplied figure: "a record Australian dollar 29.4bn"
  if (t.type === 'w' && /^(?:dollars?|euros?|pounds?|yen|yuan)$/.test(t.lower)) {
    for (const { parts, entry } of CURRENCY_BY_LAST.get(t.lower) ?? []) {
      const s = matchPhraseBefore(toks, k, parts);
      // not when the name is the unit of a number before it: "three thousand dollars two hundred times"
      const before = toks[s - 1];
      const ownNumber = !!before && (before.type === 'n' || SMALL_NUMBERS.has(before.lower) || SCALE_WORDS.has(before.lower));
      if (s >= 0 && entry[2] === 1 && !ownNumber) return { code: entry[1], first: s, scaledOnly: true };
    }
  }
  // "Rs." with its dot
  if (t.text === '.' && toks[k - 1]?.lower === 'rs') return { code: 'INR', first: k - 1 };
  return null;
}

/** Matches a multi-word phrase (lower case, space separated, or pre-split) at tokens from j; returns the last token index. */
export function matchPhrase(toks: readonly Token[], j: number, phrase: string | readonly string[]): number {
  const parts = typeof phrase === 'string' ? phrase.split(' ') : phrase;
  for (let p = 0; p < parts.length; p++) {
    const t = toks[j + p];
    if (!t || t.lower !== parts[p]) return -1;
  }
  return j + parts.length - 1;
}

/** Matches a phrase ending at token `end` (inclusive); returns its first token index. */
function matchPhraseBefore(toks: readonly Token[], end: number, parts: readonly string[]): number {
  const start = end - parts.length + 1;
  if (start < 0) return -1;
  return matchPhrase(toks, start, parts) === end ? start : -1;
}

/** Phrase lists split once at load, indexed by their first (or last) word, so each lookup is a map probe. */
function indexBy<T>(list: ReadonlyArray<readonly [string, ...unknown[]]>, pick: 'first' | 'last'): ReadonlyMap<string, ReadonlyArray<{ parts: readonly string[]; entry: T }>> {
  const m = new Map<string, Array<{ parts: readonly string[]; entry: T }>>();
  for (const entry of list) {
    const parts = entry[0].split(' ');
    const key = pick === 'first' ? parts[0]! : parts[parts.length - 1]!;
    const l = m.get(key) ?? [];
    l.push({ parts, entry: entry as unknown as T });
    m.set(key, l);
  }
  for (const l of m.values()) l.sort((a, b) => b.parts.length - a.parts.length);
  return m;
}
const PRE_Q_BY_LAST = indexBy<readonly [string, Qualifier]>(PRE_QUALIFIERS, 'last');
const POST_Q_BY_FIRST = indexBy<readonly [string, Qualifier]>(POST_QUALIFIERS, 'first');
const CURRENCY_BY_FIRST = indexBy<readonly [string, string, number]>(CURRENCY_WORDS, 'first');
const CURRENCY_BY_LAST = indexBy<readonly [string, string, number]>(CURRENCY_WORDS, 'last');
const PERCENT_BY_FIRST = indexBy<readonly [string, string]>(PERCENT_WORDS, 'first');

/** The currency name written at token j, if any: "dollars", "hong kong dollars". */
function matchCurrencyWord(toks: readonly Token[], j: number): { code: string; factor: number; last: number; phrase: string } | null {
  const t = toks[j];
  const list = t ? CURRENCY_BY_FIRST.get(t.lower) : undefined;
  if (!list) return null;
  for (const { parts, entry } of list) {
    const end = matchPhrase(toks, j, parts);
    if (end >= 0) return { code: entry[1], factor: entry[2], last: end, phrase: entry[0] };
  }
  return null;
}

/** A currency code with a glued scale letter, as finance tables write it: "MUSD" (millions of dollars), "kEUR", "BnGBP". */
function readScaledCode(t: Token): { code: string; factor: number } | null {
  const m = /^([kKmM]|[mM][nNmM]|[bB][nN]?)([A-Z]{3})$/.exec(t.text);
  if (!m || !CODES_AFTER.has(m[2]!.toLowerCase())) return null;
  const factor = CODE_SCALE_PREFIXES.get(m[1]!.toLowerCase());
  return factor ? { code: CURRENCY_PREFIXES.get(m[2]!.toLowerCase())!, factor } : null;
}

/** Currency codes that may follow the number ("500 USD"); "try", "php" and "rub" are words too, so only in capitals. */
const CODES_AFTER: ReadonlySet<string> = new Set(['usd', 'eur', 'gbp', 'jpy', 'cny', 'rmb', 'chf', 'inr', 'aud', 'nzd', 'hkd', 'sgd', 'cad', 'btc', 'sek', 'nok', 'dkk', 'zar', 'mxn', 'brl', 'krw', 'khr', 'try', 'rub', 'php', 'ngn',
  'pln', 'czk', 'huf', 'ils', 'twd', 'thb', 'idr', 'myr', 'pkr', 'bdt', 'lkr', 'egp', 'aed', 'sar', 'qar', 'kwd', 'kes', 'ugx', 'tzs', 'ghs', 'uah', 'kzt', 'ars', 'clp', 'vnd', 'isk']);
/** Short unit symbols read when spaced from the number only if nothing word-like follows: "12 m 2 dm", "20 (kg)". */
const SPACED_WHEN_ALONE: ReadonlySet<string> = new Set(['m', 'dm', 'mb', 'gb', 'kb', 'tb', 'ft', 'oz', 'lb', 'mw', 'gw', 'kw', 'deg', 'mi', 'ha']);

const WEIGHT_CONTEXT = /^(?:weigh|weighs|weighed|weighing|weight|heavy|lbs?)$/;

function readUnit(toks: readonly Token[], core: NumberCore, hasCurrency: boolean): UnitRead | 'reject' | null {
  let j = core.last + 1;
  const t = toks[j];
  if (core.form === 'ordinal') return null;
  // A glued letter suffix that is not a multiplier: "5km", "50p", "5pc", "3D", "1990s".
  if (core.ambiguousSuffix) {
    const lower = core.ambiguousSuffix.toLowerCase();
    const isUpper = core.ambiguousSuffix === core.ambiguousSuffix.toUpperCase();
    const next = toks[core.last + 1];
    const money = hasCurrency || matchCurrencyWord(toks, core.last + 1) !== null;
    const countNoun = next && next.type === 'w' && !next.glued ? /^[a-z]/.test(next.text) && (next.lower.endsWith('s') || next.lower === 'people') && !/^(?:tall|long|high|wide|deep|away|above|below|across|less|is|was|has)$/.test(next.lower) : false;
    const ofNext = next?.lower === 'of';
    if (!(money || countNoun || ofNext || isUpper && lower === 'm' && !next)) {
      if (lower === 'm') {
        const power = toks[core.last + 1];
        const area = power && power.glued && /^(?:2|²)$/.test(power.text);
        return { kind: 'measure', unit: area ? 'm2' : 'm', last: area ? core.last + 1 : core.last, scaleFromSuffix: true };
      }
      return 'reject';
    }
  }
  if (t && t.glued && t.type === 'w') {
    const lower = t.lower;
    if (lower === 's' || lower === "'s") return 'reject'; // decades: "1990s"
    if (lower === 'pc' || lower === 'pct') return { kind: 'percent', unit: 'percent', last: j };
    if (!hasCurrency && MINOR_SUFFIXES.has(t.text) && Number.isInteger(core.value ?? 0.5)) return { kind: 'money', unit: MINOR_SUFFIXES.get(lower)!, last: j, factor: 0.01 };
    // "41C", "104F": a temperature, as British and American papers write it
    // "a 3C camera", "Room 4C", "Flat 2F": a model or a place, not a temperature
    const modelName = /^(?:a|an|the)$/.test(toks[core.first - 1]?.lower ?? '') && toks[j + 1]?.type === 'w' || /^[A-Z][a-z]*$/.test(toks[core.first - 1]?.text ?? '');
    if ((t.text === 'C' || t.text === 'F') && !hasCurrency && !modelName && !(toks[j + 1]?.glued && toks[j + 1]!.type !== 'p')) return { kind: 'measure', unit: t.text === 'C' ? 'celsius' : 'fahrenheit', last: j };
    if (/^[A-Z]$/.test(t.text) && !/^[CFKT]$/.test(t.text)) return 'reject'; // "3G", "4D": names, not grams
    if (CODES_AFTER.has(lower) && t.text === t.text.toUpperCase()) return { kind: 'money', unit: CURRENCY_PREFIXES.get(lower)!, last: j }; // "115USD"
    const u = matchUnit(toks, j, true);
    // "nyp.st/1l7lvhq", "24703m212": letters and digits going on make a code, not a unit
    const after = u ? toks[u.last + 1] : undefined;
    if (u && after?.glued && (after.type === 'n' || after.type === 'w')) return 'reject';
    if (u) return u;
    return 'reject';
  }
  if (!t) return null;
  // "half a mile", "half an hour", "a quarter of a mile": a fraction of one unit is that many units
  // "a quarter point", "half a percentage point", "a half-point cut": a fraction of a point of a rate or an index
  if (core.form === 'fraction' && !hasCurrency) {
    const points = readFractionOfPoint(toks, j);
    if (points) return points;
  }
  if (core.form === 'fraction' && !hasCurrency && toks[core.first]!.type === 'w') {
    const k = t.lower === 'of' ? j + 1 : j;
    if (toks[k]?.lower === 'a' || toks[k]?.lower === 'an') {
      const u = matchUnit(toks, k + 1, false);
      if (u && (u.kind === 'measure' || u.kind === 'duration') && !/s$/.test(toks[u.last]!.lower) && !(u.kind === 'duration' && isTimeReference(toks, u.last))) return u;
    }
  }
  const marks = t.type === 'p' && t.glued && !hasCurrency ? readFootInchMark(toks, j) : null;
  if (marks) return marks;
  // "10 times faster" is a multiple; "called 3 times" counts occasions
  if (t.lower === 'times' && !t.glued) {
    const n = toks[j + 1]?.lower ?? '';
    const multiple = /^(?:more|less|as|the|that|this|what|over|faster|higher|bigger|greater|larger|smaller|lower|longer|worse|better|cheaper)$/.test(n) || /^[a-z]{3,}er$/.test(n);
    return multiple ? { kind: 'other', unit: 'times', last: j } : { kind: 'count', unit: 'times', last: j };
  }
  // A currency sign or code written after the number: "10 $", "15 €", "500 USD", "6.25 BTC".
  if (!hasCurrency && t.type === 'p' && CURRENCY_PREFIXES.has(t.text) && !(toks[j + 1]?.type === 'n' && toks[j + 1]!.glued)) return { kind: 'money', unit: CURRENCY_PREFIXES.get(t.text)!, last: j };
  // "the 2015 UAH Spring Fair": a year before capitals that go on is a name, the code its first letters
  const yearInName = core.form === 'digits' && !core.separated && !core.scaled && core.value !== null && core.value >= 1800 && core.value <= 2100 && /^[A-Z]/.test(toks[j + 1]?.text ?? '');
  if (!hasCurrency && !yearInName && t.type === 'w' && CODES_AFTER.has(t.lower) && (t.text === t.text.toUpperCase() || UNAMBIGUOUS_CODES.has(t.lower))) {
    // "75 USD million": a multiplier written after the code
    const s = core.scaled ? null : readScaleWords(toks, j + 1);
    return { kind: 'money', unit: CURRENCY_PREFIXES.get(t.lower)!, last: s ? s.last : j, factor: s ? s.factor : 1 };
  }
  const scaledCode = !hasCurrency && t.type === 'w' ? readScaledCode(t) : null;
  if (scaledCode) return { kind: 'money', unit: scaledCode.code, last: j, factor: scaledCode.factor };
  // A unit symbol in brackets, as tables and specifications write it: "20 (kg)", "20 [kg]".
  if (t.type === 'p' && /^[([{]$/.test(t.text) && toks[j + 1]?.type === 'w' && toks[j + 2] && /^[)\]}]$/.test(toks[j + 2]!.text)) {
    const u = matchUnit(toks, j + 1, true);
    if (u && u.kind === 'measure' && u.last === j + 1) return { ...u, last: j + 2 };
  }
  // "hundreds of millions of dollars", "tens of thousands of pounds": a vague amount of a currency is money
  if (core.form === 'vague' && t.lower === 'of' && !hasCurrency) {
    const cwv = matchCurrencyWord(toks, j + 1);
    if (cwv && cwv.factor === 1) return { kind: 'money', unit: cwv.code, last: cwv.last };
  }
  // Percent: "%", "per cent", "percent", "percentage points".
  for (const { parts, entry } of PERCENT_BY_FIRST.get(t.lower) ?? []) {
    const end = matchPhrase(toks, j, parts);
    if (end >= 0) return { kind: 'percent', unit: entry[1], last: end };
  }
  // Hyphenated compounds: "3-inch", "six-mile", "28-year-old", "30-year".
  if (t.text === '-' && t.glued && toks[j + 1]?.glued && toks[j + 1]!.type === 'w') {
    // "a 12-cent dividend", "a one-yen bid": a currency name in the compound is money
    const cwh = hasCurrency ? null : matchCurrencyWord(toks, j + 1);
    if (cwh && !/^(?:pound|pounds|mark|marks|won|sen|rand|kip|dong|lari)$/.test(cwh.phrase)) return { kind: 'money', unit: cwh.code, last: cwh.last, factor: cwh.factor };
    const u = matchUnit(toks, j + 1, true);
    if (u) {
      if (u.kind === 'duration' && toks[u.last + 1]?.text === '-' && toks[u.last + 2]?.lower === 'old') return { kind: 'age', unit: u.unit, last: u.last + 2 };
      return u;
    }
    const w = toks[j + 1]!;
    if (/^[a-z]+$/.test(w.text) && !/^(?:year|old|plus|odd|fold)$/.test(w.lower) && !/(?:ed|ing|ly)$/.test(w.lower) && core.form !== 'fraction') return { kind: 'count', unit: w.lower, last: j + 1 };
    return null;
  }
  // The same compounds in text tokenised with spaces around the hyphen: "a 30 - year bond", "a 28 - year - old". Only a
  // singular unit word, so "10 - 20 years" stays a range.
  if (t.text === '-' && !t.glued && toks[j + 1] && !toks[j + 1]!.glued && toks[j + 1]!.type === 'w' && !/s$/.test(toks[j + 1]!.lower) && toks[j + 1]!.lower !== 'feet') {
    const u = matchUnit(toks, j + 1, false);
    if (u && u.last === j + 1) {
      if (u.kind === 'duration' && toks[u.last + 1]?.text === '-' && toks[u.last + 2]?.lower === 'old') return { kind: 'age', unit: u.unit, last: u.last + 2 };
      return u;
    }
  }
  // Currency names after the number: "420 million finnish markka", "50 cents".
  const cw = hasCurrency ? null : matchCurrencyWord(toks, j);
  if (cw) {
    // "pounds" without a multiplier is a weight as often as money ("lost 25 pounds"); "5 million pounds" is money
    // "4 pounds 60 pence" is money whatever the context
    const penceAfter = toks[cw.last + 1]?.type === 'n' && /^(?:pence|p)$/.test(toks[cw.last + 2]?.lower ?? '');
    const weight = (cw.phrase === 'pounds' || cw.phrase === 'pound') && !penceAfter && (weightContext(toks, core.first) || !core.scaled && !moneyContext(toks, core.first));
    // words that are also verbs or names need a money context
    const ambiguous = /^(?:won|dong|rand|kip|lari|sen|marks|mark)$/.test(cw.phrase) && !core.scaled && !/^(?:cost|costs|worth|paid|pay|fine|fined|price)$/.test(toks[core.first - 1]?.lower ?? '');
    if (!weight && !ambiguous) return { kind: 'money', unit: cw.code, last: cw.last, factor: cw.factor };
  }
  // "30 C outside", "convert 37 C to F": a spaced scale letter is a temperature only where the sentence speaks of one
  if ((t.lower === 'c' || t.lower === 'f') && t.type === 'w' && !(toks[j + 1]?.glued && toks[j + 1]!.type !== 'p') && toks[j + 1]?.text !== '.' && !/^[A-Z][a-z]*$/.test(toks[core.first - 1]?.text ?? '') && hasTemperatureCue(toks)) {
    return { kind: 'measure', unit: t.lower === 'c' ? 'celsius' : 'fahrenheit', last: j };
  }
  return matchUnit(toks, j, false);
}

/**
 * The point a fraction measures, from token j: "[of] [a] percentage point", "basis point", or a bare "point" ("-point"), which
 * is a percentage point where the sentence speaks of a rate and an index point otherwise.
 */
function readFractionOfPoint(toks: readonly Token[], j: number): UnitRead | null {
  let k = j;
  if (toks[k]?.text === '-' && toks[k]!.glued) k++;
  else {
    if (toks[k]?.lower === 'of') k++;
    if (toks[k]?.lower === 'a' || toks[k]?.lower === 'an') k++;
  }
  const w = toks[k]?.lower;
  if (w === 'percentage' && /^points?$/.test(toks[k + 1]?.lower ?? '')) return { kind: 'percent', unit: 'percentage points', last: k + 1 };
  if (w === 'basis' && /^points?$/.test(toks[k + 1]?.lower ?? '')) return { kind: 'percent', unit: 'basis points', last: k + 1 };
  if (w !== 'point' && w !== 'points') return null;
  for (const tok of toks) if (RATE_CONTEXT.has(tok.lower) || tok.text === '%') return { kind: 'percent', unit: 'percentage points', last: k };
  return { kind: 'count', unit: 'points', last: k };
}

/** Temperature cues that also speak of polls and markets ("record lows"): enough beside a "C" or "F", not alone. */
const LOOSE_TEMPERATURE_CUES: ReadonlySet<string> = new Set(['highs', 'lows', 'outside', 'forecast', 'forecasters']);

/** Words that make a bare "point" a percentage point: the sentence speaks of a rate. */
const RATE_CONTEXT: ReadonlySet<string> = new Set(['rate', 'rates', 'bank', 'borrowing', 'interest', 'yield', 'yields', 'inflation', 'percent', 'cent', 'unemployment', 'mortgage', 'mortgages', 'fed', 'ecb']);

/** The sentence speaks of temperature: a word of weather or heat, a degree, or a conversion "to F" / "in C". */
function hasTemperatureCue(toks: readonly Token[], strict = false): boolean {
  for (let k = 0; k < toks.length; k++) {
    const w = toks[k]!.lower;
    // strict: without a unit letter, "record lows" or "highs" of a poll are no temperature
    if (TEMPERATURE_CUES.has(w) && !(strict && LOOSE_TEMPERATURE_CUES.has(w)) || toks[k]!.text === '°') return true;
    if ((w === 'to' || w === 'in' || w === 'into') && /^[CF]$/.test(toks[k + 1]?.text ?? '') && !toks[k + 2]?.glued) return true;
  }
  return false;
}

/**
 * Feet and inch marks glued to the digits: "a 65″ screen", "a 10" pipe", "6′ 2″", "6'2"". A straight double quote is an
 * inch mark only when the quotes before it in the sentence are balanced (else it closes a quotation: "it cost 10"); a
 * straight apostrophe is a foot mark only before the inches or a dimension word ("a 6' wall" stays unread).
 */
function readFootInchMark(toks: readonly Token[], j: number): UnitRead | null {
  const t = toks[j]!;
  const next = toks[j + 1];
  if (next?.glued && (next.type === 'w' || next.type === 'n') && t.text !== "'" && t.text !== '′') return null;
  if (t.text === '″') return { kind: 'measure', unit: 'inches', last: j };
  if (t.text === '"') {
    let quotes = 0;
    // quotation marks only: a mark glued to digits before this one was an inch mark ("10\" x 8\"")
    for (let k = 0; k < j; k++) if (toks[k]!.text === '"' && !(toks[k]!.glued && toks[k - 1]?.type === 'n')) quotes++;
    if (quotes % 2 !== 0) return null;
    // a quotation may also close in a sentence split from its opening: only a mark used as a measure reads as inches
    const before = toks[j - 2]?.lower ?? '';
    const afterWord = next?.lower ?? '';
    const attributive = /^(?:a|an|the|its|his|her|their|x|by)$/.test(before) || toks[j - 2]?.type === 'p' && toks[j - 2]!.text === "'";
    const measured = DIMENSION_WORDS.has(afterWord) && afterWord !== 'in' || afterWord === 'x' || afterWord === 'by' || afterWord === 'of';
    return attributive || measured ? { kind: 'measure', unit: 'inches', last: j } : null;
  }
  if (t.text === '′' || t.text === "'") {
    const inches = next?.type === 'n' && next.glued || next?.type === 'n' && /^["″]$/.test(toks[j + 2]?.text ?? '') && toks[j + 2]!.glued;
    if (t.text === '′' && (!next?.glued || inches)) return { kind: 'measure', unit: 'feet', last: j };
    if (inches && /^["″]$/.test(toks[j + 2]?.text ?? '')) return { kind: 'measure', unit: 'feet', last: j };
    if (!next?.glued && next?.type === 'w' && /^(?:tall|long|high|wide|deep)$/.test(next.lower)) return { kind: 'measure', unit: 'feet', last: j };
  }
  return null;
}

const MONEY_CONTEXT = /^(?:fine|fined|fines|paid|pay|pays|cost|costs|worth|price|prices|salary|wage|wages|spent|spend|raised|earn|earns|earned|bill|charge|charged|fee|fees|sold|bought|award|awarded|compensation|damages|owed|debt|loan|budget)$/;
function moneyContext(toks: readonly Token[], i: number): boolean {
  for (let k = Math.max(0, i - 6); k < i; k++) if (MONEY_CONTEXT.test(toks[k]!.lower)) return true;
  return false;
}

function weightContext(toks: readonly Token[], i: number): boolean {
  for (let k = Math.max(0, i - 6); k < Math.min(toks.length, i + 6); k++) if (WEIGHT_CONTEXT.test(toks[k]!.lower)) return true;
  return false;
}

const UNITS_BY_FIRST: ReadonlyMap<string, ReadonlyArray<readonly [string, string, UnitKind]>> = (() => {
  const m = new Map<string, Array<readonly [string, string, UnitKind]>>();
  for (const u of UNITS) {
    const head = u[0].split(' ')[0]!;
    const list = m.get(head) ?? [];
    list.push(u);
    m.set(head, list);
  }
  for (const list of m.values()) list.sort((a, b) => b[0].split(' ').length - a[0].split(' ').length);
  return m;
})();

/** Lengths that take a glued power for areas and volumes. */
const POWERED_LENGTHS: ReadonlySet<string> = new Set(['m', 'km', 'cm', 'mm', 'dm']);

/**
 * The larger unit when the number before token j is the second part of a compound measure ("12 m 2 dm", "6 ft 2 in"):
 * the tokens before are a number and a unit word. Null otherwise.
 */
function secondOfCompound(toks: readonly Token[], j: number): string | null {
  const n = toks[j - 1];
  const u = toks[j - 2];
  const m = toks[j - 3];
  if (!n || n.type !== 'n' || !u || u.type !== 'w' || !m || m.type !== 'n' || !UNITS_BY_FIRST.has(u.lower)) return null;
  return u.lower;
}

function matchUnit(toks: readonly Token[], j: number, glued: boolean): UnitRead | null {
  const t = toks[j];
  if (!t) return null;
  // "6 ft 2 in", "5ft 10in": inches after feet, or glued to the digits
  if (t.lower === 'in' && (glued || /^(?:ft|feet|foot)$/.test(secondOfCompound(toks, j) ?? ''))) return { kind: 'measure', unit: 'inches', last: j };
  const candidates = UNITS_BY_FIRST.get(t.lower);
  if (!candidates) return null;
  const next = toks[j + 1];
  const standsAlone = !next || next.type === 'n' || next.type === 'p' && !/^[-/]$/.test(next.text) || next.lower === 'x' || secondOfCompound(toks, j) !== null;
  for (const [phrase, name, kind] of candidates) {
    if (!glued && GLUED_ONLY_UNITS.has(phrase) && !(standsAlone && SPACED_WHEN_ALONE.has(phrase)) && !spacedSymbolFits(toks, j, phrase, name)) continue;
    const end = matchPhrase(toks, j, phrase);
    if (end < 0) continue;
    // Age: "5 years old", "3 years of age", "ten months old".
    if (kind === 'duration') {
      if (toks[end + 1]?.lower === 'old') return { kind: 'age', unit: name, last: end + 1 };
      if (matchPhrase(toks, end + 1, 'of age') >= 0) return { kind: 'age', unit: name, last: end + 2 };
      // "second" and "minute" are too often ordinals or adjectives to read spaced.
      // Digits right before ("1 minute", "30 second") make them units, unless a compound goes on ("2 second-half goals").
      if (!glued && (phrase === 'second' || phrase === 'minute') && !(toks[j - 1]?.type === 'n' && !(toks[end + 1]?.text === '-' && toks[end + 1]!.glued))) continue;
    }
    if (kind === 'age') return { kind: 'age', unit: name, last: end };
    // "24m2", "190 km2", "5 m³": a glued power makes a length an area or a volume
    const power = toks[end + 1];
    if (kind === 'measure' && power && power.glued && /^(?:2|3|²|³)$/.test(power.text) && POWERED_LENGTHS.has(name)) {
      const cube = power.text === '3' || power.text === '³';
      return { kind: 'measure', unit: `${name}${cube ? '3' : '2'}`, last: end + 1 };
    }
    return { kind: kind === 'measure' ? 'measure' : 'duration', unit: name, last: end };
  }
  return null;
}

/**
 * A unit symbol spaced from its number is read when only a measure fits: written in the symbol's own mixed case ("12 MW",
 * "128 GB"), a length before a dimension word ("200 m deep", "30 m in length"), or a symbol before "of" ("20 t of sand").
 * Why: SI style puts a space before the symbol, but a lone "m" or "t" is also million, a letter or an initial.
 */
function spacedSymbolFits(toks: readonly Token[], j: number, phrase: string, name: string): boolean {
  const t = toks[j]!;
  if (/[A-Z]/.test(name) && t.text === name && t.text.length > 1) return true;
  const next = toks[j + 1];
  // imperial abbreviations in lower case are no word: "3,000 ft in a minute", "a 10 lb turkey"
  if ((phrase === 'ft' || phrase === 'lb' || phrase === 'oz') && t.text === phrase && !(next?.glued && next.type !== 'p')) return true;
  if (!next || next.type !== 'w') return false;
  if (next.lower === 'of') return SPACED_SYMBOLS_BEFORE_OF.has(phrase) && toks[j + 2]?.type !== 'n';
  if (!SPACED_LENGTH_SYMBOLS.has(phrase) || !DIMENSION_WORDS.has(next.lower)) return false;
  if (next.lower === 'in') return DIMENSION_NOUNS.has(toks[j + 2]?.lower ?? '');
  return true;
}

/** "a share", "per hour", "/night" after a figure; a measure also takes a unit ("barrels a day", "km/ms", "µg per gram"). */
function readRate(toks: readonly Token[], j: number, measure = false): { denominator: string; last: number } | null {
  const t = toks[j];
  if (!t) return null;
  if (measure && (t.lower === 'a' || t.lower === 'per' || t.text === '/')) {
    const d = toks[j + 1];
    const unitDen = d && d.type === 'w' && (t.text !== '/' || d.glued) ? matchUnit(toks, j + 1, true) : null;
    if (unitDen && unitDen.last === j + 1 && t.lower !== 'a') return { denominator: d!.lower, last: j + 1 };
  }
  if (t.lower === 'a' || t.lower === 'an' || t.lower === 'per' || t.lower === 'each' || t.text === '/' && t.glued) {
    const d = toks[j + 1];
    // "a year earlier", "a week on" place an event in time; "a barrel on Tuesday" is still a price per barrel
    const timeDen = /^(?:year|month|week|day|hour|minute|night|decade)$/.test(d?.lower ?? '');
    if (d && d.type === 'w' && RATE_DENOMINATORS.has(d.lower) && !(timeDen && /^(?:earlier|ago|later|before|after|on|previously)$/.test(toks[j + 2]?.lower ?? ''))) return { denominator: d.lower, last: j + 1 };
    if (d && d.type === 'w' && t.lower === 'per' && /^[a-z]{3,}$/.test(d.text) && !/^(?:cent|centum)$/.test(d.lower)) return { denominator: d.lower, last: j + 1 };
  }
  // "$70-a-share"
  if (t.text === '-' && toks[j + 1]?.lower === 'a' && toks[j + 2]?.text === '-' && toks[j + 3] && RATE_DENOMINATORS.has(toks[j + 3]!.lower)) {
    return { denominator: toks[j + 3]!.lower, last: j + 3 };
  }
  return null;
}

function readPreQualifier(toks: readonly Token[], first: number): { qualifier: Qualifier; first: number } | null {
  const t = toks[first - 1];
  if (!t) return null;
  for (const { parts, entry } of PRE_Q_BY_LAST.get(t.lower) ?? []) {
    const s = matchPhraseBefore(toks, first - 1, parts);
    if (s < 0) continue;
    const phrase = entry[0];
    // "over" and "under" are prepositions of place or time as often as qualifiers: not after a verb of motion or "all".
    if ((phrase === 'over' || phrase === 'under' || phrase === 'above' || phrase === 'below') && /^(?:all|taken|take|took|handed|hand|turned|turn|lead|passed|presided|watched|looked|fought|argued|quarrel)$/.test(toks[s - 1]?.lower ?? '')) return null;
    if (phrase === 'some' && toks[first]?.lower === 'of') return null;
    if (phrase === 'past' && /^(?:the|last|this|its|his|her|their|our|next)$/.test(toks[s - 1]?.lower ?? '')) return null; // "the past 10 years"
    return { qualifier: entry[1], first: s };
  }
  return null;
}

function readPostQualifier(toks: readonly Token[], j: number): { qualifier: Qualifier; last: number } | null {
  const t = toks[j];
  if (!t) return null;
  if (t.text === '+' && t.glued) return { qualifier: 'at_least', last: j };
  if (t.text === '-' && t.glued && toks[j + 1]?.lower === 'plus' && toks[j + 1]!.glued) return { qualifier: 'at_least', last: j + 1 };
  for (const { parts, entry } of POST_Q_BY_FIRST.get(t.lower) ?? []) {
    const end = matchPhrase(toks, j, parts);
    if (end < 0) continue;
    // "500 and over 200 more": a figure after "over"/"under" makes them a qualifier of that figure, not of this one
    if (/^(?:and|or) (?:over|above|under|below)$/.test(entry[0]) && toks[end + 1] && (toks[end + 1]!.type === 'n' || CURRENCY_PREFIXES.has(toks[end + 1]!.text) || SMALL_NUMBERS.has(toks[end + 1]!.lower))) continue;
    if (entry[0] === 'plus' && toks[end + 1] && (toks[end + 1]!.type === 'n' || toks[end + 1]!.text === '$' || toks[end + 1]!.text === '£')) continue; // "5 plus 6" adds
    return { qualifier: entry[1], last: end };
  }
  return null;
}

function readRange(
  toks: readonly Token[], first: number, last: number, core: NumberCore, kind: ClaimKind, unit: string | null, decimalComma: boolean,
): { value: number | null; core: NumberCore; kind: ClaimKind; unit: string | null; first: number; last: number } | 'reject' | null {
  const between = toks[first - 1]?.lower === 'between';
  const from = toks[first - 1]?.lower === 'from';
  const link = toks[last + 1];
  if (!link || from) return null;
  const dash = link.text === '-' || link.text === '–' || link.text === '—';
  const ok = between ? link.lower === 'and' : dash || link.lower === 'to' || link.lower === 'or' && (core.form === 'words' || core.form === 'digits');
  if (!ok) return null;
  if (core.form === 'fraction' || core.form === 'ratio') return null;
  // "rose 6.2% to $1.45bn": after a change the "to" figure is the new level, not the top of a range
  if (!between && !dash && (kind !== 'count' || unit !== null) && (INCREASE_WORDS.has(toks[first - 1]?.lower ?? '') || DECREASE_WORDS.has(toks[first - 1]?.lower ?? '') || /^(?:lifted|trimmed|hiked|lowered|raised|increased|reduced)$/.test(toks[first - 1]?.lower ?? ''))) return null;
  const afterChange = /^(?:by|rose|fell|risen|fallen|up|down|increased|decreased|grew|dropped|declined|jumped|climbed|slipped|cut|raised|lowered|reduced|gained|lost|sank|slumped|surged|soared|plunged|tumbled|adding|added|gaining|losing|rising|falling|climbing|dropping|jumping|sliding|closed|ended|finished)$/.test(toks[first - 1]?.lower ?? '');
  if (!between && !dash && (kind !== 'count' || unit !== null) && afterChange) return null;
  let j = last + 2;
  if (dash && link.glued !== (toks[j]?.glued ?? false)) return null; // "10 -12" is not a range
  // a currency sign may repeat on the high end: "$5m-$6m"
  const sym = toks[j];
  if (sym && sym.type === 'p' && CURRENCY_PREFIXES.has(sym.text)) {
    if (kind !== 'money') return null;
    j++;
  }
  const next = readNumber(toks, j, decimalComma);
  if (!next || next.value === null || next.form === 'vague' || next.form === 'ordinal' || next.form === 'fraction') return null;
  if (core.value === null) return null;
  const hiUnit = readUnit(toks, next, kind === 'money');
  if (hiUnit === 'reject') return null;
  // "three months to 30 November": a unit on the low end only, so the high end is something else
  if (last > core.last && !hiUnit && kind !== 'money' && kind !== 'percent') return null;
  let hiKind: ClaimKind = kind;
  let hiUnitName = unit;
  let hiLast = next.last;
  let factor = 1;
  if (hiUnit) {
    if (kind !== 'count' && (hiUnit.kind !== kind || hiUnit.unit !== unit)) return null;
    hiKind = hiUnit.kind;
    hiUnitName = hiUnit.unit;
    hiLast = hiUnit.last;
    factor = hiUnit.factor ?? 1;
  }
  const hi = tidy(next.value * factor);
  const lo = core.value;
  if (dash && core.form === 'digits' && !core.separated && !next.separated && Number.isInteger(lo) && Number.isInteger(next.value) && !hiUnit && kind === 'count') {
    // "3-1", "7-2": a score or a vote, not a range
    if (lo >= next.value) return 'reject';
  }
  if (hi < (lo ?? 0) && !next.scaled) return null;
  // "30 or 40 points", "five or six days": close alternatives read as a range; "5 or 500" is not one
  if (link.lower === 'or' && (lo === null || hi <= lo || hi > lo * 3 && !next.scaled)) return null;
  // "lifted rates 0.25% to 5.5%", "adding $1.89 to $48.62": a change and a new level, not a range
  if (link.lower === 'to' && (j > last + 2 || last > core.last) && lo !== null && lo > 0 && hi > lo * 10) return null; // "adding $1.89 to $48.62": a new level, not a range
  // "the claimant count fell 11,000 to 813,200": a bare count after a change, then a level far above it ("rose 5 to 10" stays a range)
  if (link.lower === 'to' && afterChange && lo !== null && lo > 0 && hi > lo * 10) return null;
  return { value: hi, core: next, kind: hiKind, unit: hiUnitName, first: between ? first - 1 : first, last: hiLast };
}

/**
 * "one in five", "nine out of 10", "two out of their 16": a share. A literal tally ("out of", no "every", a whole that is not
 * a round 10/100/1,000 or is owned: "their 12") also gives its part and whole as counts.
 */
function readRatio(toks: readonly Token[], core: NumberCore): { value: number; last: number; tally: RatioTally | null } | null {
  if (core.value === null || !Number.isInteger(core.value) || core.value < 1 || core.value > 100) return null;
  let j = core.last + 1;
  const outOf = toks[j]?.lower === 'out' && toks[j + 1]?.lower === 'of';
  if (toks[j]?.lower === 'in') j++;
  else if (outOf) j += 2;
  else return null;
  const every = toks[j]?.lower === 'every';
  if (every) j++;
  // "out of their 12", "out of the 16": a determiner before the whole
  const owned = outOf && !every && /^(?:the|their|its|his|her|our|my|your)$/.test(toks[j]?.lower ?? '');
  if (owned) j++;
  const den = readNumber(toks, j);
  if (!den || den.value === null || den.form === 'ordinal' || den.form === 'fraction' || den.form === 'vague' || den.value <= core.value) return null;
  if (den.form === 'digits' && !den.separated && den.value >= 1000 && den.value <= 2100) return null; // "5 in 2004"
  if (toks[den.last + 1]?.glued && toks[den.last + 1]!.type === 'w') return null; // "one in their 20s"
  const literal = outOf && !every && (owned || !(den.value === 10 || den.value === 100 || den.value === 1000));
  const tally = literal ? { part: [core.first, core.last, core.value] as const, whole: [den.first, den.last, den.value] as const } : null;
  return { value: tidy(core.value / den.value), last: den.last, tally };
}
