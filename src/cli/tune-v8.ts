import { setFlagsFromString } from 'node:v8';

/**
 * How much work a function does before V8 optimises it: eight times V8's default (67,584 units of bytecode).
 * Why: tally's stages are hundreds of rule functions, each hot for a while, and V8 optimised and re-optimised
 * them so eagerly that its background compiler threads used a third of all CPU on short batches (287 HTML pages:
 * 3.3 of 9 CPU-s; `--no-concurrent-recompilation` moved that time onto the worker). Four times the default cut
 * about a quarter of the CPU on the BBC folder and a tenth on the HTML pages. Eight times (the seventh session,
 * three alternating runs each, per-thread CPU) cut the BBC folder from 6.7-7.5 to 6.5-6.6 CPU-s and the HTML pages
 * from 6.1-6.3 to 5.8-6.0, the compiler threads' share halving, and cost nothing on BBC x10 with two workers
 * (75.1 and 75.4 CPU-s against 75.1 and 75.9: the workers run a little longer on less optimised code, the compiler
 * threads less). Sixteen times slowed the worker more than it saved.
 */
export const BATCH_INTERRUPT_BUDGET = 8 * 67_584;

/**
 * How far a V8 heap may grow past what survived its last full collection before the next one, in percent.
 * Why: by default V8 lets a heap grow to four times its live size when the limit is far away (4 GB on the main
 * thread), and the main thread, which parses every JSONL line, keeps little but allocates a page or two per
 * document: it sat at 130-160 MB of mostly garbage. At 100% each thread collects sooner. Why not lower: since the
 * threads no longer hold compromise's lexicon, 50% bought 20-30 MB for about 4% more CPU on the BBC folder
 * (7.21 against 7.51 CPU-s, five alternating runs). With the batch engine's in-flight and young-generation limits
 * and the store's 32 MB cache, 861 HTML pages in one JSONL file peak at 387 MB, 1,722 at 428 MB, 26,700 BBC
 * articles at 355 MB; with V8's own setting (about 300%) 861 pages reach 510 MB.
 */
export const BATCH_HEAP_GROWING_PERCENT = 100;

/** One V8 flag tally run sets: its name (either spelling, - or _, counts as given on the command line) and value. */
interface BatchFlag {
  readonly name: string;
  readonly value: number;
}

const BATCH_FLAGS: readonly BatchFlag[] = [
  { name: 'interrupt-budget', value: BATCH_INTERRUPT_BUDGET },
  { name: 'heap-growing-percent', value: BATCH_HEAP_GROWING_PERCENT },
];

/**
 * Sets tally run's V8 flags for this process, before the stages load and the workers start (V8 flags are
 * process-wide, so worker threads inherit them). Leaves a flag alone when the user gave it on the node command
 * line (node refuses V8 flags in NODE_OPTIONS, so that is the only place one can come from). Returns the flags set.
 */
export function tuneV8ForBatch(): string[] {
  const flags = batchV8Flags(process.execArgv);
  for (const flag of flags) setFlagsFromString(flag);
  return flags;
}

/** The V8 flags `tuneV8ForBatch` sets: each of BATCH_FLAGS the node command line does not already set. */
export function batchV8Flags(execArgv: readonly string[]): string[] {
  return BATCH_FLAGS.filter(({ name }) => {
    const pattern = new RegExp(`^--${name.replace(/-/g, '[-_]')}(?:=|$)`);
    return !execArgv.some((a) => pattern.test(a));
  }).map(({ name, value }) => `--${name}=${value}`);
}
