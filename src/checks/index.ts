export { checkClaims, type CheckInput } from './check-claims.js';
