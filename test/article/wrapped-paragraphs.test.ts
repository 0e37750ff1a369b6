import { describe, expect, it } from 'vitest';
import { paragraphsOf, run } from './helpers.js';

const P1 = 'The county council voted on Tuesday to close two of its five recycling centres from June, saying the sites cost more to run than they brought in from sales of scrap.';
const P2 = 'Councillors who opposed the plan said residents in outlying villages would now face a round trip of more than forty miles to get rid of garden waste and old furniture.';
const P3 = 'The council leader said a mobile collection van would visit each village once a month, and that the savings would be spent on keeping the libraries open on Saturdays.';
const P4 = 'A petition against the closures has gathered more than six thousand signatures, and campaigners said they would ask the county ombudsman to review the decision.';
const LINKED = 'Campaigners <a href="/news/petition">handed in the petition</a> at <a href="/places/county-hall">County Hall</a>, where <a href="/people/jane-roe">the leader</a> met them.';

function page(body: string): string {
  return `<!doctype html><html lang="en"><head><title>Council to close two recycling centres</title></head><body>${body}</body></html>`;
}

function textOf(body: string): string {
  const { article } = run(page(body));
  // Every paragraph's offsets index its own text.
  for (const p of article.paragraphs) expect(article.text.slice(p.start, p.end).length).toBe(p.end - p.start);
  return article.text;
}

describe('paragraphs wrapped in boxes of their own', () => {
  it('scores a story whose every paragraph sits in its own div like one of bare paragraphs', () => {
    const wrap = (p: string) => `<div class="para"><p>${p}</p></div>`;
    const box = '<div class="box"><p>Opening hours change over the holidays, so check before you travel.</p><p>Vans need a permit, which is free, from the council website.</p></div>';
    const text = textOf(`<div class="page"><div><div class="body">${[P1, P2, P3, P4].map(wrap).join('')}</div></div><div>${box}</div></div>`);
    expect(text).toContain(P1);
    expect(text).toContain(P3);
    expect(text).not.toContain('Opening hours');
  });

  it('keeps the story\'s own box as the content under a layout section that wraps the whole page', () => {
    const more = ['Ashby', 'Brook', 'Carter'].map((n) => `<p>Councillor ${n} said residents in the ${n} ward had not been asked before the vote, and that they would remember it.</p>`).join('');
    const html = `<div class="root"><section class="wrap"><div class="top"><h2>The year in review</h2><p>Our best stories, biggest moments and most-read reports of the year, in one place.</p></div><div class="main"><div class="content"><p>${P1}</p><p>${P2}</p><p>${P3}</p><p>${P4}</p>${more}</div><div class="side"></div></div></section></div>`;
    const text = textOf(html);
    expect(text).toContain(P4);
    expect(text).not.toContain('most-read reports');
  });

  it('prefers a story of paragraphs in two wrappers each to a box of two short bare paragraphs', () => {
    const wrap = (p: string) => `<div><div><p>${p}</p></div></div>`;
    const box = '<div class="box"><p>Opening hours change over the holidays, so check before you travel.</p><p>Vans need a permit, which is free, from the council website.</p></div>';
    const text = textOf(`<div class="page"><div class="main">${[P1, P2, P3, P4].map(wrap).join('')}</div><div class="aside">${box}</div></div>`);
    expect(text).toContain(P1);
    expect(text).toContain(P4);
    expect(text).not.toContain('Opening hours');
  });

  it('keeps a wrapped paragraph full of links, as it keeps a bare one', () => {
    const wrap = (p: string) => `<div><div><p>${p}</p></div></div>`;
    const text = textOf(`<article>${[P1, P2, LINKED, P3, P4].map(wrap).join('')}</article>`);
    expect(text).toContain('handed in the petition at County Hall, where the leader met them.');
  });

  it('gathers a paragraph in two wrappers beside the story\'s box, as it gathers a bare one', () => {
    const text = textOf(`<div><div class="story"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div><div><div><p>${P4}</p></div></div></div>`);
    expect(text).toContain(P1);
    expect(text).toContain(P4);
  });

  it('still drops a wrapped box of several link lines', () => {
    const list = '<div class="more"><p><a href="/a">Bin collections move to Fridays</a></p><p><a href="/b">New car park charges</a></p></div>';
    const text = textOf(`<article><p>${P1}</p><p>${P2}</p>${list}<p>${P3}</p><p>${P4}</p></article>`);
    expect(text).toContain(P4);
    expect(text).not.toContain('Bin collections');
  });
});

