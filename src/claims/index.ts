export { findClaims, claimsInSentence, type ClaimInput } from './find-claims.js';
export { attributeClaims } from './attribute-claims.js';
