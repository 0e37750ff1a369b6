import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import picomatch from 'picomatch';

/** Which files a folder walk yields: glob patterns matched against the path relative to the folder walked. */
export interface FileFilter {
  /** Globs a file must match (any of); empty means every file with a known document extension. */
  readonly include?: readonly string[];
  /** Globs that drop a file or a whole folder (any of); checked before include. */
  readonly exclude?: readonly string[];
}

export type WalkEntry =
  | { readonly ok: true; readonly path: string }
  | { readonly ok: false; readonly path: string; readonly message: string };

/** File names tally reads as documents when no --include says otherwise. */
export const DOCUMENT_FILE = /\.(txt|text|md|html?|xhtml|jsonl|ndjson|jsonl\.gz|ndjson\.gz|warc|warc\.gz|zip|tar|tar\.gz|tgz)$/i;

/** Builds the yes/no test for one walk; globs match relative paths with "/" separators, dotfiles only when named. */
export function compileFilter(filter: FileFilter): { file(rel: string): boolean; folder(rel: string): boolean } {
  const include = filter.include?.length ? picomatch(filter.include as string[], { dot: false }) : null;
  const exclude = filter.exclude?.length ? picomatch(filter.exclude as string[], { dot: true }) : null;
  return {
    file: (rel) => !(exclude?.(rel) ?? false) && (include ? include(rel) : DOCUMENT_FILE.test(rel)),
    folder: (rel) => !(exclude?.(rel) ?? false) && !(exclude?.(`${rel}/`) ?? false),
  };
}

/**
 * Walks a folder depth-first in name order, lazily, yielding files that pass the filter and one failure per unlistable folder.
 * Hidden entries (".git", ".DS_Store") are skipped; lazy, so a huge tree never sits in memory.
 */
export async function* walkFolder(root: string, filter: FileFilter = {}): AsyncGenerator<WalkEntry> {
  const test = compileFilter(filter);
  yield* walk(root, root, test);
}

async function* walk(root: string, dir: string, test: ReturnType<typeof compileFilter>): AsyncGenerator<WalkEntry> {
  let names: Array<{ name: string; dir: boolean; file: boolean }>;
  try {
    // One folder's names are held at a time (sorted for a stable order); their contents are read one by one.
    // Listed synchronously: an asynchronous directory iterator costs a promise per entry, which shows on folders of many small files.
    names = readdirSync(dir, { withFileTypes: true }).map((d) => ({ name: d.name, dir: d.isDirectory(), file: d.isFile() || d.isSymbolicLink() }));
  } catch (err) {
    yield { ok: false, path: dir, message: `${dir} cannot be listed: ${describeError(err)}.` };
    return;
  }
  names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of names) {
    const path = join(dir, entry.name);
    const rel = relative(root, path).split(sep).join('/');
    if (entry.dir) {
      if (!entry.name.startsWith('.') && test.folder(rel)) yield* walk(root, path, test);
    } else if (entry.file && !entry.name.startsWith('.') && test.file(rel)) {
      yield { ok: true, path };
    }
  }
}

export function describeError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  const why: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    ENOENT: 'no such file or folder',
    EISDIR: 'it is a folder',
    ELOOP: 'too many symbolic links',
  };
  return (e.code && why[e.code]) ?? e.code ?? e.message ?? String(err);
}
