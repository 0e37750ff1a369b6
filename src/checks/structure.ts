import type { ClaimView } from './claim-view.js';
import { COMPLEMENTS, LIST_JOINER } from './lexicon.js';

/** The kinds of figure that can be totals and parts of one another. */
export function isAdditive(v: ClaimView): boolean {
  return v.claim.kind === 'count' || v.claim.kind === 'money';
}

/** Same kind of figure, and for money the same currency: only these may be added up together. */
export function sameMeasure(a: ClaimView, b: ClaimView): boolean {
  if (a.claim.kind !== b.claim.kind) return false;
  if (a.claim.kind === 'money') return (a.claim.unit ?? '') === (b.claim.unit ?? '');
  return true;
}

/** Counts the words in a stretch of text. */
export function wordCount(s: string): number {
  return (s.match(/[A-Za-z0-9'’-]+/g) ?? []).length;
}

/**
 * True when the text between two figures joins them as items of one list ("487 alleged users and 561 alleged traffickers").
 * Why: only figures at one level of a list are alternatives that add up; a figure behind "of whom" is a subset of the one before.
 */
export function joinsList(gap: string, firstLabel: string | null, maxWords = 8): boolean {
  let g = gap;
  if (firstLabel && g.trimStart().toLowerCase().startsWith(firstLabel.toLowerCase())) g = g.trimStart().slice(firstLabel.length);
  if (/\b(?:of (?:whom|which|them|these|those)|including|among|out of|per|each|a total of|in total|in all|made up of|compris|consist)\b/i.test(g)) return false;
  if (/[.!?]["”’]?\s/.test(g)) return false;
  if (wordCount(g) > maxWords) return false;
  if (LIST_JOINER.test(g)) return true;
  // "a $618m charge this quarter, on top of the $232m charge": an explicitly additive link.
  if (/,\s*(?:on top of|in addition to)\s+(?:the\s+|a\s+|an\s+)?$/i.test(g) && wordCount(g) <= 10) return true;
  // "24 issued, while attendance improved in 776 cases": a clause joined by "while"/"and" that leads into the next figure.
  if (/,\s*(?:while|whereas|and)\s+(?:[a-z]+\s+){0,4}(?:in|at|for|on|by|from|with|to)\s*$/i.test(g) && wordCount(g) <= 8) return true;
  // "... 487 were users and 561 were traffickers": a short clause per item still joins with a conjunction.
  return /(?:,\s*(?:and|while|whereas|with|plus)?|\band\b|\bwhile\b|\bwhereas\b|\bplus\b|\bcompared (?:with|to)|\bagainst|\bas against|;)\s*(?:the\s+)?(?:(?:another|a further|the remaining|the rest|the other|some|about|around|nearly|almost|roughly|more than|over|under|fewer than|less than|at least|up to|only|just)\s*)?$/i.test(g);
}

/**
 * Two parts name categories of one kind: the same head noun told apart by modifiers ("light users", "heavy users"),
 * the same modifier on different heads ("alleged users", "alleged traffickers"), or a known pair ("men", "women").
 * Why: parts that split one whole along one line cannot overlap, so they may be added and compared with the whole.
 */
export function areSiblings(a: ClaimView, b: ClaimView): boolean {
  if (!a.head || !b.head) return false;
  if (isComplement(a.head, b.head) || a.modifiers.some((m) => b.modifiers.some((n) => isComplement(m, n)))) return true;
  if (a.head === b.head) {
    if (a.modifiers.length === 0 || b.modifiers.length === 0) return false;
    return a.modifiers.join(' ') !== b.modifiers.join(' ');
  }
  return a.modifiers.length > 0 && b.modifiers.length > 0 && a.modifiers[0] === b.modifiers[0];
}

/** True for a known pair of categories that cover a whole between them ("man", "woman"). */
export function isComplementPair(x: string, y: string): boolean {
  return isComplement(x, y);
}

function isComplement(x: string, y: string): boolean {
  return COMPLEMENTS.some(([p, q]) => (p === x && q === y) || (p === y && q === x));
}
