import { describe, expect, it } from 'vitest';
import { paragraphsOf, run } from './helpers.js';

const P1 = 'The county council voted on Tuesday night to close two branch libraries next spring, saying the buildings needed repairs it could not afford this year.';
const P2 = 'Residents who packed the chamber said the branches were the only quiet place to study for hundreds of pupils, and several asked for the vote to be delayed.';
const P3 = 'The council leader said mobile library vans would visit both villages twice a week, and that the decision would be reviewed if funding improved in the autumn.';

function page(body: string): string {
  return `<!doctype html><html lang="en"><head><title>Council votes to close two libraries</title></head><body>${body}</body></html>`;
}

function bodyOf(html: string): string[] {
  return paragraphsOf(run(page(html)).article);
}

describe('furniture after the story', () => {
  it('drops a teaser list under a heading when the story is a single paragraph', () => {
    const teasers = ['Bridge repairs to start in March', 'Parking charges rise at the station car park for commuters from next week', 'School crossing patrol honoured']
      .map((t, i) => `<h3><a href="/t${i}">${t}</a></h3><span>0${i}:3${i}</span>`).join('');
    const html = `<article><p>${P1} ${P2} ${P3}</p><h2>More Videos</h2><ul>${teasers.split('</span>').filter(Boolean).map((x) => `<li>${x}</span></li>`).join('')}</ul></article>`;
    expect(bodyOf(html)).toEqual([`body: ${P1} ${P2} ${P3}`]);
  });

  it('drops a "Top Picks" heading and a comment-section prompt, however long the prompt', () => {
    const prompt = 'To post a comment, log into your chosen social network and then add your comment below. Your comments are subject to our Terms of Service and the privacy policy of your social network, and may be removed if they break the rules set out by our moderators.';
    const html = `<article><p>${P1}</p><p>${P2}</p><p>${P3}</p><h3>Top Picks</h3><div><p class="meta">${prompt}</p></div></article>`;
    expect(bodyOf(html)).toEqual([`body: ${P1}`, `body: ${P2}`, `body: ${P3}`]);
  });

  it('keeps headings with sections of prose under them', () => {
    const html = `<article><p>${P1}</p><h2>What happens next</h2><p>${P2}</p><p>${P3}</p></article>`;
    expect(bodyOf(html)).toEqual([`body: ${P1}`, 'heading: What happens next', `body: ${P2}`, `body: ${P3}`]);
  });

  it('keeps a "See also" section that holds sentences (reference notes, not teasers)', () => {
    const html = `<article><p>${P1}</p><p>${P2}</p><h2>See also</h2><ul><li>The council published its full library review, with branch-by-branch costs, in January.</li><li>A petition against the closures gathered more than four thousand signatures.</li></ul><p>${P3}</p></article>`;
    expect(bodyOf(html)).toContain(`body: ${P3}`);
  });

  it('drops tag lines and photo-credit lines from the body', () => {
    const html = `<article><p>${P1}</p><p>${P2}</p><p>${P3}</p><p>Pictures: Getty</p><p class="terms">Topics: <a href="/t/libraries">Libraries</a>, <a href="/t/council">Council</a></p></article>`;
    expect(bodyOf(html)).toEqual([`body: ${P1}`, `body: ${P2}`, `body: ${P3}`]);
  });
});

describe('boxes that are not the story', () => {
  it('drops a byline box that carries the author bio, and a contributor box after the story', () => {
    const html = `<article><div class="byline"><cite class="author"><a href="/contributors/ray-hollis">Ray Hollis</a></cite> <span class="byline-desc">Local government reporter. Keeper of three allotments and one very old bicycle. Drinks too much tea.</span></div><p>${P1}</p><p>${P2}</p><p>${P3}</p><div class="contributor_details"><p class="contributor_longdesc">Ray has covered the council for twelve years, and before that he reported on courts and crime for a regional weekly paper in the north.</p></div></article>`;
    expect(bodyOf(html)).toEqual([`body: ${P1}`, `body: ${P2}`, `body: ${P3}`]);
  });

  it('drops elements a "hidden" class hides until a script shows them', () => {
    const html = `<article><p>${P1}</p><p>${P2}</p><div id="age-modal" class="hidden"><p>Are you over eighteen? The next story contains material some readers may find upsetting, so please confirm before reading.</p></div><p>${P3}</p></article>`;
    expect(bodyOf(html)).toEqual([`body: ${P1}`, `body: ${P2}`, `body: ${P3}`]);
  });

  it('turns a source-classed line under a photo into a credit, not body text', () => {
    const html = `<article><p>${P1}</p><img src="a.jpg" alt=""><p class="source">Harbour Press / Agency</p><p>${P2}</p><p>${P3}</p></article>`;
    const { article } = run(page(html));
    expect(paragraphsOf(article)).toEqual([`body: ${P1}`, `body: ${P2}`, `body: ${P3}`]);
    expect(article.captions.map((c) => c.credit)).toContain('Harbour Press / Agency');
  });

  it('keeps a code block whose class is "source"', () => {
    const html = `<article><p>${P1}</p><p>${P2}</p><pre class="source">const libraries = await council.close(['North', 'West']);</pre><p>${P3}</p></article>`;
    expect(bodyOf(html).some((p) => p.includes('council.close'))).toBe(true);
  });
});

