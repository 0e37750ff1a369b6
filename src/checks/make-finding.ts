import type { Finding, FindingStatus } from '../schema/finding.js';
import { recordId } from '../text/ids.js';

export interface FindingDraft {
  readonly check: string;
  readonly status: FindingStatus;
  /** Claim ids in contract order: for sums the total first, then the parts. */
  readonly claimIds: readonly string[];
  readonly expected: number | null;
  readonly stated: number | null;
  readonly message: string;
}

/** Seals a draft into a Finding with a stable id over document, check and claims, and stated - expected as the difference. */
export function makeFinding(docId: string, draft: FindingDraft): Finding {
  const difference = draft.expected !== null && draft.stated !== null ? roundTidy(draft.stated - draft.expected) : null;
  return {
    id: recordId('fnd', docId, draft.check, ...draft.claimIds),
    check: draft.check,
    status: draft.status,
    claimIds: [...draft.claimIds],
    expected: draft.expected === null ? null : roundTidy(draft.expected),
    stated: draft.stated === null ? null : roundTidy(draft.stated),
    difference,
    message: draft.message,
  };
}

/** Drops floating-point dust (0.1 + 0.2) without hiding real decimals. */
function roundTidy(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}