describe('looser passes over a short story', () => {
  it('does not widen a one-paragraph story to the rail of other videos beside it', () => {
    const item = (n: number, title: string) => `<li><a class="thumb" href="/video/${n}"><img src="/v${n}.jpg"><h5>${title}</h5><div class="stats"><span>02:0${n}</span></div></a></li>`;
    const rail = `<div class="upcoming"><section><h3><span>More Videos</span></h3><ul>${[
      'Flood barriers go up along the river as the water keeps rising',
      'Firefighters rescue a dog that fell through the ice on the lake',
      'Students build a solar car and race it across the county',
      'Bakery marks a hundred years in the same family on the high street',
    ]
      .map((t, i) => item(i + 1, t))
      .join('')}</ul></section></div>`;
    const html = `<div class="layout"><div class="top"><h1>Council to close two recycling centres</h1><div class="story"><div><p>${P1}</p></div></div></div>${rail}</div>`;
    const text = textOf(html);
    expect(text).toContain(P1);
    expect(text).not.toContain('Flood barriers');
    expect(text).not.toContain('More Videos');
  });

  it('does not take the pass without box cleaning for the list of links it lets back into a short story', () => {
    const links = ['Flood barriers go up along the river', 'Firefighters rescue a dog from the ice', 'Students race a solar car across the county', 'Bakery marks a hundred years on the high street', 'Library opening hours to change in spring'];
    const html = `<div class="main"><div class="story-body"><p>${P1}</p><p>${P2}</p><ul class="links">${links.map((t, i) => `<li><a href="/news/${i}">${t}</a></li>`).join('')}</ul></div></div>`;
    const text = textOf(html);
    expect(text).toContain(P1);
    expect(text).not.toContain('Flood barriers');
  });

  it('still takes a looser pass that adds the story\'s own sentences', () => {
    // The story's box is named like a sidebar, so the strict pass prunes it and finds only the short lead.
    const html = `<div><div class="lead"><p>${P1}</p></div><div class="sidebar-story"><p>${P2}</p><p>${P3}</p><p>${P4}</p></div></div>`;
    const text = textOf(html);
    expect(text).toContain(P1);
    expect(text).toContain(P4);
  });
});

