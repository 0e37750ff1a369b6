export { splitSentences, splitRange } from './split-sentences.js';
