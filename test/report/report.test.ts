import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildReport, loadResults, renderHtml, renderJson, renderMarkdown, writeMarked, type Mark, type MarkWriter } from '../../src/report/index.js';
import { openStore } from '../../src/store/index.js';
import { goodResult } from '../fixtures/make-result.js';
import { calmResult, hostileResult } from './sample-results.js';

const tmp = mkdtempSync(join(tmpdir(), 'tally-report-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('buildReport', () => {
  it('ranks findings inconsistent first, then unverifiable, then consistent, with their claims and sentences', () => {
    const model = buildReport([calmResult(), hostileResult(), goodResult()]);
    expect(model.findings.map((f) => [f.rank, f.finding.status, f.articleId])).toEqual([
      [1, 'inconsistent', 'doc1'],
      [2, 'unverifiable', 'doc-hostile'],
      [3, 'consistent', 'doc-calm'],
    ]);
    const top = model.findings[0]!;
    expect(top.claims.map((c) => c.text)).toEqual(['240', '150', '80']);
    expect(top.sentences.map((s) => s.index)).toEqual([0, 1]);
    expect(model.totals).toMatchObject({ articles: 3, inconsistent: 1, unverifiable: 1, consistent: 1, claims: 10 });
  });

  it('counts a person quoted in several articles once and an unnamed group once per article, as the database does', () => {
    const [calm, hostile, good] = [calmResult(), hostileResult(), goodResult()];
    const persons = new Set([...calm.speakers, ...good.speakers].filter((s) => s.kind === 'person').map((s) => s.name)).size;
    const groups = [calm, hostile, good].reduce((n, r) => n + new Set(r.speakers.filter((s) => s.kind === 'group').map((s) => s.name.toLowerCase())).size, 0);
    expect(persons).toBeGreaterThan(0);
    expect(buildReport([calm, hostile, good]).totals.speakers).toBe(persons + groups);
    // The same article twice under two ids: its person once, its group ("police") twice.
    expect(buildReport([good, { ...good, id: 'doc1-copy' }]).totals.speakers).toBe(1);
    expect(buildReport([hostile, { ...hostile, id: 'doc-hostile-copy' }]).totals.speakers).toBe(2);
  });
});

describe('writeMarked', () => {
  const w: MarkWriter = { open: (m) => `<${m.kind[0]}>`, close: (m) => `</${m.kind[0]}>`, text: (s) => s };
  it('nests a claim inside a quote', () => {
    const marks: Mark[] = [
      { kind: 'claim', start: 4, end: 6, ref: 'c' },
      { kind: 'quote', start: 0, end: 10, ref: 'q' },
    ];
    expect(writeMarked('abcdefghijkl', 0, 12, marks, w)).toBe('<q>abcd<c>ef</c>ghij</q>kl');
  });
  it('closes and reopens crossing marks so the output stays well formed', () => {
    const marks: Mark[] = [
      { kind: 'quote', start: 0, end: 5, ref: 'q' },
      { kind: 'speaker', start: 3, end: 8, ref: 's' },
    ];
    expect(writeMarked('abcdefghij', 0, 10, marks, w)).toBe('<q>abc<s>de</s></q><s>fgh</s>ij');
  });
  it('clips marks to the range written', () => {
    expect(writeMarked('abcdefghij', 2, 6, [{ kind: 'claim', start: 0, end: 4, ref: 'c' }], w)).toBe('<c>cd</c>ef');
  });
});

