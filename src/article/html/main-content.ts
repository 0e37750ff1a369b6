import { attr, createBreak, hasAncestor, hasBareText, isElement, isText, textLengthOf, textOf, type DomElement, type DomNode, type DomParent, type TreeEdits } from './dom.js';
import { isInside, strayedFrom, type OwnStory } from './own-story.js';
import {
  AUTHOR_HREF, BLOCK_TAGS, BYLINE_BOX, COMMENT_TIME, REPLY_HREF, REPLY_TEXT, USER_HREF, DIV_TO_P_BLOCKERS, DROP_TAGS, FURNITURE_BOX, HIDDEN_CLASS, HIDDEN_ON_WIDE, HIDDEN_STYLE, MAYBE_CANDIDATE, NEGATIVE, POSITIVE, SHOWN_ON_WIDE, UNLIKELY, UNLIKELY_ROLES,
} from './patterns.js';

/** Per-element counts gathered in one bottom-up pass; text lengths count collapsed white space once. */
interface Stats {
  len: number;
  linkLen: number;
  commas: number;
  p: number;
  /** Divs of inline text of a paragraph's length (paragraphs laid out as divs). */
  textDivs: number;
  img: number;
  li: number;
  input: number;
  embed: number;
  headingLen: number;
  /** Text inside <ul>/<ol> (outermost lists only). */
  listLen: number;
  /** List items below, not counting items of lists nested in them, and how many of those read as sentences. */
  items: number;
  proseItems: number;
  /** Text inside <pre> (outermost only), or all of it for a <pre>. */
  preLen: number;
  /** The child list these counts were taken over: while it and every child's counts stand, so do these. */
  kids: readonly DomNode[];
}

/**
 * Per-element counts kept across the passes over one page: a looser pass prunes less, and every box whose
 * children are the same as in the pass before keeps its counts instead of scanning its text again.
 * Made per page by the extractor (nothing outlives the call).
 */
export type StatsCache = Map<DomElement, Stats>;

/** A fresh cache for one page's passes. */
export function createStatsCache(): StatsCache {
  return new Map();
}

/** Which pruning steps run; the extractor relaxes them when the strict pass finds too little text. */
export interface PruneFlags {
  stripUnlikely: boolean;
  weightClasses: boolean;
  cleanConditionally: boolean;
}

/** What the main-content finder returns: the story's container nodes and the byline boxes' texts it lifted out. */
export interface MainContent {
  nodes: DomNode[];
  bylineTexts: string[];
  /** The content is a grid of other stories' cards (a home or section page), not a story. */
  teaserGrid: boolean;
  /** Cards led by linked headlines hold most of the content, story prose beside them or not. */
  cardHeavy: boolean;
}

const TABLE_OR_CODE = new Set(['table', 'code', 'pre']);
const FIGURE = new Set(['figure']);
const UNIT_TAGS = new Set(['p', 'pre', 'td', 'section', 'h2', 'h3', 'h4', 'h5', 'h6']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** An id of this many words or more, all from the box's heading, is a slug of that heading. Shorter ones ("related-posts") are names of purpose. */
const HEADING_SLUG_MIN_WORDS = 4;

/**
 * The document body -> the nodes that hold the story, Readability-style:
 * 1. prune hidden, unlikely (class/id/role) and never-text elements, lifting the byline out;
 * 2. score paragraph-like elements (length, commas) into their ancestors, weighted by class/id;
 * 3. take the best candidate (promoted to a shared ancestor when close rivals share one) and its related siblings;
 * 4. clean it: boxes that are mostly links, images, forms or furniture go.
 */
export function findMainContent(root: DomParent, flags: PruneFlags, edits: TreeEdits, stats: StatsCache = createStatsCache(), own: OwnStory | null = null): MainContent {
  const body = findBody(root);
  const bylineTexts = prune(body, flags, edits);
  computeStats(body, stats);
  const scores = scoreCandidates(body, stats, flags);
  let top = pickTop(body, scores, stats);
  let scope = body;
  // The page's own story (see findOwnStory) wins over another story that scores higher or shares a wrapper with it.
  if (own && strayedFrom(own, top)) {
    const story = own.story;
    const inside = new Map([...scores].filter(([el]) => isInside(el, story)));
    let best = 0;
    for (const s of inside.values()) best = Math.max(best, s);
    if (best >= OWN_STORY_MIN_SCORE) {
      scope = story;
      top = pickTop(story, inside, stats);
    }
  }
  const nodes = top === scope ? [top as DomNode] : gatherOuterSiblings(top, gatherSiblings(top, scores, stats, flags), scope, stats);
  // Boxes are weighed against the whole content, not the one gathered node they sit in (a sibling box holding only an
  // author's bio is all of its own node's text, and a small part of the story's).
  let total = 0;
  for (const n of nodes) total += isElement(n) ? (stats.get(n)?.len ?? 0) : 0;
  for (const n of nodes) if (isElement(n)) cleanContent(n, stats, flags, edits, Math.max(1, total));
  const cards = weighCards(nodes);
  return { nodes, bylineTexts, teaserGrid: cards.grid, cardHeavy: cards.heavy };
}

/**
 * Characters of text under `nodes` and how many of them sit inside links, in one walk: what a looser pass adds to the
 * content is weighed by it (headline links of other stories, or words of the story).
 */
export function measureLinks(nodes: readonly DomNode[]): { len: number; linkLen: number } {
  let len = 0;
  let linkLen = 0;
  const stack: DomNode[] = [...nodes];
  const linked: boolean[] = nodes.map(() => false);
  while (stack.length > 0) {
    const n = stack.pop()!;
    const inLink = linked.pop()!;
    if (isText(n)) {
      const l = collapsedLength(n.data);
      len += l;
      if (inLink) linkLen += l;
    } else if (isElement(n)) {
      const link = inLink || (n.name === 'a' && attr(n, 'href') !== '');
      for (const c of n.children) {
        stack.push(c);
        linked.push(link);
      }
    }
  }
  return { len, linkLen };
}

/** The best candidate inside the page's own story scores at least this (two paragraphs of some length) to be taken over a rival. */
const OWN_STORY_MIN_SCORE = 10;

/** This many cards, holding at least this share of the content's text, make a teaser grid. */
const GRID_MIN_CARDS = 5;
const GRID_SHARE = 0.5;
/** A card is the box around a linked headline, up to this much text (headline, dek, time stamp). */
const CARD_MAX = 600;

/**
 * A home or section page: most of the chosen text sits in cards, small boxes each led by a headline that links to
 * another page ("Storm cuts power" + a one-line dek + "2h ago"), five or more of them. A story's subheadings do not
 * link away, and the few related-story cards a story page keeps hold a small share of its text.
 */
export function isTeaserGrid(nodes: readonly DomNode[]): boolean {
  return weighCards(nodes).grid;
}

/** Whether cards hold most of the content (`heavy`), and whether it is a teaser grid besides (`grid`: no prose of its own outside them). */
function weighCards(nodes: readonly DomNode[]): { heavy: boolean; grid: boolean } {
  let total = 0;
  let cards = 0;
  let cardText = 0;
  const seen = new Set<DomElement>();
  for (const n of nodes) {
    const stack: DomNode[] = [n];
    while (stack.length > 0) {
      const x = stack.pop()!;
      if (!isElement(x)) continue;
      if (HEADINGS.has(x.name) && isLinkedHeadline(x)) {
        // The card: the heading's parent (or the link around the heading), when small.
        let card: DomNode | null = x.parent;
        if (card && isElement(card) && card.name === 'a') card = card.parent;
        if (card && isElement(card) && !seen.has(card) && card !== n) {
          const len = textLengthOf(card);
          if (len <= CARD_MAX) {
            seen.add(card);
            cards++;
            cardText += len;
          }
        }
        continue;
      }
      for (const c of x.children) stack.push(c);
    }
  }
  // The content's whole text is only built when there are cards enough to weigh against it.
  if (cards < GRID_MIN_CARDS) return { heavy: false, grid: false };
  for (const n of nodes) total += textLengthOf(n);
  const heavy = cardText >= total * GRID_SHARE;
  return { heavy, grid: heavy && !hasProseOutside(nodes, seen) };
}

/** Paragraphs this long, ending a sentence, outside every card are a story's own words; two of them, or one of twice the length, make a story. */
const OUTSIDE_PROSE_MIN = 100;

/**
 * The content holds prose outside the cards: a story that lists items under linked headings (the ten best places, the
 * products reviewed), introduced and closed in words of its own. A home or section page is cards and labels, with at most
 * a one-line description of the section.
 */
function hasProseOutside(nodes: readonly DomNode[], cards: ReadonlySet<DomElement>): boolean {
  let found = 0;
  const stack: DomNode[] = [...nodes];
  while (stack.length > 0) {
    const x = stack.pop()!;
    if (!isElement(x) || cards.has(x)) continue;
    if (x.name === 'p') {
      const len = textLengthOf(x);
      if (len >= OUTSIDE_PROSE_MIN) {
        const text = textOf(x);
        if (SENTENCE_END.test(text) && HAS_LETTER.test(text)) found += len >= 2 * OUTSIDE_PROSE_MIN ? 2 : 1;
        if (found >= 2) return true;
      }
      continue;
    }
    for (const c of x.children) stack.push(c);
  }
  return false;
}

/** A heading whose text is (nearly) all one link to another page, or which sits inside such a link. */
function isLinkedHeadline(h: DomElement): boolean {
  const textLen = textLengthOf(h);
  if (textLen === 0) return false;
  const outer = h.parent && isElement(h.parent) && h.parent.name === 'a' ? h.parent : null;
  const link = outer ?? h.children.find((k): k is DomElement => isElement(k) && k.name === 'a') ?? null;
  if (!link) return false;
  const href = attr(link, 'href');
  return href !== '' && !href.startsWith('#') && !href.startsWith('javascript:') && (outer !== null || textLengthOf(link) >= textLen * 0.9);
}

function findBody(root: DomParent): DomParent {
  for (const n of root.children) {
    if (isElement(n) && n.name === 'html') {
      for (const c of n.children) if (isElement(c) && c.name === 'body') return c;
      return n;
    }
    if (isElement(n) && n.name === 'body') return n;
  }
  return root;
}

function classAndId(el: DomElement): string {
  return `${attr(el, 'class')} ${attr(el, 'id')}`;
}

/**
 * Class and id for the furniture and unlikely tests, leaving out an id that is the slug of the box's own heading
 * ("sharing-with-a-single-developer" on a section headed "Sharing with a single developer"): such an id names
 * the section's subject, not its purpose, so a word like "sharing" or "related" in it says nothing.
 */
function furnitureKey(el: DomElement): string {
  const id = attr(el, 'id');
  return id !== '' && isHeadingSlug(el, id) ? attr(el, 'class') : `${attr(el, 'class')} ${id}`;
}

function isHeadingSlug(el: DomElement, id: string): boolean {
  const parts = id.toLowerCase().split(/[-_.:]+/).filter((w) => w !== '');
  if (parts.length < HEADING_SLUG_MIN_WORDS) return false;
  // The heading is the first element child (sections start with it), or that child's first element child.
  let h: DomElement | undefined = el.children.find(isElement);
  if (h && !HEADINGS.has(h.name)) h = h.children.find(isElement);
  if (!h || !HEADINGS.has(h.name)) return false;
  const words = new Set(textOf(h).toLowerCase().split(/[^\p{L}\p{N}]+/u));
  return parts.every((w) => words.has(w));
}

function isHidden(el: DomElement): boolean {
  if (el.attribs.hidden !== undefined) return true;
  if (attr(el, 'aria-hidden') === 'true' && !/fallback-image/.test(attr(el, 'class'))) return true;
  const cls = el.attribs.class;
  // Visibility as a desktop browser renders it: responsive classes say which copy a wide screen shows.
  if (cls !== undefined && ((HIDDEN_CLASS.test(cls) && !SHOWN_ON_WIDE.test(cls)) || HIDDEN_ON_WIDE.test(cls))) return true;
  const style = el.attribs.style;
  return style !== undefined && HIDDEN_STYLE.test(style);
}

const ON_PAGE = 0;
const IN_STORY = 1;
const OFF_STORY = 2;

/** Step 1, top-down without recursion. Returns the texts of the first five byline boxes (they are removed). */
function prune(body: DomParent, flags: PruneFlags, edits: TreeEdits): string[] {
  const bylines: string[] = [];
  let bodyText: number | null = null;
  // Where the node lies: IN_STORY inside an <article>; OFF_STORY in an <aside>/<footer> outside one, whose bylines belong to other stories.
  // Two parallel stacks (no pair per element), and a node's kept children are only copied once one of them goes.
  const stack: DomParent[] = [body];
  const places: number[] = [ON_PAGE];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const place = places.pop()!;
    const children = node.children;
    let kept: DomNode[] | null = null;
    for (let i = 0; i < children.length; i++) {
      const c = children[i]!;
      if (isText(c)) {
        kept?.push(c);
        continue;
      }
      if (!isElement(c) || DROP_TAGS.has(c.name) || c.type !== 'tag' || isHidden(c)) {
        // comments, directives, CDATA; never-text and hidden elements
        kept ??= children.slice(0, i);
        continue;
      }
      if (flags.stripUnlikely) {
        const ci = classAndId(c);
        if (bylines.length < 5 && isBylineBox(c, ci)) {
          if (place !== OFF_STORY) bylines.push(textOf(c));
          kept ??= children.slice(0, i);
          continue;
        }
        const role = attr(c, 'role');
        if (role && UNLIKELY_ROLES.has(role)) {
          kept ??= children.slice(0, i);
          continue;
        }
        if ((c.name === 'ul' || c.name === 'ol') && isSlideLegend(c)) {
          kept ??= children.slice(0, i);
          continue;
        }
        if (ci.length > 1 && UNLIKELY.test(ci) && UNLIKELY.test(furnitureKey(c)) && !MAYBE_CANDIDATE.test(ci) && c.name !== 'body' && c.name !== 'a' && !hasAncestor(c, TABLE_OR_CODE) && !isStoryMarkup(c, role)) {
          // A layout wrapper named for a header or sidebar column that holds most of the page's text is not a sidebar.
          bodyText ??= rawTextLength(body, Infinity);
          if (rawTextLength(c, bodyText * 0.5) <= bodyText * 0.5) {
            kept ??= children.slice(0, i);
            if (COMMENTS_KEY.test(ci)) dropCommentsPreamble(node, kept, c);
            // The story's own header box ("story-header": kicker, headline, byline, time stamp) goes, but its byline is the story's.
            else if (place !== OFF_STORY && bylines.length < 5 && HEADER_KEY.test(ci) && rawTextLength(c, HEADER_MAX) <= HEADER_MAX) collectBylines(c, bylines);
            continue;
          }
        }
      }
      kept?.push(c);
      stack.push(c);
      places.push(c.name === 'article' ? IN_STORY : place === ON_PAGE && (c.name === 'aside' || c.name === 'footer') ? OFF_STORY : place);
    }
    if (kept !== null) edits.setChildren(node, hasBareText(children) ? withBreaks(children, kept, node) : kept);
  }
  return bylines;
}

