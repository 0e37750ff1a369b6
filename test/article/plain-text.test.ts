import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanSiteName } from '../../src/article/plain-text.js';
import { paragraphsOf, run } from './helpers.js';

const P1 = 'The regional council approved a budget of 4.2 million euros on Tuesday, with most of the money going to road repairs and school buildings.';
const P2 = 'Opposition members said the plan left out rural bus routes, which they called a lifeline for older residents who no longer drive.';
const P3 = '“We will come back to transport in the autumn,” the council leader told reporters after the vote, adding that no routes would close this year.';

describe('plain-text dumps', () => {
  it('decodes the character references a saved page left in the text', () => {
    const dump = `Minister signs communiqu&#233;\n\nThe minister signed the communiqu&#xE9; in Paris with AT&amp;T&#8217;s chief, officials said on Tuesday.\n\n${P2}\n`;
    const { article } = run(dump, 'text/plain');
    expect(article.title).toBe('Minister signs communiqué');
    expect(paragraphsOf(article)[0]).toBe('body: The minister signed the communiqué in Paris with AT&T’s chief, officials said on Tuesday.');
  });

  it('drops a "Logo of" line and reads the publisher from it', () => {
    const dump = `Logo of Valley Gazette newspaper Valley Gazette - Council passes budget\n\nCouncil passes budget\n\n${P1}\n\n${P2}\n\nCouncil passes budget\n\n${P3}\n`;
    const { article } = run(dump, 'text/plain');
    expect(article.publisher).toBe('Valley Gazette');
    expect(article.title).toBe('Council passes budget');
    expect(paragraphsOf(article)).toEqual([`body: ${P1}`, `body: ${P2}`, `body: ${P3}`]);
  });

  it('takes the headline right above the byline as the title, past skip links and menus', () => {
    const dump = `Skip to main content\nHome | News | Sport | Weather\n\nCouncil passes budget after long debate\n\nBy Mira Holt\n\n${P1}\n\n${P2}\n\n${P3}\n`;
    const { article } = run(dump, 'text/plain');
    expect(article.title).toBe('Council passes budget after long debate');
    expect(article.byline).toEqual(['Mira Holt']);
    expect(paragraphsOf(article)).toEqual([`body: ${P1}`, `body: ${P2}`, `body: ${P3}`]);
  });

  it('does not take a sentence above the byline as the title', () => {
    const dump = `${P1}\n\nBy Mira Holt\n\n${P2}\n\n${P3}\n`;
    const { article } = run(dump, 'text/plain');
    expect(article.title).not.toBe(P1);
    expect(article.text).toContain(P1);
  });

  it('turns a line labelled "Photo:" into a caption, with the credit in brackets at its end', () => {
    const dump = `Council passes budget\n\n${P1}\n\nPhoto: Councillors leave the chamber after the vote on Tuesday. (Valley Gazette/K. Obi)\n\n${P2}\n\nCaption: The town hall, where the council meets every month.\n\n${P3}\n`;
    const { article } = run(dump, 'text/plain');
    expect(article.captions).toEqual([
      { text: 'Councillors leave the chamber after the vote on Tuesday.', credit: 'Valley Gazette/K. Obi' },
      { text: 'The town hall, where the council meets every month.', credit: null },
    ]);
    expect(article.text).not.toContain('Councillors leave');
  });

  it('keeps a story sentence that merely starts with a word like "Above"', () => {
    const line = 'Above all, the council wants the roads fixed before winter comes.';
    const { article } = run(`Council passes budget\n\n${P1}\n\n${line}\n\n${P2}\n`, 'text/plain');
    expect(article.text).toContain(line);
  });

  it('keeps a repeated headline once, as the title, never in the text', () => {
    const dump = `Harbour strike ends\n\n${P1}\n\nHarbour strike ends\n\n${P2}\n`;
    const { article } = run(dump, 'text/plain');
    expect(article.title).toBe('Harbour strike ends');
    expect(article.text).not.toContain('Harbour strike ends');
  });

  it('turns a line repeated with a trailing credit into a caption with its credit', () => {
    const cap = 'Firefighters work to contain a blaze at a timber yard outside the town on Sunday.';
    const dump = `Timber yard fire\n\n${cap}\n${cap} Maria Lopez/Reuters\n\n${P1}\n\n${P2}\n`;
    const { article } = run(dump, 'text/plain');
    expect(article.captions).toEqual([{ text: cap, credit: 'Maria Lopez/Reuters' }]);
    expect(article.text).not.toContain('Firefighters');
    expect(article.text).not.toContain('Maria Lopez');
  });

  it('reads a caption ending in "Photo: X"', () => {
    const dump = `${P1}\n\nThe new bridge seen from the east bank. Photo: Sam Okafor\n\n${P2}\n`;
    const { article } = run(dump, 'text/plain');
    expect(article.captions).toEqual([{ text: 'The new bridge seen from the east bank.', credit: 'Sam Okafor' }]);
    expect(article.paragraphs).toHaveLength(2);
  });

  it('drops a sidebar heading and the bulleted teasers under it', () => {
    const dump = `${P1}\n\n${P2}\n\nTRENDING NOW\n\n  • Mayor opens new library wing\n\n    The library's east wing reopened on Monday after two years of work that ran over budget and\n\n  • Storm warning for the coast\n\n    Forecasters issued an amber warning for high winds along the coast, saying gusts could reach\n`;
    const { article } = run(dump, 'text/plain');
    expect(paragraphsOf(article)).toEqual([`body: ${P1}`, `body: ${P2}`]);
  });

  it('drops a "Related stories" list wherever it sits, and the story goes on after it', () => {
    const dump = `${P1}\n\nRelated stories\n- Bus fares to rise in March\n- New cycle lanes approved\n\n${P2}\n\n${P3}\n`;
    const { article } = run(dump, 'text/plain');
    expect(paragraphsOf(article)).toEqual([`body: ${P1}`, `body: ${P2}`, `body: ${P3}`]);
  });

  it('drops a run of bulleted headlines even without a heading', () => {
    const dump = `${P1}\n\n${P2}\n\n* Police name crash victim\n* School results published\n* Weekend weather: sun returns\n`;
    const { article } = run(dump, 'text/plain');
    expect(article.paragraphs).toHaveLength(2);
  });

  it('keeps bullets that are sentences of the story as list items', () => {
    const dump = `${P1}\n\nThe plan includes:\n\n- 40 new buses for the northern routes, to be delivered next spring.\n- A single fare of 2 euros for any journey within the city.\n\n${P2}\n`;
    const { article } = run(dump, 'text/plain');
    expect(article.paragraphs.map((p) => p.role)).toEqual(['body', 'body', 'list_item', 'list_item', 'body']);
  });

  it('moves a "By X and Y" line and a date line into metadata', () => {
    const dump = `Ferry service cut\n\nBy Ana Ruiz and Tom Baker\n\nMarch 3, 2021\n\n${P1}\n\n${P2}\n`;
    const { article } = run(dump, 'text/plain');
    expect(article.byline).toEqual(['Ana Ruiz', 'Tom Baker']);
    expect(article.published).toBe('2021-03-03');
    expect(article.text.startsWith(P1)).toBe(true);
  });

  it('drops very short lines around the story (navigation, share prompts)', () => {
    const dump = `Home | News | Sport | Weather\n\nShare\n\n${P1}\n\n${P2}\n\nAdvertisement\n\nFollow us on Twitter\n`;
    const { article } = run(dump, 'text/plain');
    expect(paragraphsOf(article)).toEqual([`body: ${P1}`, `body: ${P2}`]);
  });

  it('cuts the story at a copyright notice', () => {
    const dump = `${P1}\n\n${P2}\n\n${P3}\n\n© 2021 Valley Gazette. All rights reserved.\n\nTerms of use and the privacy policy apply to every page of this website and its apps.\n`;
    const { article } = run(dump, 'text/plain');
    expect(article.paragraphs).toHaveLength(3);
  });

  it('takes the first line of a plain story as its title and keeps every paragraph intact', () => {
    const dump = `Chip maker lifts forecast\n\n${P1}\n\n${P2}\n\n${P3}\n`;
    const { article } = run(dump, 'text/plain');
    expect(article.title).toBe('Chip maker lifts forecast');
    expect(article.text).toBe([P1, P2, P3].join('\n\n'));
    expect(article.language).toBe('en');
  });

  it('takes a title ending in a full stop (PolNeAR style)', () => {
    const dump = `Senator Vows To Fight Tax Plan.\n\n${P1}\n\n${P2}\n`;
    expect(run(dump, 'text/plain').article.title).toBe('Senator Vows To Fight Tax Plan.');
  });

  it('joins hard-wrapped lines into one paragraph', () => {
    const dump = `The council approved a budget of 4.2 million euros on Tuesday, with most\nof the money going to road repairs and school buildings across the region.\n\n${P2}\n`;
    const { article } = run(dump, 'text/plain');
    expect(article.paragraphs).toHaveLength(2);
    expect(article.text).toContain('with most of the money');
  });

  it('records the language of non-English text', () => {
    const fr = "Le conseil régional a approuvé mardi un budget de 4,2 millions d'euros, dont la plus grande partie ira à la réfection des routes et des écoles.\n\nL'opposition estime que le plan oublie les lignes de bus rurales, essentielles pour les habitants âgés.";
    expect(run(fr, 'text/plain').article.language).toBe('fr');
  });

  it('keeps a repeated sentence of the story (only repeated labels and headlines are furniture)', () => {
    const recap = 'It takes 1,237 delegates to win the Republican nomination for president.';
    const dump = `Campaign live updates\n\n${P1}\n\n${recap}\n\n${P2}\n\n${recap}\n`;
    const { article } = run(dump, 'text/plain');
    expect(article.title).toBe('Campaign live updates');
    expect(article.paragraphs).toHaveLength(4);
  });

  it('keeps short lines of a clean text (no furniture found), such as a closing list of winners', () => {
    const dump = `Awards night\n\n${P1}\n\n${P2}\n\nBest actor (The Long Road, Channel 4)\n\nBest drama (Harbour Lights, BBC One)\n`;
    const { article } = run(dump, 'text/plain');
    expect(article.paragraphs).toHaveLength(4);
  });

  it('takes a headline and subhead split over two lines as the title', () => {
    const dump = `Mayor backs tram plan;\nCouncil to vote on funding next month.\n\n${P1}\n\n${P2}\n\n${P3}\n`;
    const { article } = run(dump, 'text/plain');
    expect(article.title).toBe('Mayor backs tram plan; Council to vote on funding next month.');
    expect(article.text.startsWith(P1)).toBe(true);
  });

  it('keeps bullet lists introduced by a colon inside the story', () => {
    const dump = `Court ruling\n\n${P1}\n\nThe judge said he must:\n\n- Pay a fine of 500 euros\n- Do 100 hours of community service\n- Attend a driving course\n\n${P2}\n`;
    const { article } = run(dump, 'text/plain');
    expect(article.paragraphs.filter((p) => p.role === 'list_item')).toHaveLength(3);
  });

  it('cleans site names around logo words', () => {
    expect(cleanSiteName('Harbour Times newspaper Harbour Times')).toBe('Harbour Times');
    expect(cleanSiteName('Daily Courier logo')).toBe('Daily Courier');
  });
});

const seed = join(__dirname, '..', '..', '..', 'shared', 'seed');
describe.skipIf(!existsSync(join(seed, 'post-drug-campaign.txt')))('the reference article (needs ../shared)', () => {
  it('matches the gold file article section', () => {
    const gold = JSON.parse(readFileSync(join(seed, 'post-drug-campaign.gold.json'), 'utf8')).article;
    const { article } = run(readFileSync(join(seed, 'post-drug-campaign.txt'), 'utf8'), 'text/plain');
    expect(article.title).toBe(gold.title);
    expect(article.publisher).toBe(gold.publisher);
    expect(article.paragraphs.filter((p) => p.role === 'body')).toHaveLength(gold.body_paragraphs);
    expect(article.text.startsWith(gold.body_starts_with)).toBe(true);
    expect(article.text.endsWith(gold.body_ends_with)).toBe(true);
    expect(article.captions).toEqual([{ text: gold.caption, credit: gold.photo_credit }]);
    for (const s of gold.not_in_body) expect(article.text).not.toContain(s);
    expect(article.text).not.toContain(gold.title);
  });
});
