import type { ClaimView } from './claim-view.js';
import { formatNumber } from './interval.js';
import type { FindingDraft } from './make-finding.js';
import { wordCount } from './structure.js';

/** "a majority of 5,907", "a margin of 12", "won by 40 votes": the figure is the gap between the two largest before it. */
const MARGIN_BEFORE = /\b(?:majority|margin|lead)\s+of\s*$|\bwon\s+by\s*$/i;
/** Margins are only read where votes, seats or points are being counted. */
const TALLY_WORDS = /\b(?:votes?|seats?|points?|ballots?|delegates?)\b/i;

/**
 * Margin checks: a winner's tally, the runner-up's, and the stated majority between them.
 * Why: "20,645 votes against 14,738, a majority of 5,907" is arithmetic a reader can redo, and election copy is full of it.
 */
export function checkMargins(views: readonly ClaimView[]): FindingDraft[] {
  const drafts: FindingDraft[] = [];
  for (const margin of views) {
    if (margin.claim.kind !== 'count' || !MARGIN_BEFORE.test(margin.before) || !margin.sentence || !TALLY_WORDS.test(margin.sentence.text)) continue;
    const tallies = views.filter((v) => v.claim.sentence === margin.claim.sentence && v.claim.end <= margin.claim.start && v.claim.kind === 'count');
    if (tallies.length < 2 || tallies.length > 3) continue;
    if (wordCount(margin.before.slice(tallies[tallies.length - 1]!.claim.end - margin.sentence.start)) > 14) continue;
    const sorted = [...tallies].sort((a, b) => b.claim.value! - a.claim.value!);
    const [winner, runnerUp] = sorted as [ClaimView, ClaimView];
    if (winner.claim.qualifier !== 'exact' || runnerUp.claim.qualifier !== 'exact' || margin.claim.qualifier !== 'exact') continue;
    const gap = winner.claim.value! - runnerUp.claim.value!;
    const claimIds = [winner.claim.id, runnerUp.claim.id, margin.claim.id];
    const stated = margin.claim.value!;
    const show = `${formatNumber(winner.claim.value!)} - ${formatNumber(runnerUp.claim.value!)} = ${formatNumber(gap)}`;
    drafts.push(
      gap === stated
        ? { check: 'sum', status: 'consistent', claimIds, expected: runnerUp.claim.value! + stated, stated: winner.claim.value, message: `${show}, the majority stated.` }
        : { check: 'sum', status: 'inconsistent', claimIds, expected: runnerUp.claim.value! + stated, stated: winner.claim.value, message: `${show}, not the majority of ${formatNumber(stated)} stated: ${formatNumber(Math.abs(gap - stated))} out.` },
    );
  }
  return drafts;
}