/** A slide counter opening a slideshow item's text: "3/50", "3 / 50", "3 of 50". */
const SLIDE_COUNTER = /^(\d{1,3})\s*(?:\/|of)\s*(\d{1,3})(?!\d)/;
/** Items of a list read for their counters, and the fewest slides a counter names. */
const SLIDE_ITEMS = 3;

/**
 * A slideshow's legend: a list whose first SLIDE_ITEMS items each open with a slide counter of the same total ("1/50 Star Wars
 * boosts economy", "2/50 …"). The captions of another story's pictures, however long and many (a gallery of fifty business
 * stories can outweigh the story it sits in). Dropped by the strict pass only: a page that is the slideshow gets it back.
 */
function isSlideLegend(list: DomElement): boolean {
  let items = 0;
  let total: string | null = null;
  for (const c of list.children) {
    if (!isElement(c) || c.name !== 'li') continue;
    const t = firstText(c);
    const m = t && isText(t) ? SLIDE_COUNTER.exec(t.data.trim()) : null;
    if (!m || Number(m[1]) !== items + 1 || (total !== null && m[2] !== total) || Number(m[2]) < SLIDE_ITEMS) return false;
    total = m[2]!;
    if (++items === SLIDE_ITEMS) return true;
  }
  return false;
}

/** Elements that end a line of text where they stand: taken out from among bare text, they leave a break (see createBreak). */
const BREAKING: ReadonlySet<string> = new Set([...BLOCK_TAGS, 'aside', 'nav', 'footer', 'dialog', 'iframe', 'video', 'audio', 'object', 'embed', 'canvas']);

/** A line-ending element, unless its style sets it in the line ("display: inline-block"). */
function endsLine(el: DomElement): boolean {
  if (!BREAKING.has(el.name)) return false;
  const style = el.attribs.style;
  return style === undefined || !INLINE_STYLE.test(style);
}
const INLINE_STYLE = /(?:^|;)\s*display\s*:\s*(?:-webkit-)?inline/i;

/** The kept children with a break where a line-ending element went from between them (`kept` is a subsequence of `children`). */
function withBreaks(children: readonly DomNode[], kept: readonly DomNode[], parent: DomParent): DomNode[] {
  const out: DomNode[] = [];
  let j = 0;
  let broken = false;
  for (const c of children) {
    if (j < kept.length && kept[j] === c) {
      out.push(c);
      j++;
      broken = false;
    } else if (!broken && out.length > 0 && isElement(c) && endsLine(c)) {
      out.push(createBreak(parent));
      broken = true;
    }
  }
  return out;
}

/** Names of a header box, and the most text one holds when it is a story's header (headline, dek, byline) rather than the page's. */
const HEADER_KEY = /header|masthead/i;
const HEADER_MAX = 600;

