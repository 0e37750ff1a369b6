#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { commands } from './commands/index.js';
import { EXIT_USAGE } from './exit-codes.js';

// `tally query ... | head` closes the pipe early: that is the reader's choice, not an error to report.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

const program = new Command('tally')
  .description('Extract numeric claims, quotes and speakers from news articles, and flag the figures that do not add up.')
  .version('0.1.0')
  .exitOverride()
  .showHelpAfterError();

for (const register of commands) register(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) {
    // --help and --version exit through here with code 0; anything else is a usage error.
    process.exitCode = err.exitCode === 0 ? 0 : EXIT_USAGE;
  } else {
    process.stderr.write(`tally: ${(err as Error).message}\n`);
    process.exitCode = EXIT_USAGE;
  }
}
