import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fetchUrls, type FetchOptions } from '../../src/sources/fetch-urls.js';
import { collect, tempDir } from './helpers.js';
import type { SourceItem } from '../../src/sources/source-item.js';

const PAGE = '<html><head><title>Flood</title></head><body><p>About 1,200 homes were evacuated, officials said.</p></body></html>';

/** A local site with one route per behaviour the fetcher must handle; hits and request headers are recorded. */
function startSite(robots: (res: ServerResponse) => void): Promise<{ server: Server; base: string; hits: Map<string, number>; agents: string[]; starts: Map<string, number[]> }> {
  const hits = new Map<string, number>();
  const starts = new Map<string, number[]>();
  const agents: string[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = req.url ?? '/';
    hits.set(path, (hits.get(path) ?? 0) + 1);
    starts.set(path, [...(starts.get(path) ?? []), Date.now()]);
    agents.push(String(req.headers['user-agent']));
    const html = (status: number, body: string, type = 'text/html; charset=utf-8') => {
      res.writeHead(status, { 'content-type': type });
      res.end(body);
    };
    if (path === '/robots.txt') return robots(res);
    if (path.startsWith('/story') || path.startsWith('/paced')) return html(200, PAGE);
    if (path === '/private/memo') return html(200, PAGE);
    if (path === '/flaky') return hits.get(path)! <= 2 ? html(503, 'busy') : html(200, PAGE);
    if (path === '/down') return html(503, 'busy');
    if (path === '/gone') return html(404, 'not here');
    if (path === '/latin1') {
      res.writeHead(200, { 'content-type': 'text/html; charset=iso-8859-1' });
      return res.end(Buffer.from('<html><body><p>Le caf\xe9 a ferm\xe9 apr\xe8s 30 ans.</p></body></html>', 'latin1'));
    }
    if (path === '/pdf') return html(200, '%PDF-1.4', 'application/pdf');
    const hop = /^\/hop\/(\d+)$/.exec(path);
    if (hop) {
      const n = Number(hop[1]);
      res.writeHead(302, { location: n > 0 ? `/hop/${n - 1}` : '/story-after-hops' });
      return res.end();
    }
    if (path === '/big') {
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = `<p>${'x'.repeat(1020)}</p>`;
      let sent = 0;
      const pump = () => {
        while (sent < 3000) {
          sent++;
          if (!res.write(chunk)) return res.once('drain', pump);
        }
        res.end();
      };
      return pump();
    }
    if (path === '/slow') {
      const t = setTimeout(() => html(200, PAGE), 5000);
      res.on('close', () => clearTimeout(t));
      return;
    }
    html(404, 'unknown');
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, hits, agents, starts })));
}

let site: Awaited<ReturnType<typeof startSite>>;
let tmp: ReturnType<typeof tempDir>;
beforeAll(async () => {
  site = await startSite((res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('User-agent: *\nDisallow: /private\n');
  });
});
afterAll(() => new Promise<void>((r) => site.server.close(() => r())));
beforeEach(() => {
  tmp = tempDir();
  site.hits.clear();
  site.agents.length = 0;
  site.starts.clear();
});
afterEach(() => tmp.cleanup());

const fast = (over: Partial<FetchOptions> = {}): Partial<FetchOptions> => ({ retries: 2, backoffMs: 5, timeoutMs: 400, perHostIntervalMs: 0, perHostConcurrency: 4, cacheDir: tmp.dir, userAgent: 'tally-test/1.0', ...over });
const byLocation = (items: SourceItem[]) => Object.fromEntries(items.map((i) => [i.ok ? i.doc.location : i.location, i]));

