import { describe, expect, it } from 'vitest';
import { paragraphsOf, run } from './helpers.js';

const P1 = 'The regional water board agreed on Wednesday to raise household charges by 4 percent from April, the first increase in three years, after a long debate.';
const P2 = 'Board members said the money would pay for replacing cast-iron mains laid in the 1920s, which account for most of the leaks reported across the district.';
const P3 = 'Consumer groups said the rise was larger than inflation and asked the board to publish its repair schedule street by street before the new charges start.';
const P4 = 'The board chair said the schedule would go online next month, and that customers on low incomes could apply for a reduced tariff through their council.';

function page(body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><title>Water charges to rise by 4 percent</title>${head}</head><body>${body}</body></html>`;
}

function bodyOf(html: string): string[] {
  return paragraphsOf(run(page(html)).article);
}

describe('main-content rules', () => {
  it('keeps a section whose id is the slug of its own heading, even when the slug holds a furniture word', () => {
    const html = `<div class="content"><h1>Water charges</h1><p>${P1}</p><p>${P2}</p>
      <div class="section" id="sharing-the-cost-of-new-mains"><h2>Sharing the cost of new mains</h2><p>${P3}</p></div>
      <div class="section" id="next-steps"><h2>Next steps</h2><p>${P4}</p></div></div>`;
    expect(bodyOf(html)).toContain(`body: ${P3}`);
  });

  it('cuts a comment thread under a heading that counts its comments, whatever the boxes are called', () => {
    const item = (user: string, when: string, words: string) => `<div class="item"><div class="meta"><a href="/users/${user}">${user}</a> <span>${when}</span></div><p>${words}</p><a href="#reply">Reply</a></div>`;
    const thread = `<div class="thread"><h3>2 responses</h3>${item('jdoe', '2 hours ago', 'I have said this for years and nobody in charge ever listens to the people who pay the bills, which is the real problem here.')}${item('mkline', 'Yesterday', 'Good reporting, but the board spent the money on consultants before it asked a single customer what they thought.')}</div>`;
    const text = run(page(`<div class="main"><p>${P1}</p><p>${P2}</p><p>${P3}</p><p>${P4}</p>${thread}</div>`)).article.text;
    expect(text).toContain(P4);
    expect(text).not.toContain('consultants');
    expect(text).not.toContain('2 responses');
  });

  it('cuts a comment section headed "One thought on …" or "Comments (2)"', () => {
    for (const heading of ['One thought on “Water charges to rise”', 'Comments (2)']) {
      const thread = `<section><h2>${heading}</h2><p>Nobody asked us before the vote, and now the bills go up again while the pipes still leak on our street.</p></section>`;
      const text = run(page(`<div class="main"><p>${P1}</p><p>${P2}</p><p>${P3}</p><p>${P4}</p>${thread}</div>`)).article.text;
      expect(text).toContain(P4);
      expect(text).not.toContain('Nobody asked us');
    }
  });

  it('drops a comment thread without a heading: items with reply links', () => {
    const item = (user: string, words: string) => `<div class="c"><b>${user}</b><p>${words}</p><a href="?replytocom=${user.length}">Reply</a></div>`;
    const thread = `<div class="t">${item('jdoe', 'I have said this for years and nobody in charge ever listens to the people who pay the bills, which is the real problem here.')}${item('mkline', 'Good reporting, but the board spent the money on consultants before it asked a single customer what they thought.')}</div>`;
    const text = run(page(`<div class="main"><p>${P1}</p><p>${P2}</p><p>${P3}</p><p>${P4}</p>${thread}</div>`)).article.text;
    expect(text).toContain(P4);
    expect(text).not.toContain('consultants');
  });

  it('drops a comment thread whose items carry a relative time and a reader\'s profile link', () => {
    const item = (user: string, when: string, words: string) => `<div class="c"><a href="/users/${user}">${user}</a> <span>${when}</span><p>${words}</p></div>`;
    const thread = `<div class="t">${item('jdoe', '2 hours ago', 'I have said this for years and nobody in charge ever listens to the people who pay the bills, which is the real problem here.')}${item('mkline', 'Yesterday', 'Good reporting, but the board spent the money on consultants before it asked a single customer what they thought.')}</div>`;
    const text = run(page(`<div class="main"><p>${P1}</p><p>${P2}</p><p>${P3}</p><p>${P4}</p>${thread}</div>`)).article.text;
    expect(text).toContain(P4);
    expect(text).not.toContain('consultants');
  });

  it('keeps a live blog\'s entries, time-stamped and signed by staff writers', () => {
    const entry = (when: string, words: string) => `<div class="entry"><span>${when}</span> <a href="/authors/jane-roe">Jane Roe</a><p>${words}</p></div>`;
    const html = `<div class="live">${entry('10 minutes ago', P1)}${entry('1 hour ago', P2)}${entry('2 hours ago', P3)}${entry('3 hours ago', P4)}</div>`;
    const text = run(page(html)).article.text;
    expect(text).toContain(P1);
    expect(text).toContain(P4);
  });

  it('keeps the story after a subheading that only names a response', () => {
    const text = run(page(`<article><p>${P1}</p><p>${P2}</p><h2>Response</h2><p>${P3}</p><p>${P4}</p></article>`)).article.text;
    expect(text).toContain(P4);
  });

  it('drops a note (role="note": a hatnote, an editor\'s aside) that the page marks as parenthetic to its content', () => {
    const note = '<div role="note" class="callout">For the charges set last year, see the board\'s 2023 tariff notice, which this one replaces.</div>';
    const text = run(page(`<article>${note}<p>${P1}</p><p>${P2}</p><p>${P3}</p><p>${P4}</p></article>`)).article.text;
    expect(text).toContain(P1);
    expect(text).not.toContain('tariff notice');
  });

  it('still drops a short box named for its purpose ("related-posts") inside the story', () => {
    const html = `<article><p>${P1}</p><p>${P2}</p><div id="related-posts"><h3>Related posts</h3><p>Board meets again in May.</p></div><p>${P3}</p><p>${P4}</p></article>`;
    expect(bodyOf(html).join('\n')).not.toContain('Board meets again in May');
  });

  it('keeps short cells of a data table found by its shape (more than four columns), as Readability does', () => {
    const row = (cells: string[]) => `<tr>${cells.map((c) => `<td><div>${c}</div></td>`).join('')}</tr>`;
    const table = `<table>${row(['District', 'Mains', 'Leaks', 'Cost', 'Start'])}${row(['North', '12 km', '140', '£3m', 'April'])}${row(['South', '9 km', '95', '£2m', 'June'])}</table>`;
    const text = run(page(`<article><p>${P1}</p><p>${P2}</p>${table}<p>${P3}</p><p>${P4}</p></article>`)).article.text;
    expect(text).toContain('North');
    expect(text).toContain('£2m');
  });

  it('does not let a newsletter sign-up box win over the story, however many commas its small print has', () => {
    const small = 'By signing up, you agree to our terms, our privacy notice, our cookie policy, and to receive emails, offers, updates, reminders, and news from us, our partners, and our sponsors, which you can stop at any time, by unsubscribing, at the foot of any email, or by writing to us.';
    const html = `<article><p>${P1}</p><ul><li>${P2}</li><li>${P3}</li></ul><p>${P4}</p></article>
      <aside id="newsletter-box"><div><p>Get the briefing.</p><p>${small}</p><p>${small}</p></div></aside>`;
    const text = run(page(html)).article.text;
    expect(text).toContain(P1);
    expect(text).not.toContain('By signing up');
  });

  it('never takes the page head as content: a head script stays out of the text when the body itself is the best candidate', () => {
    const head = '<script>/*<![CDATA[*/(function(a){var b=a.cookie;return b})(document);/*]]>*/</script>';
    // Paragraphs straight in <body> make it the best candidate; the two near-equal boxes beside them share <html> as an ancestor.
    const text = run(page(`<p>${P1}</p><p>${P2}</p><div><p>${P3}</p><p>${P4}</p><p>${P1}</p></div><div><p>${P2}</p><p>${P3}</p><p>${P4}</p></div>`, head)).article.text;
    expect(text).toContain(P1);
    expect(text).not.toContain('function');
  });

  it('does not widen the story to its parent because of candidates that lie inside the story itself', () => {
    // The article outscores the two sections inside it; the card beside the article is a teaser, not story.
    const card = '<div class="card"><a href="/picks" class="overlay"></a><span>Staff picks</span><div><span>Our writers choose the stories of the year they wish more people had read.</span></div></div>';
    const html = `<div class="wrap">${card}<article><p>${P1}</p><p>${P2}</p><div><p>${P3}</p><p>${P4}</p><p>${P1}</p></div><div><p>${P2}</p><p>${P3}</p><p>${P4}</p></div></article></div>`;
    const text = run(page(html)).article.text;
    expect(text).toContain(P1);
    expect(text).not.toContain('Our writers choose');
  });

  it('reads a box classed "no_caption" as story, not as a caption', () => {
    const html = `<article><div class="item no_caption"><h2>${P1}</h2><img src="a.jpg"></div><p>${P2}</p><p>${P3}</p><p>${P4}</p></article>`;
    const { article } = run(page(html));
    expect(article.text).toContain(P1);
    expect(article.captions.map((c) => c.text)).not.toContain(P1);
  });

  it('leaves out a modal dialog (class "modal"), which stays hidden until a script opens it', () => {
    const modal = '<div class="modal fade"><div class="modal-content"><p>Your account is not approved yet. To become an approved author, you must have written two complete articles, each unique, and each checked by an editor.</p></div></div>';
    const text = run(page(`<article><p>${P1}</p><p>${P2}</p>${modal}<p>${P3}</p><p>${P4}</p></article>`)).article.text;
    expect(text).toContain(P4);
    expect(text).not.toContain('approved author');
  });

  it('drops the headline printed after a section label: a label before the first paragraph does not start the story', () => {
    const html = `<article><div class="kicker">Local news and politics</div><h2>Water charges to rise by 4 percent from April</h2><p>${P1}</p><p>${P2}</p><p>${P3}</p></article>`;
    const body = bodyOf(html);
    expect(body).not.toContain('heading: Water charges to rise by 4 percent from April');
    expect(body.slice(-3)).toEqual([`body: ${P1}`, `body: ${P2}`, `body: ${P3}`]);
  });
});

describe('paragraph rules', () => {
  it('drops a follow-us line made of social-network addresses, whatever its language', () => {
    const follow = 'Suivez-nous : Facebook https://www.facebook.com/lejournal Twitter https://twitter.com/lejournal Instagram instagram.com/lejournal';
    expect(bodyOf(`<article><p>${P1}</p><p>${P2}</p><p>${P3}</p><p>${follow}</p></article>`)).toEqual([`body: ${P1}`, `body: ${P2}`, `body: ${P3}`]);
  });

  it('keeps a story paragraph that cites one social-network address', () => {
    const cite = 'The board posted its repair map on https://www.facebook.com/waterboard on Thursday, and said a searchable version would follow on its own website within a fortnight.';
    expect(bodyOf(`<article><p>${P1}</p><p>${cite}</p><p>${P2}</p></article>`)).toContain(`body: ${cite}`);
  });

  it('drops a date-and-clock line before the story, in a language the date parser does not read', () => {
    const stamp = 'Mittwoch, 28. Aug 2013, zuletzt aktualisiert 14:00 (GMT+0400)';
    expect(bodyOf(`<article><div>${stamp}</div><p>${P1}</p><p>${P2}</p><p>${P3}</p></article>`)).toEqual([`body: ${P1}`, `body: ${P2}`, `body: ${P3}`]);
  });

  it('keeps a short sentence with a year and a time once the story has begun', () => {
    const late = 'The vote closed at 9:30 pm on 4 March 2024.';
    expect(bodyOf(`<article><p>${P1}</p><p>${P2}</p><p>${late}</p><p>${P3}</p></article>`)).toContain(`body: ${late}`);
  });
});

describe('short paragraphs laid out as divs', () => {
  it('keeps one-line sentences in nested divs, as Readability does once it turns such divs into paragraphs', () => {
    const line = (t: string) => `<div style="margin: 1em 0"><div><span>${t}</span></div></div>`;
    const html = `<article>${line(P1)}${line('They both said no.')}${line('“Why?”')}${line(P2)}${line(P3)}${line(P4)}</article>`;
    expect(bodyOf(html)).toEqual([`body: ${P1}`, 'body: They both said no.', 'body: “Why?”', `body: ${P2}`, `body: ${P3}`, `body: ${P4}`]);
  });

  it('still drops a short label div without a sentence end', () => {
    const html = `<article><div><p>${P1}</p><div><span>Story continues</span></div><p>${P2}</p><p>${P3}</p><p>${P4}</p></div></article>`;
    expect(bodyOf(html)).toEqual([`body: ${P1}`, `body: ${P2}`, `body: ${P3}`, `body: ${P4}`]);
  });
});

describe('author cards', () => {
  const card = '<div class="box-7"><div><a href="/about/editors/maya-kell/"><img src="/i/mk.jpg"></a><span>By <a href="/about/editors/maya-kell/">Maya Kell</a></span></div><div>Maya has covered water and energy for the paper since 2015, and before that reported from the statehouse for a decade.</div></div>';
  it('drops a box with a photo and a link to the writer\'s page, whatever its class', () => {
    const text = run(page(`<article><div><p>${P1}</p><p>${P2}</p><p>${P3}</p><p>${P4}</p>${card}</div></article>`)).article.text;
    expect(text).toContain(P4);
    expect(text).not.toContain('has covered water');
  });

  it('keeps a picture box whose link leads to an image file in an "author" folder', () => {
    const about = '<div><a href="/graphics/author/portrait.jpg"><img src="/graphics/author/portrait-small.jpg"></a><p>Portrait by Lee Ames.</p></div>';
    // Kept, not dropped as an author box: as the caption of its picture (a frame of picture and short text), apart from the story.
    const { article } = run(page(`<article><div><p>${P1}</p><p>${P2}</p>${about}<p>${P3}</p><p>${P4}</p></div></article>`));
    expect(article.captions).toContainEqual({ text: 'Portrait by Lee Ames.', credit: null });
    expect(article.text).toContain(P4);
  });

  it('keeps the story\'s last paragraph set in one box with the card, and drops the card', () => {
    const part = (p: string) => `<div class="part"><div class="inner"><p>${p}</p></div></div>`;
    const last = `<div class="part"><div class="inner"><p>${P4}</p></div>${card}</div>`;
    const text = run(page(`<article>${[P1, P2, P3, P1, P2, P3].map(part).join('')}${last}</article>`)).article.text;
    expect(text).toContain(P4);
    expect(text).not.toContain('has covered water');
  });

  it('keeps the story\'s paragraph when the card sits deeper in the same box, after it', () => {
    const part = (p: string, extra = '') => `<span><div class="step"><div class="body"><span><p>${p}</p></span>${extra}</div><img src="/i/${p.length}.jpg" width="600" height="400"></div></span>`;
    const text = run(page(`<article>${[P1, P2, P3, P1, P2, P3].map((p) => part(p)).join('')}${part(P4, card)}</article>`)).article.text;
    expect(text).toContain(P4);
    expect(text).not.toContain('has covered water');
  });
});

describe('boxes beside the story\'s box', () => {
  it('weighs a furniture box against the whole story, not the sibling box it sits in', () => {
    const bio = '<div class="sig"><div class="bio">Maya Kell covers water and energy for the paper. She joined from the statehouse bureau in 2015.</div></div>';
    const more = ['Ashby', 'Brook', 'Carter'].map((n) => `<p>In ${n}, residents said they had not been asked before the vote, and that they would remember it at the next election.</p>`).join('');
    const text = run(page(`<div class="page"><div class="story"><p>${P1}</p><p>${P2}</p><p>${P3}</p><p>${P4}</p>${more}</div>${bio}</div>`)).article.text;
    expect(text).toContain(P4);
    expect(text).not.toContain('covers water and energy');
  });
});

describe('story sections and credit lines', () => {
  it('takes a sibling div of subheading and paragraph as the story\'s next section', () => {
    const lead = `<div class="body"><p>${P1}</p><p>${P2}</p><p>${P3}</p><p>${P1} ${P2}</p></div>`;
    const update = `<div class="part-two"><h3>Reaction</h3><p>${P4}</p></div>`;
    const text = run(page(`<div class="story">${lead}${update}</div><div class="promo"><a href="/x">More from the board</a></div>`)).article.text;
    expect(text).toContain(P4);
    expect(text).not.toContain('More from the board');
  });

  it('drops an author | place | date line whose numeric date is ambiguous (08/01/2014), and takes the name', () => {
    const { article } = run(page(`<article><div>Marta Vidal | Palma | 08/01/2014</div><p>${P1}</p><p>${P2}</p><p>${P3}</p></article>`));
    expect(paragraphsOf(article)).toEqual([`body: ${P1}`, `body: ${P2}`, `body: ${P3}`]);
    expect(article.byline).toEqual(['Marta Vidal']);
  });
});

describe('post metadata lines', () => {
  it('drops a "Posted by … on <date>" line wherever it sits, but keeps a sentence that starts the same way', () => {
    const html = `<article><p>${P1}</p><p>${P2}</p><p>${P3}</p><p>Posted by Lee Ames on March 4, 2024 at 08:05</p><p>Published in 1998, the board's first report said the same.</p></article>`;
    const body = bodyOf(html);
    expect(body).not.toContain('body: Posted by Lee Ames on March 4, 2024 at 08:05');
    expect(body).toContain("body: Published in 1998, the board's first report said the same.");
  });

  it('drops a video player\'s key instructions and a lone "Feedback" link line', () => {
    const html = `<article><p>${P1}</p><div>Press spacebar to pause and continue. Press esc to stop.</div><p>${P2}</p><p>${P3}</p><p>${P4}</p><div><a href="/feedback">Feedback</a></div></article>`;
    expect(bodyOf(html)).toEqual([`body: ${P1}`, `body: ${P2}`, `body: ${P3}`, `body: ${P4}`]);
  });
});