describe('paragraphs laid out as divs', () => {
  it('keeps a sentence div whose links are fewer than its own words, as it keeps such a <p>', () => {
    const div = (t: string) => `<div>${t}</div>`;
    // A third of its text is links: more than a box may hold, less than its own words.
    const linked = 'Campaigners <a href="/news/petition">handed in the petition</a> at <a href="/places/hall">County Hall</a> on Friday, where the leader met them.';
    const text = textOf(`<div class="body">${[P1, P2, linked, P3, P4].map(div).join('')}</div>`);
    expect(text).toContain('handed in the petition at County Hall on Friday, where the leader met them.');
  });

  it('keeps a div sentence whose links are more than half its text, as it keeps such a <p>, among div paragraphs', () => {
    const div = (t: string) => `<div>${t}</div>`;
    const linked = '<a href="/maps/north">On to the north side of the county, where</a> <a href="/people/ann-lee">Councillor Ann Lee</a> has held the most meetings, by our count.';
    const text = textOf(`<div class="body">${[P1, P2].map(div).join('')}<div class="chart"><img src="/c.png" width="600" height="400"></div>${div(linked)}${[P3, P4].map(div).join('')}</div>`);
    expect(text).toContain('On to the north side of the county, where Councillor Ann Lee has held the most meetings, by our count.');
  });

  it('keeps a linked subheading with its source between div paragraphs, as it keeps such a <p>, and drops a line of links alone', () => {
    const div = (t: string) => `<div>${t}</div>`;
    const heading = '<strong><a href="https://example.com/bus-routes">Council approves three new bus routes for outlying villages</a> (Valley Ledger)</strong>';
    const ad = '<a href="/advertise">Advertise with us</a><br><a href="/partner">Partner offers</a>';
    const tags = '<a href="/tag/council">Council</a>, <a href="/tag/waste">Waste</a>, <a href="/tag/villages">Villages</a>';
    const text = textOf(`<div class="body">${[P1, P2, heading, P3, ad, P4, tags].map(div).join('')}</div>`);
    expect(text).toContain('Council approves three new bus routes for outlying villages (Valley Ledger)');
    expect(text).toContain(P4);
    expect(text).not.toContain('Advertise with us');
    expect(text).not.toContain('Villages');
  });

  it('gathers the story\'s opening paragraphs when each is a div of text inside a box of its own', () => {
    const P5 = 'Council officers will report back in September on how many households used the mobile van in its first three months, and at what cost per visit.';
    const P6 = 'The two sites that close, at Millbrook and at Stanton Fields, handled a quarter of the county\'s household waste last year, according to council figures.';
    const P7 = 'Staff at both sites will be offered jobs at the remaining centres, the council said, though the union said it had not yet been consulted on the transfers.';
    const box = (t: string, n: number) => `<div class="par-${n}"><div>${t}</div></div>`;
    const more = ['Ashby', 'Brook', 'Carter', 'Dale', 'Ellis'].map((n) => `Councillor ${n}, who represents one of the affected wards, said residents had not been asked before the vote and would remember it at the next election.`);
    const rest = [P3, P4, P5, P6, P7, ...more].map((t) => `<div>${t}</div>`).join('');
    const text = textOf(`<div id="main">${box(P1, 1)}${box(P2, 2)}<div class="story-body">${rest}</div></div>`);
    expect(text).toContain(P1);
    expect(text).toContain(P2);
    expect(text).toContain(P5);
  });

  it('keeps a section of pictures and div paragraphs: the divs count as paragraphs against the pictures', () => {
    const section = `<div class="part"><img src="/a.jpg"><div>${P3}</div><img src="/b.jpg"><div>${P4}</div><img src="/c.jpg"></div>`;
    const lead = 'The decision follows a review that found the two sites had the lowest number of visits per opening hour of any centre in the county.';
    const lead2 = 'Opposition councillors called the review flawed because it counted visits by car and left out the many residents who walk to the sites.';
    const text = textOf(`<div class="body"><div>${P1}</div><div>${P2}</div><div>${lead}</div><div>${lead2}</div>${section}</div>`);
    expect(text).toContain(P3);
    expect(text).toContain(P4);
  });

  it('still drops a box of pictures with short labels', () => {
    const steps = '<div class="steps"><img src="/1.png"><div>Open the menu.</div><img src="/2.png"><div>Choose Settings.</div><img src="/3.png"><div>Press Save.</div></div>';
    const text = textOf(`<div class="body"><div>${P1}</div><div>${P2}</div>${steps}<div>${P3}</div><div>${P4}</div></div>`);
    expect(text).toContain(P4);
    expect(text).not.toContain('Choose Settings');
  });

  it('reads a Chinese or Japanese full stop as a sentence end: such a div with links in it stays', () => {
    const zh = '市议会周二投票决定从六月起关闭五个回收中心中的两个，称这些站点的运营成本高于废品销售收入。';
    const linkedZh = '反对者<a href="/news/1">递交了请愿书</a>，并在<a href="/places/2">市政厅</a>外等候领导人。';
    const text = textOf(`<div class="body">${[P1, P2, zh, linkedZh, P3, P4].map((t) => `<div>${t}</div>`).join('')}</div>`);
    expect(text).toContain('反对者递交了请愿书');
  });

  it('still drops a newsletter box of two sentences around a sign-up form, whatever it is called', () => {
    const box = '<div class="x-box"><h3>Get the morning briefing</h3><p>The day\'s top stories, delivered to your inbox every weekday morning.</p><form action="/subscribe"><input type="email"><button>Sign up</button></form><p>By signing up you agree to our terms.</p></div>';
    const text = textOf(`<article><p>${P1}</p><p>${P2}</p>${box}<p>${P3}</p><p>${P4}</p></article>`);
    expect(text).toContain(P4);
    expect(text).not.toContain('inbox');
  });

  it('keeps a short div line of the story that ends in no stop, as it keeps such a <p>', () => {
    const line = 'Then the rain came back';
    const text = textOf(`<div class="body">${[P1, P2, line, P3, P4].map((t) => `<div>${t}</div>`).join('')}</div>`);
    expect(text).toContain(`\n${line}\n`);
  });

  it('keeps a div paragraph that ends in a linked aside, its own words outweighing the link', () => {
    const aside = 'Turnout at the consultation meetings was low. <a href="/news/older">(See also: Council drops bus plan)</a>';
    const text = textOf(`<div class="body">${[P1, P2, aside, P3, P4].map((t) => `<div>${t}</div>`).join('')}</div>`);
    expect(text).toContain('Turnout at the consultation meetings was low. (See also: Council drops bus plan)');
  });

  it('still drops a picture frame laid out as a div of inline boxes, with its "View full size" link', () => {
    const frame = '<div><span><a href="/photo/1.jpg"><img src="/photo/1-small.jpg"></a><span><a href="/photo/1.jpg">View full size</a> <span>The Millbrook site</span></span></span></div>';
    const text = textOf(`<div class="body">${[P1, P2].map((t) => `<div>${t}</div>`).join('')}${frame}${[P3, P4].map((t) => `<div>${t}</div>`).join('')}</div>`);
    expect(text).toContain(P4);
    expect(text).not.toContain('View full size');
  });

  it('drops the comment section\'s preamble beside a story whose paragraphs are divs', () => {
    const preamble = '<div>We welcome debate below. Views expressed are the readers\' own.</div>';
    const thread = '<div class="comments"><p>First!</p></div>';
    const text = textOf(`<div class="body">${[P1, P2, P3, P4].map((t) => `<div>${t}</div>`).join('')}${preamble}${thread}</div>`);
    expect(text).toContain(P4);
    expect(text).not.toContain('We welcome debate');
  });

  it('drops the comment section\'s preamble beside a story cut into column boxes of paragraphs', () => {
    const preamble = '<div>We welcome debate below. Views expressed are the readers\' own.</div>';
    const thread = '<div class="comments"><p>First!</p></div>';
    const cols = `<div><p>${P1}</p><p>${P2}</p></div><div><p>${P3}</p><p>${P4}</p></div>`;
    const text = textOf(`<div class="body">${cols}${preamble}${thread}</div>`);
    expect(text).toContain(P4);
    expect(text).not.toContain('We welcome debate');
  });

  it('drops the comment section\'s preamble beside a story whose paragraphs sit two divs deep', () => {
    const preamble = '<div><div><div><p>We welcome debate below.</p></div></div><div><div><p>Views expressed are the readers\' own.</p></div></div></div>';
    const thread = '<div class="comments"><p>First!</p></div>';
    const text = textOf(`<div class="body">${[P1, P2, P3, P4].map((t) => `<div><div><p>${t}</p></div></div>`).join('')}${preamble}${thread}</div>`);
    expect(text).toContain(P4);
    expect(text).not.toContain('We welcome debate');
  });

  it('still drops a div of links that reads as no sentence', () => {
    const menu = '<div><a href="/news">News</a> | <a href="/sport">Sport</a> | <a href="/weather">Weather</a> | <a href="/travel">Travel</a> and more</div>';
    const text = textOf(`<div class="body">${[P1, P2].map((t) => `<div>${t}</div>`).join('')}${menu}${[P3, P4].map((t) => `<div>${t}</div>`).join('')}</div>`);
    expect(text).toContain(P4);
    expect(text).not.toContain('Weather');
  });
});

