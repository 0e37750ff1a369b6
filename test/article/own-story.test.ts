import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/article/html/dom.js';
import { findMarkedBody, findOwnStory } from '../../src/article/html/own-story.js';
import { run } from './helpers.js';

const OWN = [
  'The county agreed on Monday to buy six electric buses for its rural routes, the first of a fleet it plans to replace by 2030, officials said.',
  'The buses, which cost about $750,000 each, will be paid for mostly by a federal clean-transit grant awarded to the county in the spring.',
  'Drivers will train on the new vehicles over the summer, and the first routes to switch are those with the shortest daily mileage.',
  'The transit director said charging stations would be installed at the main depot by August, ahead of the buses arriving in the fall.',
];
const NEXT = Array.from({ length: 10 }, (_, i) => `Storm report ${i + 1}: crews from three counties worked through the night, and the utility said most customers, though not all, would have power back by Friday evening.`);

function page(body: string, title = 'County buys six electric buses'): string {
  return `<!doctype html><html lang="en"><head><title>${title} | The Valley Ledger</title><meta property="og:title" content="${title}"></head><body>${body}</body></html>`;
}
const own = `<article class="post"><header><h1>County buys six electric buses</h1></header><div class="entry">${OWN.map((p) => `<p>${p}</p>`).join('')}</div></article>`;
const next = `<article class="post"><header><h1>Storm leaves thousands without power</h1></header><div class="entry">${NEXT.map((p) => `<p>${p}</p>`).join('')}</div></article>`;

describe('the page\'s own story among several <article> stories', () => {
  it('takes the story under the page\'s title, not the longer next story loaded below it', () => {
    const text = run(page(`<main>${own}<div class="next-up">${next}</div></main>`)).article.text;
    for (const p of OWN) expect(text).toContain(p);
    expect(text).not.toContain('Storm report');
  });

  it('takes it when the longer story comes first as well', () => {
    const text = run(page(`<main>${next}${own}</main>`)).article.text;
    expect(text).toContain(OWN[0]);
    expect(text).not.toContain('Storm report');
  });

  it('keeps a story body set outside the <article> that holds its headline and standfirst', () => {
    const dek = 'The county will replace its diesel fleet on rural routes over the next six years, starting with six buses paid for by a federal grant, and drivers will begin training on the new vehicles this summer before the first routes switch in the fall.';
    const head = `<article class="head"><h1>County buys six electric buses</h1><p>${dek}</p><p>${dek}</p></article>`;
    const body = `<div class="story-body">${OWN.map((p) => `<p>${p}</p>`).join('')}${OWN.map((p) => `<p>${p.replace('The', 'Then the')}</p>`).join('')}</div>`;
    const rival = `<article class="promo"><h2>Storm leaves thousands without power</h2>${NEXT.slice(0, 4).map((p) => `<p>${p}</p>`).join('')}</article>`;
    const text = run(page(`<main>${head}${body}<aside>${rival}</aside></main>`)).article.text;
    for (const p of OWN) expect(text).toContain(p);
  });

  it('leaves the choice to scoring when the title names neither story', () => {
    const text = run(page(`<main>${own}${next}</main>`, 'Morning briefing')).article.text;
    expect(text).toContain('Storm report 1:');
  });
});

describe('findOwnStory', () => {
  const find = (body: string, title: string) => findOwnStory(parseHtml(page(body, title)), [title]);

  it('finds the article whose first <h1> is the title, by its words ("buses" and "Buses" alike)', () => {
    expect(find(`${own}${next}`, 'County Buys Six Electric Buses')?.story.attribs.class).toBe('post');
  });

  it('needs two stories: one <article> on the page gives no answer', () => {
    expect(find(own, 'County buys six electric buses')).toBeNull();
  });

  it('ignores teaser cards: an <article> under 500 characters is no story, even with the title as its headline', () => {
    const card = '<article class="card"><h2><a href="/buses">County buys six electric buses</a></h2><p>Six new buses for rural routes.</p></article>';
    expect(find(`${card}${next}`, 'County buys six electric buses')).toBeNull();
  });

  it('gives no answer when two stories claim the title', () => {
    expect(find(`${own}${own}`, 'County buys six electric buses')).toBeNull();
  });

  it('matches a headline that the title contains with the site name around it', () => {
    const found = findOwnStory(parseHtml(page(`${next}${own}`)), ['Valley Ledger: County buys six electric buses (updated)']);
    expect(found).not.toBeNull();
  });
});

describe('the story body the page marks with itemprop="articleBody"', () => {
  // Neutral class names: nothing but the microdata tells the story from the longer box of other stories beside it.
  const story = (marked: boolean) => `<div class="c1"${marked ? ' itemprop="articleBody"' : ''}>${OWN.map((p) => `<p>${p}</p>`).join('')}</div>`;
  const promos = `<div class="c2">${NEXT.map((p) => `<div class="c3"><p>${p}</p></div>`).join('')}</div>`;

  it('takes the marked box over a longer box of other stories beside it', () => {
    const text = run(page(`<div class="c0">${story(true)}${promos}</div>`)).article.text;
    for (const p of OWN) expect(text).toContain(p);
    expect(text).not.toContain('Storm report');
  });

  it('is what decides: without the marking the longer box wins', () => {
    expect(run(page(`<div class="c0">${story(false)}${promos}</div>`)).article.text).toContain('Storm report');
  });

  it('keeps a lead paragraph set above the marked box when the box around both holds little else', () => {
    const lead = 'Rural riders will be the first to see the change, the county said in a statement that also set out the timetable for the rest of the fleet.';
    const text = run(page(`<div class="c0"><p>${lead}</p>${story(true)}</div>`)).article.text;
    expect(text).toContain(lead);
    expect(text).toContain(OWN[3]);
  });

  it('says nothing when the page marks two bodies (a page of several stories)', () => {
    const two = `${story(true)}<div itemprop="articleBody">${NEXT.map((p) => `<p>${p}</p>`).join('')}</div>`;
    expect(findMarkedBody(parseHtml(page(two)))).toBeNull();
    expect(findMarkedBody(parseHtml(page(story(true))))?.story.attribs.class).toBe('c1');
  });

  it('ignores a marked box too small for a story (a teaser\'s summary)', () => {
    expect(findMarkedBody(parseHtml(page(`<div itemprop="articleBody"><p>Six buses for rural routes.</p></div>${promos}`)))).toBeNull();
  });
});