describe('renderHtml', () => {
  const html = renderHtml(buildReport([goodResult(), hostileResult()], { origin: 'claims.db' }));

  it('is one self-contained file: inline style and script, nothing loaded from elsewhere', () => {
    expect(html.match(/<script\b/g)).toHaveLength(1);
    expect(html).not.toMatch(/<(script|img|iframe|link|object|embed)\b[^>]*\s(src|href)=/i);
    expect(html).not.toMatch(/@import|url\(/i);
    expect(html).toContain('<style>');
    expect(html).toMatch(/Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; script-src &#39;sha256-/);
  });

  it('escapes everything an article carries', () => {
    expect(html).not.toContain('<script>window.__pwned');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<b>defaced</b>');
    expect(html).toContain('&lt;script&gt;window.__pwned = 1; document.title = &quot;owned&quot;&lt;/script&gt;');
    expect(html).toContain('Site &lt;b&gt;defaced&lt;/b&gt; &amp; &quot;fixed&quot;');
    expect(html).toContain('The share &lt;b&gt;40%&lt;/b&gt; has no base');
    // A javascript: URL is shown as text, never made a link.
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain('<a href="https://news.example/homes" rel="noopener noreferrer">');
  });

  it('highlights claims, quotes and speaker mentions, and links findings to their claims', () => {
    expect(html).toContain('<span class="hl-claim" id="a0-claim-c_26" data-ref="a0-claim-c_26" title="count 240 · new housing units">240</span>');
    expect(html).toMatch(/<span class="hl-quote" id="a0-quote-q_1"[^>]*>We expect <span class="hl-claim"[^>]*>about 2,000<\/span> residents/);
    expect(html).toMatch(/<span class="hl-speaker" id="a0-speaker-sp_lopez"[^>]*title="Maria Lopez, planning director">Maria Lopez<\/span>/);
    expect(html).toContain('data-claims="a0-claim-c_26 a0-claim-c_');
    expect(html).toContain('<li class="finding inconsistent" data-status="inconsistent" id="a0-finding-f_sum">');
  });

  it('shows the source URL, date and publisher of each article', () => {
    expect(html).toContain('The Daily Test · <time datetime="2024-03-05T09:00:00Z">2024-03-05T09:00:00Z</time> · by Ann Writer');
    expect(html).toContain('source: <code>story.txt</code>');
  });
});

describe('renderMarkdown', () => {
  const md = renderMarkdown(buildReport([goodResult(), hostileResult()]));
  it('lists ranked findings with their messages and sentences, claims in bold', () => {
    expect(md).toContain('1. **INCONSISTENT** (sum) The parts add up to 230; the stated total is 240. — [Council approves 240 homes](#article-1)');
    expect(md).toContain('   > The city council approved **240** new housing units on Tuesday, officials said.');
  });
  it('escapes markup and Markdown syntax from articles', () => {
    expect(md).not.toContain('<script>');
    expect(md).toContain('&lt;script&gt;window.\\_\\_pwned');
    expect(md).toContain('Site &lt;b&gt;defaced&lt;/b&gt; &amp; "fixed"');
  });
  it('highlights the article text: claims bold, quotes italic, speakers underlined', () => {
    expect(md).toContain('*We expect **about 2,000** residents to move in by next year,*');
    expect(md).toContain('planning director <ins>Maria Lopez</ins>.');
  });
});

describe('renderJson', () => {
  it('round-trips the model', () => {
    const model = buildReport([goodResult()]);
    expect(JSON.parse(renderJson(model))).toEqual(JSON.parse(JSON.stringify(model)));
  });
});

describe('loadResults', () => {
  it('reads back from the claims database exactly the Results that were stored', () => {
    const path = join(tmp, 'claims.db');
    const store = openStore(path);
    const results = [goodResult(), hostileResult()];
    store.writeResults(results);
    store.close();
    const loaded = loadResults(path);
    const byId = new Map(loaded.map((r) => [r.id, r]));
    for (const r of results) {
      const got = byId.get(r.id)!;
      expect(got.article).toEqual(r.article);
      expect(got.sentences).toEqual(r.sentences);
      expect(got.claims).toEqual(r.claims);
      expect(got.quotes).toEqual(r.quotes);
      expect(got.speakers).toEqual(r.speakers);
      expect(got.findings).toEqual(r.findings);
    }
  });

  it('opens the database read-only', () => {
    const path = join(tmp, 'ro.db');
    const store = openStore(path);
    store.writeResults([goodResult()]);
    store.close();
    const before = openStore(path, { readonly: true });
    const count = (before.db.prepare('SELECT count(*) AS n FROM claims').get() as { n: number }).n;
    before.close();
    loadResults(path);
    const after = openStore(path, { readonly: true });
    expect((after.db.prepare('SELECT count(*) AS n FROM claims').get() as { n: number }).n).toBe(count);
    after.close();
  });
});

describe('per-article findings', () => {
  it('lists an article\'s own findings ranked too, inconsistent first', () => {
    const r = goodResult();
    r.findings = [{ ...r.findings[0]!, id: 'f_ok', status: 'consistent', message: 'Fine.' }, r.findings[0]!];
    const html = renderHtml(buildReport([r]));
    const list = html.slice(html.indexOf('<h3>Findings</h3>'));
    expect(list.indexOf('inconsistent')).toBeLessThan(list.indexOf('Fine.'));
    const md = renderMarkdown(buildReport([r]));
    const section = md.slice(md.indexOf('**Findings**'));
    expect(section.indexOf('**inconsistent**')).toBeLessThan(section.indexOf('**consistent**'));
  });
});
