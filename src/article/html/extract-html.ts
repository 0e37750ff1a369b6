import type { Caption } from '../../schema/article.js';
import type { Block } from '../blocks.js';
import { looksLikeName, namesFromBylineBox, parseBylineLine } from '../byline.js';
import { normalizeDate } from '../dates.js';
import { CLOCK_TIME, COMMENT_PROMPT, COMMENTS_COUNT, COMMENTS_NAME, CREDIT, FURNITURE_LINES, FURNITURE_PARAGRAPH, PHOTO_CREDIT_OPENING, POSTED_LINE, RIGHTS_NOTICE, SIDEBAR_HEADINGS, SOCIAL_URL } from '../text-cues.js';
import { isProse, isProseOfWords, wordCount } from '../plain-text.js';
import { textKey as lineKey } from '../text-key.js';
import { parseHtml, TreeEdits, type DomNode } from './dom.js';
import { emitBlocks, leadCaptions } from './emit-blocks.js';
import { createStatsCache, findMainContent, measureLinks, type PruneFlags } from './main-content.js';
import { readHtmlMeta, type HtmlMeta } from './metadata.js';
import { COMMENT_HEADER } from './patterns.js';
import { findMarkedBody, findOwnStory } from './own-story.js';
import { blocksFromArticleBody } from './ld-body.js';

/** What the HTML reader found. */
export interface HtmlExtraction {
  meta: HtmlMeta;
  blocks: Block[];
  captions: Caption[];
}

/** Strict first; each later pass relaxes one kind of pruning, as Readability retries when it finds too little. */
const PASSES: readonly PruneFlags[] = [
  { stripUnlikely: true, weightClasses: true, cleanConditionally: true },
  { stripUnlikely: false, weightClasses: true, cleanConditionally: true },
  { stripUnlikely: false, weightClasses: false, cleanConditionally: true },
  { stripUnlikely: false, weightClasses: false, cleanConditionally: false },
];

