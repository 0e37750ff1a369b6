import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import PQueue from 'p-queue';
import robotsParserModule from 'robots-parser';
import { decodeDocument, InputError, type DecodeOptions } from './decode.js';
import { FetchCache } from './fetch-cache.js';
import { HTML_MEDIA_TYPES, parseContentType } from './content-type.js';
import { failure, type SourceItem } from './source-item.js';

/** How URLs are fetched; every field has a polite default (see defaultFetchOptions). */
export interface FetchOptions {
  /** Sent on every request and matched against robots.txt groups. */
  readonly userAgent: string;
  /** Whole-request limit (connect, headers, body), per attempt, in milliseconds. */
  readonly timeoutMs: number;
  /** Extra attempts after a network error, a timeout, HTTP 408, 429 or 5xx. */
  readonly retries: number;
  /** First retry waits this long; each further one doubles it. A Retry-After header wins when longer (capped at 60 s). */
  readonly backoffMs: number;
  /** Redirects followed before giving up on a URL. */
  readonly maxRedirects: number;
  /** Bodies larger than this are abandoned mid-stream. */
  readonly maxBytes: number;
  /** Requests in flight to one host at a time. */
  readonly perHostConcurrency: number;
  /** Minimum milliseconds between two request starts on one host; robots.txt Crawl-delay raises it. */
  readonly perHostIntervalMs: number;
  /** URLs being worked on at once across all hosts (the read-ahead window of the URL list). */
  readonly concurrency: number;
  /** Folder of the on-disk cache; a re-run reads fetched pages from here instead of the network. null: no cache. */
  readonly cacheDir: string | null;
  /** Obey robots.txt (RFC 9309). Off only for sites you own. */
  readonly respectRobots: boolean;
}

export const defaultFetchOptions: FetchOptions = Object.freeze({
  userAgent: 'tally/0.1 (batch claim extraction; set --user-agent to add a contact address)',
  timeoutMs: 30_000,
  retries: 3,
  backoffMs: 500,
  maxRedirects: 5,
  maxBytes: 10 * 1024 * 1024,
  perHostConcurrency: 2,
  perHostIntervalMs: 1000,
  concurrency: 16,
  cacheDir: null,
  respectRobots: true,
});

// robots-parser is CommonJS whose typings declare an ES default; at run time the default import is the function itself.
type RobotsParser = typeof robotsParserModule extends { default: infer F } ? F : typeof robotsParserModule;
const robotsParser = robotsParserModule as unknown as RobotsParser;

const RETRY_STATUS = new Set([408, 429, 500, 502, 503, 504]);

/** Thrown inside one attempt; `retry` says whether another attempt may succeed. */
class FetchFailure extends Error {
  constructor(
    message: string,
    readonly rule: string,
    readonly retry: boolean,
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
  }
}

interface Fetched {
  finalUrl: string;
  status: number;
  contentType: string | null;
  body: Buffer;
}

/** Reads a URL list lazily: one URL per line; blank lines and lines starting with "#" are skipped. */
export async function* readUrlList(path: string): AsyncGenerator<string> {
  for await (const raw of createInterface({ input: createReadStream(path), crlfDelay: Infinity })) {
    const line = raw.replace(/^\uFEFF/, '').trim();
    if (line && !line.startsWith('#')) yield line;
  }
}

/**
 * Fetches URLs politely and yields one document or failure per URL, in completion order.
 * At most `concurrency` URLs are in flight, so a list of millions is read ahead only that far.
 */
export async function* fetchUrls(urls: AsyncIterable<string> | Iterable<string>, options: Partial<FetchOptions> = {}): AsyncGenerator<SourceItem> {
  const fetcher = new Fetcher({ ...defaultFetchOptions, ...options });
  const pending = new Map<number, Promise<[number, SourceItem]>>();
  const it = (Symbol.asyncIterator in urls ? urls[Symbol.asyncIterator]() : (urls as Iterable<string>)[Symbol.iterator]()) as AsyncIterator<string> | Iterator<string>;
  let next = 0;
  let exhausted = false;
  for (;;) {
    while (!exhausted && pending.size < fetcher.options.concurrency) {
      const step = await it.next();
      if (step.done) {
        exhausted = true;
        break;
      }
      const k = next++;
      pending.set(k, fetcher.fetchDocument(step.value).then((item) => [k, item] as [number, SourceItem]));
    }
    if (pending.size === 0) return;
    const [k, item] = await Promise.race(pending.values());
    pending.delete(k);
    yield item;
  }
}

/** One fetch session: per-host queues, robots.txt rules and the cache, shared by every URL of a run. */
export class Fetcher {
  private readonly hosts = new Map<string, PQueue>();
  private readonly robots = new Map<string, Promise<RobotsRules>>();
  private readonly robotDelays = new Map<string, number>();
  private readonly cache: FetchCache | null;

