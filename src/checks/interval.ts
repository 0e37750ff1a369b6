import type { Claim } from '../schema/claim.js';

/** A closed interval of values a figure allows; bounds may be infinite. */
export interface Interval {
  readonly lo: number;
  readonly hi: number;
}

/** How wide "about", "roughly", "some" may stretch, as a share of the value, when the digits say nothing finer. */
const APPROX_MIN_SHARE = 0.025;
const APPROX_MAX_SHARE = 0.1;
/** "roughly half", "about a third": a stated fraction hedged by the writer tolerates this much either way. */
export const APPROX_FRACTION_TOLERANCE = 0.05;
/** "half", "a third" stated flat: still a writer's rounding, so this much either way. */
export const EXACT_FRACTION_TOLERANCE = 0.015;

/**
 * The values a claim allows, from its qualifier and the precision of its digits.
 * Why: interval arithmetic lets "more than 90" (>= 91), "about 500" and "$6.5bn" be compared honestly with exact counts.
 */
export function intervalOf(claim: Claim): Interval | null {
  const v = claim.value;
  if (v === null || !Number.isFinite(v)) {
    if (claim.low !== null || claim.high !== null) return { lo: claim.low ?? -Infinity, hi: claim.high ?? Infinity };
    return null;
  }
  const half = roundingHalfUnit(claim);
  switch (claim.qualifier) {
    case 'exact':
      return { lo: v - half, hi: v + half };
    case 'approximate': {
      const share = claim.kind === 'proportion' ? APPROX_FRACTION_TOLERANCE : null;
      if (share !== null) return { lo: v - share, hi: v + share };
      const tol = Math.min(Math.max(approxHalfUnit(v), Math.abs(v) * APPROX_MIN_SHARE, half), Math.abs(v) * APPROX_MAX_SHARE);
      return { lo: v - tol, hi: v + tol };
    }
    case 'more_than':
      return { lo: claim.low ?? (isWhole(claim) ? v + 1 : v), hi: claim.high ?? Infinity };
    case 'at_least':
      return { lo: claim.low ?? v, hi: claim.high ?? Infinity };
    case 'less_than':
      return { lo: claim.low ?? (claim.kind === 'count' ? 0 : -Infinity), hi: claim.high ?? (isWhole(claim) ? v - 1 : v) };
    case 'at_most':
      return { lo: claim.low ?? (claim.kind === 'count' ? 0 : -Infinity), hi: claim.high ?? v };
    case 'range':
      return { lo: claim.low ?? v, hi: claim.high ?? v };
    default:
      return { lo: v, hi: v };
  }
}

/** True when the claim counts whole things, so "more than 90" starts at 91. */
function isWhole(claim: Claim): boolean {
  return claim.kind === 'count' && claim.value !== null && Number.isInteger(claim.value);
}

/**
 * Half the unit of the last digit the writer gave, in the claim's value space: "$6.5bn" -> 0.05bn, "46%" -> 0.5, "1,055" -> 0.
 * Why: a figure written with a scale word or a percent sign is rounded, and its rounding is part of what it says.
 */
export function roundingHalfUnit(claim: Claim): number {
  const v = claim.value;
  if (v === null) return 0;
  if (claim.kind === 'proportion') return EXACT_FRACTION_TOLERANCE;
  const m = /(\d[\d,]*)(?:\.(\d+))?/.exec(claim.text);
  if (!m) return 0;
  const decimals = m[2]?.length ?? 0;
  const digits = Number(`${m[1]!.replace(/,/g, '')}${decimals ? `.${m[2]}` : ''}`);
  if (!Number.isFinite(digits) || digits === 0) return 0;
  const scale = Math.abs(v / digits);
  const scaled = scale > 1.5 && Math.abs(Math.round(Math.log10(scale)) - Math.log10(scale)) < 1e-6;
  if (claim.kind === 'percent' || claim.kind === 'rate' || scaled || decimals > 0) {
    return 0.5 * 10 ** -decimals * (scaled ? scale : 1);
  }
  return 0;
}

/** Half the unit of the last non-zero digit: "about 500" -> 50, "about 1,050" -> 5. */
function approxHalfUnit(v: number): number {
  const a = Math.abs(v);
  if (a === 0) return 0;
  let unit = 1;
  while (unit * 10 <= a && Math.round(a / (unit * 10)) * unit * 10 === a) unit *= 10;
  if (!Number.isInteger(a)) {
    unit = 1;
    let x = a;
    while (!Number.isInteger(Math.round(x * 1e9) / 1e9) && unit > 1e-9) {
      x *= 10;
      unit /= 10;
    }
  }
  return unit / 2;
}

export function addIntervals(list: readonly Interval[]): Interval {
  return list.reduce((acc, i) => ({ lo: acc.lo + i.lo, hi: acc.hi + i.hi }), { lo: 0, hi: 0 });
}

export function overlap(a: Interval, b: Interval, slack = 1e-9): boolean {
  return a.lo <= b.hi + slack && b.lo <= a.hi + slack;
}

/** The gap between two intervals that do not meet, signed as b - a ("stated - expected"). */
export function gapBetween(expected: Interval, stated: Interval): number {
  if (stated.lo > expected.hi) return stated.lo - expected.hi;
  if (stated.hi < expected.lo) return stated.hi - expected.lo;
  return 0;
}

/** A representative number for an interval: its finite middle, else its finite end. */
export function pointOf(i: Interval): number | null {
  if (Number.isFinite(i.lo) && Number.isFinite(i.hi)) return (i.lo + i.hi) / 2;
  if (Number.isFinite(i.lo)) return i.lo;
  if (Number.isFinite(i.hi)) return i.hi;
  return null;
}

/** Formats a number the way news copy writes it: 1,048; 46%; 0.5. */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const rounded = Math.abs(n) >= 100 ? Math.round(n) : Math.round(n * 100) / 100;
  return rounded.toLocaleString('en-US', { maximumFractionDigits: 2 });
}