describe('player labels', () => {
  it('drops bare running times between teaser titles but keeps times inside sentences', () => {
    const html = `<article><p>${P1}</p><div>02:13</div><p>${P2}</p><p>The meeting ended at 10:45, after more than three hours of debate in a packed chamber.</p><p>${P3}</p><div>1:04:59</div></article>`;
    expect(bodyOf(html)).toEqual([`body: ${P1}`, `body: ${P2}`, 'body: The meeting ended at 10:45, after more than three hours of debate in a packed chamber.', `body: ${P3}`]);
  });
});

describe('comment-section preamble and orphan labels', () => {
  it('drops the small box right before a comment section, in any language, with the comments', () => {
    const p4 = 'Campaigners said they would collect signatures over the summer and present a petition to the council before the budget is set in the new year.';
    const preamble = 'Nous accueillons volontiers le débat. Les opinions publiées ci-dessous sont celles des lecteurs et non celles de la rédaction.';
    const html = `<div class="story"><h1>Council votes to close two libraries</h1><p>${P1}</p><p>${P2}</p><p>${P3}</p><p>${p4}</p><div class="divider"> </div><div style="padding:10px"><p>${preamble}</p></div><div class="fb-comments" data-href="x"> </div></div>`;
    expect(bodyOf(html)).toEqual([`body: ${P1}`, `body: ${P2}`, `body: ${P3}`, `body: ${p4}`]);
  });

  it('keeps a short closing box when no comment section follows it', () => {
    const note = 'Additional reporting by the newsdesk.';
    const html = `<div class="story"><p>${P1}</p><p>${P2}</p><p>${P3}</p><div class="note">${note}</div></div>`;
    expect(bodyOf(html).join('\n')).toContain(note);
  });

  it('keeps the story when the box before the comments is the story itself (no paragraphs beside it)', () => {
    const html = `<div class="page"><div class="text">${P1} ${P2}</div><div id="comments"><p>First!</p></div></div>`;
    expect(bodyOf(html).join('\n')).toContain(P1);
  });

  it('drops a short label ending in a colon as the last line, but keeps a sentence ending in one', () => {
    const label = 'Follow our updates at:';
    expect(bodyOf(`<article><p>${P1}</p><p>${P2}</p><p>${P3}</p><p>${label}</p></article>`)).toEqual([`body: ${P1}`, `body: ${P2}`, `body: ${P3}`]);
    const sentence = 'To hear the full debate, listen to the council recording below:';
    expect(bodyOf(`<article><p>${P1}</p><p>${P2}</p><p>${P3}</p><p>${sentence}</p></article>`)).toContain(`body: ${sentence}`);
  });

  it('keeps a label ending in a colon when the story goes on after it', () => {
    const label = 'Branches affected:';
    expect(bodyOf(`<article><p>${P1}</p><p>${label}</p><p>${P2}</p><p>${P3}</p></article>`)).toContain(`body: ${label}`);
  });
});

describe('lead picture captions', () => {
  it('reads the caption of a picture set above the story container, once, and leaves it out of the text', () => {
    const fig = '<figure class="lead"><img src="lib.jpg" alt=""><figcaption>The North branch library, one of the two to close. <span class="credit">Ana Pires/Courier</span></figcaption></figure>';
    const html = `<article><div class="head"><h1>Council votes to close two libraries</h1></div>${fig}${fig}<div class="body"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div></article>`;
    const { article } = run(page(html));
    expect(article.captions).toEqual([{ text: 'The North branch library, one of the two to close.', credit: 'Ana Pires/Courier' }]);
    expect(article.text).not.toContain('North branch');
  });

  it('takes no caption from a caption-classed box without a picture (a teaser) or from a file name', () => {
    const html = `<article><div class="caption">Watch: the council meeting in full</div><figure><img src="x.jpg"><figcaption>IMG_2041.jpg</figcaption></figure><div class="body"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div></article>`;
    expect(run(page(html)).article.captions).toEqual([]);
  });
});