  constructor(readonly options: FetchOptions) {
    this.cache = options.cacheDir ? new FetchCache(options.cacheDir) : null;
  }

  /** A URL -> a decoded document, or a failure saying why in one sentence. Never rejects. */
  async fetchDocument(url: string): Promise<SourceItem> {
    try {
      let parsed: URL;
      try {
        parsed = new URL(url);
      } catch {
        return failure(url, 'bad-url', `${url} is not a valid URL.`);
      }
      if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return failure(url, 'bad-url', `${url} is not an http or https URL.`);
      const cached = this.cache ? await this.cache.get(url) : null;
      let res: Fetched;
      let fetchedAt: string;
      if (cached) {
        res = { finalUrl: cached.meta.finalUrl, status: cached.meta.status, contentType: cached.meta.contentType, body: cached.body };
        fetchedAt = cached.meta.fetchedAt;
      } else {
        res = await this.follow(parsed.href, true);
        fetchedAt = new Date().toISOString();
      }
      const ct = parseContentType(res.contentType);
      if (ct && !HTML_MEDIA_TYPES.has(ct.type) && ct.type !== 'text/plain') {
        return failure(url, 'unsupported-media-type', `${url} is ${ct.type}, not an HTML or text page.`, res.body.length);
      }
      if (!cached && this.cache) await this.cache.put({ url, finalUrl: res.finalUrl, status: res.status, contentType: res.contentType, fetchedAt }, res.body);
      const decodeOpts = {
        location: url,
        url: res.finalUrl,
        declaredType: ct ? (ct.type === 'text/plain' ? 'text/plain' : 'text/html') : null,
        declaredCharset: ct?.charset ?? null,
        fetchedAt,
      } satisfies DecodeOptions & { declaredCharset: string | null };
      try {
        return { ok: true, doc: decodeDocument(res.body, decodeOpts), bytes: res.body.length };
      } catch (err) {
        if (err instanceof InputError) return failure(url, err.rule, err.message, res.body.length);
        throw err;
      }
    } catch (err) {
      if (err instanceof FetchFailure) return failure(url, err.rule, err.message);
      return failure(url, 'fetch-failed', `${url} could not be fetched: ${(err as Error).message}.`);
    }
  }

  /** GETs a URL through its host's queue, following at most maxRedirects redirects, each checked against robots.txt. */
  private async follow(start: string, checkRobots: boolean): Promise<Fetched> {
    let url = start;
    for (let hop = 0; ; hop++) {
      if (checkRobots && this.options.respectRobots) {
        const rules = await this.robotsFor(url);
        if (!rules.allowed(url)) throw new FetchFailure(`${url} was not fetched: ${rules.why}.`, 'robots-disallowed', false);
      }
      const res = await this.queueFor(url).add(() => this.attempts(url));
      if (res.status >= 300 && res.status < 400 && res.location !== null) {
        if (hop >= this.options.maxRedirects) throw new FetchFailure(`${start} redirected more than ${this.options.maxRedirects} times.`, 'too-many-redirects', false);
        const nextUrl = new URL(res.location, url);
        if (nextUrl.protocol !== 'http:' && nextUrl.protocol !== 'https:') throw new FetchFailure(`${start} redirected to a non-http URL.`, 'bad-redirect', false);
        url = nextUrl.href;
        continue;
      }
      if (res.status < 200 || res.status >= 300) throw new FetchFailure(`${start} returned HTTP ${res.status}${url !== start ? ` (at ${url})` : ''}.`, 'http-error', false);
      return { finalUrl: url, status: res.status, contentType: res.contentType, body: res.body };
    }
  }