describe('pruning by class names gives way to markup and size', () => {
  it('keeps a <main> whose class holds an "unlikely" word, and still cleans the boxes beside it', () => {
    const extra = '<div class="supplemental-box"><p>Readers in the district can also find the full list of meters, the tariff tables and last year\'s figures in the archive section of this site.</p></div>';
    const html = `<main class="container js-social-anchor"><p>${P1}</p><p>${P2}</p>${extra}<p>${P3}</p><p>${P4}</p></main>`;
    const text = run(page(html)).article.text;
    expect(text).toContain(P4);
    expect(text).not.toContain('archive section');
  });

  it('keeps a layout wrapper named for a sidebar column when it holds most of the page', () => {
    const extra = '<div class="supplemental-box"><p>Readers in the district can also find the full list of meters, the tariff tables and last year\'s figures in the archive section of this site.</p></div>';
    const html = `<div class="layout-two-col-sidebar-right"><div class="col"><p>${P1}</p><p>${P2}</p>${extra}<p>${P3}</p><p>${P4}</p></div></div>`;
    const text = run(page(html)).article.text;
    expect(text).toContain(P1);
    expect(text).not.toContain('archive section');
  });
});

describe('code listings', () => {
  it('keeps a short code block in a wrapper div, and highlighted tokens classed "comment" inside code', () => {
    const block = '<div class="highlight-shell"><div class="highlight"><pre>$ make tariffs</pre></div></div>';
    const highlighted = '<pre><code><span class="token comment">// tariff.c</span>\nint rise = 4;</code></pre>';
    const text = run(page(`<article><p>${P1}</p>${block}<p>${P2}</p>${highlighted}<p>${P3}</p><p>${P4}</p></article>`)).article.text;
    expect(text).toContain('$ make tariffs');
    expect(text).toContain('// tariff.c');
  });
});

