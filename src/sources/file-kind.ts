import { extname } from 'node:path';

/** What reads a file, from its name: a line reader, a record reader, an archive reader, or one document. */
export type FileKind = 'jsonl' | 'warc' | 'zip' | 'tar' | 'html' | 'text';

const HTML_EXT = new Set(['.html', '.htm', '.xhtml']);

/** The kind of reader a path needs, from its name (case-insensitive). */
export function fileKind(path: string): FileKind {
  const lower = path.toLowerCase();
  if (lower.endsWith('.zip')) return 'zip';
  if (/\.(tar|tar\.gz|tgz)$/.test(lower)) return 'tar';
  if (/\.(jsonl|ndjson)(\.gz)?$/.test(lower)) return 'jsonl';
  if (lower.endsWith('.warc') || lower.endsWith('.warc.gz')) return 'warc';
  return HTML_EXT.has(extname(lower)) ? 'html' : 'text';
}

/** The archive formats read entry by entry: .zip, and .tar, .tar.gz or .tgz; null for any other file. */
export function archiveKind(path: string): 'zip' | 'tar' | null {
  const kind = fileKind(path);
  return kind === 'zip' || kind === 'tar' ? kind : null;
}