  /** One URL, retried with exponential backoff on transient failures. */
  private async attempts(url: string): Promise<Fetched & { location: string | null }> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.once(url);
      } catch (err) {
        const f = err instanceof FetchFailure ? err : new FetchFailure(`${url} could not be fetched: ${networkReason(err)}.`, 'fetch-failed', true);
        if (!f.retry || attempt >= this.options.retries) {
          if (f.retry && attempt > 0) throw new FetchFailure(`${f.message.replace(/\.$/, '')} (after ${attempt + 1} attempts).`, f.rule, false);
          throw f;
        }
        const wait = Math.max(this.options.backoffMs * 2 ** attempt, Math.min(f.retryAfterMs ?? 0, 60_000));
        await new Promise((r) => setTimeout(r, wait));
      }
    }
  }

  private async once(url: string): Promise<Fetched & { location: string | null }> {
    const signal = AbortSignal.timeout(this.options.timeoutMs);
    let res: Response;
    try {
      res = await fetch(url, { redirect: 'manual', signal, headers: { 'user-agent': this.options.userAgent, accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1' } });
    } catch (err) {
      if (signal.aborted) throw new FetchFailure(`${url} timed out after ${this.options.timeoutMs} ms.`, 'timeout', true);
      throw err;
    }
    if (RETRY_STATUS.has(res.status)) {
      await res.body?.cancel().catch(() => undefined);
      throw new FetchFailure(`${url} returned HTTP ${res.status}.`, 'http-error', true, retryAfter(res.headers.get('retry-after')));
    }
    const location = res.headers.get('location');
    if (res.status >= 300 && res.status < 400) {
      await res.body?.cancel().catch(() => undefined);
      return { finalUrl: url, status: res.status, contentType: null, body: Buffer.alloc(0), location };
    }
    const declared = Number(res.headers.get('content-length') ?? NaN);
    if (declared > this.options.maxBytes) {
      await res.body?.cancel().catch(() => undefined);
      throw new FetchFailure(`${url} is ${declared} bytes, over the ${this.options.maxBytes}-byte limit.`, 'too-large', false);
    }
    const chunks: Buffer[] = [];
    let size = 0;
    try {
      if (res.body) {
        for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
          size += chunk.length;
          if (size > this.options.maxBytes) {
            await res.body.cancel().catch(() => undefined);
            throw new FetchFailure(`${url} is over the ${this.options.maxBytes}-byte limit.`, 'too-large', false);
          }
          chunks.push(Buffer.from(chunk));
        }
      }
    } catch (err) {
      if (err instanceof FetchFailure) throw err;
      if (signal.aborted) throw new FetchFailure(`${url} timed out after ${this.options.timeoutMs} ms.`, 'timeout', true);
      throw err;
    }
    return { finalUrl: url, status: res.status, contentType: res.headers.get('content-type'), body: Buffer.concat(chunks), location };
  }

  /** robots.txt rules for a URL's origin, fetched once per run (RFC 9309: 4xx allows all, 5xx or unreachable disallows all). */
  private robotsFor(url: string): Promise<RobotsRules> {
    const origin = new URL(url).origin;
    let rules = this.robots.get(origin);
    if (!rules) {
      rules = this.loadRobots(origin);
      this.robots.set(origin, rules);
    }
    return rules;
  }

  private async loadRobots(origin: string): Promise<RobotsRules> {
    const robotsUrl = `${origin}/robots.txt`;
    const agent = this.options.userAgent;
    let text: string;
    const cached = this.cache ? await this.cache.get(robotsUrl) : null;
    if (cached) text = cached.body.toString('utf8');
    else {
      try {
        const res = await this.follow(robotsUrl, false);
        text = res.body.toString('utf8');
        if (this.cache) await this.cache.put({ url: robotsUrl, finalUrl: res.finalUrl, status: res.status, contentType: res.contentType, fetchedAt: new Date().toISOString() }, res.body);
      } catch (err) {
        if (err instanceof FetchFailure && err.rule === 'http-error' && / HTTP 4\d\d/.test(err.message)) return { allowed: () => true, why: '' };
        return { allowed: () => false, why: `its robots.txt could not be read (${(err as Error).message.replace(/\.$/, '')}), which RFC 9309 treats as disallow-all` };
      }
    }
    const robot = robotsParser(robotsUrl, text);
    const delay = robot.getCrawlDelay(agent);
    if (typeof delay === 'number' && Number.isFinite(delay) && delay > 0) this.robotDelays.set(origin, Math.min(delay, 60) * 1000);
    return { allowed: (u: string) => robot.isAllowed(u, agent) !== false, why: `its site's robots.txt disallows it for ${agent.split(/[\s/]/)[0]}` };
  }

  /** The request queue of a URL's host: perHostConcurrency at once, one start per perHostIntervalMs (or Crawl-delay). */
  private queueFor(url: string): PQueue {
    const host = new URL(url).host;
    let q = this.hosts.get(host);
    if (!q) {
      const origin = new URL(url).origin;
      const delay = this.robotDelays.get(origin) ?? 0;
      const interval = Math.max(this.options.perHostIntervalMs, delay);
      q = interval > 0 ? new PQueue({ concurrency: this.options.perHostConcurrency, intervalCap: 1, interval, strict: true }) : new PQueue({ concurrency: this.options.perHostConcurrency });
      this.hosts.set(host, q);
    }
    return q;
  }
}

interface RobotsRules {
  allowed(url: string): boolean;
  /** Why a disallowed URL is refused, for the failure message. */
  why: string;
}

function retryAfter(header: string | null): number | null {
  if (!header) return null;
  const s = Number(header);
  if (Number.isFinite(s)) return s * 1000;
  const t = Date.parse(header);
  return Number.isNaN(t) ? null : Math.max(0, t - Date.now());
}

function networkReason(err: unknown): string {
  const cause = (err as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (err as Error).message ?? String(err);
}