describe('a box of links set inside a part of the story', () => {
  it('keeps the part\'s paragraph and drops the box of other headlines', () => {
    const related = '<div><h3>Read more</h3><ul><li><a href="/a/1">Storm cuts power to thousands across the region</a></li><li><a href="/a/2">Mayor unveils plan for new bridge over the river</a></li><li><a href="/a/3">School budget vote delayed again</a></li></ul></div>';
    const part = (p: string, extra = '') => `<div class="part"><div class="inner"><span><p>${p}</p>${extra}</span></div><img src="/i/${p.length}.jpg" width="600" height="400"></div>`;
    const text = run(page(`<div class="story">${part(P1)}${part(P2, related)}${part(P3)}${part(P4)}</div>`)).article.text;
    expect(text).toContain(P2);
    expect(text).toContain(P4);
    expect(text).not.toContain('Storm cuts power');
  });

  it('still drops a list of headlines under a blurb that reads as a sentence', () => {
    const heads = ['Storm cuts power to thousands across the region', 'Mayor unveils plan for new bridge over the river', 'School budget vote delayed again until the spring', 'Bus fares to rise by ten pence from next month', 'Library opening hours cut at four branches'];
    const links = `<div class="box"><p>Our reporters have followed the council's budget all year, from the first draft to the final vote.</p><ul>${heads.map((h, i) => `<li><a href="/a/${i}">${h}</a></li>`).join('')}</ul></div>`;
    const text = run(page(`<div class="story"><p>${P1}</p><p>${P2}</p>${links}<p>${P3}</p><p>${P4}</p></div>`)).article.text;
    expect(text).toContain(P4);
    expect(text).not.toContain('followed the council');
    expect(text).not.toContain('Storm cuts power');
  });

  it('still drops a box of links with a short blurb', () => {
    const links = '<div class="box"><p>More on this story from our archive:</p><ul><li><a href="/a/1">Storm cuts power to thousands across the region</a></li><li><a href="/a/2">Mayor unveils plan for new bridge over the river</a></li></ul></div>';
    const text = run(page(`<div class="story"><p>${P1}</p><p>${P2}</p>${links}<p>${P3}</p><p>${P4}</p></div>`)).article.text;
    expect(text).toContain(P4);
    expect(text).not.toContain('Storm cuts power');
  });
});

