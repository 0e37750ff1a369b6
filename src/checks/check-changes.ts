import type { ClaimView } from './claim-view.js';
import { formatNumber, overlap, type Interval } from './interval.js';
import type { FindingDraft } from './make-finding.js';
import { CHANGE_WORDS, DECREASE_WORDS, MULTIPLIERS } from './lexicon.js';
import { wordCount } from './structure.js';

/** "from 200 to 260", "to 260 from 200": the two ends of a change, with at most two words between figure and cue. */
const FROM_BEFORE = /\bfrom\s*$/i;
const TO_BETWEEN = /^\s*(?:[a-z%]+\s+){0,3}?to\s*$/i;
const FROM_BETWEEN = /^\s*(?:[a-z%]+\s+){0,3}?(?:,\s*)?(?:from|up from|down from)\s*$/i;
/** A hedge on a multiplier ("more than doubled") makes it a bound this check does not judge. */
const MULTIPLIER_HEDGE = /\b(?:more than|nearly|almost|about|roughly|over|around|close to|just under|just over)\s+$/i;

interface Ends {
  readonly from: ClaimView;
  readonly to: ClaimView;
}

/**
 * Change checks: "rose from 200 to 260, a 30% increase"; "doubled from 200 to 400"; "fell by 50 to 150 from 200".
 * Why: a stated change is arithmetic on two stated figures, so it can be recomputed exactly within their rounding.
 */
export function checkChanges(views: readonly ClaimView[], text: string): FindingDraft[] {
  const drafts: FindingDraft[] = [];
  const bySentence = new Map<number, ClaimView[]>();
  for (const v of views) {
    const inSentence = bySentence.get(v.claim.sentence);
    if (inSentence) inSentence.push(v);
    else bySentence.set(v.claim.sentence, [v]);
  }
  for (const list of bySentence.values()) {
    const sentence = list[0]!.sentence;
    if (!sentence || !CHANGE_WORDS.test(sentence.text) && !MULTIPLIERS.some(([re]) => re.test(sentence.text))) continue;
    const ends = findEnds(list, text);
    if (!ends) continue;
    const stated = list.find((v) => v !== ends.from && v !== ends.to && isChangeFigure(v, ends, text));
    if (stated) {
      const d = judgePercentOrAmount(stated, ends);
      if (d) drafts.push(d);
      continue;
    }
    const carried = statedJustBefore(bySentence.get(sentence.index - 1) ?? [], ends, text);
    if (carried) {
      // Stated a sentence earlier ("has fallen by 9.8%. ... from 785 to 708"): the link is inferred, so a mismatch is unverifiable.
      const d = judgePercentOrAmount(carried, ends);
      if (d) drafts.push(d.status === 'inconsistent' ? { ...d, status: 'unverifiable', message: `${d.message.replace(/\.$/, '')}, if both sentences describe the same change.` } : d);
      continue;
    }
    const d = judgeMultiplier(text.slice(sentence.start, sentence.end), sentence.start, ends);
    if (d) drafts.push(d);
  }
  return drafts;
}

function findEnds(list: readonly ClaimView[], text: string): Ends | null {
  for (let i = 0; i + 1 < list.length; i++) {
    const a = list[i]!;
    if (!['count', 'money', 'percent', 'measure', 'rate'].includes(a.claim.kind)) continue;
    // The other end is the next figure of the same measure; a conversion in brackets between them is skipped ("$1.13bn (£600m)").
    const b = list.slice(i + 1).find((v) => v.claim.kind === a.claim.kind && (a.claim.kind === 'count' || a.claim.kind === 'percent' || v.claim.unit === a.claim.unit));
    if (!b) continue;
    const between = withoutBrackets(text.slice(a.claim.end, b.claim.start));
    if (list.some((v) => v !== a && v !== b && v.claim.kind === a.claim.kind && v.claim.start > a.claim.end && v.claim.end < b.claim.start && !inBrackets(text, a.claim.end, v.claim.start))) continue;
    if (FROM_BEFORE.test(a.before) && TO_BETWEEN.test(between)) return { from: a, to: b };
    if (/\bto\s*$/i.test(a.before) && (FROM_BETWEEN.test(between) || LONG_FROM_BETWEEN.test(between))) return { from: b, to: a };
  }
  return null;
}

/** "to $1.13bn (£600m) for the three months to December, from $639m": a longer stretch that still ends in "from". */
const LONG_FROM_BETWEEN = /^(?![^;]*(?:\bwhile\b|\bwhereas\b|;))[^.;]{0,80}?,\s*(?:up |down )?from\s*$/i;

function withoutBrackets(s: string): string {
  return s.replace(/\([^()]*\)/g, ' ').replace(/\s+/g, ' ');
}

/** True when the text from `from` to `at` has an unclosed "(": the figure at `at` sits inside brackets. */
function inBrackets(text: string, from: number, at: number): boolean {
  const s = text.slice(from, at);
  return s.lastIndexOf('(') > s.lastIndexOf(')');
}

