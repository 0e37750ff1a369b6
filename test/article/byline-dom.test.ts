import { describe, expect, it } from 'vitest';
import { stripRole, parseBylineLine, namesFromBylineBox } from '../../src/article/byline.js';
import { dateInBylineBox } from '../../src/article/html/extract-html.js';
import { run } from './helpers.js';

const P1 = 'The water company said on Monday that it would spend more on replacing old pipes after a summer in which leaks cost the region millions of litres a day.';
const P2 = 'Campaigners welcomed the plan but said the timetable was too slow, pointing out that the worst-affected streets would not be reached for another four years.';
const P3 = 'The regulator is expected to publish its own review of the company’s leak figures in the spring, alongside new targets for every supplier in the country.';

function page(head: string, body: string): string {
  return `<!doctype html><html lang="en"><head><title>Water firm promises pipe repairs</title>${head}</head><body>${body}</body></html>`;
}

describe('bylines', () => {
  it('strips a role or outlet after a separator', () => {
    expect(stripRole('Jane Doe | Staff Writer')).toBe('Jane Doe');
    expect(stripRole('Jane Doe, Senior Correspondent')).toBe('Jane Doe');
    expect(stripRole('Jane Doe - Daily Courier News')).toBe('Jane Doe');
    expect(stripRole('Jane Doe')).toBe('Jane Doe');
    expect(parseBylineLine('By Tom Reyes | Staff')).toEqual(['Tom Reyes']);
    expect(namesFromBylineBox('By Ana Ruiz and Tom Reyes, Staff Writers')).toEqual(['Ana Ruiz', 'Tom Reyes']);
  });

  it('keeps the writers and leaves out editors, photographers and reviewers credited after them', () => {
    expect(namesFromBylineBox('Written by Nora Vance Edited by Paul Grey')).toEqual(['Nora Vance']);
    expect(namesFromBylineBox('By Nora Vance and Eli Moss. Photos by Kim Lund')).toEqual(['Nora Vance', 'Eli Moss']);
    expect(parseBylineLine('By Nora Vance | Medically reviewed by Dr. Ada Park')).toEqual(['Nora Vance']);
    expect(parseBylineLine('By Nora Vance, additional reporting by Eli Moss')).toEqual(['Nora Vance']);
    const html = page('', `<article><h1>Water firm promises pipe repairs</h1><p class="byline author">Written by Nora Vance<br>Edited by Paul Grey</p><p>${P1}</p><p>${P2}</p><p>${P3}</p></article>`);
    expect(run(html).article.byline).toEqual(['Nora Vance']);
  });

  it('reads every linked author of a byline box, and the time stamp it prints, even inside the story header box', () => {
    const html = page('', `<div class="col-main"><div class="story-header"><h1>Water firm promises pipe repairs</h1><div class="byline-block"><div>By <a href="/people/nora-vance">Nora Vance</a> and <a href="/people/eli-moss">Eli Moss</a></div><div>Updated 3:45 PM, Mon July 15, 2024</div></div></div><div class="story-body"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div></div>`);
    const { article } = run(html);
    expect(article.byline).toEqual(['Nora Vance', 'Eli Moss']);
    expect(article.published).toBe('2024-07-15T15:45:00');
    expect(article.text).not.toContain('Nora Vance');
  });

  it('reads the published time of a byline box before its updated time, and nothing from a box without a date', () => {
    expect(dateInBylineBox('By Nora Vance Published 9:10 AM March 3, 2023 Updated 2:00 PM March 4, 2023')).toBe('2023-03-03T09:10:00');
    expect(dateInBylineBox('By Nora Vance, last updated 4 June 2022')).toBe('2022-06-04');
    expect(dateInBylineBox('By Nora Vance and Eli Moss')).toBeNull();
  });

  it('reads no name out of a "Last Updated: <date>" or reading-time box', () => {
    expect(namesFromBylineBox('Last Updated: January 7, 2025')).toEqual([]);
    expect(namesFromBylineBox('5 Min Read')).toEqual([]);
  });

  it('reads a rel="author" link inside the story header', () => {
    const html = page('', `<article><header><h1>Water firm promises pipe repairs</h1><div class="entry-info"><address class="vcard"><a rel="author" href="/author/mk">Maya Kell</a></address></div></header><p>${P1}</p><p>${P2}</p><p>${P3}</p></article>`);
    expect(run(html).article.byline).toEqual(['Maya Kell']);
  });

  it('takes the itemprop="name" parts of an itemprop="author" box, not its label', () => {
    const html = page('', `<article><div itemprop="author" itemscope itemtype="http://schema.org/Person"><span>Water Desk</span> <span itemprop="name">Sam Okafor</span></div><p>${P1}</p><p>${P2}</p><p>${P3}</p></article>`);
    expect(run(html).article.byline).toEqual(['Sam Okafor']);
  });

  it('takes the linked name from an author box that also holds a job title', () => {
    const html = page('', `<article><div class="author"><a class="author-link" href="/author/lee-ames">Lee Ames</a> Environment Editor</div><p>${P1}</p><p>${P2}</p><p>${P3}</p></article>`);
    expect(run(html).article.byline).toEqual(['Lee Ames']);
  });

  it('ignores bylines of other stories in a related list, and prefers JSON-LD authors', () => {
    const related = `<div class="related-stories"><ul><li><a href="/x">Dam levels fall</a> <span class="byline">Rita Gomes</span></li></ul></div>`;
    expect(run(page('', `${related}<article><p>${P1}</p><p>${P2}</p><p>${P3}</p></article>`)).article.byline).toEqual([]);
    const ld = '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"Water firm promises pipe repairs","author":[{"@type":"Person","name":"Ana Ruiz"},{"@type":"Person","name":"Tom Reyes"}]}]}</script>';
    expect(run(page(ld, `<article><span class="byline">By Someone Else</span><p>${P1}</p><p>${P2}</p><p>${P3}</p></article>`)).article.byline).toEqual(['Ana Ruiz', 'Tom Reyes']);
  });

  it('reads a surname-first catalogue creator ("Doe, Jane") as one person, and og:article:author', () => {
    const body = `<article><p>${P1}</p><p>${P2}</p><p>${P3}</p></article>`;
    expect(run(page('<meta name="DC.Creator" content="Kell, Maya">', body)).article.byline).toEqual(['Maya Kell']);
    expect(run(page('<meta name="DC.Creator" content="Okafor, Sam T.">', body)).article.byline).toEqual(['Sam T. Okafor']);
    expect(run(page('<meta property="og:article:author" content="Lee Ames">', body)).article.byline).toEqual(['Lee Ames']);
  });

  it('prefers the name printed on the page to a user handle in the metadata', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Water firm promises pipe repairs","author":"WaterDesk42"}</script>';
    const body = `<article><span class="author-name">Rita Gomes</span><p>${P1}</p><p>${P2}</p><p>${P3}</p></article>`;
    expect(run(page(ld, body)).article.byline).toEqual(['Rita Gomes']);
    expect(run(page('<meta name="author" content="rgomes">', body)).article.byline).toEqual(['Rita Gomes']);
  });

  it('reads itemprop="author" in the story\'s own <aside> note, but not a byline in an <aside> outside the story', () => {
    const note = '<aside><p><span itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Maya Kell</span> —</span> <time datetime="2024-03-01">2024-03-01</time></p></aside>';
    expect(run(page('', `<article><p>${P1}</p><p>${P2}</p><p>${P3}</p>${note}</article>`)).article.byline).toEqual(['Maya Kell']);
    const rail = '<aside><ul><li><a href="/y">Reservoir reopens</a> <span itemprop="author">Rita Gomes</span></li></ul></aside>';
    expect(run(page('', `<article><p>${P1}</p><p>${P2}</p><p>${P3}</p></article>${rail}`)).article.byline).toEqual([]);
  });

  it('keeps every co-author when the author meta tag repeats', () => {
    const head = '<meta name="author" content="Maya Kell"><meta name="author" content="Sam Okafor"><meta name="author" content="Maya Kell">';
    expect(run(page(head, `<article><p>${P1}</p><p>${P2}</p><p>${P3}</p></article>`)).article.byline).toEqual(['Maya Kell', 'Sam Okafor']);
  });
});

