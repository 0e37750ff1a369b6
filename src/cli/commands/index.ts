import type { Command } from 'commander';
import { registerExtract } from './extract.js';
import { registerValidate } from './validate.js';
import { registerEval } from './eval.js';
import { registerReport } from './report.js';
import { registerRun } from './run.js';
import { registerQuery } from './query.js';
import { registerSearch } from './search.js';
import { registerSpeakers } from './speakers.js';
import { registerExport } from './export.js';
import { registerSchema } from './schema.js';

/** Every subcommand registers itself on the program; one line each, in the order --help lists them. */
export const commands: ReadonlyArray<(program: Command) => void> = [registerExtract, registerValidate, registerEval, registerReport, registerRun, registerQuery, registerSearch, registerSpeakers, registerExport, registerSchema];