/**
 * A percent change or an amount of change stated beside the ends, in the same clause: "a 30% increase", "up 30%", "by 60".
 * Why: a sentence often holds two changes ("rose £300m to £700m, while X rose from £340m to £400m"); only the attached one counts.
 */
function isChangeFigure(v: ClaimView, ends: Ends, text: string): boolean {
  const lo = Math.min(v.claim.start, ends.from.claim.start, ends.to.claim.start);
  const hi = Math.max(v.claim.end, ends.from.claim.end, ends.to.claim.end);
  const span = text.slice(lo, hi);
  if (/,\s*(?:while|whereas|but|and)\b|;/.test(span) || wordCount(span) > 16) return false;
  const attachedBefore = /\b(?:by|a|an|up|down|of|or)\s*$/i.test(v.before) || CHANGE_WORDS.test(v.before.slice(-16));
  const attachedAfter = /^\s*(?:percentage points?\s+)?(?:rise|increase|fall|drop|jump|decline|cut|gain|growth|higher|lower|up|down|more|less|fewer)\b/i.test(v.after);
  if (ends.from.claim.kind === 'percent') return v.claim.kind === 'percent' && /^\s*(?:percentage )?points?\b/i.test(v.after) && (attachedBefore || attachedAfter || !!v.claim.change);
  if (v.claim.kind === 'percent') return !!v.claim.change || attachedBefore || attachedAfter;
  if (v.claim.kind !== ends.from.claim.kind || (v.claim.kind === 'money' && v.claim.unit !== ends.from.claim.unit)) return false;
  return /\bby\s*$/i.test(v.before) || (!!v.claim.change && attachedBefore);
}

/**
 * A percent change that ends the sentence before the ends ("... has fallen by 9.8%."), in a sentence with no ends of its own.
 * Why: copy often states the change, then the figures behind it, in the next sentence.
 */