/** An itemprop attribute naming articleBody, as the page's source spells it (a JSON-LD articleBody does not count). */
const ITEMPROP_BODY = /itemprop\s*=\s*["']?[^"'>]*\barticleBody\b/;

/** Story text is expected to reach this many characters; below it the next, looser pass is tried. */
const MIN_TEXT = 500;

/** Text a looser pass adds that is this share links or more is a list of links, not story. */
const LOOSER_LINK_SHARE = 0.5;

/** The JSON-LD articleBody stands in for the page's text when it holds this much and the page shows under this share of it. */
const LD_BODY_MIN = 200;
const LD_BODY_SHARE = 0.25;

const FURNITURE = new Set(FURNITURE_LINES);
/** A counter in brackets closing a label: "(12)", "(1.2K)". */
const COUNTER = /\s*\(\d[\d,.]*[kKmM]?\)\s*$/;
const SIDEBAR = new Set(SIDEBAR_HEADINGS);

/** HTML -> metadata, story blocks and captions. */
export function extractHtml(html: string): HtmlExtraction {
  const root = parseHtml(html);
  const meta = readHtmlMeta(root);
  const edits = new TreeEdits();
  // The passes emit mostly the same paragraphs, and each paragraph's key is read three times per pass: computed once per page.
  const key = memoized(lineKey);
  // Word counts likewise: each paragraph is asked whether it is prose up to six times per pass.
  const words = memoized(wordCount);
  // Element counts carry over to the next pass wherever its pruning left a box's children as they were.
  const stats = createStatsCache();
  // When the page prints several stories, the one under the page's title; read before any pass prunes its headline away.
  // Else the box the page's microdata marks as the story's body, when it marks one (the walk only on pages that name the property).
  const own = findOwnStory(root, [meta.title, meta.docTitle]) ?? (ITEMPROP_BODY.test(html) ? findMarkedBody(root) : null);
  let best: { blocks: Block[]; captions: Caption[]; length: number; nodes: DomNode[]; links: { len: number; linkLen: number } | null } | null = null;
  let grid = false;
  for (let i = 0; i < PASSES.length; i++) {
    if (i > 0) edits.restore(); // pruning edits child lists; put the page back for the looser pass
    const content = findMainContent(root, PASSES[i]!, edits, stats, own);
    // A grid of other stories' cards (a home or section page) is no story: nothing is emitted, so "no article body found".
    grid ||= content.teaserGrid;
    // A looser pass that lets in a grid of cards beside the story found so far (a short story, then "more stories") adds no story.
    if (i > 0 && content.cardHeavy && best && best.length > 0) continue;
    const emitted = content.teaserGrid ? { blocks: [], captions: [] } : emitBlocks(content.nodes);
    const blocks = tidyBlocks(emitted.blocks, meta, content.bylineTexts, key, words);
    const length = blocks.reduce((n, b) => n + b.text.length, 0);
    if (!best || length > best.length) {
      // A looser pass whose gain over the story found so far is mostly link text (other stories' headlines, a video rail) adds no story.
      // Links are counted only when a comparison is made or may come (a short result sends the page to the next pass).
      const links: { len: number; linkLen: number } | null = (best && best.length > 0) || length < MIN_TEXT ? measureLinks(content.nodes) : null;
      if (best?.links && links && best.length > 0 && links.linkLen - best.links.linkLen >= (links.len - best.links.len) * LOOSER_LINK_SHARE) continue;
      best = { blocks, captions: emitted.captions, length, nodes: content.nodes, links };
    }
    if (length >= MIN_TEXT) break;
  }
  if (!best) return { meta, blocks: [], captions: [] };
  // A page that renders its story by script prints little of it; its JSON-LD may carry the whole text. (A page of teaser cards
  // is a home or section page whatever story its JSON-LD describes.)
  if (!grid && meta.articleBody && meta.articleBody.length >= LD_BODY_MIN && best.length < meta.articleBody.length * LD_BODY_SHARE) {
    const blocks = tidyBlocks(blocksFromArticleBody(meta.articleBody), meta, [], key, words);
    const length = blocks.reduce((n, b) => n + b.text.length, 0);
    if (length >= LD_BODY_MIN) return { meta, blocks, captions: best.captions };
  }
  // The lead picture often sits above the story's container, outside the chosen content: its caption is the story's too.
  const lead = leadCaptions(best.nodes);
  if (lead.length === 0) return { meta, blocks: best.blocks, captions: best.captions };
  const seen = new Set<string>();
  const captions = [...lead, ...best.captions].filter((c) => {
    const k = `${c.text}\u0000${c.credit ?? ''}`;
    return !seen.has(k) && seen.add(k) !== undefined;
  });
  return { meta, blocks: best.blocks, captions };
}

/**
 * Paragraph-level furniture the tree pass cannot see: the headline repeated at the top, byline and
 * date lines (moved to metadata), share / ad prompts, and the description repeated as standfirst.
 */
function tidyBlocks(blocks: Block[], meta: HtmlMeta, bylineTexts: string[], keyOf: (s: string) => string, wordsOf: (s: string) => number): Block[] {
  const proseOf = (s: string) => isProseOfWords(s, wordsOf(s));
  for (const text of bylineTexts) {
    if (meta.byline.length > 0) break;
    meta.byline = namesFromBylineBox(text);
  }
  // "By Jane Doe · Published 3:45 PM EDT, July 15, 2024": the byline box (lifted out of the text) often carries the time stamp.
  for (const text of bylineTexts) {
    if (meta.published) break;
    meta.published = dateInBylineBox(text);
  }
  const titleKey = keyOf(meta.title ?? '');
  const docTitleKey = keyOf(meta.docTitle ?? '');
  const descKey = keyOf(meta.description ?? '');
  const out: Block[] = [];
  let bodySeen = 0;
  const proseCount = blocks.filter((b) => proseOf(b.text)).length;
  for (const b of blocks) {
    const key = keyOf(b.text);
    if (key === '') continue;
    // A comment section's heading after story prose stays for trimTrailingSidebar, which ends the story there.
    const commentsHeading = bodySeen > 0 && isCommentsHeading(b);
    if (FURNITURE.has(key) && !commentsHeading) continue;
    // A widget's label with its counter ("Comments (12)", "Share (1.2K)").
    if (b.text.length < 40 && COUNTER.test(b.text) && FURNITURE.has(keyOf(b.text.replace(COUNTER, ''))) && !commentsHeading) continue;
    // A bare running time ("02:13", "1:04:59") is a video player's or teaser's label, never a sentence of the story.
    if (/^\d{1,2}:\d{2}(?::\d{2})?$/.test(b.text.trim())) continue;
    if (bodySeen < 2) {
      if ((titleKey && key === titleKey) || (docTitleKey && key === docTitleKey)) continue;
      // The headline as printed on the page often differs from the meta title by a prefix or the site name.
      if (bodySeen === 0 && b.role === 'heading' && key.length >= 15 && ((titleKey && (titleKey.includes(key) || key.includes(titleKey))) || (docTitleKey && docTitleKey.includes(key)))) continue;
      // "Jane Doe | Madrid | 08/01/2014": a byline-and-date line without "By".
      if (b.text.length < 120 && isCreditLine(b.text)) {
        const first = b.text.split(/\s+[|•·]\s+/)[0]!.trim();
        if (meta.byline.length === 0 && looksLikeName(first)) meta.byline = [first];
        continue;
      }
      const names = b.text.length < 100 ? parseBylineLine(b.text) : null;
      if (names) {
        if (meta.byline.length === 0) meta.byline = names;
        continue;
      }
      // A sentence that mentions a date ("The vote took place on March 3, 2024.") is the story's: six or more words ending in a stop.
      if (b.text.length < 60 && /\d{4}/.test(b.text) && b.text.split(/\s+/).length <= 10 && !isShortSentence(b.text)) {
        const date = normalizeDate(b.text.replace(/^(?:published|updated|posted|submitted|last updated|first published)(?:\s+on)?\s*:?\s*/i, '').replace(/^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+(?=\d{4}-)/i, ''));
        if (date) {
          meta.published ??= date;
          continue;
        }
      }
      // A date with a clock time ("Wednesday, 28 August 2013, last updated 14:00 (GMT+0400)") in any language: a time stamp.
      if (b.text.length < 80 && wordsOf(b.text) <= 12 && /(?:^|\D)(?:19|20)\d\d(?!\d)/.test(b.text) && CLOCK_TIME.test(b.text) && !/[.!?]["”]?$/.test(b.text)) continue;
      // A line that opens with its date and clock time ("2018年6月18日 10:01 発信地：カノ", "12 March 2019 09:30 | Reuters"), then a place or a source.
      if (b.text.length < 80 && isStampHead(b.text.slice(0, STAMP_HEAD)) && !/[.!?。]["”]?$/.test(b.text)) continue;
      // Before the first paragraph: labels, counters and video durations ("News", "00:35") are widget furniture.
      if (proseCount >= 1 && bodySeen === 0 && b.role === 'body' && b.text.length < 30 && wordsOf(b.text) <= 3 && !/[.!?]$/.test(b.text)) continue;
      if (descKey && key === descKey && b.role === 'body' && bodySeen === 0) {
        out.push({ text: b.text, role: 'standfirst' });
        continue;
      }
    }
    // A day/month pair and a clock time alone on a short line, as Japanese and Chinese sites print a time stamp ("最終更新:3/9(木) 18:45"),
    // wherever it sits. (A dated line with a year is only taken for a time stamp above the story, as a dateline may close it.)
    if (b.text.length < 40 && /(?:^|\D)\d{1,2}[/月]\d{1,2}(?!\d)/.test(b.text) && CLOCK_TIME.test(b.text) && !/[.!?。]["”]?$/.test(b.text)) continue;
    if (b.text.length < 300 && FURNITURE_PARAGRAPH.test(b.text)) continue;
    // "Photo by Jane Doe/Getty Images": a picture's credit left in the text when its caption box is not marked as one.
    if (b.text.length < 100 && isPhotoCreditLine(b.text)) continue;
    if (b.text.length < 400 && isSocialLinksLine(b.text)) continue;
    // "Published March 5, 2024 at 3:45 p.m.": the stop of "a.m." / "p.m." ends a clock time, not a sentence.
    if (b.text.length < 100 && POSTED_LINE.test(b.text) && /(?:^|\D)(?:19|20)\d\d(?!\d)/.test(b.text) && !/[.!?]$/.test(b.text.replace(/\b[ap]\.m\.$/i, 'pm'))) continue;
    if (b.text.length < 800 && COMMENT_PROMPT.test(b.text)) continue;
    if (b.role === 'body' && proseOf(b.text)) bodySeen++;
    out.push(b);
  }
  return trimTrailingSidebar(dropRepeatedRuns(out, keyOf, wordsOf), keyOf, wordsOf);
}

/**
 * Two or more prose paragraphs met again, in the same order, further down are the page printed twice (mobile and
 * desktop copies, a hidden duplicate): the later copy goes. Single repeated paragraphs stay (refrains, pull quotes).
 */
export function dropRepeatedRuns(blocks: Block[], keyOf: (s: string) => string = lineKey, wordsOf: (s: string) => number = wordCount): Block[] {
  const proseOf = (s: string) => isProseOfWords(s, wordsOf(s));
  const keys = blocks.map((b) => keyOf(b.text));
  const first = new Map<string, number>();
  const drop = new Uint8Array(blocks.length);
  for (let j = 0; j + 1 < blocks.length; j++) {
    // Only two different prose paragraphs in a row count as a duplicated section; repeated links, labels or a refrain stay.
    if (keys[j] === keys[j + 1] || !proseOf(blocks[j]!.text) || !proseOf(blocks[j + 1]!.text)) continue;
    const pair = `${keys[j]}\u0000${keys[j + 1]}`;
    const i = first.get(pair);
    if (i === undefined) {
      first.set(pair, j);
      continue;
    }
    if (i + 2 > j) continue;
    let k = 0;
    while (j + k < blocks.length && keys[i + k] === keys[j + k] && i + k < j) drop[j + k++] = 1;
    j += k - 1;
  }
  return blocks.filter((_, i) => !drop[i]);
}

/**
 * A sidebar heading ("Related", "Most read", "Top Picks") in the second half, or any heading followed only
 * by short non-prose lines, opens the furniture after the story: it and what follows go.
 */
function trimTrailingSidebar(blocks: Block[], keyOf: (s: string) => string, wordsOf: (s: string) => number): Block[] {
  const proseOf = (s: string) => isProseOfWords(s, wordsOf(s));
  let cut = blocks.length;
  let proseBefore = false;
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i]!;
    if (proseOf(b.text)) {
      proseBefore = true;
      break;
    }
    if (i >= 1 && (b.role === 'heading' || (b.text.length < 60 && /:$/.test(b.text)))) cut = i;
  }
  if (!proseBefore) cut = blocks.length;
  const words = blocks.map((b) => (b.role === 'body' && proseOf(b.text) ? wordsOf(b.text) : 0));
  const total = words.reduce((a, n) => a + n, 0);
  let before = 0;
  for (let i = 0; i < cut; i++) {
    const key = keyOf(blocks[i]!.text);
    // A sidebar heading cuts in the second half, or anywhere when most story prose lies above it and only teaser lines (no sentences) below,
    // or teaser cards (headline, excerpt, date: no two story paragraphs in a row, and no list of notes, as a "See also" above footnotes).
    if (i >= 1 && key.length < 40 && SIDEBAR.has(key) && (((i >= Math.ceil(blocks.length / 2) || (before * 2 > total && !hasListAfter(blocks, i + 1))) && !storyFollows(blocks, i + 1, wordsOf)) || (before > 0 && before * 2 > total && !blocks.slice(i + 1).some(isSentence)))) {
      cut = i;
      break;
    }
    // A comment section's heading ("3 responses", "Comments (12)") after story prose: readers' words follow, not the story's.
    if (before > 0 && isCommentsHeading(blocks[i]!)) {
      cut = i;
      break;
    }
    before += words[i]!;
  }
  // Three or more label headings in a row after most of the story's prose ("What's Hot", "More in Politics", "Most Read"): the
  // headings of sidebar boxes whose lists went, with at most a blurb below them. The page's furniture from the first on.
  const rail = labelHeadingRun(blocks, cut, words, total, wordsOf);
  if (rail >= 0) cut = rail;
  // The page's copyright notice ("© 2015 The Gazette", "All rights reserved") after most of the story's prose: the footer, from there on.
  let proseAbove = 0;
  for (let i = 0; i < cut; i++) {
    const t = blocks[i]!.text;
    if (proseAbove > 0 && proseAbove * 2 >= total && COPYRIGHT_LINE.test(t) && (t.length < 120 || (t.length < RIGHTS_NOTICE_MAX && RIGHTS_NOTICE.test(t)))) {
      cut = i;
      break;
    }
    proseAbove += words[i]!;
  }
  // Readers' comments printed as text: two or more "name + relative time" header lines after story prose end the story at the first.
  const comments = firstCommentHeader(blocks, cut, words);
  if (comments >= 0) {
    cut = comments;
    // The comment section's own labels and pager right above it ("12 comments", "Page 1 of 2"): short lines, no sentence.
    for (let k = 0; k < COMMENT_LABELS_MAX && cut > 1 && isLabelLine(blocks[cut - 1]!, wordsOf); k++) cut--;
  }
  // A label ending in a colon as the last line ("Follow us at:", "Also read:") introduced a box that was removed: nothing of the story follows it.
  while (cut > 1 && (isOrphanLabel(blocks[cut - 1]!) || isSidebarLabel(blocks[cut - 1]!, keyOf))) cut--;
  return cut < blocks.length ? blocks.slice(0, cut) : blocks;
}

/** A copyright notice opening a line. */
const COPYRIGHT_LINE = /^(?:©|\(c\)\s|copyright\b|all rights reserved)/i;
/** A copyright line this long or longer is a paragraph of the story unless it reads as a rights notice (RIGHTS_NOTICE). */
const RIGHTS_NOTICE_MAX = 300;

/** Lines of a comment section's labels walked back over above its first comment. */
const COMMENT_LABELS_MAX = 3;

/**
 * The first of two or more comment header lines ("Casper Hace 37 minutos", "jdoe 2 hours ago": a short line of a name and a
 * relative time, COMMENT_HEADER) below `cut`, when story prose (`words`) lies above it; -1 when there is none.
 */
function firstCommentHeader(blocks: readonly Block[], cut: number, words: readonly number[]): number {
  let first = -1;
  let proseAbove = false;
  for (let i = 0; i < cut; i++) {
    const b = blocks[i]!;
    if (b.text.length <= 80 && COMMENT_HEADER.test(b.text.trim()) && proseAbove) {
      if (first >= 0) return first;
      first = i;
    }
    if (words[i]! > 0) proseAbove = true;
  }
  return -1;
}

/** A short line of five words or fewer that ends no sentence: a label, a counter or a pager ("Page 1 of 2"). */
function isLabelLine(b: Block, wordsOf: (s: string) => number): boolean {
  return b.text.length < 40 && wordsOf(b.text) <= 5 && !/[.!?…。]["”’)]?$/.test(b.text);
}

/** A list item among the blocks from `from` on. */
function hasListAfter(blocks: readonly Block[], from: number): boolean {
  for (let i = from; i < blocks.length; i++) if (blocks[i]!.role === 'list_item') return true;
  return false;
}

/** Label headings in a row that make a rail of emptied sidebar boxes. */
const RAIL_HEADINGS = 3;

/**
 * Where a run of RAIL_HEADINGS or more label headings (short, no sentence stop) begins with most of the story's prose above
 * it; -1 when there is none. A story's own headings come one at a time, or two (a section and its first
 * subsection), each with paragraphs of its own.
 */
function labelHeadingRun(blocks: readonly Block[], cut: number, words: readonly number[], total: number, wordsOf: (s: string) => number): number {
  let before = 0;
  for (let i = 0; i < cut; i++) {
    let k = 0;
    while (i + k < cut && blocks[i + k]!.role === 'heading' && isLabelLine(blocks[i + k]!, wordsOf)) k++;
    if (k >= RAIL_HEADINGS && before * 2 > total) return i;
    before += words[i]!;
  }
  return -1;
}

/** A heading that opens a comment section: a count of comments or the section's name (COMMENTS_COUNT, COMMENTS_NAME). */
function isCommentsHeading(b: Block): boolean {
  if (b.role !== 'heading' || b.text.length >= 120) return false;
  const t = b.text.trim();
  return COMMENTS_COUNT.test(t) || COMMENTS_NAME.test(t);
}

/** Words in a paragraph of the story's own, as long as a teaser's dek or longer. */
const STORY_PARAGRAPH_WORDS = 20;

/**
 * Two paragraphs of sentences in a row, 20+ words each, from `from` on: the story goes on under a heading that reads
 * like a sidebar's ("Latest", "Featured"). A teaser list sets a headline (no sentence) between its one-line deks.
 */
function storyFollows(blocks: readonly Block[], from: number, wordsOf: (s: string) => number): boolean {
  let run = 0;
  for (let i = from; i < blocks.length; i++) {
    const b = blocks[i]!;
    run = b.role === 'body' && wordsOf(b.text) >= STORY_PARAGRAPH_WORDS && isSentence(b) ? run + 1 : 0;
    if (run >= 2) return true;
  }
  return false;
}

/** Six or more words ending in a full stop, question or exclamation mark: a sentence, not a time stamp or a label. */
function isShortSentence(text: string): boolean {
  return /[.!?]["”’)]?$/.test(text) && text.split(/\s+/).length >= 6;
}

/** A label under 40 characters without a comma, ending in a colon (not a list item or quote): as the story's last line it announces furniture. A longer sentence ending in a colon ("To see it in action, check out the footage below:") is the writer's and stays. */
function isOrphanLabel(b: Block): boolean {
  return b.text.length < 40 && !/[,，、]/.test(b.text) && (b.role === 'body' || b.role === 'heading') && /[:：]\s*$/.test(b.text);
}

/** Sidebar headings of two or more words ("more from", "related stories"): a label that opens with one names a list. */
const SIDEBAR_PREFIXES = SIDEBAR_HEADINGS.filter((h) => h.includes(' ')).map((h) => `${h} `);

/**
 * A short label that opens with a sidebar heading and names its source ("More from The Courier", "Related stories from
 * Politics"), not a sentence: as the story's last line, the heading of a list that was removed.
 */
function isSidebarLabel(b: Block, keyOf: (s: string) => string): boolean {
  if (b.text.length >= 40 || /[.!?…]["”]?$/.test(b.text) || (b.role !== 'body' && b.role !== 'heading')) return false;
  const key = keyOf(b.text);
  return SIDEBAR_PREFIXES.some((p) => key.startsWith(p));
}

/** Two or more social-network addresses and little else ("Follow us: facebook.com/x twitter.com/x"): a follow-us line, whatever its language. */
function isSocialLinksLine(text: string): boolean {
  const urls = text.match(SOCIAL_URL);
  if (!urls || urls.length < 2) return false;
  const rest = text.replace(SOCIAL_URL, ' ');
  return wordCount(rest) <= 20;
}

function isSentence(b: Block): boolean {
  return isProse(b.text) && /[.!?…"”]$/.test(b.text);
}

/**
 * The date a byline box prints, or null: the part after "Published"/"Posted" when it says so (an "Updated" time after it
 * is cut off), else the part after "Updated", else a date anywhere in the box. Only dates that read unambiguously count.
 */
export function dateInBylineBox(text: string): string | null {
  if (text.length > 200) return null;
  const published = /\b(?:published|posted|first published)\b\s*(?:on\s+)?:?\s*/i.exec(text);
  let part = text;
  if (published) part = text.slice(published.index + published[0].length).replace(/\bupdated\b.*$/i, '');
  else {
    const updated = /\b(?:updated|last updated|modified)\b\s*(?:on\s+)?:?\s*/i.exec(text);
    if (updated) part = text.slice(updated.index + updated[0].length);
  }
  return normalizeDate(part);
}

/** "Photo by" / "Image courtesy of" and then names only (CREDIT): a credit line, not a sentence about a photo. */
function isPhotoCreditLine(text: string): boolean {
  const m = PHOTO_CREDIT_OPENING.exec(text.trim());
  return m !== null && CREDIT.test(text.trim().slice(m[0].length).replace(/^the\s+/i, '').replace(/[.]$/, ''));
}

/** A time stamp line's date and clock time lie within its first this many characters. */
const STAMP_HEAD = 24;

/** A year and a clock time in `head`, the opening of a line: the line is a time stamp, whatever follows. */
function isStampHead(head: string): boolean {
  return /(?:^|\D)(?:19|20)\d\d(?!\d)/.test(head) && CLOCK_TIME.test(head);
}

/** Two to four parts between separators, one of them a date or a relative time: an author/place/date line. */
function isCreditLine(text: string): boolean {
  const parts = text.split(/\s+[|•·]\s+/);
  if (parts.length < 2 || parts.length > 4) return false;
  // A numeric date counts even when day and month cannot be told apart ("08/01/2014"): it need not be read, only recognised.
  return parts.some((p) => normalizeDate(p) !== null || /^\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})$/.test(p.trim()) || /^\d+\s+(?:minutes?|hours?|days?|weeks?)\s+ago$/i.test(p.trim()));
}


/** `fn` with a memo for one page (a closure, so nothing outlives the call): line keys and word counts are asked for repeatedly. */
function memoized<T>(fn: (s: string) => T): (s: string) => T {
  const memo = new Map<string, T>();
  return (s) => {
    let v = memo.get(s);
    if (v === undefined) {
      v = fn(s);
      memo.set(s, v);
    }
    return v;
  };
}