describe('fetchUrls against a local server', () => {
  it('fetches a page with our User-Agent, final URL and fetch time', async () => {
    const [item] = await collect(fetchUrls([`${site.base}/story`], fast()));
    expect(item!.ok).toBe(true);
    if (!item!.ok) return;
    expect(item!.doc).toMatchObject({ location: `${site.base}/story`, url: `${site.base}/story`, mediaType: 'text/html', body: PAGE });
    expect(Number.isNaN(Date.parse(item!.doc.fetchedAt!))).toBe(false);
    expect(site.agents.every((a) => a === 'tally-test/1.0')).toBe(true);
  });

  it('obeys robots.txt: a disallowed path is never requested', async () => {
    const [item] = await collect(fetchUrls([`${site.base}/private/memo`], fast()));
    expect(item).toMatchObject({ ok: false, rule: 'robots-disallowed' });
    expect(site.hits.get('/private/memo')).toBeUndefined();
    expect(site.hits.get('/robots.txt')).toBe(1);
  });

  it('retries a 503 with backoff and succeeds; gives up after the retries on a steady 503', async () => {
    const items = byLocation(await collect(fetchUrls([`${site.base}/flaky`, `${site.base}/down`], fast())));
    expect(items[`${site.base}/flaky`]!.ok).toBe(true);
    expect(site.hits.get('/flaky')).toBe(3);
    expect(items[`${site.base}/down`]).toMatchObject({ ok: false, rule: 'http-error', message: `${site.base}/down returned HTTP 503 (after 3 attempts).` });
    expect(site.hits.get('/down')).toBe(3);
  });

  it('does not retry a 404', async () => {
    const [item] = await collect(fetchUrls([`${site.base}/gone`], fast()));
    expect(item).toMatchObject({ ok: false, rule: 'http-error', message: `${site.base}/gone returned HTTP 404.` });
    expect(site.hits.get('/gone')).toBe(1);
  });

  it('follows redirects up to the cap and refuses longer chains', async () => {
    const items = byLocation(await collect(fetchUrls([`${site.base}/hop/2`, `${site.base}/hop/9`], fast({ maxRedirects: 3 }))));
    const ok = items[`${site.base}/hop/2`]!;
    expect(ok.ok && ok.doc.url).toBe(`${site.base}/story-after-hops`);
    expect(items[`${site.base}/hop/9`]).toMatchObject({ ok: false, rule: 'too-many-redirects' });
  });

  it('abandons a body over the size cap', async () => {
    const [item] = await collect(fetchUrls([`${site.base}/big`], fast({ maxBytes: 100_000 })));
    expect(item).toMatchObject({ ok: false, rule: 'too-large' });
  });

  it('times out a server that does not answer, after its retries', async () => {
    const [item] = await collect(fetchUrls([`${site.base}/slow`], fast({ timeoutMs: 100, retries: 1 })));
    expect(item).toMatchObject({ ok: false, rule: 'timeout' });
    expect(site.hits.get('/slow')).toBe(2);
  });

  it('refuses non-HTML media and bad URLs with a message', async () => {
    const items = byLocation(await collect(fetchUrls([`${site.base}/pdf`, 'not a url', 'ftp://example.org/x'], fast())));
    expect(items[`${site.base}/pdf`]).toMatchObject({ ok: false, rule: 'unsupported-media-type' });
    expect(items['not a url']).toMatchObject({ ok: false, rule: 'bad-url', message: 'not a url is not a valid URL.' });
    expect(items['ftp://example.org/x']).toMatchObject({ ok: false, rule: 'bad-url' });
  });

  it('decodes with the charset of the Content-Type header', async () => {
    const [item] = await collect(fetchUrls([`${site.base}/latin1`], fast()));
    expect(item!.ok && item!.doc.body).toContain('Le café a fermé après 30 ans.');
  });

  it('serves a re-run from the on-disk cache without touching the network', async () => {
    const urls = [`${site.base}/story`, `${site.base}/story?page=2`];
    const first = await collect(fetchUrls(urls, fast()));
    const hitsAfterFirst = [...site.hits.values()].reduce((a, b) => a + b, 0);
    const second = await collect(fetchUrls(urls, fast()));
    expect([...site.hits.values()].reduce((a, b) => a + b, 0)).toBe(hitsAfterFirst);
    const bodies = (items: SourceItem[]) => items.map((i) => (i.ok ? `${i.doc.location} ${i.doc.body.length} ${i.doc.fetchedAt}` : 'fail')).sort();
    expect(bodies(second)).toEqual(bodies(first));
  });

  it('spaces requests to one host by the per-host interval', async () => {
    const urls = [1, 2, 3, 4].map((n) => `${site.base}/paced/${n}`);
    await collect(fetchUrls(urls, fast({ perHostIntervalMs: 80, perHostConcurrency: 4, cacheDir: null })));
    const times = urls.map((u) => site.starts.get(new URL(u).pathname)![0]!).sort((a, b) => a - b);
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(60);
  });
});

describe('robots.txt that cannot be read', () => {
  it('treats a 5xx robots.txt as disallow-all and a 404 robots.txt as allow-all (RFC 9309)', async () => {
    const broken = await startSite((res) => {
      res.writeHead(500);
      res.end();
    });
    const missing = await startSite((res) => {
      res.writeHead(404);
      res.end();
    });
    try {
      const items = byLocation(await collect(fetchUrls([`${broken.base}/story`, `${missing.base}/story`], fast({ retries: 0 }))));
      expect(items[`${broken.base}/story`]).toMatchObject({ ok: false, rule: 'robots-disallowed' });
      expect(broken.hits.get('/story')).toBeUndefined();
      expect(items[`${missing.base}/story`]!.ok).toBe(true);
    } finally {
      await new Promise<void>((r) => broken.server.close(() => r()));
      await new Promise<void>((r) => missing.server.close(() => r()));
    }
  });
});
