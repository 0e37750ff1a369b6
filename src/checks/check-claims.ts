import type { Article } from '../schema/article.js';
import type { Sentence } from '../schema/sentence.js';
import type { Claim } from '../schema/claim.js';
import type { Finding } from '../schema/finding.js';
import type { Quote, Speaker } from '../schema/quote.js';
import type { DocContext } from '../pipeline/context.js';
import { viewClaims } from './claim-view.js';
import { checkSums, findSumGroups } from './check-sums.js';
import { checkProportions } from './check-proportions.js';
import { checkRestatements } from './check-restatements.js';
import { checkBounds } from './check-bounds.js';
import { checkChanges, checkRatios } from './check-changes.js';
import { checkMargins } from './check-margins.js';
import { makeFinding, type FindingDraft } from './make-finding.js';

export interface CheckInput {
  readonly article: Article;
  readonly sentences: readonly Sentence[];
  readonly claims: readonly Claim[];
  readonly quotes: readonly Quote[];
  readonly speakers: readonly Speaker[];
}

/** Findings are kept in this order of check, then text order. */
const CHECK_ORDER = ['sum', 'proportion', 'restatement', 'bound', 'change'];

/**
 * claims -> findings: sums, proportions, restatements, bounds and changes within one article.
 * Why: the figures of one story must agree with each other; each check says so only on strong evidence.
 */
export function checkClaims(input: CheckInput, ctx: DocContext): Finding[] {
  const text = ctx.text;
  const usable = input.claims.filter((c) => c.start >= 0 && c.end <= text.length && c.start <= c.end);
  if (usable.length < input.claims.length) {
    ctx.report({ stage: 'checks', rule: 'claim-out-of-range', severity: 'warning', message: `${input.claims.length - usable.length} claims point outside the article text and were not checked.` });
  }
  if (usable.length < 2) return [];
  const views = viewClaims(usable, input.sentences, text);
  const groups = findSumGroups(views, text);
  const drafts: FindingDraft[] = [
    ...checkSums(groups),
    ...checkProportions(views, text, groups),
    ...checkRestatements(views),
    ...checkBounds(views, text),
    ...checkChanges(views, text),
    ...checkRatios(views, text),
    ...checkMargins(views),
  ];
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const d of dropRepeats(drafts)) {
    const f = makeFinding(ctx.docId, d);
    if (seen.has(f.id)) continue;
    seen.add(f.id);
    findings.push(f);
  }
  const firstStart = new Map(usable.map((c) => [c.id, c.start]));
  return findings.sort(
    (a, b) => rank(a.check) - rank(b.check) || (firstStart.get(a.claimIds[0]!) ?? 0) - (firstStart.get(b.claimIds[0]!) ?? 0),
  );
}

function rank(check: string): number {
  const i = CHECK_ORDER.indexOf(check);
  return i < 0 ? CHECK_ORDER.length : i;
}

/** A bound on the same claims as a sum says less than the sum: keep the sum. */
function dropRepeats(drafts: readonly FindingDraft[]): FindingDraft[] {
  const key = (d: FindingDraft): string => [...d.claimIds].sort().join('|');
  const sums = new Set(drafts.filter((d) => d.check === 'sum').map(key));
  return drafts.filter((d) => d.check !== 'bound' || !sums.has(key(d)));
}
