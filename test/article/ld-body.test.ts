import { describe, expect, it } from 'vitest';
import { blocksFromArticleBody } from '../../src/article/html/ld-body.js';
import { paragraphsOf, run } from './helpers.js';

const P1 = 'The harbour board approved a new ferry timetable on Thursday that adds two evening crossings on weekdays from the first of June.';
const P2 = 'Board members said the extra crossings would cost about £180,000 a year, paid for by a small rise in the price of a return ticket.';
const P3 = 'Commuters who had asked for later sailings for years said the change was welcome, though several said the fare rise was steep for families & pensioners.';

function page(ld: Record<string, unknown> | null, body: string): string {
  const script = ld ? `<script type="application/ld+json">${JSON.stringify(ld)}</script>` : '';
  return `<!doctype html><html lang="en"><head><title>Ferry timetable adds evening crossings</title>${script}</head><body>${body}</body></html>`;
}

describe('the JSON-LD articleBody of a page that renders its story by script', () => {
  const shell = '<div id="root"><nav><a href="/">Home</a></nav><div class="loading">Loading…</div></div>';

  it('stands in for the text when the page shows (almost) none of it, paragraph by paragraph', () => {
    const { article, diagnostics } = run(page({ '@type': 'NewsArticle', headline: 'Ferry timetable adds evening crossings', articleBody: `${P1}\n\n${P2}\n${P3.replace('&', '&amp;')}` }, shell));
    expect(diagnostics).toEqual([]);
    expect(paragraphsOf(article)).toEqual([`body: ${P1}`, `body: ${P2}`, `body: ${P3}`]);
  });

  it('reads an articleBody given as HTML', () => {
    const { article } = run(page({ '@type': 'NewsArticle', articleBody: `<p>${P1}</p><p>${P2}</p><p>${P3.replace('&', '&amp;')}</p>` }, shell));
    expect(paragraphsOf(article)).toEqual([`body: ${P1}`, `body: ${P2}`, `body: ${P3}`]);
  });

  it('leaves the page\'s own text alone when the page shows the story', () => {
    const shown = `<article><p>${P1}</p><p>${P2}</p><p>${P3}</p></article>`;
    const { article } = run(page({ '@type': 'NewsArticle', articleBody: `${P1} ${P2} ${P3} A closing paragraph the page does not print.` }, shown));
    expect(article.text).not.toContain('closing paragraph');
  });

  it('takes a "<" in plain text for a character', () => {
    expect(blocksFromArticleBody('Fares rose by < 5 percent.\nThe board met twice.')).toEqual([
      { text: 'Fares rose by < 5 percent.', role: 'body' },
      { text: 'The board met twice.', role: 'body' },
    ]);
  });
});

describe('a home page of teaser cards', () => {
  it('stays "no article body found" though its JSON-LD describes a lead story with its text', () => {
    const dek = 'Engineers worked through the night to restore supplies, but some homes could be without power until Friday, the operator said.';
    const cards = Array.from({ length: 12 }, (_, i) => `<div class="card"><h3><a href="/s/${i}">Headline number ${i} about the town and its people</a></h3><p>${dek}</p><span>${i + 1}h ago</span></div>`).join('');
    const { diagnostics } = run(page({ '@type': 'NewsArticle', articleBody: `${P1}\n${P2}\n${P3}` }, `<main><section><h2>Top stories</h2>${cards}</section></main>`));
    expect(diagnostics).toEqual(['fatal no-article-body: no article body found']);
  });
});