function statedJustBefore(previous: readonly ClaimView[], ends: Ends, text: string): ClaimView | null {
  if (!previous.length || findEnds(previous, text)) return null;
  const last = previous[previous.length - 1]!;
  if (last.claim.kind !== 'percent' || ends.from.claim.kind === 'percent') return null;
  if (!/^\s*[.!?]?["”’]?\s*$/.test(last.after)) return null;
  const changeStated = !!last.claim.change || (/\bby\s*$/i.test(last.before) && CHANGE_WORDS.test(last.before.slice(-30)));
  const sameDirection = (DECREASE_WORDS.test(last.before.slice(-30)) || last.claim.change === 'decrease') === (ends.to.claim.value! < ends.from.claim.value!);
  return changeStated && sameDirection ? last : null;
}

/** "337,000 ... was twice the 169,000 forecast": a stated multiple of another figure in the same sentence. */
const RATIO_WORDS: ReadonlyArray<readonly [RegExp, number]> = [
  [/\b(?:twice|double)\s+(?:the|that of|as many as|as much as)?\s*$/i, 2],
  [/\b(?:three times|triple|treble)\s+(?:the|that of|as many as|as much as)?\s*$/i, 3],
  [/\bfour times\s+(?:the|that of|as many as|as much as)?\s*$/i, 4],
  [/\bten times\s+(?:the|that of|as many as|as much as)?\s*$/i, 10],
  [/\bhalf\s+(?:the|that of|as many as|as much as)\s*$/i, 0.5],
];
/** A stated multiple is taken as agreeing within this share, and as contradicted beyond RATIO_WRONG. */
const RATIO_OK = 0.05;
const RATIO_WRONG = 0.2;

/** Finds "A ... twice the B" pairs and compares A / B with the stated multiple. */
export function checkRatios(views: readonly ClaimView[], text: string): FindingDraft[] {
  const drafts: FindingDraft[] = [];
  for (let i = 0; i + 1 < views.length; i++) {
    const a = views[i]!;
    const b = views[i + 1]!;
    if (a.claim.sentence !== b.claim.sentence || a.claim.kind !== b.claim.kind || (a.claim.kind !== 'count' && a.claim.kind !== 'money')) continue;
    if (a.claim.kind === 'money' && a.claim.unit !== b.claim.unit) continue;
    const between = text.slice(a.claim.end, b.claim.start);
    if (wordCount(between) > 14 || /[;.]\s/.test(between)) continue;
    const hit = RATIO_WORDS.find(([re]) => re.test(between));
    if (!hit || MULTIPLIER_HEDGE.test(between.replace(RATIO_WORDS.find(([re]) => re.test(between))![0], ''))) continue;
    if (!(b.interval.lo > 0)) continue;
    const factor = hit[1];
    const point = a.claim.value! / b.claim.value!;
    const ratio: Interval = { lo: a.interval.lo / b.interval.hi, hi: a.interval.hi / b.interval.lo };
    const claimIds = [a.claim.id, b.claim.id];
    const show = `${a.claim.text.trim()} / ${b.claim.text.trim()} = ${formatNumber(point)}`;
    if (overlap(ratio, { lo: factor * (1 - RATIO_OK), hi: factor * (1 + RATIO_OK) })) {
      drafts.push({ check: 'change', status: 'consistent', claimIds, expected: point, stated: factor, message: `${show}, as '${formatNumber(factor)} times' says.` });
    } else if (!overlap(ratio, { lo: factor * (1 - RATIO_WRONG), hi: factor * (1 + RATIO_WRONG) })) {
      drafts.push({ check: 'change', status: 'inconsistent', claimIds, expected: point, stated: factor, message: `${show}, not ${formatNumber(factor)} times as stated.` });
    }
  }
  return drafts;
}

function judgePercentOrAmount(stated: ClaimView, ends: Ends): FindingDraft | null {
  const { from, to } = ends;
  if (!(from.interval.lo > 0)) return null;
  const relative = stated.claim.kind === 'percent' && !/points?/i.test(stated.claim.unit ?? '') && !/^\s*(?:percentage )?points?\b/i.test(stated.after);
  const computed: Interval = relative
    ? { lo: (to.interval.lo / from.interval.hi - 1) * 100, hi: (to.interval.hi / from.interval.lo - 1) * 100 }
    : { lo: to.interval.lo - from.interval.hi, hi: to.interval.hi - from.interval.lo };
  const decrease = stated.claim.change === 'decrease' || DECREASE_WORDS.test(`${stated.before.slice(-30)} ${stated.after.slice(0, 20)}`);
  const magnitude: Interval = { lo: Math.abs(stated.interval.lo), hi: Math.abs(stated.interval.hi) };
  const signed: Interval = decrease ? { lo: -magnitude.hi, hi: -magnitude.lo } : magnitude;
  const point = relative ? ((to.claim.value! / from.claim.value!) - 1) * 100 : to.claim.value! - from.claim.value!;
  const claimIds = [stated.claim.id, from.claim.id, to.claim.id];
  const unit = relative ? '%' : '';
  const show = `${from.claim.text.trim()} to ${to.claim.text.trim()} is a change of ${point >= 0 ? '+' : ''}${formatNumber(point)}${unit}`;
  if (overlap(computed, signed) || (!decrease && stated.claim.change !== 'increase' && overlap(computed, { lo: -magnitude.hi, hi: -magnitude.lo }))) {
    return { check: 'change', status: 'consistent', claimIds, expected: point, stated: decrease ? -Math.abs(stated.claim.value!) : stated.claim.value, message: `${show}, as the stated '${stated.claim.text.trim()}' says.` };
  }
  // "24.5%" beside "from 5.4% to 5.5%" may be relative or absolute: only a relative figure between percentages is judged.
  if (from.claim.kind === 'percent' && relative) {
    const absolute = { lo: to.interval.lo - from.interval.hi, hi: to.interval.hi - from.interval.lo };
    if (overlap(absolute, signed) || overlap(absolute, magnitude)) return null;
  }
  return {
    check: 'change',
    status: 'inconsistent',
    claimIds,
    expected: point,
    stated: decrease ? -Math.abs(stated.claim.value!) : stated.claim.value,
    message: `${show}, not the '${stated.claim.text.trim()}' stated.`,
  };
}

function judgeMultiplier(sentence: string, offset: number, ends: Ends): FindingDraft | null {
  for (const [re, factor] of MULTIPLIERS) {
    const m = re.exec(sentence);
    if (!m) continue;
    if (MULTIPLIER_HEDGE.test(sentence.slice(0, m.index))) return null;
    const at = offset + m.index + m[0].length;
    const first = Math.min(ends.from.claim.start, ends.to.claim.start);
    if (at > first || wordCount(sentence.slice(at - offset, first - offset)) > 5) return null;
    const { from, to } = ends;
    if (!(from.interval.lo > 0)) return null;
    const ratio: Interval = { lo: to.interval.lo / from.interval.hi, hi: to.interval.hi / from.interval.lo };
    const point = to.claim.value! / from.claim.value!;
    const allowed: Interval = { lo: factor * 0.95, hi: factor * 1.05 };
    const claimIds = [from.claim.id, to.claim.id];
    const show = `${from.claim.text.trim()} to ${to.claim.text.trim()} is ${formatNumber(point)} times`;
    if (overlap(ratio, allowed)) {
      return { check: 'change', status: 'consistent', claimIds, expected: point, stated: factor, message: `${show}, as '${m[0]}' says.` };
    }
    // "halved" for a fall to 40% is loose wording more than a wrong figure: only a miss past a quarter is called inconsistent.
    const loose = overlap(ratio, { lo: factor * 0.75, hi: factor * 1.25 });
    return { check: 'change', status: loose ? 'unverifiable' : 'inconsistent', claimIds, expected: point, stated: factor, message: `${show}, not '${m[0]}' (${formatNumber(factor)} times).` };
  }
  return null;
}
