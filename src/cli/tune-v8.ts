import { setFlagsFromString } from 'node:v8';

/**
 * How much work a function does before V8 optimises it: four times V8's default (67,584 units of bytecode).
 * Why: tally's stages are hundreds of rule functions, each hot for a while, and V8 optimised and re-optimised
 * them so eagerly that its background compiler threads used a third of all CPU on short batches (287 HTML pages:
 * 3.3 of 9 CPU-s; `--no-concurrent-recompilation` moved that time onto the worker). With the larger budget only
 * the functions that stay hot are optimised: about a quarter less CPU on the BBC folder and a tenth on the HTML
 * pages (three runs each), no loss on BBC x4 (docs/scaling.md).
 */
export const BATCH_INTERRUPT_BUDGET = 4 * 67_584;

/**
 * Sets V8's tier-up budget for this process, before the stages load and the workers start (V8 flags are
 * process-wide, so worker threads inherit it). Leaves the flag alone when the user gave one on the node command
 * line (node refuses V8 flags in NODE_OPTIONS, so that is the only place one can come from).
 */
export function tuneV8ForBatch(): boolean {
  const flag = batchV8Flag(process.execArgv);
  if (flag !== null) setFlagsFromString(flag);
  return flag !== null;
}

/** The V8 flag `tuneV8ForBatch` sets, or null when the node command line already sets the budget. */
export function batchV8Flag(execArgv: readonly string[]): string | null {
  const given = execArgv.some((a) => /^--interrupt[-_]budget(?:=|$)/.test(a));
  return given ? null : `--interrupt-budget=${BATCH_INTERRUPT_BUDGET}`;
}