describe('a heading that reads like a sidebar\'s in the second half of the story', () => {
  const P4 = 'Library staff will be offered jobs at the central branch, the council said, and no one is expected to lose their post when the two buildings close.';
  const P5 = 'A campaign group formed last month said it would ask the council to hand the buildings to a charity that could run them with volunteers instead.';

  it('keeps the story going on under it ("Latest" and two paragraphs of sentences)', () => {
    const html = `<article><p>${P1}</p><p>${P2}</p><p>${P3}</p><h2>Latest</h2><p>${P4}</p><p>${P5}</p></article>`;
    expect(bodyOf(html)).toEqual([`body: ${P1}`, `body: ${P2}`, `body: ${P3}`, 'heading: Latest', `body: ${P4}`, `body: ${P5}`]);
  });

  it('still cuts a teaser list under it, headlines between one-line deks', () => {
    const teasers = [
      ['Bridge repairs to start in March', 'Engineers say the work on the old river crossing will take about six weeks and close one lane at a time.'],
      ['Parking charges rise at the station', 'Commuters will pay more from next week after the operator raised the daily rate for the first time since 2019.'],
    ].map(([h, d]) => `<h3>${h}</h3><p>${d}</p>`).join('');
    const html = `<article><p>${P1}</p><p>${P2}</p><p>${P3}</p><p>${P4}</p><p>${P5}</p><h2>Related</h2>${teasers}</article>`;
    expect(bodyOf(html)).toEqual([`body: ${P1}`, `body: ${P2}`, `body: ${P3}`, `body: ${P4}`, `body: ${P5}`]);
  });
});

describe('ad labels in other languages', () => {
  it('drops a line that is only an ad slot\'s label ("Anzeige", "Publicidad", "Реклама")', () => {
    for (const label of ['Anzeige', 'Publicidad', 'Реклама', 'PUBLICITÉ']) {
      const body = bodyOf(`<article><p>${P1}</p><div class="slot"><p>${label}</p></div><p>${P2}</p><p>${P3}</p></article>`);
      expect(body).toEqual([`body: ${P1}`, `body: ${P2}`, `body: ${P3}`]);
    }
  });
});

describe('an audio player\'s label above the story', () => {
  it('drops "Listen to this article" with its running time', () => {
    expect(bodyOf(`<article><div>Listen to this article · 4:12 min</div><p>${P1}</p><p>${P2}</p><p>${P3}</p></article>`)).toEqual([`body: ${P1}`, `body: ${P2}`, `body: ${P3}`]);
  });

  it('keeps a sentence that starts with the same words', () => {
    const s = 'Listen to the story of the two libraries, residents said, and you will see why the vote matters so much to the villages.';
    expect(bodyOf(`<article><p>${P1}</p><p>${s}</p><p>${P2}</p></article>`)).toContain(`body: ${s}`);
  });
});

describe('a sidebar label left as the last line', () => {
  const P4 = 'Library staff will be offered jobs at the central branch, the council said, and no one is expected to lose their post when the two buildings close.';
  const P5 = 'A campaign group formed last month said it would ask the council to hand the buildings to a charity that could run them with volunteers instead.';
  const links = '<ul><li><a href="/a">Bridge repairs to start in March</a></li><li><a href="/b">Parking charges rise at the station</a></li></ul>';

  it('drops "More from The Gazette" when the list under it went', () => {
    const html = `<article><p>${P1}</p><p>${P2}</p><p>${P3}</p><p>${P4}</p><p>${P5}</p><p>More from The Gazette</p>${links}</article>`;
    expect(bodyOf(html)).toEqual([`body: ${P1}`, `body: ${P2}`, `body: ${P3}`, `body: ${P4}`, `body: ${P5}`]);
  });

  it('keeps a closing sentence that starts with the same words', () => {
    const last = 'More from the council in May.';
    expect(bodyOf(`<article><p>${P1}</p><p>${P2}</p><p>${P3}</p><p>${last}</p></article>`)).toContain(`body: ${last}`);
  });
});

describe('widget labels with counters', () => {
  it('drops "Comments (12)" and "Share (1.2K)" but keeps a line that only ends in a bracketed number', () => {
    const body = bodyOf(`<article><p>${P1}</p><p>${P2}</p><p>Share (1.2K)</p><p>${P3}</p><p>Comments (12)</p><p>Budget for 2024 (3)</p></article>`);
    expect(body).toEqual([`body: ${P1}`, `body: ${P2}`, `body: ${P3}`, 'body: Budget for 2024 (3)']);
  });
});

