export * from './spans.js';
export * from './ids.js';
export * from './sorted.js';
