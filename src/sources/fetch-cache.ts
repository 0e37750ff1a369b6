import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** What the cache keeps about one fetched URL besides its body. */
export interface CachedResponse {
  readonly url: string;
  readonly finalUrl: string;
  readonly status: number;
  readonly contentType: string | null;
  readonly fetchedAt: string;
}

/**
 * An on-disk cache of successful fetches, one body file and one JSON file per URL under a sha256-named fan-out folder.
 * Written to a temporary name and renamed, so a run killed mid-write never leaves a half body that a re-run would trust.
 */
export class FetchCache {
  constructor(readonly dir: string) {}

  private paths(url: string): { meta: string; body: string; folder: string } {
    const key = createHash('sha256').update(url).digest('hex');
    const folder = join(this.dir, key.slice(0, 2));
    return { folder, meta: join(folder, `${key}.json`), body: join(folder, `${key}.body`) };
  }

  /** The cached response for a URL, or null when absent or unreadable. */
  async get(url: string): Promise<{ meta: CachedResponse; body: Buffer } | null> {
    const p = this.paths(url);
    try {
      const meta = JSON.parse(await readFile(p.meta, 'utf8')) as CachedResponse;
      const body = await readFile(p.body);
      return meta.url === url ? { meta, body } : null;
    } catch {
      return null;
    }
  }

  /** Stores a response; the meta file is renamed last, so it only exists beside a complete body. */
  async put(meta: CachedResponse, body: Uint8Array): Promise<void> {
    const p = this.paths(meta.url);
    await mkdir(p.folder, { recursive: true });
    const tmp = `.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    await writeFile(p.body + tmp, body);
    await rename(p.body + tmp, p.body);
    await writeFile(p.meta + tmp, JSON.stringify(meta));
    await rename(p.meta + tmp, p.meta);
  }
}
