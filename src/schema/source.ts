import { z } from 'zod';

export const MediaType = z.enum(['text/html', 'text/plain']);
export type MediaType = z.infer<typeof MediaType>;

/** One input document as read from disk, stdin, a JSONL line, a WARC record or a URL: decoded text plus where it came from. */
export const SourceDoc = z
  .object({
    id: z.string().nullable().describe('The id the input gave (JSONL "id"); null means: derive one from the content hash.'),
    location: z.string().describe('Path, URL, "-" for stdin, or "file.jsonl#12" for a JSONL line.'),
    url: z.string().nullable().describe('The document URL when known (JSONL url, WARC target URI, fetched URL).'),
    mediaType: MediaType,
    body: z.string().describe('The decoded document: HTML or plain text.'),
    encoding: z.string().describe('The character encoding the bytes were decoded from, e.g. "utf-8", "windows-1252".'),
    fetchedAt: z.string().nullable().describe('ISO 8601 time the document was fetched or archived, when known.'),
    hints: z
      .object({
        title: z.string().nullable().default(null),
        published: z.string().nullable().default(null),
        language: z.string().nullable().default(null),
      })
      .describe('Metadata the input supplied alongside the body (JSONL fields, HTTP headers).'),
  })
  .describe('A decoded input document.');
export type SourceDoc = z.infer<typeof SourceDoc>;
