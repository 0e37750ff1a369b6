export { findClaims, attributeClaims, type ClaimInput } from './find-claims.js';