/** Byline boxes inside a removed header box: their texts, as the pruning pass would have lifted them. */
function collectBylines(box: DomElement, bylines: string[]): void {
  // Document order without recursion: children pushed in reverse.
  const stack: DomNode[] = [...box.children].reverse();
  while (stack.length > 0 && bylines.length < 5) {
    const n = stack.pop()!;
    if (!isElement(n) || n.type !== 'tag') continue;
    if (isBylineBox(n, classAndId(n))) {
      bylines.push(textOf(n));
      continue;
    }
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
}

/** Names of a comment section (a thread, a comment plug-in's mount point). */
const COMMENTS_KEY = /comment|disqus|replies|discussion/i;
/** A box of at most this many characters right before a comment section is that section's preamble. */
const PREAMBLE_MAX = 400;

/**
 * The comment section's preamble ("We welcome lively debate ... Views below are the readers' own"): a small box, not a
 * paragraph or heading, set right before the comment section among story paragraphs. It belongs to the comments, in any
 * language, and goes with them. The story's paragraphs beside it (three or more <p>, divs of a paragraph's text, or <p> in a column box beside it) show that the box
 * is not the story itself.
 */
function dropCommentsPreamble(parent: DomParent, kept: DomNode[], comments: DomElement): void {
  let i = kept.length - 1;
  // Skip white space and empty dividers between the preamble and the comment section.
  for (; i >= 0; i--) {
    const k = kept[i]!;
    if (isText(k)) {
      if (k.data.trim() !== '') return;
    } else if (!isElement(k) || k.name === 'img' || rawTextLength(k, 0) > 0) break;
  }
  const box = kept[i];
  if (!box || !isElement(box) || (box.name !== 'div' && box.name !== 'section')) return;
  const len = textLengthOf(box);
  if (len === 0 || len > PREAMBLE_MAX) return;
  if (box.children.some((c) => isElement(c) && HEADINGS.has(c.name))) return;
  let paragraphs = 0;
  // Paragraphs laid out as divs of inline text or wrapped in divs count too (the box itself aside), and those of a column box (a div of them).
  for (const c of parent.children) {
    if (!isElement(c) || c === box || c === comments) continue;
    if (c.name === 'p' || (c.name === 'div' && ((isParagraphLike(c) && textLengthOf(c) >= TEXT_DIV_MIN) || wrappedParagraph(c) !== null))) paragraphs++;
    else if (c.name === 'div') for (const k of c.children) if (isElement(k) && k.name === 'p') paragraphs++;
  }
  if (paragraphs < 3) return;
  kept.splice(i, 1);
}

/** <article>, <main>, role="main" and itemprop="articleBody" say what the box is: markup beats a class name. */
function isStoryMarkup(el: DomElement, role: string): boolean {
  return el.name === 'article' || el.name === 'main' || role === 'main' || /\barticleBody\b/.test(attr(el, 'itemprop'));
}

/** Characters of text under `root` (white space included), counting stops once past `max`. */
function rawTextLength(root: DomParent, max: number): number {
  let n = 0;
  const stack: DomNode[] = [root];
  while (stack.length > 0 && n <= max) {
    const x = stack.pop()!;
    if (isText(x)) n += x.data.length;
    else if (isElement(x) && x.type === 'tag') for (const c of x.children) stack.push(c);
    else if (x === root) for (const c of (x as DomParent).children) stack.push(c);
  }
  return n;
}

function isBylineBox(el: DomElement, ci: string): boolean {
  const rel = attr(el, 'rel');
  const itemprop = attr(el, 'itemprop');
  if (rel !== 'author' && !/\bauthor\b/.test(itemprop) && !BYLINE_BOX.test(ci)) return false;
  const len = textLengthOf(el);
  if (len > 0 && len < 100) return true;
  // A byline box carrying the author's bio ("Jane Doe — Weddings writer. Owner of two dogs."): the whole box goes.
  if (len >= 500 || !BYLINE_BOX.test(ci)) return false;
  for (const c of el.children) if (isElement(c) && /bio|desc/i.test(attr(c, 'class'))) return true;
  return false;
}

function hasFreshChild(el: DomElement, fresh: ReadonlySet<DomElement>): boolean {
  for (const c of el.children) if (isElement(c) && fresh.has(c)) return true;
  return false;
}

/** The same nodes in the same order (a pass that prunes alike builds a new but equal child list). */
function sameChildren(a: readonly DomNode[], b: readonly DomNode[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Bottom-up statistics for every element, iterative post-order. Counts already in `stats` (from an earlier pass
 * over the page) stand for an element whose child list is unchanged and none of whose children was counted anew.
 */
function computeStats(body: DomParent, stats: Map<DomElement, Stats>): void {
  const fresh = new Set<DomElement>();
  const order: DomElement[] = [];
  // The body itself when it is an element, else its children: each element once.
  const stack: DomElement[] = isElement(body) ? [body] : body.children.filter(isElement);
  while (stack.length > 0) {
    const n = stack.pop()!;
    order.push(n);
    for (const c of n.children) if (isElement(c)) stack.push(c);
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const el = order[i]!;
    const old = stats.get(el);
    if (old && sameChildren(old.kids, el.children) && !hasFreshChild(el, fresh)) continue;
    fresh.add(el);
    const s: Stats = { len: 0, linkLen: 0, commas: 0, p: 0, textDivs: 0, img: 0, li: 0, input: 0, embed: 0, headingLen: 0, listLen: 0, items: 0, proseItems: 0, preLen: 0, kids: el.children };
    for (const c of el.children) {
      if (isText(c)) {
        addTextStats(s, c.data);
      } else if (isElement(c)) {
        const cs = stats.get(c);
        if (!cs) continue;
        s.len += cs.len;
        s.linkLen += cs.linkLen;
        s.commas += cs.commas;
        s.p += cs.p;
        s.textDivs += cs.textDivs;
        s.img += cs.img;
        s.li += cs.li;
        s.input += cs.input;
        s.embed += cs.embed;
        s.headingLen += cs.headingLen;
        s.listLen += cs.listLen;
        s.items += cs.items;
        s.proseItems += cs.proseItems;
        s.preLen += cs.preLen;
      }
    }
    switch (el.name) {
      case 'ul':
      case 'ol':
        s.listLen = s.len;
        break;
      case 'pre':
        s.preLen = s.len;
        break;
      case 'li':
        // An item counts once; items of lists nested in it are its own business.
        s.items = 1;
        s.proseItems = isProseItem(el) ? 1 : 0;
        break;
    }
    switch (el.name) {
      case 'a':
        s.linkLen = attr(el, 'href').startsWith('#') ? s.linkLen + s.len * 0.3 : s.len;
        break;
      case 'p':
        s.p++;
        break;
      case 'div':
        // A div of inline text, a paragraph's length, is a paragraph laid out as a div (Readability turns such divs into <p> before counting).
        if (s.len >= TEXT_DIV_MIN && isParagraphLike(el)) s.textDivs++;
        break;
      case 'img':
        if (!isInlineImage(el)) s.img++;
        break;
      case 'li':
        s.li++;
        break;
      case 'input':
      case 'form':
        // Inputs are pruned with the never-text elements before counting: their form stands for them.
        s.input++;
        break;
      case 'embed':
      case 'object':
      case 'iframe':
        s.embed++;
        break;
      default:
        if (HEADINGS.has(el.name)) s.headingLen = s.len;
    }
    stats.set(el, s);
  }
}

/** A div of inline text this long counts as a paragraph in the gallery test (a step label or a credit is shorter). */
const TEXT_DIV_MIN = 80;

const INLINE_WRAPPERS = new Set(['span', 'a', 'b', 'i', 'em', 'strong', 'sub', 'sup', 'small', 'code', 'font']);

/**
 * An image set in a line of text (a formula rendered as a picture, an emoji): words sit beside it in its parent or,
 * through at most two inline wrappers, beside the wrapper. It is part of a sentence, not a picture of a gallery.
 */
function isInlineImage(img: DomElement): boolean {
  let n: DomNode = img;
  for (let depth = 0; depth < 3; depth++) {
    const parent: DomNode | null = n.parent;
    if (!parent || !isElement(parent)) return false;
    for (const sib of parent.children) if (sib !== n && isText(sib) && /[\p{L}\p{N}]/u.test(sib.data)) return true;
    if (!INLINE_WRAPPERS.has(parent.name)) return false;
    n = parent;
  }
  return false;
}

function collapsedLength(t: string): number {
  let n = 0;
  let space = true;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    const ws = c === 32 || c === 10 || c === 9 || c === 13 || c === 160 || c === 12;
    if (ws) {
      if (!space) n++;
      space = true;
    } else {
      n++;
      space = false;
    }
  }
  return n;
}

/** `collapsedLength` and `countCommas` of one text node added to `s`, in one scan (every text node is scanned on every pass). */
function addTextStats(s: Stats, t: string): void {
  let n = 0;
  let commas = 0;
  let space = true;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 160 || c === 12) {
      if (!space) n++;
      space = true;
      continue;
    }
    n++;
    space = false;
    if (c === 44 || (c >= 0x060c && isWideComma(c))) commas++;
  }
  s.len += n;
  s.commas += commas;
}

/** The commas other than U+002C that `countCommas` counts. */
function isWideComma(c: number): boolean {
  return c === 0xff0c || c === 0x3001 || c === 0x060c || c === 0xfe50 || c === 0xfe10 || c === 0x2e41 || c === 0x2e34 || c === 0x2e32 || c === 0xfe51;
}

function countCommas(t: string): number {
  let n = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 44 || c === 0xff0c || c === 0x3001 || c === 0x060c || c === 0xfe50 || c === 0xfe10 || c === 0x2e41 || c === 0x2e34 || c === 0x2e32 || c === 0xfe51) n++;
  }
  return n;
}

export function classWeight(el: DomElement): number {
  let w = 0;
  const cls = attr(el, 'class');
  const id = attr(el, 'id');
  if (cls) {
    if (NEGATIVE.test(cls)) w -= 25;
    if (POSITIVE.test(cls)) w += 25;
  }
  if (id) {
    if (NEGATIVE.test(id)) w -= 25;
    if (POSITIVE.test(id)) w += 25;
  }
  return w;
}