describe('data tables inside the story', () => {
  it('takes the box around a long data table for the story, with the paragraphs before and after it', () => {
    // Thirty rows whose cells read as short paragraphs: the rows' scores add up in the table's body, past the story's box.
    const rows = Array.from({ length: 30 }, (_, i) => `<tr><td>Site ${i + 1}</td><td>${1990 + i}</td><td>Closed after a review, which found low use, high costs and a leaking roof, despite protests.</td></tr>`).join('');
    const table = `<table><thead><tr><th>Site</th><th>Year</th><th>What happened</th></tr></thead><tbody>${rows}</tbody></table>`;
    const after = 'The council said it would publish the full list of sites under review, with the cost of keeping each one open, before the June meeting.';
    const text = run(page(`<div class="a1"><div class="b2"><p>${P1}</p><p>${P2}</p>${table}<p>${after}</p><h2>See also</h2><p>${P3}</p></div></div>`)).article.text;
    expect(text).toContain(P1);
    expect(text).toContain('Closed after a review');
    expect(text).toContain('What happened');
    expect(text).toContain(after);
  });
});

describe('unlikely boxes', () => {
  it('prunes a cookie notice placed inside the story container', () => {
    const notice = '<div class="cookie-notice"><p>We use cookies to give you the best experience on our site, to measure traffic and to show you relevant offers.</p></div>';
    const text = run(page(`<article><p>${P1}</p><p>${P2}</p>${notice}<p>${P3}</p><p>${P4}</p></article>`)).article.text;
    expect(text).toContain(P4);
    expect(text).not.toContain('We use cookies');
  });

  it('keeps a section whose id is its heading\'s slug even when the slug holds an unlikely word', () => {
    const section = `<div id="what-the-community-meetings-decided"><h2>What the community meetings decided</h2><p>${P3}</p></div>`;
    const extra = '<div class="supplemental-box"><p>Readers in the district can also find the full list of meters, the tariff tables and last year\'s figures in the archive section of this site.</p></div>';
    const text = run(page(`<article><p>${P1}</p><p>${P2}</p>${extra}${section}<p>${P4}</p></article>`)).article.text;
    expect(text).toContain(P3);
    expect(text).not.toContain('archive section');
  });
});

describe('lists of sentences with links inside them', () => {
  it('keeps a link-heavy list whose items are sentences with a link in mid-sentence', () => {
    const list = `<ul>
      <li>Mara Lind <a href="/bugs/101">fixed the broken upload form</a> on the council site</li>
      <li>The planning team <a href="/bugs/102">removed the old map layer</a> that slowed pages down</li>
      <li>Joe Park <a href="/bugs/103">rewrote the export of meeting minutes</a> for screen readers</li></ul>`;
    const text = run(page(`<article><p>${P1}</p><p>${P2}</p><h3>Fixes this week</h3>${list}<p>${P3}</p><p>${P4}</p></article>`)).article.text;
    expect(text).toContain('Mara Lind fixed the broken upload form on the council site');
    expect(text).toContain('removed the old map layer');
  });

  it('still drops a list of headline links inside the story, where every item is one capitalised link', () => {
    const list = `<ul>
      <li><a href="/a">Council approves new bus lanes for the city centre</a></li>
      <li><a href="/b">Libraries to open on Sundays from next month</a></li>
      <li><a href="/c">Flood defences finished two years late</a></li></ul>`;
    const text = run(page(`<article><p>${P1}</p><p>${P2}</p>${list}<p>${P3}</p><p>${P4}</p></article>`)).article.text;
    expect(text).toContain(P4);
    expect(text).not.toContain('bus lanes');
  });

  it('judges a box that is nearly all a list of described items as a list, not as a link-heavy box', () => {
    // Each item: a name, a sentence about it and a "Learn more" link; the box's link density is just over a fifth.
    const item = (name: string, what: string) => `<li><h3>${name}</h3><p>${what}</p><a href="/${name.toLowerCase()}">Learn more about ${name}</a></li>`;
    const box = `<section><ul>${item('Meters', 'Read your own meter and send the figure online each month.')}${item('Tariffs', 'Compare the standard tariff with the reduced one for low incomes.')}${item('Repairs', 'See which streets get new mains this year and when work starts.')}</ul></section>`;
    const text = run(page(`<article><p>${P1}</p><p>${P2}</p>${box}<p>${P3}</p><p>${P4}</p></article>`)).article.text;
    expect(text).toContain('Read your own meter and send the figure online each month.');
  });

  it('does not count a star-rating widget (one label, then link-only items) as a list of sentences', () => {
    const star = (n: number) => `<li><a href="/rate?stars=${n}">Give it ${n} stars</a></li>`;
    const stars = `<div class="rate"><span>Rate:</span><ul><li>Rated 1 out of 5 by readers</li>${[1, 2, 3, 4, 5].map(star).join('')}</ul></div>`;
    const text = run(page(`<article><p>${P1}</p><p>${P2}</p>${stars}<p>${P3}</p><p>${P4}</p></article>`)).article.text;
    expect(text).not.toContain('Rated 1 out of 5');
  });
});