describe('stories cut into columns of a few paragraphs', () => {
  const linked = (n: number) =>
    `Campaigners <a href="/news/${n}">handed in petition ${n}</a> at <a href="/places/${n}">the hall</a> on Friday, where the leader met them.`;

  it('keeps a column of paragraphs with links in them, judged as its paragraphs are', () => {
    const column = `<div class="col">${[1, 2, 3].map((n) => `<p>${linked(n)}</p>`).join('')}</div>`;
    const text = textOf(`<div class="body"><div class="col"><p>${P1}</p><p>${P2}</p></div>${column}<div class="col"><p>${P3}</p><p>${P4}</p></div></div>`);
    expect(text).toContain('handed in petition 2 at the hall on Friday');
    expect(text).toContain(P4);
  });

  it('keeps a column of paragraphs whose links are under half its text, as it keeps the same <p> bare', () => {
    const linkedCol = '<div class="col"><p>Full results: <a href="/results/north.pdf">north ward</a>, <a href="/results/south.pdf">south ward</a></p><p>As an example, take the <a href="/wards/ashby">Ashby ward</a> we wrote about last week:</p></div>';
    const text = textOf(`<div class="body"><div class="col"><p>${P1}</p><p>${P2}</p></div>${linkedCol}<div class="col"><p>${P3}</p><p>${P4}</p></div></div>`);
    expect(text).toContain('Full results: north ward, south ward');
    expect(text).toContain('take the Ashby ward we wrote about last week:');
  });

  it('keeps a column of short lines, as it keeps the same short <p> lines bare', () => {
    const text = textOf(`<div class="body"><div class="col"><p>${P1}</p><p>${P2}</p></div><div class="col"><p>“Why?”</p><p>“Money.”</p></div><div class="col"><p>${P3}</p><p>${P4}</p></div></div>`);
    expect(text).toContain('“Why?”');
    expect(text).toContain('“Money.”');
    expect(text).toContain(P4);
  });

  it('gathers the story\'s next section when it sits in a box of its own', () => {
    const section = `<div class="part"><div class="inner"><p>${P3}</p><p>${P4}</p></div></div>`;
    const more = ['Ashby', 'Brook', 'Carter'].map((n) => `<p>Councillor ${n} said residents in the ${n} ward had not been asked before the vote, and that they would remember it.</p>`).join('');
    const text = textOf(`<article><h1>Council to close two recycling centres</h1><div class="story-body"><p>${P1}</p><p>${P2}</p>${more}</div><h2>What happens next</h2>${section}</article>`);
    expect(text).toContain(P1);
    expect(text).toContain(P4);
  });

  it('does not widen a story of columns to the page because the boxes around it score close to it', () => {
    const col = (ps: string[]) => `<div class="col">${ps.map((p) => `<p>${p}</p>`).join('')}</div>`;
    const ward = ['Ashby', 'Brook', 'Carter', 'Dale', 'Elm', 'Frost'].map((n) => `Councillor ${n} said residents in the ${n} ward had not been asked before the vote, and that they would remember it.`);
    const story = `${col([P1, P2, P3])}${[P4, ...ward, P1, P2].map((p) => `<p>${p}</p>`).join('')}${col(ward.slice(0, 2))}`;
    const site = '<header class="site-title"><h1><a href="/">Hi, I am Jane.</a></h1><small>I write about towns, transport and the people who run them.</small></header>';
    const text = textOf(`<div class="container">${site}<main class="contents" role="main"><article><header><h2><a href="/x">Council to close two recycling centres</a></h2></header><section>${story}</section></article></main></div>`);
    expect(text).toContain(P4);
    expect(text).toContain('Councillor Frost');
    expect(text).not.toContain('I write about towns');
  });
});

