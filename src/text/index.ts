export * from './spans.js';
export * from './ids.js';