function baseScore(el: DomElement, flags: PruneFlags): number {
  let s = 0;
  switch (el.name) {
    case 'div':
      s = 5;
      break;
    case 'pre':
    case 'td':
    case 'blockquote':
      s = 3;
      break;
    case 'address':
    case 'ol':
    case 'ul':
    case 'dl':
    case 'dd':
    case 'dt':
    case 'li':
    case 'form':
      s = -3;
      break;
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
    case 'th':
      s = -5;
      break;
  }
  return s + (flags.weightClasses ? classWeight(el) : 0);
}

function linkDensity(s: Stats | undefined): number {
  return s && s.len > 0 ? Math.min(1, s.linkLen / s.len) : 0;
}

/** A div with only inline content reads as a paragraph. */
function isParagraphLike(el: DomElement): boolean {
  if (UNIT_TAGS.has(el.name)) return true;
  if (el.name !== 'div') return false;
  for (const c of el.children) if (isElement(c) && DIV_TO_P_BLOCKERS.has(c.name)) return false;
  return true;
}

/** Step 2: each paragraph's score goes to its parent in full, its grandparent halved, further ancestors divided by 3 per level. */
function scoreCandidates(body: DomParent, stats: Map<DomElement, Stats>, flags: PruneFlags): Map<DomElement, number> {
  const scores = new Map<DomElement, number>();
  const stack: DomNode[] = [...body.children];
  const addTo = (el: DomElement, amount: number) => {
    if (!scores.has(el)) scores.set(el, baseScore(el, flags));
    scores.set(el, scores.get(el)! + amount);
  };
  const scoreUnit = (unit: DomNode, len: number, commas: number) => {
    if (len < 25) return;
    const score = 1 + commas + 1 + Math.min(Math.floor(len / 100), 3);
    let child: DomNode = unit;
    let p = unit.parent;
    // Only a paragraph passes through its wrappers; a layout section scored as a unit stays where it is.
    const wrappable = isElement(unit) && (unit.name === 'p' || unit.name === 'div' || unit.name === 'pre');
    // Scores stop at the body: <html> (which holds <head>) is never a candidate.
    for (let level = 0; p && level < 5 && isElement(p); level++, child = p, p = p.parent) {
      // A wrapper around this one paragraph alone is the paragraph in another box: it passes the score on at the same level.
      while (level === 0 && wrappable && p !== body && isElement(p) && p.parent && isWrapperOf(p, child)) {
        child = p;
        p = p.parent;
      }
      if (!isElement(p)) break;
      addTo(p, score / (level === 0 ? 1 : level === 1 ? 2 : level * 3));
      if (p === body) break;
    }
  };
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (!isElement(n)) continue;
    if (isParagraphLike(n)) {
      const s = stats.get(n)!;
      scoreUnit(n, s.len, s.commas);
      if (n.name === 'p' || n.name === 'div' || n.name === 'pre') continue;
    } else if (n.name === 'div') {
      // Text directly inside a div with block children: the runs between blocks are paragraphs too.
      let len = 0;
      let commas = 0;
      for (const c of n.children) {
        if (isText(c)) {
          len += collapsedLength(c.data);
          commas += countCommas(c.data);
        } else if (isElement(c) && !DIV_TO_P_BLOCKERS.has(c.name)) {
          const s = stats.get(c);
          if (s) {
            len += s.len;
            commas += s.commas;
          }
        } else {
          if (len >= 25) scoreUnit(c, len, commas);
          len = 0;
          commas = 0;
        }
      }
      if (len >= 25) scoreUnit(n.children[n.children.length - 1]!, len, commas);
    }
    for (const c of n.children) stack.push(c);
  }
  for (const [el, sc] of scores) scores.set(el, sc * (1 - linkDensity(stats.get(el))));
  return scores;
}

/** Step 3a: the best-scoring element, promoted when near-equal rivals share an ancestor or a parent scores higher. */
function pickTop(body: DomParent, scores: Map<DomElement, number>, stats: Map<DomElement, Stats>): DomParent {
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]).slice(0, 5);
  if (ranked.length === 0) return body;
  let top: DomParent = ranked[0]![0];
  const topScore = ranked[0]![1];
  if (top === body) return body; // nothing above the body is content
  // Rivals inside the top candidate are part of it already, and rivals around it (its own wrappers, scored from the same
  // paragraphs) are for the climb below: only candidates elsewhere argue for a shared ancestor (split content).
  const rivals = ranked
    .slice(1)
    .filter(([el, s]) => s / topScore >= 0.75 && !isInside(top, el))
    .map(([el]) => ancestorsOf(el))
    .filter((anc) => !anc.has(top));
  if (rivals.length >= 2) {
    let p = top.parent;
    while (p && p !== body && isElement(p)) {
      const shared = rivals.filter((anc) => anc.has(p as DomElement)).length;
      if (shared >= 2) {
        top = p;
        break;
      }
      p = p.parent;
    }
  }
  // Climb while the parent is worth more (its score rose above ours while staying above a third of the start).
  let last = scores.get(top as DomElement) ?? topScore;
  const threshold = last / 3;
  let parent = top.parent;
  while (parent && parent !== body && isElement(parent)) {
    const ps = scores.get(parent);
    if (ps === undefined) {
      parent = parent.parent;
      continue;
    }
    if (ps < threshold) break;
    if (ps > last) {
      top = parent;
      break;
    }
    last = ps;
    parent = parent.parent;
  }
  // A data table's rows hold many cells of text, each scored as a paragraph: the table is a part of the story, and the box
  // that holds it (with the paragraphs around it) is the candidate. A layout table's cell that holds the story stays.
  if (isElement(top) && TABLE_PARTS.has(top.name)) {
    let table: DomParent | null = top;
    while (table && isElement(table) && table.name !== 'table') table = table.parent;
    const ts = table && isElement(table) ? stats.get(table) : undefined;
    if (table && isElement(table) && ts && isDataTable(table, ts) && table.parent && table.parent !== body && isElement(table.parent)) top = table.parent;
  }
  // An only child says nothing its parent does not.
  while (top.parent && top.parent !== body && isElement(top.parent) && top.parent.children.filter(isElement).length === 1) top = top.parent;
  return top;
}

/** The parts of a table above its cells. */
const TABLE_PARTS: ReadonlySet<string> = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr']);

function ancestorsOf(el: DomElement): Set<DomParent> {
  const set = new Set<DomParent>();
  for (let p = el.parent; p; p = p.parent) set.add(p);
  return set;
}

/** Levels above the top candidate's parent at which the story's split-off paragraphs are looked for. */
const OUTER_LEVELS = 2;
/** A box is a wrapper of the content found in it when its other text is at most this share of that content's (a "Read more" link, an ad slot's label). */
const WRAPPER_SLACK = 0.1;

/**
 * Step 3c: the story's opening paragraphs set outside the box that holds the rest ("<p>lead</p><p>…</p><div><a>Read more</a>
 * <div>the rest</div></div>"): while the box around the content holds little else, the paragraphs of prose right before
 * the box join the content (see leadParagraphs).
 */
function gatherOuterSiblings(top: DomParent, nodes: DomNode[], scope: DomParent, stats: Map<DomElement, Stats>): DomNode[] {
  if (!isElement(top)) return nodes;
  let inner = nodes;
  let box: DomParent | null = top.parent;
  for (let level = 0; level < OUTER_LEVELS; level++) {
    if (!box || !isElement(box) || box === scope || !box.parent || !isElement(box.parent) || box.name === 'body') break;
    let innerLen = 0;
    for (const n of inner) innerLen += isElement(n) ? (stats.get(n)?.len ?? 0) : isText(n) ? collapsedLength(n.data) : 0;
    const boxLen = stats.get(box)?.len ?? 0;
    if (innerLen === 0 || boxLen - innerLen > innerLen * WRAPPER_SLACK) break;
    inner = [...leadParagraphs(box, stats), ...inner];
    box = box.parent;
  }
  return inner;
}

/**
 * The run of story paragraphs right before `box` among its siblings, nearest last: paragraphs of prose (a <p> or a wrapped one,
 * 80+ characters, few links, ending a sentence), sections of them (see isProseSection) and earlier parts of the story (see
 * holdsParagraphRun), empty boxes and ad labels skipped. Anything else (a heading or a box with one, a picture) ends the run.
 */
function leadParagraphs(box: DomElement, stats: Map<DomElement, Stats>): DomNode[] {
  const parent = box.parent;
  if (!parent) return [];
  const kids = parent.children;
  const lead: DomNode[] = [];
  for (let i = kids.indexOf(box) - 1; i >= 0; i--) {
    const c = kids[i]!;
    if (isText(c)) {
      if (c.data.trim() !== '') break;
      continue;
    }
    if (!isElement(c)) continue;
    const s = stats.get(c);
    if (!s || s.len === 0) continue;
    // A box with a heading in it is a header (headline, dek) or another section's opening: the lead has none.
    if (linkDensity(s) >= 0.25 || s.headingLen > 0 || c.name === 'header') break;
    const p = c.name === 'p' ? c : wrappedParagraph(c);
    if (p ? s.len > 80 && endsLikeSentence(p) : c.name === 'div' && (isProseSection(innermostBox(c), stats) || holdsParagraphRun(c, s, stats))) lead.push(c);
    // An ad slot's label between the parts ("Advertisement", "Continue reading the main story"): a short line, no sentence, passed over.
    else if (s.len >= AD_LABEL_MAX || endsLikeSentence(c)) break;
  }
  return lead.reverse();
}

