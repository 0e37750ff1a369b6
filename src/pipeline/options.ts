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
   * per character of text, so one 14 MB text file took 1.6 GB; the default, two million characters (some 300,000
   * words, a book), is far beyond any article and keeps a worker within its heap.
   */
  readonly maxTextChars: number;
}

export const DEFAULT_MAX_TEXT_CHARS = 2_000_000;

export const defaultOptions: PipelineOptions = Object.freeze({ defaultLanguage: null, maxTextChars: DEFAULT_MAX_TEXT_CHARS });
