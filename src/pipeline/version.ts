/** Bumped whenever extraction rules change output; a re-run redoes documents stored under another version. */
export const PIPELINE_VERSION = '0.9.0';