/** A box of less text than this, ending no sentence, between a story's parts is an ad slot's label, not a part. */
const AD_LABEL_MAX = 80;

/** Share of a box's text a run of paragraphs in one of its children holds for the box to count as a part of the story. */
const PART_RUN_SHARE = 0.4;

/**
 * A box whose child is a run of the story's paragraphs (isParagraphRun) holding most of its text: an earlier part of a story
 * split into parts, with the part's own furniture (a related box, an ad slot) beside the run, which the cleaning judges.
 */
function holdsParagraphRun(el: DomElement, s: Stats, stats: Map<DomElement, Stats>): boolean {
  for (const c of el.children) {
    if (!isElement(c) || !WRAPPER_TAGS.has(c.name)) continue;
    const cs = stats.get(c);
    if (cs && cs.len >= s.len * PART_RUN_SHARE && linkDensity(cs) < 0.25) return isParagraphRun(innermostBox(c), stats);
  }
  return false;
}

/** Step 3b: siblings that score near the top candidate, or are paragraphs of real prose, belong to the story too. */
function gatherSiblings(top: DomParent, scores: Map<DomElement, number>, stats: Map<DomElement, Stats>, flags: PruneFlags): DomNode[] {
  const parent = top.parent;
  if (!parent || !isElement(top)) return [top];
  const topScore = scores.get(top) ?? 0;
  const threshold = Math.max(10, topScore * 0.2);
  const topClass = attr(top, 'class');
  const nodes: DomNode[] = [];
  for (const sib of parent.children) {
    if (sib === top) {
      nodes.push(sib);
      continue;
    }
    if (!isElement(sib)) continue;
    let bonus = 0;
    if (flags.weightClasses && topClass && attr(sib, 'class') === topClass) bonus = topScore * 0.2;
    const sc = scores.get(sib);
    if (sc !== undefined && sc + bonus >= threshold) {
      nodes.push(sib);
      continue;
    }
    // A div wrapping a single paragraph reads as that paragraph (Readability unwraps them the same way).
    if (sib.name === 'p' || (sib.name === 'div' && (isParagraphLike(sib) || wrappedParagraph(sib) !== null))) {
      const s = stats.get(sib)!;
      const ld = linkDensity(s);
      if (s.len > 80 && ld < 0.25) nodes.push(sib);
      else if (s.len > 0 && s.len <= 80 && ld === 0 && /\.( |$)/.test(textOf(sib))) nodes.push(sib);
      continue;
    }
    // A div of story prose (paragraphs, perhaps under a subheading, and nothing else), or a box around one: the story's next section.
    // (Not a box around a form: a sign-up's one-sentence pitch reads as a section of prose.)
    if (sib.name === 'div' && (stats.get(sib)?.input ?? 0) === 0 && isProseSection(innermostBox(sib), stats)) nodes.push(sib);
  }
  return withSandwichedParts(parent, nodes, stats);
}

/**
 * The gathered siblings with the boxes set between two of them that hold a paragraph of the story's prose beside something
 * else (a video player, an embed, a picture with its labels): a part of the story cut by what a page set in it, which scoring
 * and the section test pass over ('<div class="par"><p>…</p><div class="player">…</div></div>' among one-paragraph boxes).
 * Cleaning then judges the other boxes in it one by one.
 */
function withSandwichedParts(parent: DomParent, nodes: DomNode[], stats: Map<DomElement, Stats>): DomNode[] {
  if (nodes.length < 2) return nodes;
  const chosen = new Set(nodes);
  const kids = parent.children;
  let first = -1;
  let last = -1;
  for (let i = 0; i < kids.length; i++) {
    if (!chosen.has(kids[i]!)) continue;
    if (first < 0) first = i;
    last = i;
  }
  let added = false;
  for (let i = first + 1; i < last; i++) {
    const k = kids[i]!;
    if (chosen.has(k) || !isElement(k) || !WRAPPER_TAGS.has(k.name)) continue;
    if (holdsStoryParagraph(k, stats)) {
      chosen.add(k);
      added = true;
    }
  }
  // The part right before the first one, when its story paragraph holds most of its text: the story's lead, set in a box with
  // the furniture pages print above a story (a breadcrumb, a time stamp, a listen prompt), which the cleaning judges.
  const lead = previousBox(kids, first);
  // Not a box the page names as furniture or one around a form (a newsletter sign-up with its one-sentence pitch).
  if (lead && holdsStoryParagraph(lead, stats, LEAD_PART_SHARE) && (stats.get(lead)?.input ?? 0) === 0 && !FURNITURE_BOX.test(furnitureKey(lead))) {
    chosen.add(lead);
    added = true;
  }
  return added ? kids.filter((k) => chosen.has(k)) : nodes;
}

/** Share of a box's text its story paragraph holds for the box to be taken as the story's lead part. */
const LEAD_PART_SHARE = 0.5;

/** The nearest element with text before `kids[at]` when it is a div or section (white space and empty boxes passed over), else null. */
function previousBox(kids: readonly DomNode[], at: number): DomElement | null {
  const k = nearestText(kids, at, -1);
  return k && isElement(k) && WRAPPER_TAGS.has(k.name) ? k : null;
}

/** Characters a paragraph of the story's prose holds at least, as the sibling test counts one. */
const STORY_PARAGRAPH_CHARS = 80;

/**
 * A box of few links with a child paragraph (<p> or a wrapped one) of STORY_PARAGRAPH_CHARS or more ending a sentence, holding
 * at least `share` of the box's text.
 */
function holdsStoryParagraph(box: DomElement, stats: Map<DomElement, Stats>, share = 0): boolean {
  const s = stats.get(box);
  if (!s || s.len <= STORY_PARAGRAPH_CHARS || linkDensity(s) >= 0.25) return false;
  for (const c of box.children) {
    if (!isElement(c) || (c.name !== 'p' && !wrappedParagraph(c))) continue;
    const cs = stats.get(c);
    if (cs && cs.len > STORY_PARAGRAPH_CHARS && cs.len >= s.len * share && linkDensity(cs) < 0.25 && isSentenceParagraph(c)) return true;
  }
  return false;
}

/** A box whose text is (nearly) all inside <pre>: a code listing, however short ("$ hg init"). */
function isCodeBlock(el: DomElement, s: Stats, stats: Map<DomElement, Stats>): boolean {
  if (s.len === 0 || s.len > 20000) return false;
  // The <pre> text below the box's children (a <pre> box itself is judged by the <pre>s inside it), from the bottom-up counts.
  let code = 0;
  for (const c of el.children) if (isElement(c)) code += stats.get(c)?.preLen ?? 0;
  return code >= s.len * 0.9;
}

/**
 * An author card: a small box (well under a third of the story) with a picture and a link to an author's page,
 * the writer's photo, name and bio, printed after or beside the story whatever its class names.
 */
