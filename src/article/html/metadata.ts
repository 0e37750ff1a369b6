import { collapseSpace } from '../blocks.js';
import { coAuthorsOf, looksLikeName, namesFromBylineBox, splitNames, stripRole } from '../byline.js';
import { normalizeDate } from '../dates.js';
import { normalizeLanguage } from '../language.js';
import { attr, hasAncestor, rawText, textOf, walkElements, type DomElement, type DomNode, type DomParent, type DomText } from './dom.js';
import { decodeCharacterReferences } from '../character-references.js';

/** Metadata read from the page head and structured data, before the body is looked at. */
export interface HtmlMeta {
  title: string | null;
  /** The <title> element's text, for telling the headline from the site name. */
  docTitle: string | null;
  byline: string[];
  published: string | null;
  publisher: string | null;
  url: string | null;
  language: string | null;
  description: string | null;
  /** The story's text as the page's JSON-LD gives it (articleBody; plain text or HTML), for pages that render it by script. */
  articleBody: string | null;
}

const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|TechArticle|ScholarlyArticle|Report|SocialMediaPosting|WebPage|ReportageNewsArticle)$/;

/**
 * Head metadata in the order most reliable first: JSON-LD (Article types, @graph included), then
 * meta tags (Dublin Core, OpenGraph, Twitter, Parse.ly, article:*), then the <title> and <time> elements.
 */
export function readHtmlMeta(root: DomParent): HtmlMeta {
  const metas = new Map<string, string>();
  // Author tags may repeat, one per co-author: every value is kept for those keys.
  const authorMetas = new Map<string, string[]>();
  const jsonLd: unknown[] = [];
  let docTitle: string | null = null;
  let lang: string | null = null;
  let canonical: string | null = null;
  let timeEl: string | null = null;
  let h1: string | null = null;
  let domByline: string[] | null = null;
  for (const el of walkElements(root)) {
    if (domByline === null) {
      domByline = bylineOfElement(el);
    }
    switch (el.name) {
      case 'html':
        lang ??= normalizeLanguage(attr(el, 'lang') || attr(el, 'xml:lang'));
        break;
      case 'meta': {
        const key = (attr(el, 'property') || attr(el, 'name') || attr(el, 'itemprop') || attr(el, 'http-equiv')).trim().toLowerCase();
        const content = attr(el, 'content').trim();
        if (key && content) {
          for (const k of key.split(/\s+/)) {
            if (!metas.has(k)) metas.set(k, content);
            if (AUTHOR_KEYS.includes(k)) authorMetas.set(k, [...(authorMetas.get(k) ?? []), content]);
          }
        }
        break;
      }
      case 'title':
        docTitle ??= collapseSpace(textOf(el)) || null;
        break;
      case 'link':
        if (/\bcanonical\b/i.test(attr(el, 'rel')) && attr(el, 'href')) canonical ??= attr(el, 'href');
        break;
      case 'script':
        if (/ld\+json/i.test(attr(el, 'type'))) {
          try {
            jsonLd.push(JSON.parse(rawText(el).replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '')));
          } catch {
            // Broken JSON-LD is common; the meta tags still apply.
          }
        }
        break;
      case 'h1':
        if (h1 === null) h1 = collapseSpace(textOf(el)) || null;
        break;
      case 'time':
        if (timeEl === null && (attr(el, 'datetime') || el.attribs.pubdate !== undefined)) timeEl = attr(el, 'datetime') || textOf(el);
        break;
    }
  }
  const ld = readJsonLd(jsonLd, docTitle);
  const m = (...keys: string[]) => {
    for (const k of keys) {
      const v = metas.get(k);
      if (v) return collapseSpace(decodeCharacterReferences(v));
    }
    return null;
  };
  const metaAuthors = (AUTHOR_KEYS.map((k) => authorMetas.get(k)).find((v) => v !== undefined) ?? [])
    .map((v) => collapseSpace(decodeCharacterReferences(v)))
    .filter((v) => !/^https?:|^@|^www\./.test(v));
  const fromMeta = [...new Set(metaAuthors.flatMap(authorNames))];
  let byline = ld.authors.length > 0 ? ld.authors : fromMeta.length > 0 ? fromMeta : (domByline ?? []);
  // A user handle in the metadata ("CC7567", "jdoe_42") is an account, not a name: the name printed on the page wins.
  if (domByline && domByline.length > 0 && byline.length > 0 && byline.every(isHandle)) byline = domByline;
  // The printed byline that names the metadata's authors and more (co-authors the metadata left out) is the fuller list.
  if (domByline && domByline.length > byline.length && byline.length > 0 && byline.every((n) => domByline!.includes(n))) byline = domByline;
  return {
    title: ld.title ?? m('dc:title', 'dcterm:title', 'og:title', 'weibo:article:title', 'weibo:webpage:title', 'title', 'twitter:title', 'parsely-title', 'sailthru.title') ?? headlineFromDocTitle(docTitle, h1),
    docTitle,
    byline,
    published: normalizeDate(ld.published ?? m('article:published_time', 'og:published_time', 'article:published', 'parsely-pub-date', 'datepublished', 'pubdate', 'publishdate', 'publish-date', 'dc.date.issued', 'dc.date', 'dcterms.created', 'date', 'sailthru.date', 'article.published', 'og:article:published_time', 'cxenseparse:recs:publishtime') ?? timeEl),
    publisher: ld.publisher ?? m('og:site_name', 'application-name', 'publisher', 'dc.publisher', 'twitter:site')?.replace(/^@/, '') ?? null,
    url: canonical ?? m('og:url'),
    language: lang ?? normalizeLanguage(m('content-language', 'language', 'dc.language', 'og:locale') ?? ld.language),
    description: m('og:description', 'description', 'twitter:description', 'dc:description'),
    articleBody: ld.body,
  };
}

