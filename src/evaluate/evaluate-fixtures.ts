import { findFixtureDirs } from '../fixtures/load-fixtures.js';
import { runFixture, type FixtureOutcome, type RunDocument } from '../fixtures/run-fixtures.js';
import { addMatch, emptyTallies, type Tallies } from './score.js';

export interface Evaluation {
  readonly tallies: Tallies;
  readonly outcomes: readonly FixtureOutcome[];
  /** Documents scored (fixtures that loaded and ran). */
  readonly documents: number;
  /** Fixture folders that could not be loaded, with why. */
  readonly skipped: ReadonlyArray<{ dir: string; errors: readonly string[] }>;
}

/** Runs the pipeline on every annotated document under the given folders and sums precision/recall counts. */
export async function evaluateFixtures(paths: readonly string[], run?: RunDocument): Promise<Evaluation> {
  const { dirs, errors } = await findFixtureDirs(paths);
  const tallies = emptyTallies();
  const outcomes: FixtureOutcome[] = [];
  const skipped: Array<{ dir: string; errors: readonly string[] }> = errors.map((e) => ({ dir: '', errors: [e] }));
  let documents = 0;
  for (const dir of dirs) {
    const outcome = await runFixture(dir, run);
    outcomes.push(outcome);
    if (outcome.match) {
      addMatch(tallies, outcome.match);
      documents++;
    } else skipped.push({ dir, errors: outcome.fixture.errors });
  }
  return { tallies, outcomes, documents, skipped };
}