function isAuthorCard(el: DomElement, s: Stats, total: number, stats: Map<DomElement, Stats>): boolean {
  if (s.img === 0 || s.len === 0 || s.len > 700 || s.len >= total * 0.3 || s.p > 3) return false;
  // Document order: a paragraph of the story's prose (80+ characters ending a sentence, at any depth) before the card's
  // photo or its writer's link means the box sets a card after the story's last paragraph: it is no card itself, and its
  // parts are judged one by one. A card's own bio comes after the photo and name.
  let marked = false;
  let link = false;
  const stack: DomNode[] = [...el.children].reverse();
  while (stack.length > 0 && !link) {
    const n = stack.pop()!;
    if (!isElement(n)) continue;
    if (n.name === 'a' && AUTHOR_HREF.test(attr(n, 'href')) && !IMAGE_FILE.test(attr(n, 'href'))) {
      link = true;
      continue;
    }
    if (n.name === 'img' || n.name === 'picture') marked = true;
    else if (!marked && (n.name === 'p' || (n.name === 'div' && isParagraphLike(n) && n.children.some((k) => isText(k) && HAS_LETTER.test(k.data))))) {
      const ns = stats.get(n);
      if (ns && ns.len > STORY_PARAGRAPH_CHARS && ns.img === 0 && isSentenceParagraph(n)) return false;
    }
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return link;
}

/**
 * A div that is a paragraph (inline content only, or wrappers around one such div or <p>) and ends a sentence:
 * short lines of dialogue or narration ("They both took one.") laid out as divs. Readability turns such divs into
 * <p> before cleaning, and paragraphs are never judged as boxes.
 */
function isSentenceParagraph(el: DomElement): boolean {
  let inner: DomElement = el;
  for (let depth = 0; depth < 4 && inner.name === 'div' && !isParagraphLike(inner); depth++) {
    const only = singleChild(inner);
    if (!only) return false;
    inner = only;
  }
  if (inner.name !== 'p' && !(inner.name === 'div' && isParagraphLike(inner))) return false;
  const text = textOf(inner);
  return SENTENCE_END.test(text) && HAS_LETTER.test(text);
}

/**
 * A teaser card: a small box without paragraphs laid under an empty link to another page (the "stretched link" that
 * makes the whole card clickable), with a label, a headline and perhaps a dek. Story text never hangs off an empty link.
 */
function isTeaserCard(el: DomElement, s: Stats): boolean {
  if (s.len === 0 || s.len > 400 || s.p > 0 || el.name === 'a' || el.name === 'p') return false;
  for (const c of el.children) {
    if (!isElement(c) || c.name !== 'a' || c.children.some((k) => !isText(k) || k.data.trim() !== '')) continue;
    const href = attr(c, 'href');
    if (href !== '' && !href.startsWith('#') && !href.startsWith('javascript:') && !IMAGE_FILE.test(href)) return true;
  }
  return false;
}

/** Nodes looked at per item when telling a comment from a paragraph (a comment's header comes first). */
const COMMENT_SCAN = 60;

/**
 * A comment thread, whatever its boxes are called: two or more child boxes that are comments (see isComment), holding
 * most of the box's text. A story's paragraphs carry no reply links.
 */
function isCommentThread(el: DomElement, stats: Map<DomElement, Stats>): boolean {
  const s = stats.get(el);
  // Threads are boxes or lists, and every comment carries a link (its reply link or its reader's profile).
  if (!s || s.len === 0 || s.linkLen === 0 || !CONDITIONAL.has(el.name)) return false;
  let comments = 0;
  let commentText = 0;
  let items = 0;
  for (const c of el.children) {
    if (!isElement(c)) continue;
    const cs = stats.get(c);
    if (!cs || cs.len === 0) continue;
    // Most boxes hold no comment: two items without a comment's marks settle it.
    if (++items - comments > 2) return false;
    if (cs.linkLen > 0 && isComment(c)) {
      comments++;
      commentText += cs.len;
    }
  }
  return comments >= 2 && commentText >= s.len * 0.5;
}

/**
 * A comment: a reply link, or a relative time on a short line of its own beside a link to a reader's profile, within
 * its first nodes. (A live blog's entries carry times too, but no reply links and no readers' profiles.)
 */
function isComment(item: DomElement): boolean {
  const stack: DomNode[] = [item];
  let seen = 0;
  let time = false;
  let user = false;
  while (stack.length > 0 && seen++ < COMMENT_SCAN) {
    const n = stack.pop()!;
    if (isText(n)) {
      const t = n.data.trim();
      if (t.length > 0 && t.length <= 30 && COMMENT_TIME.test(t)) time = true;
    } else if (isElement(n)) {
      if (n.name === 'a') {
        const href = attr(n, 'href');
        if (REPLY_HREF.test(href)) return true;
        if (USER_HREF.test(href)) user = true;
        if (n.children.length === 1 && isText(n.children[0]!) && REPLY_TEXT.test(n.children[0].data.trim())) return true;
      }
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
    }
    if (time && user) return true;
  }
  return false;
}

const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?#]|$)/i;
/** Ends like a sentence (a Latin, Chinese or Japanese stop, perhaps inside a closing quote); tested apart from HAS_LETTER (a letter anywhere before the stop), which one pattern with ".*" would scan in quadratic time. */
const SENTENCE_END = /[.!?…。！？]["”’»)」』]?$/u;
const HAS_LETTER = /\p{L}/u;

/**
 * A section of the story: few links, and either only paragraphs and subheadings as children with one paragraph of
 * 80+ characters, or two or more such paragraphs beside the story's other blocks (quotes, lists, figures, code,
 * tables), as long-form pages cut a story into sibling sections. Empty boxes among them are ignored.
 */
function isProseSection(el: DomElement, stats: Map<DomElement, Stats>): boolean {
  const s = stats.get(el);
  if (!s || s.len <= 80 || linkDensity(s) >= 0.25) return false;
  let longParagraphs = 0;
  let pure = true;
  for (const c of el.children) {
    if (isText(c)) {
      if (c.data.trim() !== '') return false;
      continue;
    }
    if (!isElement(c)) continue;
    if (c.name === 'p' || wrappedParagraph(c)) {
      if ((stats.get(c)?.len ?? 0) > 80) longParagraphs++;
    } else if (!HEADINGS.has(c.name)) {
      const len = stats.get(c)?.len ?? 0;
      if (len === 0) continue; // an empty box (a spacer, an anchor, a lazy picture's frame) says nothing
      if (!STORY_BLOCKS.has(c.name)) return false;
      pure = false;
    }
  }
  return pure ? longParagraphs > 0 : longParagraphs >= 2;
}

/** Blocks a story section holds beside its paragraphs. */
const STORY_BLOCKS: ReadonlySet<string> = new Set(['blockquote', 'ul', 'ol', 'figure', 'pre', 'table', 'hr', 'br', 'img', 'picture']);

/** Boxes that sites wrap around a single paragraph ("<div class=\"paragraph\"><p>…</p></div>"). */
const WRAPPER_TAGS: ReadonlySet<string> = new Set(['div', 'section']);

/**
 * `box` holds `inner` and nothing else (white space aside) and is a plain box: a wrapper that says nothing about the
 * paragraph inside. Readability unwraps such divs before scoring; here they pass scores through instead.
 */
function isWrapperOf(box: DomElement, inner: DomNode): boolean {
  return WRAPPER_TAGS.has(box.name) && singleChild(box) === inner;
}

/**
 * The paragraph (a <p>, or a div of inline content) inside a chain of up to four wrappers, each holding only the next
 * ("<div><div><p>…</p></div></div>"), or null when `el` is no such chain.
 */
function wrappedParagraph(el: DomElement): DomElement | null {
  let inner: DomElement = el;
  for (let depth = 0; depth < 4 && WRAPPER_TAGS.has(inner.name); depth++) {
    const only = singleChild(inner);
    if (!only) return null;
    inner = only;
    if (inner.name === 'p' || (inner.name === 'div' && isParagraphLike(inner))) return inner;
  }
  return null;
}

/** A paragraph this long is prose whether or not it ends in a stop (Thai, for one, writes none). */
const LONG_PARAGRAPH = 150;

/** Share of a box's text its own paragraphs hold for the box to read as a run of the story. */
const PARAGRAPH_RUN_SHARE = 0.6;

/**
 * A box whose text is mostly its own paragraphs (<p> children, or wrappers around one), two or more, and most of
 * that text sentences: a run of the story, as sites cut stories into columns and sections. Its other children
 * (pictures, embeds, a related-links box) are still judged one by one when the cleaning walks into it.
 */
function isParagraphRun(el: DomElement, stats: Map<DomElement, Stats>): boolean {
  const s = stats.get(el);
  if (!s || s.len === 0) return false;
  const paragraphs: DomElement[] = [];
  let paragraphText = 0;
  for (const c of el.children) {
    if (!isElement(c)) continue;
    const p = c.name === 'p' ? c : wrappedParagraph(c);
    const len = p ? (stats.get(c)?.len ?? 0) : 0;
    if (!p || len === 0) continue;
    paragraphs.push(p);
    paragraphText += len;
  }
  if (paragraphs.length < 2 || paragraphText < s.len * PARAGRAPH_RUN_SHARE) return false;
  // Only then the words: most of that text is sentences (ending in a stop, or paragraphs too long for a label, as in
  // scripts written without stops). Paragraphs that are mostly a link ("Related: <a>other story</a>") are left out of
  // the count: the run's own words decide, as they do where no box surrounds the paragraphs.
  let sentenceText = 0;
  let ownText = 0;
  for (const p of paragraphs) {
    const ps = stats.get(p);
    const len = ps?.len ?? 0;
    if (linkDensity(ps) >= PARAGRAPH_LINK_SHARE) continue;
    ownText += len;
    if (len >= LONG_PARAGRAPH || endsLikeSentence(p)) sentenceText += len;
  }
  return ownText > 0 && sentenceText * 2 >= ownText;
}

/** The element's last words end like a sentence (SENTENCE_END), read from its last text without building its whole text. */
function endsLikeSentence(el: DomElement): boolean {
  const stack: DomNode[] = [el];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (isText(n)) {
      const t = n.data.trimEnd();
      if (t === '') continue;
      // A closing stop alone after a link ("… <a>the report</a>.") ends the words before it.
      return SENTENCE_END.test(t) && (HAS_LETTER.test(t) || n !== firstText(el));
    }
    // Children in document order are pushed first to last, so the last one is read first.
    if (isElement(n)) for (const c of n.children) stack.push(c);
  }
  return false;
}

/** The first text node with words or marks under `el`, in document order. */
function firstText(el: DomElement): DomNode | null {
  const stack: DomNode[] = [el];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (isText(n)) {
      if (n.data.trim() !== '') return n;
      continue;
    }
    if (isElement(n)) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return null;
}

/** The box inside a chain of up to four wrappers each holding only the next ("<div><div class=\"col\">…</div></div>"), or `el`. */
function innermostBox(el: DomElement): DomElement {
  let box = el;
  for (let depth = 0; depth < 4; depth++) {
    const only = singleChild(box);
    if (!only || !WRAPPER_TAGS.has(only.name)) break;
    box = only;
  }
  return box;
}

function singleChild(el: DomElement): DomElement | null {
  let only: DomElement | null = null;
  for (const c of el.children) {
    if (isText(c) && c.data.trim() !== '') return null;
    if (isElement(c)) {
      if (only) return null;
      only = c;
    }
  }
  return only;
}

const CONDITIONAL = new Set(['form', 'fieldset', 'table', 'ul', 'ol', 'div', 'section', 'aside', 'dl']);

/** Step 4: inside the chosen content, drop furniture boxes and boxes that are mostly links, images or forms. */
function cleanContent(container: DomElement, stats: Map<DomElement, Stats>, flags: PruneFlags, edits: TreeEdits, total: number): void {
  // Cells of a data table are its data: short cells and link-heavy rows are not boxes to judge one by one.
  const stack: [DomElement, boolean][] = [[container, false]];
  while (stack.length > 0) {
    const [el, inDataTable] = stack.pop()!;
    // Whether the page writes this box's paragraphs as <p>: asked once per box, not once per child.
    const besideParagraphs = el.children.some((k) => isElement(k) && k.name === 'p');
    const kids = [...el.children];
    // Taken once per box: dropping boxes never adds or removes text nodes. Why: asked at every drop, on a page of
    // 40,000 sibling boxes it was a quadratic share of the time.
    const bareText = hasBareText(kids);
    // What goes, child by child, applied to the box's list once after the loop: removing each from the list as it was
    // judged moved the rest of the list every time (quadratic on a page of many sibling boxes). The judging reads the
    // original list (`kids`), never the edited one.
    let edited: DomNode[] | null = null;
    for (let i = 0; i < kids.length; i++) {
      const c = kids[i]!;
      if (!isElement(c)) {
        edited?.push(c);
        continue;
      }
      if (inDataTable) {
        edited?.push(c);
        stack.push([c, true]);
        continue;
      }
      if (shouldDrop(c, stats, total, flags, besideParagraphs, kids, i)) {
        edited ??= kids.slice(0, i);
        if (endsLine(c) && bareText) edited.push(createBreak(el));
        continue;
      }
      edited?.push(c);
      // Inside code, spans are syntax highlighting ("token comment"), not boxes: nothing under <pre>/<code> is judged.
      const cs = stats.get(c);
      stack.push([c, TABLE_OR_CODE.has(c.name) && (c.name !== 'table' || (cs !== undefined && isDataTable(c, cs)))]);
    }
    if (edited) edits.setChildren(el, edited);
  }
}

/** Whether `el` (`kids[at]`) goes from the content; `besideParagraphs`: a <p> sits among its siblings `kids`. */
function shouldDrop(el: DomElement, stats: Map<DomElement, Stats>, total: number, flags: PruneFlags, besideParagraphs: boolean, kids: readonly DomNode[], at: number): boolean {
  const s = stats.get(el);
  if (!s) return false;
  const ci = furnitureKey(el);
  const weight = flags.weightClasses ? classWeight(el) : 0;
  if (el.name === 'figure' || el.name === 'figcaption') return false; // captions are emitted apart
  if (isCodeBlock(el, s, stats)) return false;
  if (ci.length > 1 && FURNITURE_BOX.test(ci) && (s.len < total * 0.3 || linkDensity(s) > 0.3) && !isInSentence(el, s, stats) && !isLockedStory(el, ci, stats)) return true;
  if ((el.name === 'h1' || el.name === 'h2') && weight < 0) return true;
  if (isAuthorCard(el, s, total, stats)) return true;
  if (isCommentThread(el, stats)) return true;
  if (isTeaserCard(el, s)) return true;
  if (!flags.cleanConditionally || !CONDITIONAL.has(el.name)) return false;
  if (el.name === 'table' && isDataTable(el, s)) return false;
  if (isQuoteBody(el, s)) return false;
  if (weight < 0) return true;
  // A sentence laid out as a div is a paragraph, links and all, while its own words outweigh its links.
  if (el.name === 'div' && linkDensity(s) < PARAGRAPH_LINK_SHARE && isSentenceParagraph(el)) return false;
  // Where the story's paragraphs are divs (no <p> beside it), a sentence of SENTENCE_WORDS or more is one of them with links
  // over half its text, as such a <p> is: only a line that is links alone goes.
  if (el.name === 'div' && !besideParagraphs && linkDensity(s) < LINK_LINE_SHARE && s.img === 0 && isParagraphLike(el) && isSentenceParagraph(el) && countWordRuns(textOf(el)) >= SENTENCE_WORDS) return false;
  // A box around one paragraph and nothing else is that paragraph, and paragraphs are not judged as boxes (links and all).
  if (wrappedParagraph(el)) return false;
  if (s.commas >= 10) return false;
  // A box whose text is (nearly) all in lists of sentences is judged as a list, as Readability does (for any list).
  const isList = el.name === 'ul' || el.name === 'ol' || (s.len > 0 && s.listLen / s.len > 0.9 && isProseList(s));
  const inFigure = hasAncestor(el, FIGURE, 6);
  const ld = linkDensity(s);
  // Where the story's paragraphs are divs (no <p> beside it), a div of inline text is one of them, sentence or not (a short line, a
  // line without stops), while its own words outweigh its links. Among <p> paragraphs, a div of a short line is a widget's label.
  if (el.name === 'div' && ld < PARAGRAPH_LINK_SHARE && s.len > 0 && s.img === 0 && s.embed === 0 && isParagraphLike(el) && !besideParagraphs) return false;
  // And a linked headline with words of its own set between two of those paragraphs (a subheading that links to its source,
  // "Read more: …") is one of the story's lines, as such a <p> between <p> paragraphs is. A menu is many short links, and a
  // line of links alone (an ad's) says nothing of its own.
  if (el.name === 'div' && ld < LINK_LINE_SHARE && s.len > 0 && s.img === 0 && s.embed === 0 && !besideParagraphs && isParagraphLike(el) && isDivProse(nearestText(kids, at, -1), stats) && isDivProse(nearestText(kids, at, 1), stats) && hasOneHeadlineLink(el)) return false;
  const headingDensity = s.len > 0 ? s.headingLen / s.len : 0;
  const li = s.li - 100;
  // A gallery: pictures with few paragraphs between them (paragraphs laid out as divs count).
  if (s.img > 1 && (s.p + s.textDivs) / s.img < 0.5 && !inFigure) return true;
  if (!isList && li > s.p) return true;
  // A small box around a form (a sign-up, search or comment form with its blurb); a form wrapping the page (ASP.NET) is not small.
  if (s.input > Math.floor(s.p / 3) && s.len < total * 0.3) return true;
  // A short box goes, unless it is paragraphs alone (short lines of the story, as a box around one short paragraph is that paragraph).
  if (!isList && headingDensity < 0.9 && s.len < 25 && (s.img === 0 || s.img > 2) && !inFigure && !holdsOnlyParagraphs(el)) return true;
  // A run of the story's paragraphs in a box of their own (sites cut a story into such columns): its links are judged as
  // a paragraph's are. (Galleries, lists and small form boxes are told apart above.)
  if (ld < PARAGRAPH_LINK_SHARE && isParagraphRun(innermostBox(el), stats)) return false;
  // A box of <p> alone whose links are fewer than its own words is paragraphs of the story, as the same <p> set bare are.
  if (ld < PARAGRAPH_LINK_SHARE && holdsOnlyParagraphs(el)) return false;
  if (!isList && weight < 25 && ld > 0.2 && !isProseBesideLinkBox(el, s, stats)) return true;
  if (weight >= 25 && ld > 0.5) return true;
  if ((s.embed === 1 && s.len < 75) || s.embed > 1) return true;
  if (isList && ld > 0.5 && s.len < total * 0.5 && !isProseList(s) && !isSubList(el)) return true;
  return false;
}

/** Words a linked headline holds at least. */
const HEADLINE_LINK_WORDS = 4;

/** `el` holds one link, of HEADLINE_LINK_WORDS words or more: a headline, not a row of menu entries or tags. */
function hasOneHeadlineLink(el: DomElement): boolean {
  let link: DomElement | null = null;
  const stack: DomNode[] = [...el.children];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (!isElement(n)) continue;
    if (n.name === 'a') {
      if (link) return false;
      link = n;
      continue;
    }
    for (const c of n.children) stack.push(c);
  }
  return link !== null && countWordRuns(textOf(link)) >= HEADLINE_LINK_WORDS;
}