const SEPARATOR = / [|\-–—\\/>»·•] | :: /;

/**
 * "Headline | Site" -> "Headline": the part matching the page's <h1> when one does, else the part before the
 * last separator unless that leaves fewer than three words (then the part after the first), as Readability does.
 */
export function headlineFromDocTitle(docTitle: string | null, h1: string | null): string | null {
  if (!docTitle) return h1;
  const parts = docTitle.split(SEPARATOR).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return docTitle;
  const key = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  if (h1) {
    const hit = parts.find((p) => key(p) === key(h1));
    // A short h1 matching the title's last part is the site's logo ("V8" in "Standalone binaries · V8"), not the headline.
    const isSiteName = hit !== undefined && hit === parts[parts.length - 1] && hit.split(/\s+/).length < 3;
    if (hit && !isSiteName) return hit;
    if (key(docTitle).includes(key(h1)) && h1.split(' ').length >= 3) return h1;
  }
  const before = docTitle.slice(0, docTitle.lastIndexOf(parts[parts.length - 1]!)).replace(/\s*(?:[|\-–—\\/>»·•]|::)\s*$/, '').trim();
  if (before.split(/\s+/).length >= 3) return before;
  const after = parts.slice(1).join(' - ');
  return after.split(/\s+/).length >= 3 ? parts.slice(1).join(' | ') : docTitle;
}

/** JSON-LD headline vs name: when they differ, the one sharing more words with the <title> (Wikipedia's headline is a description). */
function pickTitle(headline: string | null, name: string | null, docTitle: string | null): string | null {
  if (!headline || !name || headline === name || !docTitle) return headline ?? name;
  const words = new Set(docTitle.toLowerCase().split(/[^\p{L}\p{N}]+/u));
  const share = (s: string) => {
    const w = s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    return w.filter((x) => words.has(x)).length / Math.max(1, w.length);
  };
  return share(name) > share(headline) + 0.3 ? name : headline;
}

interface LdFacts {
  title: string | null;
  authors: string[];
  published: string | null;
  publisher: string | null;
  language: string | null;
  body: string | null;
}

