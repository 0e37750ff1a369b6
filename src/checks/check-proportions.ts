import type { ClaimView } from './claim-view.js';
import { singular } from './claim-view.js';
import { formatNumber, overlap, type Interval } from './interval.js';
import type { FindingDraft } from './make-finding.js';
import { wordCount } from './structure.js';
import { NOUN_STOP } from './lexicon.js';
import type { SumGroup } from './check-sums.js';
import { findPartsOfWholes, type PartOfWhole } from './check-bounds.js';
import { indexClaims, type ClaimIndex } from './claim-index.js';

/** "half of those arrested being drug users": the share, the whole it is of, and the category it names. */
const SHARE_OF_ANAPHOR = /^\s*(?:of|among)\s+(?:those|them|these|all|the total|the group)\b\s*(?:([a-z]+)\s+)?[\s,]*(?:being|were|was|are|is|had been|have been)\s+(?:(?:classed|classified|described|identified|listed|found|recorded|counted) as\s+)?((?:[a-z-]+\s+){0,2}[a-z-]+)/i;
/** "40% of the 2,000 workers": the whole is the figure right after. */
const SHARE_OF_FIGURE = /^\s*(?:of|out of)\s+(?:the|a total of|all|its|their)?\s*$/i;
/** "487 users, or 46% of ...", "487 users (46%)": the share restates the figure before it. */
const APPOSITION = /^[\s\w'’-]{0,60}?(?:,\s*or|\(|,\s*(?:some|about|around|roughly|nearly|almost|just over|just under)|\s[-–—]\s*(?:or\s+)?)\s*(?:about|around|roughly|some|nearly|almost|just over|just under)?\s*$/i;

/**
 * Proportion checks: a share ("roughly half", "46%") against the part's count over the whole's count.
 * Why: a share is a second statement of a part's size; when both are given they must agree.
 */
export function checkProportions(views: readonly ClaimView[], text: string, groups: readonly SumGroup[] = []): FindingDraft[] {
  const drafts: FindingDraft[] = [];
  const pairs = findPartsOfWholes(views, text);
  const at = indexClaims(views);
  for (const share of views) {
    if ((share.claim.kind !== 'proportion' && share.claim.kind !== 'percent') || share.claim.change) continue;
    const draft =
      appositionShare(share, at, text) ??
      shareThenPart(share, at, text) ??
      anaphoricShare(share, at) ??
      categoryShare(share, groups) ??
      namedWholeShare(share, pairs);
    if (draft) drafts.push(draft);
  }
  return drafts;
}

/** "487 users, or 46% of the 1,055 arrested": part before the share, whole after it or just before. */
function appositionShare(share: ClaimView, at: ClaimIndex, text: string): FindingDraft | null {
  const counts = at.sentence(share.claim.sentence).filter((v) => v.claim.kind === 'count' || v.claim.kind === 'money');
  const part = [...counts].reverse().find((v) => v.claim.end <= share.claim.start);
  if (!part || !APPOSITION.test(text.slice(part.claim.end, share.claim.start))) return null;
  const after = counts.find((v) => v.claim.start >= share.claim.end);
  if (!after || after.claim.kind !== part.claim.kind || !SHARE_OF_FIGURE.test(text.slice(share.claim.end, after.claim.start))) return null;
  return judgeShare(share, part, after, true);
}

/**
 * "a quarter of the 1,200 staff - 300 people -", "40% of the 2,000 workers, or 800,", "half of the 3,000 who replied, 1,480,":
 * share, whole, then the part in apposition.
 */
function shareThenPart(share: ClaimView, at: ClaimIndex, text: string): FindingDraft | null {
  const after = at.sentence(share.claim.sentence).filter((v) => v.claim.start >= share.claim.end && (v.claim.kind === 'count' || v.claim.kind === 'money'));
  const [whole, part] = after;
  if (!whole || !part || whole.claim.kind !== part.claim.kind) return null;
  if (!SHARE_OF_FIGURE.test(text.slice(share.claim.end, whole.claim.start))) return null;
  const gap = text.slice(whole.claim.end, part.claim.start);
  // the part set off by commas on both sides is in apposition too: "half of the 3,000 residents who replied, 1,480, backed it"
  const commaPair = /,\s*$/.test(gap) && /^\s*,/.test(part.after);
  if (wordCount(gap) > 6 || (!commaPair && !/(?:,\s*or|\(|\s[-–—]|,\s*(?:some|about|around|roughly|nearly|almost))\s*(?:about|around|roughly|some|nearly|almost|just over|just under)?\s*$/i.test(gap))) return null;
  return judgeShare(share, part, whole, true);
}

/** "1,055 ... with roughly half of those arrested being drug users" and "487 alleged users" elsewhere. */
function anaphoricShare(share: ClaimView, at: ClaimIndex): FindingDraft | null {
  const m = SHARE_OF_ANAPHOR.exec(share.after);
  if (!m) return null;
  const whole = [...at.sentence(share.claim.sentence)].reverse().find((v) => v.claim.kind === 'count' && v.claim.end <= share.claim.start);
  if (!whole || wordCount(share.before.slice(whole.claim.end - (share.sentence?.start ?? 0))) > 25) return null;
  const words = m[2]!.trim().split(/\s+/);
  const stop = words.findIndex((w) => NOUN_STOP.has(w.toLowerCase()));
  const kept = stop < 0 ? words : words.slice(0, stop);
  if (!kept.length) return null;
  const category = singular(kept[kept.length - 1]!);
  const members = at.head(category).filter((v) => v.claim.kind === 'count' && v !== whole && v.interval.hi <= whole.interval.hi);
  const exact = members.filter((v) => v.claim.qualifier === 'exact');
  const pool = exact.length ? exact : members;
  if (!pool.length) return null;
  const part = pool.reduce((best, v) => (v.interval.lo > best.interval.lo ? v : best));
  return judgeShare(share, part, whole, part.claim.sentence === share.claim.sentence);
}

/** "70% of members would be elected": a share of a noun, with the category as the adjective after the verb. */
const SHARE_OF_CATEGORY = /^\s*of\s+(?:the\s+|its\s+|their\s+|all\s+)?([a-z-]+)\s+(?:would be|will be|are|were|is|was|to be|being)\s+([a-z-]+)\b/i;

/**
 * "70% of members would be elected" and, elsewhere, "385 MSCPs, including 270 elected members": the part is the group member
 * counted in that noun with that modifier, and the whole is its group's total.
 */
function categoryShare(share: ClaimView, groups: readonly SumGroup[]): FindingDraft | null {
  const m = SHARE_OF_CATEGORY.exec(share.after);
  if (!m) return null;
  const head = singular(m[1]!);
  const modifier = m[2]!.toLowerCase();
  for (const g of groups) {
    const part = g.parts.find((p) => p.head === head && p.modifiers.includes(modifier));
    if (part) return judgeShare(share, part, g.total, false);
  }
  return null;
}

/** "nearly half the workforce" and, elsewhere, "3,000 jobs - out of a total workforce of 6,500": the share of a named whole. */
const SHARE_OF_NAMED = /^\s*(?:of\s+)?(?:the|its|their|this|that)\s+([a-z-]+)\b/i;

/**
 * Ties a share of a named whole to a part stated beside that whole. The tie rests on one noun ("half the plants in
 * high-cost countries" is not half of all 27 plants), so only agreement is reported; a mismatch says nothing.
 */
function namedWholeShare(share: ClaimView, pairs: readonly PartOfWhole[]): FindingDraft | null {
  const m = SHARE_OF_NAMED.exec(share.after);
  if (!m) return null;
  const noun = singular(m[1]!);
  const pair = pairs.find((p) => p.wholeNoun === noun && p.part.claim.kind === 'count');
  const draft = pair ? judgeShare(share, pair.part, pair.whole, false) : null;
  return draft?.status === 'consistent' ? draft : null;
}

/** Compares the stated share with part / whole, allowing for every figure's precision. */
function judgeShare(share: ClaimView, part: ClaimView, whole: ClaimView, explicit: boolean): FindingDraft | null {
  const scale = share.claim.kind === 'percent' ? 100 : 1;
  if (!(whole.interval.lo > 0)) return null;
  const ratio: Interval = { lo: (part.interval.lo / whole.interval.hi) * scale, hi: (part.interval.hi / whole.interval.lo) * scale };
  const stated = share.interval;
  const expectedPoint = ((part.claim.value ?? part.interval.lo) / (whole.claim.value ?? whole.interval.lo)) * scale;
  const percent = expectedPoint * (scale === 1 ? 100 : 1);
  const decimals = /\d\.\d/.test(share.claim.text) ? 1 : 0;
  const shown = `${formatNumber(part.claim.value ?? part.interval.lo)} / ${formatNumber(whole.claim.value ?? whole.interval.lo)} = ${percent.toFixed(decimals)}%`;
  const claimIds = [share.claim.id, part.claim.id, whole.claim.id];
  const quoted = `'${share.claim.text.replace(/\s+/g, ' ')}'`;
  if (overlap(ratio, stated)) {
    return { check: 'proportion', status: 'consistent', claimIds, expected: expectedPoint, stated: share.claim.value, message: `${quoted} agrees with ${shown}.` };
  }
  return {
    check: 'proportion',
    status: explicit ? 'inconsistent' : 'unverifiable',
    claimIds,
    expected: expectedPoint,
    stated: share.claim.value,
    message: explicit
      ? `${quoted} does not match ${shown}.`
      : `${quoted} does not match ${shown}, if those are the figures it refers to.`,
  };
}
