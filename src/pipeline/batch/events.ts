/** What a batch run tells its observer (progress bar, JSON log, tests); plain data, one object per event. */
export type BatchEvent =
  | { readonly event: 'start'; readonly runId: number | null; readonly workers: number; readonly totalBytes: number | null }
  | {
      readonly event: 'document';
      readonly source: string;
      readonly id: string;
      readonly status: 'stored' | 'skipped' | 'failed';
      readonly bytes: number;
      readonly claims: number;
      readonly quotes: number;
      readonly findings: number;
    }
  | { readonly event: 'error'; readonly source: string; readonly stage: string; readonly rule: string | null; readonly message: string }
  | { readonly event: 'progress'; readonly counts: BatchCounts; readonly elapsedMs: number; readonly totalBytes: number | null }
  | { readonly event: 'done'; readonly counts: BatchCounts; readonly elapsedMs: number; readonly stopped: boolean };

/** Running totals of a batch. */
export interface BatchCounts {
  /** Inputs read: documents plus inputs that could not become one. */
  documents: number;
  stored: number;
  skipped: number;
  failed: number;
  /** Bytes of input read, for MB/s and the ETA. */
  bytes: number;
  /** Characters of article text extracted from stored documents. */
  textChars: number;
}

export function emptyCounts(): BatchCounts {
  return { documents: 0, stored: 0, skipped: 0, failed: 0, bytes: 0, textChars: 0 };
}
