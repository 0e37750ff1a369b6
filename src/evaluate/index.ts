export { addMatch, emptyTallies, formatScores, scoreTally, scoresToJson, type Scores, type Tallies, type Tally } from './score.js';
export { evaluateFixtures, type Evaluation } from './evaluate-fixtures.js';
export { readStoredResults, storedResultsRunner } from './stored-results.js';