describe('images set inside a line of text', () => {
  it('keeps a definition whose formulas are pictures between words, which a gallery test would take for image boxes', () => {
    const f = (n: number) => `<span class="formula"><img src="/f${n}.png" alt="x${n}"></span>`;
    const dl = `<dl><dd><i>Proof:</i> ${f(1)} follows from the rate rule, so ${f(2)} holds for every district.</dd></dl>`;
    const text = run(page(`<article><p>${P1}</p><p>${P2}</p>${dl}<p>${P3}</p><p>${P4}</p></article>`)).article.text;
    expect(text).toContain('follows from the rate rule, so');
  });

  it('still drops a strip of thumbnails with short labels under them', () => {
    const thumb = (n: number) => `<div><a href="/g/${n}"><img src="/t${n}.jpg"></a><div><span>Photo ${n}</span></div></div>`;
    const strip = `<div class="strip">${[1, 2, 3, 4].map(thumb).join('')}</div>`;
    const text = run(page(`<article><p>${P1}</p><p>${P2}</p>${strip}<p>${P3}</p><p>${P4}</p></article>`)).article.text;
    expect(text).not.toContain('Photo 3');
  });
});

describe('teaser cards', () => {
  it('drops a card laid under an empty link to another story (label, headline, dek), even inside the story box', () => {
    const card = `<div class="tile"><a href="/2014/12/best-of-the-year.html" class="primary"></a><span>Behind the Scenes</span>
      <div><span>Dec. 31 2014</span><span>Our Writers Pick Their Favourite Stories of the Year</span><span>The pieces they wish more people had read.</span></div></div>`;
    const text = run(page(`<article><p>${P1}</p><p>${P2}</p>${card}<p>${P3}</p><p>${P4}</p></article>`)).article.text;
    expect(text).toContain(P3);
    expect(text).not.toContain('Favourite Stories');
  });

  it('keeps a box of story text that merely holds an empty named anchor or a link to a picture', () => {
    const box = `<div><a href="#repairs"></a><a href="/img/mains.jpg"></a><span>Repairs start in April on the oldest mains, the board said.</span></div>`;
    const text = run(page(`<article><p>${P1}</p><p>${P2}</p>${box}<p>${P3}</p><p>${P4}</p></article>`)).article.text;
    expect(text).toContain('Repairs start in April on the oldest mains');
  });
});

describe('labels before the first paragraph', () => {
  it('drops a section label printed above a short story of one or two paragraphs', () => {
    const html = `<div class="story"><div><span>Local news</span></div><p>${P1}</p><p>${P2}</p></div>`;
    const text = run(page(html)).article.text;
    expect(text.startsWith(P1)).toBe(true);
  });

  it('keeps a short sentence that opens the story', () => {
    const html = `<div class="story"><p>It is official.</p><p>${P1}</p><p>${P2}</p></div>`;
    expect(run(page(html)).article.text).toContain('It is official.');
  });
});

describe('time stamps without a year above the story', () => {
  it('drops a "last updated" line of day/month and clock time before the first paragraph', () => {
    const html = `<article><div>最終更新:3/9(木) 18:45</div><p>${P1}</p><p>${P2}</p><p>${P3}</p></article>`;
    const text = run(page(html)).article.text;
    expect(text).not.toContain('18:45');
    expect(text.startsWith(P1)).toBe(true);
  });

  it('keeps a short line with a time that ends a sentence', () => {
    const html = `<article><p>Polls close at 8:00 on 3/9.</p><p>${P1}</p><p>${P2}</p></article>`;
    expect(run(page(html)).article.text).toContain('Polls close at 8:00 on 3/9.');
  });
});

describe('long-form story cut into sibling sections', () => {
  it('keeps sibling sections that hold two or more long paragraphs beside a list, a quote or an empty box', () => {
    const para = (i: number) => `<p>Section paragraph ${i}: the water board’s engineers walked the old mains street by street, noting every joint that leaked, and the list grew longer each week of the survey.</p>`;
    const big = `<div>${Array.from({ length: 30 }, (_, i) => para(i)).join('')}</div>`;
    const withList = `<div><p>${P1}</p><ol><li>Replace the mains under the high street before winter.</li><li>Publish the repair schedule for every district online.</li></ol><p>${P2}</p></div>`;
    const withEmpty = `<div><div class="spacer"></div><p>${P3}</p><blockquote>We will fix the worst streets first.</blockquote><p>${P4}</p></div>`;
    const text = run(page(`<div class="page">${withList}${big}${withEmpty}</div>`)).article.text;
    for (const p of [P1, P2, P3, P4, 'Replace the mains under the high street before winter.']) expect(text).toContain(p);
  });

  it('still leaves out a sibling box of links with short blurbs', () => {
    const para = (i: number) => `<p>Section paragraph ${i}: the water board’s engineers walked the old mains street by street, noting every joint that leaked, and the list grew longer each week of the survey.</p>`;
    const big = `<div>${Array.from({ length: 12 }, (_, i) => para(i)).join('')}</div>`;
    const links = `<div><p><a href="/a">Board meets again in May to set the new charges for next year</a></p><ul><li><a href="/b">Leak map</a></li><li><a href="/c">Charges explained</a></li></ul><p><a href="/d">How to apply for the reduced tariff if you are on a low income</a></p></div>`;
    const text = run(page(`<div class="page">${big}${links}</div>`)).article.text;
    expect(text).not.toContain('Leak map');
  });
});