describe('co-authors in brackets', () => {
  it('reads "(with X and Y)" and "(avec X et Y)" after the names as co-authors', () => {
    expect(namesFromBylineBox('By Jane Doe (with John Roe and Ann Poe)')).toEqual(['Jane Doe', 'John Roe', 'Ann Poe']);
    expect(namesFromBylineBox('Par Marc Dupont (avec Léa Roy et Paul Vidal)')).toEqual(['Marc Dupont', 'Léa Roy', 'Paul Vidal']);
    expect(namesFromBylineBox('By Jane Doe (with reporting from the field)')).toEqual(['Jane Doe']);
  });

  it('adds them to the linked name of a byline box, and prefers that fuller list to a one-name meta author', () => {
    const head = '<meta name="author" content="Marc Dupont">';
    const body = `<article><p class="signature">Par <a href="/journaliste/marc-dupont/">Marc Dupont</a> (avec Léa Roy et Paul Vidal)</p><p>${P1}</p><p>${P2}</p><p>${P3}</p></article>`;
    expect(run(page(head, body)).article.byline).toEqual(['Marc Dupont', 'Léa Roy', 'Paul Vidal']);
  });

  it('keeps the meta authors when the printed byline names someone else', () => {
    const head = '<meta name="author" content="Marc Dupont">';
    const body = `<article><p class="signature">Par <a href="/journaliste/lea-roy/">Léa Roy</a> (avec Paul Vidal)</p><p>${P1}</p><p>${P2}</p><p>${P3}</p></article>`;
    expect(run(page(head, body)).article.byline).toEqual(['Marc Dupont']);
  });
});
