/**
 * The pipeline's options, apart from the stage context so that the batch engine's main thread can read them
 * without loading zod (context.ts validates diagnostics with it): about 90 ms of CPU at every start.
 */
export interface PipelineOptions {
  /** Language to assume when the document does not say; claims and quotes run on English only. */
  readonly defaultLanguage: string | null;
  /**
   * Longest article text, in characters, that goes through the stages; a longer document fails alone with rule
   * "text-too-long". Why: the stages hold every sentence, quote and figure of a document at once, about 100 bytes
   * per character of text, so one 14 MB text file took 1.6 GB. The default, a million characters (some 150,000
   * words, five times the longest long-read), keeps a run under 500 MB: four 1 MB documents dense with figures and
   * quotes peaked at 410 MB with two workers, three of 2 MB at 596 MB.
   */
  readonly maxTextChars: number;
}

export const DEFAULT_MAX_TEXT_CHARS = 1_000_000;

export const defaultOptions: PipelineOptions = Object.freeze({ defaultLanguage: null, maxTextChars: DEFAULT_MAX_TEXT_CHARS });