describe('the story\'s lead part with the furniture printed above a story', () => {
  it('gathers the first part, whose lead paragraph shares its box with a breadcrumb and a time stamp', () => {
    const crumbs = '<div><a href="/">Home</a> › <a href="/news">News</a> › <a href="/news/local">Local</a></div><div>Listen to this story · 3 min</div>';
    const parts = [P2, P3].map((p, i) => `<div class="par-${i + 2}"><p>${p}</p></div>`).join('');
    // The rest of the story in one box of its own, which scores far above each part.
    const more = ['Ashby', 'Brook', 'Carter', 'Dale', 'Elm', 'Frost', 'Grove', 'Hill'].map((n) => `<p>In ${n}, residents said the van, which comes once a month, would not take sofas, fridges, mattresses or rubble, and the nearest centre is now forty miles away.</p>`).join('');
    const text = textOf(`<div class="page"><div class="byline">By Jane Roe</div><div class="main"><div class="par-1">${crumbs}<p>${P1}</p></div>${parts}<div class="rest">${more}<p>${P4}</p></div></div></div>`);
    expect(text).toContain(P1);
    expect(text).toContain(P4);
    expect(text).not.toContain('Listen to this story');
  });

  it('does not take a newsletter sign-up before the first part for the lead', () => {
    const signup = '<div class="box-9"><p>Get the morning briefing from our newsroom delivered to your inbox every weekday, free of charge.</p><form><input type="email"></form></div>';
    const parts = [P1, P2, P3].map((p, i) => `<div class="par-${i + 1}"><p>${p}</p></div>`).join('');
    const more = ['Ashby', 'Brook', 'Carter', 'Dale', 'Elm', 'Frost', 'Grove', 'Hill'].map((n) => `<p>In ${n}, residents said the van, which comes once a month, would not take sofas, fridges, mattresses or rubble, and the nearest centre is now forty miles away.</p>`).join('');
    const text = textOf(`<div class="page"><div class="main">${signup}${parts}<div class="rest">${more}<p>${P4}</p></div></div></div>`);
    expect(text).toContain(P1);
    expect(text).not.toContain('morning briefing');
  });
});

