import { describe, expect, it } from 'vitest';
import { paragraphsOf, run } from './helpers.js';

const P1 = 'Shipping companies raised their freight rates for the third month in a row on Friday, citing higher fuel costs and congestion at two of the busiest ports in the region.';
const P2 = 'Analysts said the increases, which average 6 percent, would feed through to shop prices by the summer, although some retailers have already signed fixed contracts.';
const P3 = 'The port authority said it expected the backlog of container ships, which peaked at 41 last week, to clear within a fortnight as new cranes come into service.';
const P4 = 'Unions at both ports have warned that staff shortages could slow that timetable, and talks on overtime pay are due to resume on Monday morning.';

function page(body: string, head = ''): string {
  return `<!doctype html><html lang="en-GB"><head><title>Freight rates climb again | Harbour Times</title>${head}</head><body>${body}</body></html>`;
}

const NAV = '<header class="site-header"><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav></header>';
const FOOTER = '<footer><p>© 2024 Harbour Times. All rights reserved.</p><ul><li><a href="/about">About us</a></li><li><a href="/privacy">Privacy</a></li></ul></footer>';

describe('HTML pages', () => {
  it('keeps the story paragraphs and drops navigation, share bar, related list, newsletter box and footer', () => {
    const html = page(`${NAV}
      <main><article>
        <h1>Freight rates climb again</h1>
        <div class="share-bar"><a href="#">Share on Facebook</a><a href="#">Tweet</a></div>
        <p>${P1}</p><p>${P2}</p>
        <div class="newsletter-signup"><p>Get the morning briefing in your inbox every day.</p><form><input type="email"><button>Sign up</button></form></div>
        <p>${P3}</p><p>${P4}</p>
        <div class="related-stories"><h3>Related</h3><ul><li><a href="/a">Port strike called off</a></li><li><a href="/b">Fuel prices hit a record</a></li></ul></div>
      </article></main>
      <aside class="most-read"><h2>Most read</h2><ol><li><a href="/c">Council approves budget</a></li></ol></aside>${FOOTER}`);
    const { article, diagnostics } = run(html);
    expect(diagnostics).toEqual([]);
    expect(paragraphsOf(article)).toEqual([`body: ${P1}`, `body: ${P2}`, `body: ${P3}`, `body: ${P4}`]);
    expect(article.title).toBe('Freight rates climb again');
    expect(article.language).toBe('en');
  });

  it('gives headings, block quotes and list items their roles and keeps captions out of the text', () => {
    const html = page(`<article><div class="article-body">
      <p>${P1}</p>
      <figure><img src="a.jpg"><figcaption>Cranes at the container terminal on Thursday. <span class="credit">Lee Chan/AFP</span></figcaption></figure>
      <p>${P2}</p><h2>What comes next</h2><p>${P3}</p>
      <blockquote><p>We are doing everything we can to clear the queue before the holidays.</p></blockquote>
      <ul><li>Rates on the Asia route rose 8 percent over the month.</li><li>Rates on the Atlantic route were flat over the month.</li></ul>
      <p>${P4}</p></div></article>`);
    const { article } = run(html);
    expect(article.paragraphs.map((p) => p.role)).toEqual(['body', 'body', 'heading', 'body', 'blockquote', 'list_item', 'list_item', 'body']);
    expect(article.captions).toEqual([{ text: 'Cranes at the container terminal on Thursday.', credit: 'Lee Chan/AFP' }]);
    expect(article.text).not.toContain('Cranes');
  });

  it('reads metadata from JSON-LD @graph, OpenGraph and meta tags', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Harbour Times' },
        { '@type': 'NewsArticle', headline: 'Freight rates climb again', datePublished: '2024-03-08T09:30:00+00:00', author: [{ '@type': 'Person', name: 'Rosa Diaz' }, { '@type': 'Person', name: 'Ken Ito' }], publisher: { '@type': 'NewsMediaOrganization', name: 'Harbour Times' } },
      ],
    });
    const head = `<script type="application/ld+json">${ld}</script><meta property="og:site_name" content="The Harbour Times"><link rel="canonical" href="https://example.org/freight">`;
    const { article } = run(page(`<article><p>${P1}</p><p>${P2}</p><p>${P3}</p></article>`, head));
    expect(article.title).toBe('Freight rates climb again');
    expect(article.byline).toEqual(['Rosa Diaz', 'Ken Ito']);
    expect(article.published).toBe('2024-03-08T09:30:00+00:00');
    expect(article.publisher).toBe('Harbour Times');
    expect(article.url).toBe('https://example.org/freight');
  });

  it('falls back to meta tags, lifts an in-text "By X and Y" line into the byline, and normalises the date', () => {
    const head = '<meta property="og:title" content="Freight rates climb again"><meta property="article:published_time" content="March 8, 2024 9:30 AM"><meta property="og:site_name" content="Harbour Times">';
    const { article } = run(page(`<article><h1>Freight rates climb again</h1><p>By Rosa Diaz and Ken Ito</p><p>${P1}</p><p>${P2}</p><p>${P3}</p></article>`, head));
    expect(article.byline).toEqual(['Rosa Diaz', 'Ken Ito']);
    expect(article.published).toBe('2024-03-08T09:30:00');
    expect(article.publisher).toBe('Harbour Times');
    expect(article.text.startsWith(P1)).toBe(true);
  });

  it('marks a lead paragraph in a standfirst box', () => {
    const { article } = run(page(`<article><p class="article-standfirst">Rates are up for a third month as ports struggle with a backlog of ships.</p><p>${P1}</p><p>${P2}</p><p>${P3}</p></article>`));
    expect(article.paragraphs.map((p) => p.role)).toEqual(['standfirst', 'body', 'body', 'body']);
  });

  it('extracts a non-English page and records its language', () => {
    const fr = [
      "Les compagnies maritimes ont relevé leurs tarifs pour le troisième mois consécutif vendredi, invoquant la hausse du carburant et l'engorgement de deux grands ports.",
      'Selon les analystes, ces hausses, de 6 % en moyenne, se répercuteront sur les prix en magasin dès cet été, même si certains distributeurs ont signé des contrats fixes.',
      "L'autorité portuaire prévoit que la file de porte-conteneurs, qui a culminé à 41 navires la semaine dernière, sera résorbée d'ici quinze jours.",
    ];
    const html = `<html><head><title>Fret</title></head><body><div id="content">${fr.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
    const { article } = run(html);
    expect(article.language).toBe('fr');
    expect(article.paragraphs).toHaveLength(3);
  });

  it('drops a page copy printed twice (mobile and desktop versions)', () => {
    const copy = `<p>${P1}</p><p>${P2}</p><p>${P3}</p>`;
    const { article } = run(page(`<div class="content"><div class="desktop">${copy}</div><div class="mobile">${copy}</div></div>`));
    expect(article.paragraphs).toHaveLength(3);
  });

  it('keeps every offset consistent with the text', () => {
    const { article } = run(page(`<article><h2>Rates &amp; ports</h2><p>${P1}</p><p>${P2}<br><br>${P3}</p></article>`));
    for (const p of article.paragraphs) {
      expect(article.text.slice(p.start, p.end)).toBe(article.text.slice(p.start, p.end).trim());
      expect(p.end).toBeLessThanOrEqual(article.text.length);
    }
    expect(article.paragraphs.map((p) => article.text.slice(p.start, p.end)).join('\n\n')).toBe(article.text);
  });
});

describe('HTML furniture after the story', () => {
  it('drops a trailing heading with a list of teaser links, and comment prompts', () => {
    const html = `<html><body><div class="story"><p>${P1}</p><p>${P2}</p><p>${P3}</p>
      <h3>More from the business desk</h3><p><a href="/1">Port strike called off</a></p><p><a href="/2">Fuel prices hit a record</a></p>
      <p>To post a comment, log in with your social network account and then add your comment below the article.</p></div></body></html>`;
    const { article } = run(html);
    expect(paragraphsOf(article)).toEqual([`body: ${P1}`, `body: ${P2}`, `body: ${P3}`]);
  });

  it('keeps a paragraph repeated on purpose next to itself but drops a duplicated pair further down', () => {
    const html = `<html><body><div class="story"><p>${P1}</p><p>${P2}</p><p>${P3}</p><p>${P4}</p><p>${P1}</p><p>${P2}</p></div></body></html>`;
    const { article } = run(html);
    expect(article.paragraphs).toHaveLength(4);
  });

  it('drops widget labels before the story and a dateline-style date line', () => {
    const html = `<html><body><article><p>Video</p><p>00:35</p><p>Submitted on Mon, 2024-03-08 13:49</p><p>${P1}</p><p>${P2}</p><p>${P3}</p></article></body></html>`;
    const { article } = run(html);
    expect(article.text.startsWith(P1)).toBe(true);
    expect(article.published).toBe('2024-03-08T13:49:00');
  });
});
