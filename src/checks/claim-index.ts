import type { ClaimView } from './claim-view.js';

/**
 * An article's claims by sentence and by counted noun, each list in text order. Why: the checks look for
 * figures in one sentence or the next, or with one noun; a pass over every claim for each figure made a long
 * document's checks quadratic (a 700 KB text of 20,000 figures spent half its time there).
 */
export interface ClaimIndex {
  sentence(index: number): readonly ClaimView[];
  head(noun: string): readonly ClaimView[];
}

export function indexClaims(views: readonly ClaimView[]): ClaimIndex {
  const bySentence = new Map<number, ClaimView[]>();
  const byHead = new Map<string, ClaimView[]>();
  for (const v of views) {
    const s = bySentence.get(v.claim.sentence);
    if (s) s.push(v);
    else bySentence.set(v.claim.sentence, [v]);
    if (v.head === null) continue;
    const h = byHead.get(v.head);
    if (h) h.push(v);
    else byHead.set(v.head, [v]);
  }
  return { sentence: (index) => bySentence.get(index) ?? [], head: (noun) => byHead.get(noun) ?? [] };
}