describe('the story\'s opening paragraphs set outside the box that holds the rest', () => {
  const more = ['Ashby', 'Brook', 'Carter', 'Dale', 'Ellis', 'Foster', 'Grant', 'Hale', 'Irwin'].map((n) => `Councillor ${n} said residents in the ${n} ward had not been asked before the vote, and that they would remember it at the next election.`);
  const col = (ps: string[]) => `<div class="c">${ps.map((t) => `<p>${t}</p>`).join('')}</div>`;
  // The rest of the story in columns inside a box named for content, behind a "Read more" link: that box outscores its wrappers.
  const rest = `<div class="m"><div><a href="/more">Read more</a></div><div class="rest-content">${col(more.slice(0, 3))}${col(more.slice(3, 6))}${col(more.slice(6))}</div></div>`;

  it('gathers the lead paragraphs above the box that holds the rest', () => {
    const text = textOf(`<div class="s"><div class="i"><p>${P1}</p></div>${col([P2, P3, P4])}<div class="promo"></div>${rest}</div><div class="f"><p>Copyright the Gazette.</p></div>`);
    expect(text.indexOf(P1)).toBe(0);
    expect(text).toContain(P4);
    expect(text).toContain(more[8]);
    expect(text).not.toContain('Read more');
  });

  it('stops at a heading: the paragraphs above it are not the story\'s lead', () => {
    const text = textOf(`<div class="s"><div class="i"><p>${P1}</p></div>${col([P2, P3, P4])}<h3>Top story</h3>${rest}</div><div class="f"><p>Copyright the Gazette.</p></div>`);
    expect(text).toContain(more[8]);
    expect(text).not.toContain(P1);
  });
});

describe('a story split into parts, each with furniture of its own', () => {
  const more = ['Ashby', 'Brook', 'Carter', 'Dale', 'Ellis', 'Foster', 'Grant', 'Hale'].map((n) => `Councillor ${n} said residents in the ${n} ward had not been asked before the vote, and that they would remember it at the next election.`);
  const related = '<div class="x9"><div><a href="/a">Bin collections move to Fridays</a> Crews will start earlier.</div><div><a href="/b">New car park charges</a> Fees rise in May.</div></div>';

  it('gathers the first part, its related box aside, across an ad slot\'s label', () => {
    const part1 = `<div class="x2"><div class="x3">${[P1, P2].map((t) => `<p>${t}</p>`).join('')}</div>${related}</div>`;
    const ad = '<div class="x4"><div class="x5"><p>Advertisement</p></div></div>';
    const part2 = `<div class="x7"><div class="x6">${more.map((t) => `<p>${t}</p>`).join('')}</div><div class="x8"></div></div>`;
    const header = '<div class="xh"><h1>Council to close two recycling centres</h1><p>By Jane Roe and John Doe, county reporters for the Gazette</p></div>';
    const footer = '<div class="xf"><div>Sign up for our morning newsletter to get the day\'s county news in your inbox before breakfast every weekday</div></div>';
    const text = textOf(`<article class="x1">${header}${part1}${ad}${part2}${footer}</article>`);
    expect(text.indexOf(P1)).toBe(0);
    expect(text).toContain(more[7]);
    expect(text).not.toContain('Crews will start earlier');
    expect(text).not.toContain('Advertisement');
  });
});

