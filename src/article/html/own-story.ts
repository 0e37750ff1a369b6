import { textKey } from '../text-key.js';
import { attr, isElement, textLengthOf, textOf, type DomElement, type DomNode, type DomParent } from './dom.js';

/** A story's <article> holds at least this much text (headline, paragraphs); a teaser card holds less. */
const STORY_MIN_TEXT = 500;
/** A headline this long or longer may match the page's title by inclusion (a prefix or the site's name around it). */
const PARTIAL_MATCH_MIN = 15;

/** The page's own story and the other story-size articles printed beside it. */
export interface OwnStory {
  story: DomElement;
  rivals: DomElement[];
}

/**
 * The page's own story when the page prints several: among two or more outermost <article> elements of story size,
 * the only one whose headline (its first <h1>, else its first <h2>) is the page's title. Pages that load the next
 * story below the first one (infinite scroll), or print a full second story, carry another <article> that may hold
 * more text; the title says which story the page is. Null when the page has fewer than two such articles, or when
 * none or several match. Read on the page before any pruning (a headline often sits in a header box pruned later).
 */
export function findOwnStory(root: DomParent, titles: readonly (string | null)[]): OwnStory | null {
  const keys = titles.map((t) => textKey(t ?? '')).filter((k) => k !== '');
  if (keys.length === 0) return null;
  const articles = outermostArticles(root);
  if (articles.length < 2) return null;
  let own: DomElement | null = null;
  const rivals: DomElement[] = [];
  for (const a of articles) {
    if (textLengthOf(a) < STORY_MIN_TEXT) continue;
    const h = headlineOf(a);
    if (!h || !matchesTitle(textKey(textOf(h)), keys)) {
      rivals.push(a);
      continue;
    }
    if (own) return null; // two stories claim the title: the title says nothing
    own = a;
  }
  return own && rivals.length > 0 ? { story: own, rivals } : null;
}

/** itemprop="articleBody" (schema.org): the page says which box holds the story's text. */
const ARTICLE_BODY_PROP = /(?:^|\s)articleBody(?:\s|$)/;

/**
 * The story's body as the page marks it: the one outermost element with itemprop="articleBody" holding story-size text.
 * Schema.org microdata is written by the site's templates, not by its designers' class names, so it says the same on
 * every page of a site and means the same on every site. Null when the page marks none, or several (a page of teasers,
 * or several stories), or a small one (a teaser's summary).
 */
export function findMarkedBody(root: DomParent): OwnStory | null {
  let found: DomElement | null = null;
  const stack: DomNode[] = [...root.children];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (!isElement(n) || n.type !== 'tag') continue;
    if (n.attribs.itemprop !== undefined && ARTICLE_BODY_PROP.test(attr(n, 'itemprop'))) {
      if (found) return null;
      found = n;
      continue;
    }
    for (const c of n.children) stack.push(c);
  }
  return found && textLengthOf(found) >= STORY_MIN_TEXT ? { story: found, rivals: [] } : null;
}

/**
 * The chosen box stands in a rival story, or wraps the own story together with a rival: the choice should be made
 * inside the own story. A box outside every story article is left alone (a page may set its story's body outside
 * the <article> that holds its headline).
 */
export function strayedFrom(own: OwnStory, top: DomNode): boolean {
  if (isInside(top, own.story)) return false;
  // A marked body without rival stories: a box beside it has strayed, and so has a box around it where it is the lesser part
  // (a box around it holding a little more is the story's lead or headline with it).
  if (own.rivals.length === 0) return !isInside(own.story, top) || textLengthOf(own.story) * 2 < textLengthOf(top);
  if (own.rivals.some((r) => isInside(top, r))) return true;
  return isInside(own.story, top) && own.rivals.some((r) => isInside(r, top));
}

/** True when `el` is `ancestor` or lies inside it (parent pointers survive pruning, so check attachment elsewhere). */
export function isInside(el: DomNode, ancestor: DomNode): boolean {
  for (let n: DomNode | null = el; n; n = n.parent) if (n === ancestor) return true;
  return false;
}

/** <article> elements not inside another <article>, in document order, without recursion. */
function outermostArticles(root: DomParent): DomElement[] {
  const out: DomElement[] = [];
  const stack: DomNode[] = [...root.children].reverse();
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (!isElement(n) || n.type !== 'tag') continue;
    if (n.name === 'article') {
      out.push(n);
      continue;
    }
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return out;
}

/** The article's first <h1>, or its first <h2> when it has no <h1>. */
function headlineOf(article: DomElement): DomElement | null {
  let h2: DomElement | null = null;
  const stack: DomNode[] = [...article.children].reverse();
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (!isElement(n) || n.type !== 'tag') continue;
    if (n.name === 'h1') return n;
    if (n.name === 'h2') {
      h2 ??= n;
      continue;
    }
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return h2;
}

/** The same words as one of the titles, or (for a headline of some length) one containing the other. */
function matchesTitle(key: string, titles: readonly string[]): boolean {
  if (key === '') return false;
  return titles.some((t) => t === key || (Math.min(key.length, t.length) >= PARTIAL_MATCH_MIN && (t.includes(key) || key.includes(t))));
}
