import type { ClaimView } from './claim-view.js';
import { isGenericNoun, lemma } from './claim-view.js';
import { formatNumber, overlap } from './interval.js';
import { describeFigure } from './describe.js';
import type { FindingDraft } from './make-finding.js';
import { sameMeasure } from './structure.js';
import { firstAtLeast } from '../text/sorted.js';

/** Two statements of one quantity differ by this ratio at most ("more than 1,000" and "1,055"). */
const CLOSE_RATIO = 1.25;
/** A contradiction between restatements is only reported when the figures are this close: further apart, they are two quantities. */
const CONTRADICTION_RATIO = 1.1;
/** Restatements on different events must sit within this many paragraphs (the lead and the paragraph after it). */
const NEAR_PARAGRAPHS = 3;

/**
 * Restatement checks: one quantity stated twice, once hedged or rounded ("more than 1,000") and once precisely ("1,055").
 * Why: a lead that rounds the wrong way, or a later paragraph that disagrees with the lead, misleads readers.
 */
export function checkRestatements(views: readonly ClaimView[]): FindingDraft[] {
  const drafts: FindingDraft[] = [];
  const paired = new Set<string>();
  const candidates = views.filter((v) => (v.claim.kind === 'count' || v.claim.kind === 'money') && v.claim.value !== null && v.claim.value > 0 && !v.claim.change);
  const byValue = sortByValue(candidates);
  for (const a of candidates) {
    if (!isHedged(a) || paired.has(a.claim.id)) continue;
    const partners = byValue
      .near(a)
      .filter((b) => b !== a && !paired.has(b.claim.id) && isRestatement(a, b))
      .sort((x, y) => Math.abs(x.paragraph - a.paragraph) - Math.abs(y.paragraph - a.paragraph) || ratio(a, x) - ratio(a, y));
    const b = partners[0];
    if (!b) continue;
    const draft = judgeRestatement(a, b);
    if (!draft) continue;
    paired.add(a.claim.id);
    paired.add(b.claim.id);
    drafts.push(draft);
  }
  return drafts;
}

/**
 * Candidates by value, to find those within CLOSE_RATIO of a figure without a pass over all of them; `near` returns
 * them in their original (text) order. Why: pairing every figure with every other made a long document's checks
 * quadratic.
 */
function sortByValue(candidates: readonly ClaimView[]) {
  const position = new Map(candidates.map((v, i) => [v, i]));
  const sorted = [...candidates].sort((x, y) => x.claim.value! - y.claim.value!);
  return {
    /** Every candidate whose value is within CLOSE_RATIO of a's, and a few just outside (isRestatement decides). */
    near(a: ClaimView): ClaimView[] {
      const v = a.claim.value!;
      const out: ClaimView[] = [];
      for (let k = firstAtLeast(sorted, v / (CLOSE_RATIO * 1.001), (x) => x.claim.value!); k < sorted.length && sorted[k]!.claim.value! <= v * CLOSE_RATIO * 1.001; k++) out.push(sorted[k]!);
      return out.sort((x, y) => position.get(x)! - position.get(y)!);
    },
  };
}

/** A figure that does not state the exact number: a bound, an approximation, or a rounded "$6.5bn". */
function isHedged(v: ClaimView): boolean {
  return v.claim.qualifier !== 'exact' || v.interval.lo !== v.interval.hi;
}

function ratio(a: ClaimView, b: ClaimView): number {
  const x = Math.abs(a.claim.value!);
  const y = Math.abs(b.claim.value!);
  return Math.max(x, y) / Math.max(Math.min(x, y), 1e-9);
}

/** Same measure, close values, compatible nouns and the same event: the marks of one quantity said twice. */
function isRestatement(a: ClaimView, b: ClaimView): boolean {
  if (a.claim.sentence === b.claim.sentence || !sameMeasure(a, b) || ratio(a, b) > CLOSE_RATIO) return false;
  if (a.claim.text.trim() === b.claim.text.trim() && a.claim.value === b.claim.value) return false;
  if (a.head && b.head && a.head !== b.head && !isGenericNoun(a) && !isGenericNoun(b)) return false;
  const sameEvent = a.predicate !== null && a.predicate === b.predicate;
  if (sameEvent && a.head !== null && a.head === b.head) return true;
  if (Math.abs(a.paragraph - b.paragraph) > NEAR_PARAGRAPHS) return false;
  return sameEvent || mentionsEvent(a, b) || mentionsEvent(b, a);
}

/** True when the other claim's sentence uses this claim's event word ("those arrested" beside "1,055"). */
function mentionsEvent(a: ClaimView, b: ClaimView): boolean {
  if (!a.predicate) return false;
  const words = `${b.before} ${b.after}`.toLowerCase().match(/[a-z]+/g) ?? [];
  return words.some((w) => w.length > 3 && lemma(w) === a.predicate);
}

/**
 * True when the two sentences name different people or bodies and none in common ("Obama got nearly 66 million votes",
 * "Bush got 62 million votes"): then the figures belong to different subjects and cannot contradict each other.
 */
function namesDiffer(a: ClaimView, b: ClaimView): boolean {
  const names = (v: ClaimView): Set<string> =>
    new Set(((v.sentence?.text ?? '').slice(1).match(/\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*/g) ?? []).flatMap((n) => n.split(/\s+/)));
  const x = names(a);
  const y = names(b);
  if (!x.size || !y.size) return false;
  return ![...x].some((n) => y.has(n));
}

function judgeRestatement(a: ClaimView, b: ClaimView): FindingDraft | null {
  const claimIds = [a.claim.id, b.claim.id];
  const said = (v: ClaimView): string => `${describeFigure(v)}${v.claim.predicate ? ` ${v.claim.predicate}` : ''}`;
  const qa = `'${said(a)}'`;
  const qb = said(b);
  if (overlap(a.interval, b.interval)) {
    return { check: 'restatement', status: 'consistent', claimIds, expected: b.claim.value, stated: a.claim.value, message: `${qa} agrees with ${qb}.` };
  }
  // Only a figure hedged in words ("more than 500") is held to its hedge; a rounded money figure may be another week's takings.
  const strong =
    a.claim.kind === 'count' &&
    a.claim.qualifier !== 'exact' &&
    a.predicate !== null &&
    a.predicate === b.predicate &&
    a.head === b.head &&
    ratio(a, b) <= CONTRADICTION_RATIO &&
    !(a.claim.anchor && b.claim.anchor && a.claim.anchor !== b.claim.anchor) &&
    !(a.claim.subject && b.claim.subject && a.claim.subject.toLowerCase() !== b.claim.subject.toLowerCase()) &&
    !namesDiffer(a, b);
  if (!strong) return null;
  return {
    check: 'restatement',
    status: 'inconsistent',
    claimIds,
    expected: b.claim.value,
    stated: a.claim.value,
    message: `${qa} does not agree with ${qb}: ${formatNumber(Math.abs(b.claim.value! - a.claim.value!))} apart.`,
  };
}