/** The nearest element with text before (`step` -1) or after (`step` 1) `kids[at]`, or null; white space and empty boxes are passed over. */
function nearestText(kids: readonly DomNode[], at: number, step: 1 | -1): DomNode | null {
  for (let i = at + step; i >= 0 && i < kids.length; i += step) {
    const k = kids[i]!;
    if (isText(k)) {
      if (k.data.trim() !== '') return null;
      continue;
    }
    if (isElement(k) && textLengthOf(k) > 0) return k;
  }
  return null;
}

/** A div of inline text that reads as a paragraph of prose: STORY_PARAGRAPH_CHARS or more, its own words outweighing its links. */
function isDivProse(n: DomNode | null, stats: Map<DomElement, Stats>): boolean {
  if (!n || !isElement(n) || n.name !== 'div' || !isParagraphLike(n)) return false;
  const s = stats.get(n);
  return s !== undefined && s.len >= STORY_PARAGRAPH_CHARS && linkDensity(s) < PARAGRAPH_LINK_SHARE;
}

/** Boxes that may hold a list of links set inside a part of the story. */
const LINK_BOX_TAGS: ReadonlySet<string> = new Set(['div', 'section', 'aside', 'ul', 'ol', 'nav', 'table']);

/**
 * A part of the story whose links sit in a box of their own ("Read more" and three headlines set after its paragraph):
 * paragraphs of prose (80+ characters, few links, ending a sentence) outside every box that is half links or more, at least
 * as long as those boxes, and few links (at most a fifth of the text) once they are left out. The part stays and the
 * cleaning judges the box.
 */