describe('a rail of emptied sidebar boxes after the story', () => {
  const blurb = 'The Valley Ledger is an independent daily serving the three river counties since 1921, with news, sport, opinion and local listings for readers in print and online.';
  // Neutral names: the boxes' lists went as link lists; their headings stayed, one after the other.
  const rail = ['Trending now', 'More in Local', 'Editor picks', 'Most shared'].map((h, i) => `<div class="b${i}"><h3>${h}</h3></div>`).join('');

  it('ends the story at the first of three or more label headings in a row', () => {
    const html = `<div class="c"><p>${P1}</p><p>${P2}</p><p>${P3}</p>${rail}<p>${blurb}</p></div>`;
    expect(bodyOf(html)).toEqual([`body: ${P1}`, `body: ${P2}`, `body: ${P3}`]);
  });

  it('keeps a section heading and its first subheading (two in a row) with the prose under them', () => {
    const html = `<div class="c"><p>${P1}</p><p>${P2}</p><h2>The vote</h2><h3>Who voted for it</h3><p>${P3}</p></div>`;
    expect(bodyOf(html)).toEqual([`body: ${P1}`, `body: ${P2}`, 'heading: The vote', 'heading: Who voted for it', `body: ${P3}`]);
  });

  it('keeps headings in a row when most of the story follows them (a contents list at the top)', () => {
    const html = `<div class="c"><p>${P1}</p><h3>Costs</h3><h3>Timetable</h3><h3>Reactions</h3><p>${P2}</p><p>${P3}</p></div>`;
    expect(bodyOf(html)).toContain(`body: ${P3}`);
  });

  it('keeps headings that read as sentences (a photo story\'s lines set as headings)', () => {
    const lines = ['The river rose two metres overnight.', 'Crews worked until dawn to clear the road.', 'By noon the water had started to fall.'];
    const html = `<div class="c"><p>${P1}</p><p>${P2}</p><p>${P3}</p>${lines.map((l) => `<h3>${l}</h3>`).join('')}</div>`;
    expect(bodyOf(html)).toContain(`heading: ${lines[2]}`);
  });
});

describe('a sidebar heading above teaser cards that outnumber the story\'s paragraphs', () => {
  const cards = [
    ['Bridge repairs to start in March', 'Engineers said the work on the old river bridge would take eight weeks and close one lane at a time.'],
    ['Parking charges rise at the station', 'Commuters will pay a pound more a day from April, the operator said on Friday.'],
    ['School crossing patrol honoured', 'A lollipop man who has seen three generations of pupils across the road was given an award.'],
    ['Market hall to reopen after refit', 'Traders return next month to a hall with new lighting, heating and a cafe by the main doors.'],
  ];
  // Neutral names, excerpts that are sentences: only the heading and the cards' shape say what follows.
  const rail = cards.map(([h, e], i) => `<div class="k"><h4>${h}</h4><p>${e}</p><p>March ${i + 3}, 2016</p><p>In "News"</p></div>`).join('');

  it('ends the story at "Related" when most of the story\'s prose lies above and no two story paragraphs follow', () => {
    const html = `<div class="c"><p>${P1}</p><p>${P2}</p><p>${P3}</p><h3>Related</h3>${rail}</div>`;
    expect(bodyOf(html)).toEqual([`body: ${P1}`, `body: ${P2}`, `body: ${P3}`]);
  });

  it('keeps a "See also" section of notes set as a list (footnotes, references)', () => {
    const notes = cards.map(([, e]) => `<li>${e}</li>`).join('');
    const html = `<div class="c"><p>${P1}</p><p>${P2}</p><p>${P3}</p><h3>See also</h3><ul>${notes}</ul><p>${cards[0]![1]}</p></div>`;
    expect(bodyOf(html)).toContain(`list_item: ${cards[3]![1]}`);
  });
});

