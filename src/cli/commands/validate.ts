import { writeFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Command, Option } from 'commander';
import type { FixtureOutcome } from '../../fixtures/index.js';
import { EXIT_FAILURES, EXIT_OK, EXIT_USAGE } from '../exit-codes.js';

interface ValidateOptions {
  update?: boolean;
  reporter: 'text' | 'junit';
  out?: string;
  verbose?: boolean;
  schema?: boolean;
}

export function registerValidate(program: Command): void {
  program
    .command('validate')
    .description('Run every fixture (a folder with expected.json and an input) through the pipeline and compare; exit 1 when any fails. See docs/fixtures.md.')
    .argument('[paths...]', 'fixture folders, or folders holding them', ['fixtures'])
    .option('-u, --update', 'rewrite each expected.json so the current output passes (review the diff before committing)')
    .addOption(new Option('-r, --reporter <reporter>', 'text: a readable diff; junit: JUnit XML').choices(['text', 'junit']).default('text'))
    .option('-o, --out <file>', 'write the report to this file (the text summary still goes to standard output)')
    .option('-v, --verbose', 'also list output the expectations do not mention')
    .option('--schema', 'print the JSON Schema of expected.json and exit (docs/fixture.schema.json holds a copy)')
    .action(async (paths: string[], opts: ValidateOptions) => {
      // The fixture runner (and the pipeline) load only when this command runs, so other commands start without compiling them.
      const { findFixtureDirs, fixtureJsonSchema, formatJunit, formatOutcomes, runFixture } = await fixtures();
      if (opts.schema) {
        process.stdout.write(`${JSON.stringify(fixtureJsonSchema(), null, 2)}\n`);
        process.exitCode = EXIT_OK;
        return;
      }
      const { dirs, errors } = await findFixtureDirs(paths);
      for (const e of errors) process.stderr.write(`tally: ${e}\n`);
      if (errors.length || dirs.length === 0) {
        if (!errors.length) process.stderr.write(`tally: no fixture folders (with expected.json) under ${paths.join(', ')}.\n`);
        process.exitCode = EXIT_USAGE;
        return;
      }
      let outcomes: FixtureOutcome[] = [];
      for (const dir of dirs) outcomes.push(await runFixture(dir));
      if (opts.update) outcomes = await Promise.all(outcomes.map(rewriteExpectation));

      const text = formatOutcomes(outcomes, { verbose: opts.verbose });
      if (opts.reporter === 'junit') {
        const xml = formatJunit(outcomes);
        if (opts.out) {
          await writeReport(opts.out, xml);
          process.stdout.write(text);
        } else process.stdout.write(xml);
      } else {
        if (opts.out) await writeReport(opts.out, text);
        process.stdout.write(text);
      }
      process.exitCode = outcomes.every((o) => o.ok) ? EXIT_OK : EXIT_FAILURES;
    });
}

/** --update: writes the expectation the current output passes, and reports the fixture as it now stands. */
/** The fixtures module, imported on first use. */
function fixtures() {
  return import('../../fixtures/index.js');
}

async function rewriteExpectation(o: FixtureOutcome): Promise<FixtureOutcome> {
  const { formatExpectationJson, runFixture, updateExpectation } = await fixtures();
  if (!o.result || !o.match || !o.fixture.expectation) return o;
  const next = updateExpectation(o.fixture.raw, o.fixture.expectation, o.result, o.match);
  await writeFile(o.fixture.expectationPath, formatExpectationJson(next));
  process.stderr.write(`tally: updated ${o.fixture.expectationPath}\n`);
  const again = await runFixture(o.fixture.dir, () => o.result!);
  return again.match ? { ...again, durationMs: o.durationMs } : o;
}

async function writeReport(path: string, body: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, body);
}