describe('paragraphs marked with <br>', () => {
  it('ends a paragraph at a double <br>, whatever the line before ends with, and joins lines parted by one', () => {
    const html = `<div class="story">${P1}<br><br>Board members met again on Friday <br> to agree the timetable<br><br>${P3}<br><br>${P4}</div>`;
    expect(bodyOf(html)).toEqual([`body: ${P1}`, 'body: Board members met again on Friday to agree the timetable', `body: ${P3}`, `body: ${P4}`]);
  });

  it('ends a paragraph at a <br> after a Chinese or Japanese full stop', () => {
    const a = '水道局は水曜日、四月から家庭用料金を四パーセント引き上げることを決めた。三年ぶりの値上げとなる。';
    const b = '委員らは、この資金を一九二〇年代に敷設された古い水道管の交換に充てると説明した。漏水の大半はこれらの管から起きている。';
    const c = '消費者団体は値上げ幅が物価上昇を上回ると批判し、修理計画を地区ごとに公表するよう求めた。';
    const html = `<!doctype html><html lang="ja"><head><title>水道料金値上げ</title></head><body><div class="story">${a}<br>${b}<br>${c}</div></body></html>`;
    expect(paragraphsOf(run(html).article)).toEqual([`body: ${a}`, `body: ${b}`, `body: ${c}`]);
  });

  it('drops a day/month and clock time stamp line wherever it sits, but keeps a closing dateline with a year', () => {
    const stamp = '最終更新:3/9(木) 18:45';
    expect(bodyOf(`<article><p>${P1}</p><p>${P2}</p><p>${P3}</p><p>${stamp}</p></article>`).join('\n')).not.toContain(stamp);
    const dateline = 'City Desk (Leeds) First published March 3, 2024: 6:15 AM';
    expect(bodyOf(`<article><p>${P1}</p><p>${P2}</p><p>${P3}</p><p>${dateline}</p></article>`).join('\n')).toContain(dateline);
  });
});

describe('boxes around a form', () => {
  it('drops a sign-up box set among the paragraphs, its heading and blurb with its form, whatever its class names', () => {
    const box = '<div class="box"><h3>Get the morning briefing</h3><p>The top local stories in your inbox every morning.</p><form action="/subscribe"><input type="email" placeholder="Email address"><button>Sign up</button></form></div>';
    const text = run(page(`<article><p>${P1}</p><p>${P2}</p>${box}<p>${P3}</p><p>${P4}</p></article>`)).article.text;
    expect(text).toContain(P3);
    expect(text).not.toContain('morning briefing');
    expect(text).not.toContain('inbox');
  });

  it('keeps the story when a form wraps the whole page, as ASP.NET pages do', () => {
    const html = `<form id="aspnetForm" action="/story.aspx"><input type="hidden" name="__VIEWSTATE" value="x"><div class="story"><p>${P1}</p><p>${P2}</p></div><div class="story-more"><p>${P3}</p><p>${P4}</p></div></form>`;
    const text = run(page(html)).article.text;
    for (const p of [P1, P2, P3, P4]) expect(text).toContain(p);
  });
});

describe('lists of links inside list items', () => {
  const links = '<ul><li><a href="https://bugs.example.org/1201">Bug 1201 – Meter readings shown twice on the bill</a></li><li><a href="https://bugs.example.org/1202">Bug 1202 – Tariff page loads slowly</a></li></ul>';

  it('keeps a sub-list of links under an item\'s own words ("Still open:"), as points of that item', () => {
    const list = `<ul><li>${P2}</li><li>Still open:${links}</li></ul>`;
    const text = run(page(`<article><p>${P1}</p>${list}<p>${P3}</p><p>${P4}</p></article>`)).article.text;
    expect(text).toContain('Bug 1201 – Meter readings shown twice on the bill');
    expect(text).toContain('Still open:');
  });

  it('still drops a list of links in an item without words of its own (a slide of a slideshow)', () => {
    const slide = `<ul class="slides"><li><div><h3>Mains in the north</h3><p>${P2}</p></div><ul><li><a href="/north.pdf">Get the map.</a></li></ul></li></ul>`;
    const text = run(page(`<article><p>${P1}</p>${slide}<p>${P3}</p><p>${P4}</p></article>`)).article.text;
    expect(text).toContain(P2);
    expect(text).not.toContain('Get the map.');
  });
});

describe('inline elements inside a sentence', () => {
  it('keeps a dateline span that opens the lead paragraph ("LEEDS —"), whatever its class name', () => {
    const lead = `<p><span class="dateline">LEEDS —</span> ${P1}</p>`;
    const text = run(page(`<article>${lead}<p>${P2}</p><p>${P3}</p></article>`)).article.text;
    expect(text).toContain(`LEEDS — ${P1}`);
  });

  it('still drops a dateline box of its own above the story', () => {
    const text = run(page(`<article><div class="dateline">Leeds, March 3</div><p>${P1}</p><p>${P2}</p><p>${P3}</p></article>`)).article.text;
    expect(text).not.toContain('Leeds, March 3');
  });
});

describe('text set straight in a box, around boxes that go', () => {
  const story = (between: string) => `<div class="entry">${P1}<br><br>${P2}${between}${P3}<br><br>${P4}</div>`;

  it('keeps the sentences on either side of a removed ad box as two paragraphs', () => {
    const body = bodyOf(story('<div class="ad-unit"><span>Advertisement</span></div>'));
    expect(body).toContain(`body: ${P2}`);
    expect(body).toContain(`body: ${P3}`);
  });

  it('does the same where pruning takes out a sidebar box or a hidden one', () => {
    for (const box of ['<div class="sidebar"><a href="/x">Other news</a></div>', '<div style="display:none">Loading</div>']) {
      const body = bodyOf(story(box));
      expect(body).toContain(`body: ${P2}`);
      expect(body).toContain(`body: ${P3}`);
    }
  });

  it('keeps one line when the removed box was set in the line by its style', () => {
    const html = `<div class="entry">${P1}<br><br>The board chair said the plan<div class="badge" style="display: inline-block"></div> was fair.<br><br>${P2}<br><br>${P3}</div>`;
    expect(bodyOf(html)).toContain('body: The board chair said the plan was fair.');
  });
});