describe('stories split into sections by an ad break', () => {
  it('keeps a section of long paragraphs written without stops (Thai), links and empty paragraphs among them', () => {
    const th = (n: number) => `สภาเมืองลงมติเมื่อวันอังคารให้ปิดศูนย์รีไซเคิลสองแห่งจากทั้งหมดห้าแห่งตั้งแต่เดือนมิถุนายน <a href="/th/${n}">ผู้คัดค้านยื่นหนังสือร้องเรียน ที่ศาลากลางจังหวัดในวันศุกร์</a> และกล่าวว่าชาวบ้านในหมู่บ้านรอบนอกจะต้องเดินทางไกลขึ้นมาก`;
    const section = `<section class="part"><div class="inner"><p>${th(1)}</p><p></p><p>${th(2)}</p><p>${th(3)}</p></div></section>`;
    const text = textOf(`<div class="main"><p>${P1}</p><p>${P2}</p>${section}<p>${P3}</p><p>${P4}</p></div>`);
    expect(text).toContain('ผู้คัดค้านยื่นหนังสือร้องเรียน');
    expect(text).toContain(P4);
  });

  const linked = (n: number) =>
    `Campaigners <a href="/news/${n}">handed in petition ${n}</a> at <a href="/places/${n}">the hall</a> on Friday, where the leader met them.`;

  it('keeps a half whose story paragraphs sit among "Related: <link>" lines, judged by its own words', () => {
    const rel = (n: number) => `<p>Related article from our archive: <a href="/news/${n}">${n === 1 ? 'Council drops its bus plan for villages' : 'Parking charges rise in all town centres'}</a></p>`;
    const short = (t: string) => `<p>${t}</p>`;
    const second = `<section class="s"><div class="b">${short('The pair of sites closed in June.')}${short('It will be the third closure in ten years.')}${short('Two staff members will move.')}${rel(1)}${rel(2)}${rel(1)}<img src="/p.jpg"></div></section>`;
    // The first half alone is a story's length, so the strict pass stands and judges the second half's box.
    const html = `<div class="main"><section class="s"><div class="b"><p>${P1}</p><p>${P2}</p><p>${P3}</p><p>${P4}</p></div></section><div class="x-ad"><span>Advertisement</span></div>${second}</div>`;
    expect(textOf(html)).toContain('It will be the third closure in ten years.');
  });

  it('keeps both halves, links, pictures and all, and still drops a box of links inside one', () => {
    const related = '<div class="box"><a href="/a">Bin collections move to Fridays</a> <a href="/b">New car park charges</a> <a href="/c">Library hours</a></div>';
    // A quarter of each half's text is links: more than a box may hold, less than a run of the story's paragraphs.
    const half = (n: number, extra = '') => `<section class="part"><div class="inner"><p>${linked(n)}</p><img src="/p.jpg"><p>${linked(n + 1)}</p>${extra}<p>${linked(n + 2)}</p></div></section>`;
    const html = `<div class="main"><p>${P1}</p><p>${P2}</p>${half(1, related)}<div class="break"><span>Advertisement</span></div>${half(4)}<p>${P3}</p><p>${P4}</p></div>`;
    const text = textOf(html);
    expect(text).toContain(P4);
    expect(text).toContain('handed in petition 2 at the hall');
    expect(text).toContain('handed in petition 5 at the hall');
    expect(text).not.toContain('Bin collections');
  });
});