/** The first Article-typed JSON-LD object (searching @graph and arrays) -> its facts. */
function readJsonLd(docs: unknown[], docTitle: string | null): LdFacts {
  const facts: LdFacts = { title: null, authors: [], published: null, publisher: null, language: null, body: null };
  const queue: unknown[] = [...docs];
  let article: Record<string, unknown> | null = null;
  let fallbackPublisher: string | null = null;
  for (let guard = 0; queue.length > 0 && guard < 500; guard++) {
    const d = queue.shift();
    if (Array.isArray(d)) queue.push(...d);
    else if (d && typeof d === 'object') {
      const o = d as Record<string, unknown>;
      if (Array.isArray(o['@graph'])) queue.push(...(o['@graph'] as unknown[]));
      const types = ([] as unknown[]).concat(o['@type'] ?? []).map(String);
      if (!article && types.some((t) => ARTICLE_TYPES.test(t) && t !== 'WebPage')) article = o;
      if (!fallbackPublisher && types.some((t) => t === 'NewsMediaOrganization' || t === 'Organization') && typeof o.name === 'string') fallbackPublisher = o.name;
    }
  }
  if (!article) {
    facts.publisher = fallbackPublisher;
    return facts;
  }
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? collapseSpace(decodeCharacterReferences(v)) : null);
  facts.title = pickTitle(str(article.headline), str(article.name), docTitle);
  facts.published = str(article.datePublished) ?? str(article.dateCreated);
  facts.language = str(article.inLanguage);
  // Line breaks part its paragraphs: not collapsed.
  if (typeof article.articleBody === 'string' && article.articleBody.trim() !== '') facts.body = article.articleBody;
  const pub = article.publisher as Record<string, unknown> | undefined;
  facts.publisher = (pub && typeof pub === 'object' ? str(pub.name) : str(pub)) ?? fallbackPublisher;
  for (const a of ([] as unknown[]).concat(article.author ?? article.creator ?? [])) {
    const name = typeof a === 'string' ? str(a) : a && typeof a === 'object' ? str((a as Record<string, unknown>).name) : null;
    if (name && !/^https?:/.test(name)) facts.authors.push(...authorNames(name));
  }
  return facts;
}

const ARTICLE_TAG: ReadonlySet<string> = new Set(['article']);

/** Meta keys naming the article's authors, most reliable first. */
const AUTHOR_KEYS: readonly string[] = ['dc:creator', 'dc.creator', 'dcterm:creator', 'dcterms.creator', 'author', 'parsely-author', 'sailthru.author', 'byl', 'article:author', 'og:article:author', 'twitter:creator'];

/** Class/id tokens of an element that holds the byline. */
const BYLINE_CLASS = /(?:^|[\s_-])(?:byline|by-line|author|authors|author-?name|article-?author|post-?author|entry-?author|writer|auteur|autor|signature)(?:$|[\s_-])/i;
/** Class/id tokens of boxes whose bylines belong to other stories or to commenters. */
const OTHER_STORIES = /comment|related|sidebar|footer|teaser|promo|recirc|most-?(?:read|popular)|widget|(?:^|[\s_-])cards?(?:$|[\s_-])|list-?item|(?:^|[\s_-])feed|(?:^|[\s_-])rail(?:$|[\s_-])|outbrain|taboola/i;

/**
 * A visible byline element -> its names: itemprop="author" (its itemprop="name" parts when present), rel="author",
 * or a byline/author class with short text; null when this element is none, or sits in a box of other stories.
 */