describe('short dated lines above the story', () => {
  it('keeps a short opening sentence that mentions a date', () => {
    const lead = 'The vote took place on March 3, 2024.';
    expect(bodyOf(`<article><p>${lead}</p><p>${P1}</p><p>${P2}</p></article>`)).toContain(`body: ${lead}`);
  });

  it('still takes a time stamp line for the published date and leaves it out of the text', () => {
    const { article } = run(page(`<article><p>Published on March 3, 2024.</p><p>${P1}</p><p>${P2}</p></article>`));
    expect(article.text).not.toContain('Published');
    expect(article.published).toBe('2024-03-03');
  });

  it('leaves out a line that opens with a date and a clock time, then a place and topics, in any script', () => {
    const stamp = '2024年3月3日 10:01 発信地：東京/日本 [ 日本 アジア・オセアニア 政治 経済 社会 国際 スポーツ 文化 ]';
    const text = run(page(`<article><p>${stamp}</p><p>${P1}</p><p>${P2}</p></article>`)).article.text;
    expect(text).not.toContain('発信地');
    expect(text).toContain(P1);
  });

  it('keeps a sentence that opens with a year and a time', () => {
    const lead = 'In 2019 at 10:01 the first train left the new station, an hour late and half empty.';
    expect(bodyOf(`<article><p>${lead}</p><p>${P1}</p><p>${P2}</p></article>`)).toContain(`body: ${lead}`);
  });
});

describe('the part of a story behind a paywall', () => {
  it('keeps the story\'s last paragraphs printed in a paywall-named box', () => {
    const before = [P1, P2, P1.replace('Wednesday', 'Thursday'), P2.replace('1920s', '1930s'), P1.replace('April', 'May'), P2.replace('leaks', 'bursts'), P1.replace('three', 'four'), P2.replace('district', 'county')];
    const html = `<article>${before.map((p) => `<p>${p}</p>`).join('')}<div class="article-paywall"><p>${P3}</p><p>${P4}</p></div></article>`;
    const text = run(page(html)).article.text;
    expect(text).toContain(P3);
    expect(text).toContain(P4);
  });

  it('still drops the paywall\'s prompt', () => {
    const prompt = '<div class="paywall-prompt"><p>Subscribers can read the full story.</p><a href="/subscribe">Subscribe now</a></div>';
    const text = run(page(`<article><p>${P1}</p><p>${P2}</p><p>${P3}</p>${prompt}<p>${P4}</p></article>`)).article.text;
    expect(text).toContain(P4);
    expect(text).not.toContain('Subscribers can read');
  });
});

describe('responsive visibility classes', () => {
  it('reads the copy a wide screen shows: "hidden md:block" is shown, "md:hidden" is the phone copy', () => {
    const html = `<article><div class="md:hidden"><p>${P1.replace('board', 'board (phone)')}</p></div><div class="hidden md:block"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div></article>`;
    const text = run(page(html)).article.text;
    expect(text).toContain(P1);
    expect(text).toContain(P3);
    expect(text).not.toContain('(phone)');
  });

  it('does the same for Bootstrap ("d-none d-lg-block" shown, "d-lg-none" and a bare "d-none" hidden)', () => {
    const html = `<article><div class="d-lg-none"><p>Tap here to open the app.</p></div><div class="d-none d-lg-block"><p>${P1}</p><p>${P2}</p></div><div class="d-none"><p>Loading comments</p></div><p>${P3}</p></article>`;
    const text = run(page(html)).article.text;
    expect(text).toContain(P2);
    expect(text).not.toContain('Tap here');
    expect(text).not.toContain('Loading comments');
  });
});

describe('block quotes laid out in boxes', () => {
  it('keeps an embedded post whose words sit in a box inside the quote, links and all', () => {
    const post = '<blockquote class="q"><div class="x"><p>Queues at the <a href="/tag/water">#water</a> office this morning <a href="https://pic.example/abc">pic.example/abc</a></p><p>— Ann Lee (@annlee) <a href="https://social.example/annlee/1">March 3, 2024</a></p></div></blockquote>';
    const text = run(page(`<div class="main"><p>${P1}</p><p>${P2}</p>${post}<p>${P3}</p><p>${P4}</p></div>`)).article.text;
    expect(text).toContain('Queues at the #water office this morning');
    expect(text).toContain('— Ann Lee (@annlee) March 3, 2024');
  });

  it('keeps a quote\'s lines laid out as divs of inline text', () => {
    const post = '<blockquote><div>Queues at the <a href="/tag/water">#water</a> office <a href="https://pic.example/abc">pic.example/abc</a></div><div>— Ann Lee (@annlee) <a href="https://social.example/annlee/1">March 3, 2024</a></div></blockquote>';
    const text = run(page(`<div class="main"><p>${P1}</p><p>${P2}</p>${post}<p>${P3}</p><p>${P4}</p></div>`)).article.text;
    expect(text).toContain('— Ann Lee (@annlee) March 3, 2024');
  });

  it('still drops a box of links set beside the quote\'s words', () => {
    const post = '<blockquote><p>The board has yet to say when the new charges will appear on bills.</p><div><a href="/a">Water news</a> <a href="/b">Council news</a> <a href="/c">Weather</a></div></blockquote>';
    const text = run(page(`<div class="main"><p>${P1}</p><p>${P2}</p>${post}<p>${P3}</p><p>${P4}</p></div>`)).article.text;
    expect(text).toContain('The board has yet to say');
    expect(text).not.toContain('Council news');
  });
});

describe('photo credit lines left in the text', () => {
  it('drops a "Photo by" line of names and agencies, whatever its box is called', () => {
    const html = `<div class="x1"><p>${P1}</p><div class="x2"><img src="/a.jpg"><div>Photo by Ann Lee/Getty Images</div></div><p>${P2}</p><p>${P3}</p><p>Image courtesy of the Water Board.</p><p>${P4}</p></div>`;
    const text = run(page(html)).article.text;
    expect(text).toContain(P4);
    expect(text).not.toContain('Ann Lee');
    expect(text).not.toContain('courtesy');
  });

  it('keeps a sentence that opens like a credit but goes on as the story', () => {
    const line = 'Photo by photo, the board showed residents how the cast-iron mains had corroded since the 1920s.';
    const html = `<div class="x1"><p>${P1}</p><p>${P2}</p><p>${line}</p><p>${P3}</p><p>${P4}</p></div>`;
    expect(run(page(html)).article.text).toContain(line);
  });
});

