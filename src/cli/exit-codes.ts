/** 0: all well. */
export const EXIT_OK = 0;
/** 1: some documents failed (recorded; the rest were processed), or a validation failed. */
export const EXIT_FAILURES = 1;
/** 2: the command line was wrong (unknown option, missing input, bad value). */
export const EXIT_USAGE = 2;