function bylineOfElement(el: DomElement): string[] | null {
  const a = el.attribs;
  const byProp = a.itemprop !== undefined && /\bauthor\b/.test(a.itemprop);
  const byRel = a.rel === 'author';
  const cls = a.class ?? '';
  const byClass = !byProp && !byRel && ((cls !== '' && BYLINE_CLASS.test(cls)) || (a.id !== undefined && BYLINE_CLASS.test(a.id))) && !/bio|desc|avatar|image|photo|img|follow|social|twitter|email|more|info/i.test(cls);
  if (!byProp && !byRel && !byClass) return null;
  if (el.name === 'meta' || el.name === 'link' || el.name === 'script' || el.name === 'img' || el.name === 'body' || el.name === 'html') return null;
  // A byline is a few words: a box holding more is a page section named after its author, not a byline.
  const text = boundedText(el, 200);
  if (text === null || text === '') return null;
  for (let p = el.parent, depth = 0; p && depth < 12 && 'name' in p; p = p.parent, depth++) {
    const pe = p as DomElement;
    if (pe.name === 'article' || pe.name === 'main' || pe.name === 'body') break; // inside the story (or at the top): no box of other stories above
    if (OTHER_STORIES.test(`${attr(pe, 'class')} ${attr(pe, 'id')}`)) return null;
    // An <aside> or <footer> holds other stories' bylines, unless it is the story's own note: itemprop="author" inside an <article>.
    if (pe.name === 'nav' || ((pe.name === 'aside' || pe.name === 'footer') && !(byProp && hasAncestor(pe, ARTICLE_TAG)))) return null;
  }
  if (byProp) {
    const parts: string[] = [];
    for (const d of walkElements(el)) if (d !== el && attr(d, 'itemprop') === 'name') parts.push(collapseSpace(textOf(d)).replace(/[,;]+$/, ''));
    const named = parts.filter((x) => x !== '');
    if (named.length > 0) return named;
  }
  if (byClass) {
    // "<div class=author><a href=/author/x>Jane Doe</a> Games Editor</div>": the linked names ("By <a>X</a> and <a>Y</a>": each of them).
    const linked: string[] = [];
    for (const d of walkElements(el)) {
      if (d.name !== 'a' || !/author|writer|people|staff|contributor|journalist|columnist|reporter|profile|\/by\//i.test(attr(d, 'href'))) continue;
      const t = collapseSpace(textOf(d)).replace(/^(?:by|par|por|von|di)\s*:?\s+/i, '');
      if (looksLikeName(t) && t.split(/\s+/).length >= 2 && !/\b(?:edit|profile|log ?in|sign|follow|subscribe|view|more|all)\b/i.test(t) && !linked.includes(t)) linked.push(t);
    }
    if (linked.length > 0) return [...linked, ...coAuthorsOf(text).filter((n) => !linked.includes(n))];
  }
  if (text.length > 120) return null;
  const names = namesFromBylineBox(text);
  if (names.length > 0) return names;
  const one = stripRole(text.replace(/^(?:by|par|por|von|di)\s*:?\s+/i, ''));
  return looksLikeName(one) && one.split(/\s+/).length >= 2 ? [one] : null;
}

/** The element's collapsed text, or null once it runs past `max` characters (the walk stops there). */
function boundedText(el: DomElement, max: number): string | null {
  const parts: string[] = [];
  let n = 0;
  const stack: DomNode[] = [el];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') {
      const t = (node as DomText).data;
      n += t.length;
      parts.push(t);
      if (n > max * 4 && collapseSpace(parts.join('')).length > max) return null;
    } else if ('children' in node && node.type !== 'script' && node.type !== 'style') {
      const kids = (node as DomParent).children;
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    }
  }
  const text = collapseSpace(parts.join(''));
  return text.length > max ? null : text;
}

/** One token with a digit or an underscore, or all lower case: a login, not a person's name. */
function isHandle(name: string): boolean {
  return !/\s/.test(name.trim()) && (/[\d_]/.test(name) || !/\p{Lu}/u.test(name));
}

/**
 * "Jane Doe and John Roe" / "By Jane Doe, Staff Writer" -> names; "Doe, Jane" (a catalogue's surname-first form,
 * one surname then given names) -> "Jane Doe"; keeps the raw string when it does not split into names.
 */
export function authorNames(raw: string): string[] {
  const s = raw.replace(/^by\s+/i, '').trim();
  const inverted = /^(\p{Lu}[\p{L}'’-]+),\s*(\p{Lu}[\p{L}.'’-]*(?:\s+[\p{L}.'’-]+){0,2})$/u.exec(s);
  if (inverted && looksLikeName(inverted[2]!)) return [`${inverted[2]} ${inverted[1]}`];
  const names = splitNames(s);
  if (names.length > 0) return names;
  const head = s.split(/\s*[|,–—]\s*/)[0]!.trim();
  return head && looksLikeName(head) ? [head] : s && s.length <= 100 ? [s] : [];
}


export type { DomElement };
