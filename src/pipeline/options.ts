/**
 * The pipeline's options, apart from the stage context so that the batch engine's main thread can read them
 * without loading zod (context.ts validates diagnostics with it): about 90 ms of CPU at every start.
 */
export interface PipelineOptions {
  /** Language to assume when the document does not say; claims and quotes run on English only. */
  readonly defaultLanguage: string | null;
}

export const defaultOptions: PipelineOptions = Object.freeze({ defaultLanguage: null });