describe('readers\' comments printed without reply links', () => {
  const comment = (who: string, when: string, words: string) => `<div class="x5"><p class="x6"><span>${who}</span><br><span>${when}</span></p><p>${words}</p><div>Rating: 3</div></div>`;

  it('ends the story at the first of two "name + relative time" lines, with the pager above it', () => {
    const thread = `<div class="x3"><div class="x4"><span>Previous</span> <a href="#">Next</a></div><div>Page 1 of 2</div>${comment('Casper', 'Hace 37 minutos', 'Lo importante no es si imputa o no, sino quién paga la comida al final.')}${comment('jdoe', '2 hours ago', 'The board has been raising charges for years and the leaks never get fixed.')}</div>`;
    const text = run(page(`<div class="x1"><p>${P1}</p><p>${P2}</p><p>${P3}</p><p>${P4}</p>${thread}</div>`)).article.text;
    expect(text.trimEnd().endsWith(P4)).toBe(true);
  });

  it('keeps a story line that mentions a time ago once, with no second comment header', () => {
    const line = 'Officials 2 hours ago';
    const html = `<div class="x1"><p>${P1}</p><p>${P2}</p><p>${P3}</p><p>${line}</p><p>${P4}</p></div>`;
    expect(run(page(html)).article.text).toContain(P4);
  });
});

describe('a sidebar heading right after a short story', () => {
  it('cuts at "Related stories" when a teaser\'s dek without a stop is all the prose below it', () => {
    const teaser = '<h3>Related stories</h3><div>House of the week</div><div>Valley views near the lake</div><div>The house, which sits on twenty acres, overlooks the lake and hillsides dotted with silos and working farms</div><div><a href="/more">More homes »</a></div>';
    const text = run(page(`<div class="x1"><p>${P1}</p><p>${P2}</p>${teaser}</div>`)).article.text;
    expect(text).toContain(P2);
    expect(text).not.toContain('twenty acres');
    expect(text).not.toContain('Related stories');
  });

  it('keeps a section under such a heading when its prose outweighs the story\'s above it', () => {
    const long = `${P3} ${P4} ${P3.replace('Consumer groups', 'Tenant groups')}`;
    const html = `<div class="x1"><p>${P1}</p><h3>Latest</h3><p>${long}</p></div>`;
    expect(run(page(html)).article.text).toContain('Tenant groups');
  });
});

describe('the page\'s copyright notice after the story', () => {
  it('ends the story at a copyright line, whatever follows it', () => {
    const footer = '<div class="x7"><div>© 2024 The Valley Gazette, Inc.</div><div>Reproduction without permission is prohibited, and the Gazette reserves every right in its reporting.</div></div>';
    const text = run(page(`<div class="x1"><p>${P1}</p><p>${P2}</p><p>${P3}</p><p>${P4}</p>${footer}</div>`)).article.text;
    expect(text.trimEnd().endsWith(P4)).toBe(true);
  });

  it('keeps a story line about copyright above most of the story\'s prose', () => {
    const line = 'Copyright lawyers said the board\'s new logo was too close to a brewery\'s mark to be safe.';
    const text = run(page(`<div class="x1"><p>${P1}</p><p>${line}</p><p>${P2}</p><p>${P3}</p><p>${P4}</p></div>`)).article.text;
    expect(text).toContain(line);
  });
});

describe('a part of the story cut by an embed, between two parts', () => {
  const part = (p: string, i: number) => `<div class="par${i}"><p>${p}</p></div>`;
  const player = '<div class="v"><div class="vp"><video src="/v/mains.mp4" poster="/v/mains.jpg"></video><button>Play</button></div><div><h4>Watch: crews replace a burst main</h4><span>01:32</span></div></div>';

  // The rest of the story in one box that wins the scoring; the first parts are its siblings, one paragraph per box.
  const rest = [P1, P2, P3, P4, P1, P2].map((p, i) => `<p>${p.replace(/^The|^Board|^Consumer/, `Later ${i},`)}</p>`).join('');

  it('keeps the paragraph of a box that also holds a video player, between one-paragraph boxes', () => {
    const html = `<article><div>${part(P1, 1)}<div class="par2"><p>${P2}</p>${player}</div>${part(P3, 3)}${part(P4, 4)}<div class="text">${rest}</div></div></article>`;
    const text = run(page(html)).article.text;
    expect(text).toContain(P2);
    expect(text).toContain(P1);
    expect(text).not.toContain('01:32');
  });

  it('leaves out a teaser card set between the parts (its words are mostly a link)', () => {
    const card = '<div class="card"><a href="/news/other-story"><img src="/i/x.jpg"></a><p><a href="/news/other-story">Council approves a new bridge over the river after a decade of debate and delay</a></p></div>';
    const html = `<article><div>${part(P1, 1)}${card}${part(P3, 3)}${part(P4, 4)}<div class="text">${rest}</div></div></article>`;
    expect(run(page(html)).article.text).not.toContain('new bridge');
  });
});

describe('a slideshow\'s legend inside the story', () => {
  // Fifty slides of another story's pictures, each a counter, a title and a caption of some length, in neutral boxes.
  const slides = Array.from({ length: 12 }, (_, i) => `<li><h2><span>${i + 1}/12</span> Harbour traders, week ${i + 1}</h2><p>Traders at the harbour market said takings were down again this week, with fewer visitors, higher rents, and a long closure of the coast road, according to the association.</p></li>`).join('');
  const story = `<div class="s"><p>${P1}</p><p>${P2}</p><p>${P3}</p><p>${P4}</p></div>`;

  it('drops the legend that would outweigh the story', () => {
    const text = run(page(`<article><div class="w">${story}<div class="g"><ul>${slides}</ul></div></div></article>`)).article.text;
    expect(text).toContain(P4);
    expect(text).not.toContain('Harbour traders');
  });

  it('keeps the slides when the page is the slideshow (the looser pass)', () => {
    expect(run(page(`<article><div class="g"><ul>${slides}</ul></div></article>`)).article.text).toContain('takings were down');
  });

  it('keeps a numbered list whose items open with fractions that are no counters ("1/2 cup", "3/4 of voters")', () => {
    const list = '<ul><li>1/2 cup of flour, sifted twice before it goes in the bowl with the butter.</li><li>3/4 of the sugar, the rest kept back for the topping at the end.</li><li>2/3 of the milk, warmed, stirred in a little at a time until smooth.</li></ul>';
    expect(run(page(`<article><div class="s"><p>${P1}</p>${list}<p>${P2}</p><p>${P3}</p></div></article>`)).article.text).toContain('1/2 cup of flour');
  });
});
