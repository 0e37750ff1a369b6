export { findQuotes, type QuoteInput, type QuoteOutput } from './find-quotes.js';
