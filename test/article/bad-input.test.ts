import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeDocument, InputError } from '../../src/sources/index.js';
import { run } from './helpers.js';

const PARA = 'The water board said on Monday that repairs to the main pipe under the high street would take another three weeks, longer than the ten days first promised to residents.';

describe('bad input never crashes or hangs the Article stage', () => {
  it('extracts what it can from truncated HTML', () => {
    const html = `<html><head><title>Pipe repairs</title></head><body><article><p>${PARA}</p><p>${PARA.replace('Monday', 'Tuesday')}</p><p>Residents in the affected streets have been offered bottled water and a rebate on their bills for the whole of the mon`;
    const { article, diagnostics } = run(html);
    expect(diagnostics).toEqual([]);
    expect(article.text).toContain('Residents in the affected streets');
  });

  it('handles a 50 MB page', () => {
    // Pages that big are mostly embedded data (state JSON, inline images) around a large teaser grid.
    const data = `<script>window.__STATE__=${JSON.stringify({ items: 'x'.repeat(40_000_000) })}</script>`;
    const filler = `<div class="teaser"><a href="/x">Another headline</a></div>`.repeat(170_000);
    const html = `<html><head>${data}</head><body>${filler}<article>${`<p>${PARA}</p>`.repeat(50)}</article></body></html>`;
    expect(html.length).toBeGreaterThan(50_000_000);
    const { article } = run(html);
    expect(article.paragraphs.length).toBeGreaterThan(0);
    expect(article.text).not.toContain('Another headline');
  }, 60_000);

  it('handles markup nested 10,000 levels deep', () => {
    const html = `<html><body>${'<div>'.repeat(10_000)}<p>${PARA}</p><p>${PARA}.</p>${'</div>'.repeat(10_000)}</body></html>`;
    const { article } = run(html);
    expect(article.text).toContain('The water board said');
  });

  it('handles lists nested 10,000 levels deep inside a story (each box is judged from bottom-up counts, not by walking below it again)', () => {
    const html = `<html><body><article><p>${PARA}</p><p>${PARA}</p>${'<ul><li>'.repeat(10_000)}the innermost item <a href="/a">links out</a> here${'</li></ul>'.repeat(10_000)}</article></body></html>`;
    const { article } = run(html);
    expect(article.text).toContain('The water board said');
  });

  it('reports "no article body found" for a home page of headlines', () => {
    const items = Array.from({ length: 30 }, (_, i) => `<li><a href="/story/${i}">Headline number ${i} about the town</a></li>`).join('');
    const html = `<html><head><title>Valley Gazette: local news</title></head><body><nav><a href="/">Home</a></nav><ul class="top-stories">${items}</ul><footer>Contact us</footer></body></html>`;
    const { article, diagnostics } = run(html);
    expect(diagnostics).toEqual(['fatal no-article-body: no article body found']);
    expect(article.text).toBe('');
    expect(article.paragraphs).toEqual([]);
  });

  it('reports "no article body found" for a home page of story cards with headlines, deks and time stamps', () => {
    const dek = 'Engineers worked through the night to restore supplies, but some homes could be without power until Friday, the operator said.';
    const cards = Array.from({ length: 12 }, (_, i) => `<div class="card"><a href="/s/${i}"><img src="${i}.jpg"></a><h3><a href="/s/${i}">Headline number ${i} about the town and its people</a></h3><p>${dek}</p><span>${i + 1}h ago</span></div>`).join('');
    const html = `<html><head><title>Valley Gazette: local news</title></head><body><main><section class="top"><h2>Top stories</h2>${cards}</section></main><footer>© Valley Gazette</footer></body></html>`;
    const { article, diagnostics } = run(html);
    expect(diagnostics).toEqual(['fatal no-article-body: no article body found']);
    expect(article.text).toBe('');
  });

  it('keeps a story that ends with a few related-story cards, and a long story with many', () => {
    const para = 'The county council voted on Tuesday night to close two branch libraries next spring, saying the buildings needed repairs it could not afford this year.';
    const card = (i: number) => `<div class="card"><h3><a href="/r/${i}">Related headline ${i} about the libraries</a></h3><p>A short dek for related story ${i}.</p></div>`;
    const short = run(`<html><head><title>Libraries to close</title></head><body><article><h1>Libraries to close</h1>${`<p>${para}</p>`.repeat(4)}${[1, 2, 3].map(card).join('')}</article></body></html>`);
    expect(short.diagnostics).toEqual([]);
    expect(short.article.text).toContain(para);
    const long = run(`<html><head><title>Libraries to close</title></head><body><article><h1>Libraries to close</h1>${`<p>${para}</p>`.repeat(12)}${[1, 2, 3, 4, 5, 6].map(card).join('')}</article></body></html>`);
    expect(long.diagnostics).toEqual([]);
    expect(long.article.text).toContain(para);
  });

  it('reports "no article body found" for a 404 page', () => {
    const html = `<html><head><title>Page not found | Valley Gazette</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><h1>Sorry, we could not find that page</h1><p>The page you are looking for may have been moved or deleted. Try the search box or go back to the home page.</p><footer>© Valley Gazette</footer></body></html>`;
    const { article, diagnostics } = run(html);
    expect(diagnostics).toEqual(['fatal no-article-body: no article body found']);
    expect(article.text).toBe('');
  });

  it('reports "no article body found" for a plain-text dump with no story', () => {
    const { diagnostics } = run('Home\nNews\nSport\n\nSign in\n', 'text/plain');
    expect(diagnostics).toEqual(['fatal no-article-body: no article body found']);
  });

  it('rejects an image served as .html before extraction', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, ...new Array(200).fill(7)]);
    expect(() => decodeDocument(png, { location: 'photo.html', declaredType: 'text/html' })).toThrow(InputError);
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, ...new Array(200).fill(3)]);
    expect(() => decodeDocument(jpeg, { location: 'photo.html', declaredType: 'text/html' })).toThrow(/binary/);
  });

  it('never throws on arbitrary markup and keeps offsets in range (property)', () => {
    const tag = fc.constantFrom('<p>', '</p>', '<div class="share">', '</div>', '<br>', '<h2>', '</h2>', '<script>', '</script>', '<!--', '-->', '<li>', '<table><tr><td>', '&amp;', '"', '<figure><figcaption>',
      '<article><h1>Title</h1>', '</article>', '<iframe src="/ad"></iframe>', '<form><input>', '</form>', '<div class="paywall">', '<div style="display:inline-block">',
      '<span class="dateline">', '</span>', '<script type="application/ld+json">{"@type":"NewsArticle","articleBody":"One.\\nTwo <p>three</p>"}</script>');
    const piece = fc.oneof(tag, fc.string({ maxLength: 40 }), fc.constant(PARA));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.boolean(), (pieces, html) => {
        const { article } = run(pieces.join(''), html ? 'text/html' : 'text/plain');
        for (const p of article.paragraphs) {
          expect(p.start).toBeLessThanOrEqual(p.end);
          expect(p.end).toBeLessThanOrEqual(article.text.length);
          expect(article.text.slice(p.start, p.end).length).toBe(p.end - p.start);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('a story that lists items under linked headings is not a home page', () => {
  const intro = 'Six new places opened in the old market hall this year, and most of them are still busy on a wet Tuesday night, which says a lot about the town.';
  const outro = 'Opening hours change in the winter months, so check with each place before you travel, and book ahead for a table on weekend evenings.';
  const item = (i: number) => `<div class="item"><h2><a href="https://places.example.org/${i}">Place number ${i}</a></h2><p>The kitchen at place ${i} serves small plates from an open grill, and the menu changes every week with what the local farms bring in.</p></div>`;
  const cards = [1, 2, 3, 4, 5, 6].map(item).join('');

  it('extracts a roundup introduced and closed in words of its own', () => {
    const { article, diagnostics } = run(`<html><head><title>Where to eat in the market hall</title></head><body><article><h1>Where to eat</h1><p>${intro}</p>${cards}<p>${outro}</p></article></body></html>`);
    expect(diagnostics).toEqual([]);
    expect(article.text).toContain(intro);
    expect(article.text).toContain('The kitchen at place 4 serves small plates');
  });

  it('still reports "no article body found" for a section page of such cards under a one-line description', () => {
    const { diagnostics } = run(`<html><head><title>Food | Valley Gazette</title></head><body><main><h1>Food</h1><p>The latest reviews and openings from our food writers, every week.</p>${cards}</main></body></html>`);
    expect(diagnostics).toEqual(['fatal no-article-body: no article body found']);
  });
});

describe('error pages are told by their title, not by a word in a headline', () => {
  const story = (title: string) => `<html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>${PARA}</p><p>${PARA.replace('Monday', 'Tuesday')}</p></article></body></html>`;

  it('keeps a short story whose headline says "error" or "not found"', () => {
    for (const title of ['Human error blamed for tram crash', 'Missing hiker not found after three days', 'Error in census data left 3,000 homes uncounted']) {
      const { article, diagnostics } = run(story(title));
      expect(diagnostics).toEqual([]);
      expect(article.text).toContain(PARA);
    }
  });

  it('reports "no article body found" for a short page titled as an error page', () => {
    for (const title of ['Not Found | Valley Gazette', 'Error 404 - Valley Gazette', 'Oops! Something went wrong']) {
      expect(run(story(title)).diagnostics).toEqual(['fatal no-article-body: no article body found']);
    }
  });
});

describe('a short story followed by a grid of other stories\' cards', () => {
  it('keeps the story and leaves the cards out, though the story is under the length that makes looser passes run', () => {
    const story = [
      'The island ferry will not sail on Sunday because of high winds forecast for the strait, the operator said on Friday.',
      'Passengers booked on Sunday crossings can move to a Monday sailing at no extra cost, or ask for a full refund online.',
      'The last time the route closed for wind was in February, when crossings stopped for two days and shops ran short.',
    ];
    const card = (i: number) => `<div class="item"><h3><a href="/news/story-${i}">Another local story number ${i} about roads and schools</a></h3><p>A short dek for story ${i}, with a few words of summary about what happened in the town this week.</p></div>`;
    const rail = '<aside class="rail"><h3>Most Read</h3><ul><li><a href="/a">Storm knocks out power to thousands across the county</a></li><li><a href="/b">School board names new superintendent</a></li></ul></aside>';
    const html = `<html><head><title>Ferry cancelled</title></head><body><header class="site-header"><nav><a href="/">Home</a></nav></header><div class="page-wrap"><div class="main-col"><article><h1>Ferry cancelled</h1>${story.map((p) => `<p>${p}</p>`).join('')}<div class="more">${[1, 2, 3, 4, 5, 6, 7, 8].map(card).join('')}</div></article></div>${rail}</div><footer><p>© 2024 The Daily Courier</p></footer></body></html>`;
    const { article, diagnostics } = run(html);
    expect(diagnostics).toEqual([]);
    for (const p of story) expect(article.text).toContain(p);
    expect(article.text).not.toContain('A short dek');
  });
});
