import { claimsInSentence } from '../../src/claims/index.js';
import type { Claim } from '../../src/schema/claim.js';

/** Claims of one sentence written as a whole document. */
export function claimsOf(sentence: string, decimalComma = false): Claim[] {
  return claimsInSentence(sentence, { start: 0, end: sentence.length, index: 0 }, sentence, decimalComma, 'test-doc');
}