describe('captions of picture frames no class or <figure> marks', () => {
  const caption = 'Volunteers fill sandbags outside the North branch library on Monday.';
  const frame = (inner = `<span>${caption}</span>`) => `<div class="m1"><img src="/img/library.jpg" alt="">${inner}</div>`;
  const P4 = 'A final decision on the fate of the two buildings will be taken at the council meeting in June, after a public consultation that opens next week.';

  it('takes the short text under a picture for its caption and leaves it out of the story', () => {
    const { article } = run(page(`<div class="c"><p>${P1}</p>${frame()}<p>${P2}</p><p>${P3}</p><p>${P4}</p></div>`));
    expect(paragraphsOf(article)).toEqual([`body: ${P1}`, `body: ${P2}`, `body: ${P3}`, `body: ${P4}`]);
    expect(article.captions).toEqual([{ text: caption, credit: null }]);
  });

  it('reads through a link to the full-size photo and a div caption', () => {
    const linked = `<div class="m1"><a href="/img/library-large.jpg"><img src="/img/library.jpg" alt=""></a><div>${caption}</div></div>`;
    expect(run(page(`<div class="c"><p>${P1}</p>${linked}<p>${P2}</p><p>${P3}</p></div>`)).article.text).not.toContain('sandbags');
  });

  it('takes a caption whose line sets a camera icon between the words and the credit', () => {
    const withIcon = `<div class="m1"><a href="/img/library-large.jpg"><img src="/img/library.jpg" alt=""></a><p>${caption} <img src="/i/camera.png"> Jane Roe/Valley Ledger</p></div>`;
    const { article } = run(page(`<div class="c"><p>${P1}</p>${withIcon}<p>${P2}</p><p>${P3}</p><p>${P4}</p></div>`));
    expect(article.text).not.toContain('sandbags');
    expect(article.text).toContain(P4);
    expect(article.captions.map((c) => c.text).join(' ')).toContain('sandbags');
  });

  it('keeps a paragraph set under a picture when it is longer than a caption', () => {
    const long = `${P2} ${P3}`;
    expect(run(page(`<div class="c"><p>${P1}</p>${frame(`<p>${long}</p>`)}<p>${P4}</p></div>`)).article.text).toContain(long);
  });

  it('keeps a line beside an icon (a picture under 50 pixels is no photo)', () => {
    const icon = '<div class="m1"><img src="/i/clock.png" width="16" height="16" alt=""><span>Reading time: four minutes, give or take a few seconds</span></div>';
    expect(run(page(`<div class="c">${icon}<p>${P1}</p><p>${P2}</p><p>${P3}</p></div>`)).article.text).toContain('Reading time');
  });

  it('keeps the texts of a photo story, whose words are under its pictures', () => {
    const lines = [P1, P2, P3, P4].map((t, i) => `<div class="m1"><img src="/img/${i}.jpg" alt=""><p>${t}</p></div>`).join('');
    const { article } = run(page(`<div class="c"><p>The week in pictures.</p>${lines}</div>`));
    expect(article.text).toContain(P4);
    expect(article.captions).toEqual([]);
  });
});

describe('notices and stamps printed as plain paragraphs around the story', () => {
  const P4 = 'A final decision on the fate of the two buildings will be taken at the council meeting in June, after a public consultation that opens next week.';

  it('ends the story at a wire service\'s rights notice, however long', () => {
    const notice = 'Copyright 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.';
    const html = `<div class="c"><p>${P1}</p><p>${P2}</p><p>${P3}</p><p>${notice}</p><p>${P4}</p></div>`;
    expect(bodyOf(html)).toEqual([`body: ${P1}`, `body: ${P2}`, `body: ${P3}`]);
  });

  it('keeps a long paragraph that opens with the word "Copyright" but is no notice', () => {
    const para = 'Copyright lawyers said the ruling, which the council has until the end of the month to appeal, could reach far beyond the two libraries and the books they lend.';
    const html = `<div class="c"><p>${P1}</p><p>${P2}</p><p>${P3}</p><p>${para}</p></div>`;
    expect(bodyOf(html)).toContain(`body: ${para}`);
  });

  it('drops a tip line ("Have a news tip? Email us …")', () => {
    const html = `<div class="c"><p>${P1}</p><p>${P2}</p><p>${P3}</p><p>Have a news tip? Email us at <a href="mailto:tips@example.com">tips@example.com</a> or call 555-0100.</p></div>`;
    expect(bodyOf(html)).toEqual([`body: ${P1}`, `body: ${P2}`, `body: ${P3}`]);
  });

  it('drops a published / updated stamp that ends with "a.m." or "p.m.", and keeps a sentence that opens with "Published"', () => {
    const stamp = 'Published March 5, 2024 at 3:45 p.m. | Updated March 6, 2024 at 9:12 a.m.';
    const sentence = 'Published in 2019, the library review found that both branches needed new roofs within five years.';
    const html = `<div class="c"><p>${P1}</p><p>${P2}</p><p>${stamp}</p><p>${P3}</p><p>${sentence}</p></div>`;
    expect(bodyOf(html)).toEqual([`body: ${P1}`, `body: ${P2}`, `body: ${P3}`, `body: ${sentence}`]);
  });
});
