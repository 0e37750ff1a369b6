import type { ClaimView } from './claim-view.js';
import { singular } from './claim-view.js';
import { addIntervals, formatNumber } from './interval.js';
import { describeFigure, describeInterval } from './describe.js';
import type { FindingDraft } from './make-finding.js';
import { joinsList, sameMeasure, wordCount } from './structure.js';
import { CHANGE_WORDS, COMPLEMENTS, EXHAUSTIVE_CUES } from './lexicon.js';

/** Words that make percentages in one sentence shares of one group: "Of those polled", "of respondents", "said". */
const SHARE_LANGUAGE = /\b(?:of (?:those|them|the|all|respondents|voters|people)|polled|surveyed|respondents|questioned|voted|said|say|backed|opposed|favou?r)\b/i;

/** "94,000 of the 140,000 deaths", "39 nations out of 65": a part and its whole, side by side. */
const PART_OF_WHOLE = /^\s*(?:[a-z-]+\s+){0,2}?(?:[-–—(,]\s*)?(?:of|out of)\s+(?:the|its|their|all|all the|a total(?: [a-z]+){0,2} of)?\s*$/i;

/**
 * Bound checks: a part within its whole ("94,000 of the 140,000"), and shares of one whole within 100%.
 * Why: a subset larger than its set, or shares over 100%, is wrong whatever else the article says.
 */
export function checkBounds(views: readonly ClaimView[], text: string): FindingDraft[] {
  return [...partsOfWholes(views, text), ...shareLists(views, text)];
}

/** A part stated beside its whole, with the noun that names the whole ("workforce" in "out of a total workforce of 6,500"). */
export interface PartOfWhole {
  readonly part: ClaimView;
  readonly whole: ClaimView;
  readonly wholeNoun: string | null;
}

/** Every "A of the W" / "A out of W" pair, in text order. */
export function findPartsOfWholes(views: readonly ClaimView[], text: string): PartOfWhole[] {
  const out: PartOfWhole[] = [];
  for (let i = 0; i + 1 < views.length; i++) {
    const part = views[i]!;
    const whole = views[i + 1]!;
    if (part.claim.sentence !== whole.claim.sentence || !sameMeasure(part, whole)) continue;
    if (part.claim.kind !== 'count' && part.claim.kind !== 'money') continue;
    const gap = text.slice(part.claim.end, whole.claim.start);
    if (!PART_OF_WHOLE.test(gap)) continue;
    const named = /\ba total ([a-z-]+) of\s*$/i.exec(gap)?.[1] ?? null;
    out.push({ part, whole, wholeNoun: named ? singular(named) : whole.head });
  }
  return out;
}

function partsOfWholes(views: readonly ClaimView[], text: string): FindingDraft[] {
  const drafts: FindingDraft[] = [];
  for (const { part, whole } of findPartsOfWholes(views, text)) {
    const claimIds = [whole.claim.id, part.claim.id];
    const label = describeFigure(whole);
    if (part.interval.lo > whole.interval.hi) {
      drafts.push({ check: 'bound', status: 'inconsistent', claimIds, expected: whole.claim.value, stated: part.claim.value, message: `${part.claim.text.trim()} of ${label} is more than the whole: ${formatNumber(part.interval.lo - whole.interval.hi)} too many.` });
    } else {
      drafts.push({ check: 'bound', status: 'consistent', claimIds, expected: whole.claim.value, stated: part.claim.value, message: `${part.claim.text.trim()} is within ${label}.` });
    }
  }
  return drafts;
}

/** "59% are men and 41% women": shares listed in one sentence must not pass 100%. */
function shareLists(views: readonly ClaimView[], text: string): FindingDraft[] {
  const drafts: FindingDraft[] = [];
  const shares = views.filter((v) => v.claim.kind === 'percent' && !v.claim.change);
  let i = 0;
  while (i < shares.length) {
    const list = [shares[i]!];
    while (i + list.length < shares.length) {
      const prev = list[list.length - 1]!;
      const next = shares[i + list.length]!;
      if (next.claim.sentence !== prev.claim.sentence || !joinsShares(text.slice(prev.claim.end, next.claim.start))) break;
      list.push(next);
    }
    i += list.length;
    if (list.length < 2) continue;
    const sentence = list[0]!.sentence;
    if (!sentence || CHANGE_WORDS.test(sentence.text.replace(/\bup to\b/gi, '')) || !SHARE_LANGUAGE.test(sentence.text)) continue;
    // "14% of those aged 30-39 and 14% of those aged 40-48": each share names its own group, so they are not one whole.
    if (list.filter((v) => /^\s*of (?:those|people|the|all)\b/i.test(v.after)).length >= 2) continue;
    const sum = addIntervals(list.map((v) => v.interval));
    const claimIds = list.map((v) => v.claim.id);
    const shown = list.map((v) => v.claim.text.trim()).join(' + ');
    if (sum.lo <= 100) {
      drafts.push({ check: 'bound', status: 'consistent', claimIds, expected: 100, stated: sum.lo === sum.hi ? sum.lo : (sum.lo + sum.hi) / 2, message: `${shown} = ${describeInterval(sum)}%, within 100%.` });
      continue;
    }
    // Shares past 100% are only wrong when they split one whole along one line; otherwise say nothing.
    if (!EXHAUSTIVE_CUES.some((re) => re.test(sentence.text)) && !complementWords(list)) continue;
    drafts.push({ check: 'bound', status: 'inconsistent', claimIds, expected: 100, stated: (sum.lo + sum.hi) / 2, message: `${shown} = ${describeInterval(sum)}%, more than the whole.` });
  }
  return drafts;
}

/**
 * Shares joined as one list, including the elided form of results copy ("35% of the vote, the Conservatives 32% and ...").
 * Why: shares of one whole are usually listed with the verb given once.
 */
function joinsShares(gap: string): boolean {
  if (joinsList(gap, null, 10)) return true;
  if (/\b(?:from|to|up|down|rise|fall|rose|fell|than|per|each)\b|[.;]/i.test(gap) || wordCount(gap) > 8) return false;
  return /,|\band\b/.test(gap);
}

/** True when the words right after the shares are a complementary pair ("men", "women"): shares of one whole. */
function complementWords(list: readonly ClaimView[]): boolean {
  const words = list.map((v) => /^\s*(?:(?:of|are|were|is|was)\s+)*([a-z]+)/i.exec(v.after)?.[1]?.toLowerCase().replace(/(?<=[^s])s$/, '') ?? '');
  return words.length === 2 && COMPLEMENTS.some(([p, q]) => (words[0] === p && words[1] === q) || (words[0] === q && words[1] === p)) ||
    words.length === 2 && ((words[0] === 'men' && words[1] === 'women') || (words[0] === 'women' && words[1] === 'men'));
}