function isProseBesideLinkBox(el: DomElement, s: Stats, stats: Map<DomElement, Stats>): boolean {
  let len = s.len;
  let linkLen = s.linkLen;
  let prose = 0;
  let boxes = 0;
  const stack: DomNode[] = [...el.children];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (!isElement(n)) continue;
    const ns = stats.get(n);
    if (!ns || ns.len === 0) continue;
    if (LINK_BOX_TAGS.has(n.name) && linkDensity(ns) > 0.5) {
      len -= ns.len;
      linkLen -= ns.linkLen;
      boxes += ns.len;
      continue;
    }
    // A paragraph: a <p>, or a div of inline content with words of its own (a div whose one inline wrapper holds blocks is walked into).
    if (n.name === 'p' || (n.name === 'div' && isParagraphLike(n) && n.children.some((k) => isText(k) && HAS_LETTER.test(k.data)))) {
      if (ns.len > STORY_PARAGRAPH_CHARS && linkDensity(ns) < 0.25 && endsLikeSentence(n)) prose += ns.len;
      continue;
    }
    for (const c of n.children) stack.push(c);
  }
  // The prose outweighs the boxes of links: a list of headlines under a one-line blurb is the list's box, blurb and all.
  return prose > 0 && prose >= boxes && len > 0 && linkLen <= len * 0.2;
}

/** Every element child of `el` is a <p>, two or more, with no text of its own beside them. */
function holdsOnlyParagraphs(el: DomElement): boolean {
  let paragraphs = 0;
  for (const c of el.children) {
    if (isText(c)) {
      if (c.data.trim() !== '') return false;
    } else if (isElement(c)) {
      if (c.name !== 'p') return false;
      paragraphs++;
    }
  }
  return paragraphs >= 2;
}

/**
 * The words of a block quote laid out in a box: the quote's only box, or a div of its inline text that is not links alone (an
 * embedded post's text and its "— Name (@handle) date" line). A quote is kept whatever its links, and so are the boxes that hold its words.
 */
function isQuoteBody(el: DomElement, s: Stats): boolean {
  const parent = el.parent;
  if (!parent || !isElement(parent) || parent.name !== 'blockquote') return false;
  return singleChild(parent) === el || (el.name === 'div' && linkDensity(s) < QUOTE_LINE_LINK_SHARE && isParagraphLike(el));
}

/** A line of a quote is words with links (hashtags, a picture's address): one that is links alone (a row of them) is not. */
const QUOTE_LINE_LINK_SHARE = 0.9;

/** Words a div of linked text holds at least to count as a sentence of the story. */
const SENTENCE_WORDS = 8;

/** A line of the story between its paragraphs has words of its own: below this share of link text. */
const LINK_LINE_SHARE = 0.9;

/** A div that reads as a sentence is kept as a paragraph below this share of link text. */
const PARAGRAPH_LINK_SHARE = 0.5;

/** Names of the box that holds the part of a story behind a paywall (printed in the page, hidden from non-subscribers by script). */
const LOCKED_BOX = /(?:^|[\s_-])paywall(?:ed)?(?:$|[\s_-])/i;

/**
 * A paywall-named box that holds the rest of the story: two or more paragraphs of sentences (80+ characters each) and
 * few links. The paywall's prompt ("Subscribe to keep reading") is a line or two with buttons.
 */
function isLockedStory(el: DomElement, ci: string, stats: Map<DomElement, Stats>): boolean {
  if (!LOCKED_BOX.test(ci)) return false;
  const s = stats.get(el);
  if (!s || s.p < 2 || linkDensity(s) >= 0.25) return false;
  let sentences = 0;
  const stack: DomNode[] = [...el.children];
  while (stack.length > 0 && sentences < 2) {
    const n = stack.pop()!;
    if (!isElement(n)) continue;
    if (n.name === 'p') {
      if ((stats.get(n)?.len ?? 0) >= 80 && SENTENCE_END.test(textOf(n))) sentences++;
      continue;
    }
    for (const c of n.children) stack.push(c);
  }
  return sentences >= 2;
}

/**
 * An inline element inside a paragraph with words of its own around it ("<span class=\"dateline\">CAIRO —</span> Gunmen
 * opened fire..."): part of the sentence, whatever its class says. Furniture boxes are blocks, or paragraphs of their own.
 */
function isInSentence(el: DomElement, s: Stats, stats: Map<DomElement, Stats>): boolean {
  if (!INLINE_WRAPPERS.has(el.name)) return false;
  let p: DomNode | null = el.parent;
  while (p && isElement(p) && INLINE_WRAPPERS.has(p.name)) p = p.parent;
  if (!p || !isElement(p) || p.name !== 'p') return false;
  const ps = stats.get(p);
  return ps !== undefined && ps.len - s.len >= 25;
}

/**
 * A list set in a list item right after the item's own words ("In progress:" and the links to the bugs): the item's
 * sub-points, which go with the item whatever their links. A list in an item without words of its own (a slide of a
 * slideshow laid out as list items) is judged on its own.
 */
function isSubList(list: DomElement): boolean {
  const li = list.parent;
  if (!li || !isElement(li) || li.name !== 'li') return false;
  for (const c of li.children) {
    if (c === list) return false;
    if (isText(c) ? c.data.trim() !== '' : isElement(c) && INLINE_WRAPPERS.has(c.name) && textLengthOf(c) > 0) return true;
  }
  return false;
}

/**
 * A list whose items are sentences with links inside them ("Jane <a>fixed the parser</a> for old files"): story
 * text, however link-heavy. At least half the items either carry most of their words outside links or have a link
 * that starts in lower case after words of their own, which a menu or a list of headlines never does.
 */
function isProseList(s: Stats): boolean {
  return s.items > 0 && s.proseItems * 2 >= s.items;
}

const WORDS = /[\p{L}\p{N}]+/gu;

/**
 * How many runs of letters and digits the text holds (`WORDS` matches), without building the match array:
 * a scan for Latin-1 and General Punctuation, the regex for anything else.
 */
function countWordRuns(t: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    let word: boolean;
    if (c < 0x80) word = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
    else if (c >= 0xc0 && c < 0x100) word = c !== 0xd7 && c !== 0xf7;
    else if (c >= 0x2000 && c <= 0x206f) word = false;
    else if (c < 0xc0 && c >= 0x80) word = c === 0xaa || c === 0xb2 || c === 0xb3 || c === 0xb5 || c === 0xb9 || c === 0xba || c === 0xbc || c === 0xbd || c === 0xbe;
    else return t.match(WORDS)?.length ?? 0;
    if (word && !inWord) n++;
    inWord = word;
  }
  return n;
}
const LOWER_START = /^\s*\p{Ll}/u;

/** An item of 5+ words outside nested lists whose words are mostly unlinked, or which has a lower-case link after unlinked words. */
function isProseItem(li: DomElement): boolean {
  let words = 0;
  let unlinked = 0;
  let inlineLink = false;
  // Document order without recursion (items may nest deeply): children pushed in reverse, each with its in-link flag
  // on a parallel stack (no pair allocated per node: every item is walked on every pass).
  const stack: DomNode[] = [];
  const linked: boolean[] = [];
  for (let i = li.children.length - 1; i >= 0; i--) {
    stack.push(li.children[i]!);
    linked.push(false);
  }
  while (stack.length > 0) {
    const node = stack.pop()!;
    const inLink = linked.pop()!;
    if (isText(node)) {
      const n = countWordRuns(node.data);
      words += n;
      if (!inLink) unlinked += n;
      continue;
    }
    if (!isElement(node) || node.name === 'ul' || node.name === 'ol') continue;
    const link = node.name === 'a' && !inLink;
    if (link && unlinked > 0 && LOWER_START.test(textOf(node))) inlineLink = true;
    for (let i = node.children.length - 1; i >= 0; i--) {
      stack.push(node.children[i]!);
      linked.push(inLink || link);
    }
  }
  return words >= 5 && (inlineLink || unlinked * 2 > words);
}

/**
 * Readability's data-table test: a summary, caption, header cells or column groups say so; nested tables are layout;
 * otherwise a grid of 10+ rows, more than 4 columns or more than 10 cells is data (link-heavy grids excepted).
 */
function isDataTable(el: DomElement, s: Stats): boolean {
  if (attr(el, 'role') === 'presentation' || attr(el, 'datatable') === '0') return false;
  if (attr(el, 'summary')) return true;
  let rows = 0;
  let columns = 0;
  let marked = false;
  const stack: DomNode[] = [...el.children];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (!isElement(n)) continue;
    if (n.name === 'table') return false; // nested tables are layout
    if (DATA_TABLE_MARKS.has(n.name)) marked = true;
    if (n.name === 'tr') {
      rows++;
      let cells = 0;
      for (const c of n.children) if (isElement(c) && (c.name === 'td' || c.name === 'th')) cells += Number(attr(c, 'colspan')) || 1;
      columns = Math.max(columns, cells);
    }
    for (const c of n.children) stack.push(c);
  }
  if (marked) return true;
  if (s.linkLen / Math.max(1, s.len) >= 0.5) return false;
  return rows >= 10 || columns > 4 || rows * columns > 10;
}

const DATA_TABLE_MARKS = new Set(['th', 'caption', 'thead', 'tfoot', 'col', 'colgroup']);
