import type { Caption } from '../schema/article.js';
import { collapseSpace, type Block } from './blocks.js';
import { parseBylineLine } from './byline.js';
import { decodeCharacterReferences } from './character-references.js';
import { normalizeDate } from './dates.js';
import { textKey as keyOf } from './text-key.js';
import { BULLET, CREDIT, FURNITURE_LINES, SIDEBAR_HEADINGS, SITE_NAME_NOISE, STORY_END_LINE, TITLE_SEPARATOR } from './text-cues.js';

/** What the plain-text reader found: story blocks and the metadata cues the page furniture gave away. */
export interface TextExtraction {
  blocks: Block[];
  captions: Caption[];
  title: string | null;
  byline: string[];
  published: string | null;
  publisher: string | null;
}

/** One non-blank line of the dump with the facts the rules look at. */
interface Line {
  text: string;
  key: string;
  indent: number;
  bullet: boolean;
  /** Index of the blank-line-separated block the line sits in. */
  block: number;
  drop: boolean;
  /** `wordCount(text)`, counted once: the rules ask it of every line several times. */
  words: number;
}

/** A line labelled as a picture's caption ("Photo: ...", "Caption: ...", "Pictured: ..."), with a sentence after the label. */
const LABELLED_CAPTION = /^(?:photo|picture|image|caption|pictured|above|top|main image)\s*:\s*(\p{Lu}.{14,})$/iu;

const SIDEBAR = new Set(SIDEBAR_HEADINGS);
const FURNITURE = new Set(FURNITURE_LINES);

/**
 * A plain-text page dump -> the story. Rules, in order (each general, none keyed to one outlet):
 * 1. "Logo of X" lines are dropped; they name the publisher.
 * 2. A line repeated further down with a short credit appended is a photo caption and its credit.
 * 3. Lines that occur more than once are page furniture; the most repeated short one is the headline.
 * 4. A sidebar heading ("MOST VIEWED", "Related") and the bullet / teaser run after it are dropped.
 * 5. Byline lines ("By X and Y") and date lines become metadata.
 * 6. The story is the span from the first to the last prose paragraph; short lines around it are dropped.
 * 7. Otherwise a lone short first line (BBC-style dumps) is the title.
 */
export function extractPlainText(body: string): TextExtraction {
  const lines = readLines(body);
  const out: TextExtraction = { blocks: [], captions: [], title: null, byline: [], published: null, publisher: null };
  const counts = new Map<string, number>();
  for (const l of lines) counts.set(l.key, (counts.get(l.key) ?? 0) + 1);

  const logoTitles = dropLogoLines(lines, out);
  findCaptions(lines, out);
  dropRepeatedLines(lines, counts, logoTitles, out);
  dropSidebars(lines);
  dropStoryEnd(lines);
  takeBylineAndDate(lines, out);

  // Furniture found by the rules above marks a page dump: then short lines around the story go too.
  const isDump = lines.some((l) => l.drop);
  const keys = new Map<Block, string>();
  let paragraphs = joinParagraphs(lines.filter((l) => !l.drop), keys);
  if (out.title === null && paragraphs.length >= 2 && isLoneTitleLine(paragraphs[0]!, paragraphs[1]!, paragraphs.length)) {
    out.title = paragraphs[0]!.text;
    paragraphs = paragraphs.slice(1);
  }
  out.blocks = trimToStory(paragraphs, isDump, keys);
  if (out.publisher === null) out.publisher = publisherFromPageTitle(lines, out.title);
  return out;
}

function readLines(body: string): Line[] {
  const lines: Line[] = [];
  let block = 0;
  let blank = true;
  // A dump saved from a page may keep its character references ("communiqu&#233;"): the story has the characters.
  for (const raw of decodeCharacterReferences(body).split(/\r\n|\r|\n/)) {
    const text = collapseSpace(raw);
    if (text === '') {
      if (!blank) block++;
      blank = true;
      continue;
    }
    blank = false;
    const bullet = BULLET.test(raw) && !/^\s*\d{1,2}[.)]\s/.test(raw);
    const clean = bullet ? collapseSpace(raw.replace(BULLET, '')) : text;
    lines.push({ text: clean, key: keyOf(clean), indent: indentOf(raw), bullet, block, drop: clean === '', words: wordCount(clean) });
  }
  return lines;
}

/** Width of the line's leading spaces and tabs, a tab counting four. */
function indentOf(raw: string): number {
  let n = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 32) n++;
    else if (c === 9) n += 4;
    else break;
  }
  return n;
}


/** Rule 1: "Logo of X ..." lines; returns the page-title parts they carried so the headline can be recognised. */
function dropLogoLines(lines: Line[], out: TextExtraction): string[] {
  const parts: string[] = [];
  for (const l of lines) {
    const m = /^(?:the\s+)?logo(?:\s+of)?\s*:?\s+(.+)$/i.exec(l.text);
    if (!m || l.text.length > 300) continue;
    l.drop = true;
    const pieces = m[1]!.split(TITLE_SEPARATOR).map((p) => p.trim()).filter(Boolean);
    if (pieces.length >= 2) {
      // "Site newspaper Site - Headline" or "Headline | Site": the shorter-in-words part naming the site is the one with the logo words.
      const [first, ...rest] = pieces;
      parts.push(...rest);
      out.publisher ??= cleanSiteName(first!);
    } else {
      out.publisher ??= cleanSiteName(pieces[0] ?? m[1]!);
    }
  }
  return parts.map(keyOf);
}

/** "Phnom Penh Post newspaper Phnom Penh Post" -> "Phnom Penh Post": a name repeated around logo words, or the name without them. */
export function cleanSiteName(raw: string): string | null {
  const words = raw.trim().split(/\s+/);
  for (let n = Math.floor(words.length / 2); n >= 1; n--) {
    const head = words.slice(0, n).join(' ');
    if (head.toLowerCase() === words.slice(words.length - n).join(' ').toLowerCase()) return head;
  }
  const name = raw.replace(SITE_NAME_NOISE, '').trim();
  return name === '' ? null : name;
}

/** Rule 2: line A followed within three lines by "A <credit>": a caption with its credit. Also a line ending in "Photo: X". */
function findCaptions(lines: Line[], out: TextExtraction): void {
  for (let i = 0; i < lines.length; i++) {
    const a = lines[i]!;
    if (a.drop || a.text.length < 20) continue;
    for (let j = i + 1; j < Math.min(lines.length, i + 4); j++) {
      const b = lines[j]!;
      if (b.drop || !b.text.startsWith(a.text) || b.text.length === a.text.length) continue;
      const credit = b.text.slice(a.text.length).trim();
      if (credit.length > 60 || !CREDIT.test(credit)) continue;
      out.captions.push({ text: a.text, credit: credit.replace(/^\(|\)$/g, '').replace(/^(?:photo|picture|image|credit)s?\s*(?:by|:)?\s*/i, '') });
      a.drop = true;
      b.drop = true;
      // Other copies of the caption (with or without the credit) go too.
      for (const c of lines) if (!c.drop && (c.key === a.key || c.key === b.key)) c.drop = true;
      break;
    }
  }
  for (const l of lines) {
    if (l.drop) continue;
    // (The credit word is looked for first: the full pattern backtracks over every line.)
    const m = CREDIT_WORD.test(l.text) ? /^(.{20,400}?[.!?”"])\s*\(?(?:photo|picture|image|credit)s?\s*(?:by|:)\s*([^.]{2,60}?)\)?$/i.exec(l.text) : null;
    if (m) {
      out.captions.push({ text: m[1]!, credit: m[2]!.trim() });
      l.drop = true;
      continue;
    }
    // "Photo: Dockers at the gates on Monday. (Harbour Times/J. Liu)": a caption labelled as one, its credit in brackets at the end.
    const c = LABELLED_CAPTION.exec(l.text);
    if (c && l.text.length <= 400) {
      const credit = /^(.*?[.!?”"])\s*\(([^()]{2,60})\)$/.exec(c[1]!);
      if (credit && CREDIT.test(credit[2]!.trim())) out.captions.push({ text: credit[1]!, credit: credit[2]!.trim() });
      else out.captions.push({ text: c[1]!, credit: null });
      l.drop = true;
    }
  }
}

/** A word every credited caption line holds. */
const CREDIT_WORD = /photo|picture|image|credit/i;

/** Rule 3: every line seen twice or more goes; the most repeated short one (or one the logo line named) is the headline. */
function dropRepeatedLines(lines: Line[], counts: Map<string, number>, logoTitles: string[], out: TextExtraction): void {
  let best: Line | null = null;
  let bestScore = 0;
  for (const l of lines) {
    const n = counts.get(l.key) ?? 0;
    const named = logoTitles.includes(l.key);
    if (n < 2 && !named) continue;
    if (l.key === '') continue;
    // Repeated sentences can be the story's own (a refrain, an AP "Latest" recap); only repeated labels and headlines go.
    if (isProseLine(l) && !named) continue;
    const words = l.words;
    const headline = l.text.length <= 200 && words >= 3 && words <= 30 && !l.bullet;
    const score = headline ? n + (named ? 2 : 0) : 0;
    if (score > bestScore) {
      best = l;
      bestScore = score;
    }
    if (n >= 2) l.drop = true;
  }
  if (best) {
    out.title = best.text;
    for (const l of lines) if (l.key === best.key) l.drop = true;
  }
}

/** Rule 4: a sidebar heading and the run of bullets, headlines and teasers under it. */
function dropSidebars(lines: Line[]): void {
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.drop || !isSidebarHeading(l, lines[i + 1])) continue;
    l.drop = true;
    let afterItem = false;
    for (let j = i + 1; j < lines.length; j++) {
      const t = lines[j]!;
      if (t.bullet || isHeadlineLike(t.text)) {
        t.drop = true;
        afterItem = true;
      } else if (afterItem && (t.indent > 0 || !endsSentence(t.text))) {
        t.drop = true; // the teaser under an item
        afterItem = false;
      } else if (t.drop) {
        continue;
      } else {
        break;
      }
    }
  }
  // Three or more bullet headlines (no sentence inside) outside the story (no prose on one side) are a teaser list,
  // unless a line ending in a colon introduces them ("She must:").
  const prose = lines.map((l) => !l.drop && !l.bullet && isProseLine(l));
  const firstProse = prose.indexOf(true);
  const lastProse = prose.lastIndexOf(true);
  for (let i = 0; i < lines.length; i++) {
    let j = i;
    while (j < lines.length && lines[j]!.bullet && !endsSentence(lines[j]!.text) && lines[j]!.words <= 16) j++;
    let before = i - 1;
    while (before >= 0 && lines[before]!.drop) before--;
    const introduced = before >= 0 && /:$/.test(lines[before]!.text);
    const outside = firstProse < 0 || j <= firstProse || i > lastProse;
    if (j - i >= 3 && outside && !introduced) for (let k = i; k < j; k++) lines[k]!.drop = true;
    i = Math.max(i, j);
  }
}

function isSidebarHeading(l: Line, next: Line | undefined): boolean {
  if (l.bullet || l.words > 6) return false;
  const key = l.key;
  if (SIDEBAR.has(key) || [...SIDEBAR].some((h) => key.startsWith(`${h} `) && h.split(' ').length >= 2)) return true;
  // An all-capitals label followed by a bullet list.
  return /\p{Lu}/u.test(l.text) && !/\p{Ll}/u.test(l.text) && next !== undefined && next.bullet;
}

/** Copyright notices, tag lists and follow-us prompts close the story: they and everything after go. */
function dropStoryEnd(lines: Line[]): void {
  const proseAt = lines.map((l) => !l.drop && isProseLine(l));
  const prose = proseAt.filter(Boolean).length;
  let seen = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (proseAt[i]) seen++;
    if (!l.drop && seen > 0 && seen >= prose * 0.5 && STORY_END_LINE.test(l.text) && l.text.length < 200) {
      for (let j = i; j < lines.length; j++) lines[j]!.drop = true;
      return;
    }
  }
}

/** Rule 5: byline and date lines near the top become metadata. */
function takeBylineAndDate(lines: Line[], out: TextExtraction): void {
  let prose = 0;
  for (const l of lines) {
    if (l.drop) continue;
    if (isProseLine(l)) {
      prose++;
      if (prose > 2) break;
      continue;
    }
    const names = parseBylineLine(l.text);
    if (names && out.byline.length === 0) {
      out.byline = names;
      l.drop = true;
      if (out.title === null) takeTitleAbove(lines, lines.indexOf(l), out);
      const date = normalizeDate(l.text);
      if (date) out.published ??= date;
      continue;
    }
    if (l.words <= 10) {
      const date = normalizeDate(l.text.replace(/^(?:published|updated|posted|last updated)\s*:?\s*/i, ''));
      if (date && /\d{4}/.test(l.text)) {
        out.published ??= date;
        l.drop = true;
      }
    }
  }
}

/**
 * The headline sits right above the byline: the nearest line kept above it (within three), when it reads as a headline
 * (not a sentence, not a menu or prompt), is the title and leaves the text.
 */
function takeTitleAbove(lines: Line[], at: number, out: TextExtraction): void {
  for (let i = at - 1, seen = 0; i >= 0 && seen < 3; i--) {
    const l = lines[i]!;
    if (l.drop) continue;
    seen++;
    if (l.bullet || FURNITURE.has(l.key) || isNavLine(l.text) || isFurniturePrompt(l.text)) continue;
    if (!isHeadlineLike(l.text) || l.words < 3) return;
    out.title = l.text;
    l.drop = true;
    return;
  }
}

/**
 * Lines of one blank-separated block form one paragraph when hard-wrapped, else each line is its own paragraph.
 * A paragraph of one line gets that line's key in `keys`, so it is not computed again.
 */
function joinParagraphs(lines: Line[], keys: Map<Block, string>): Block[] {
  const blocks: Block[] = [];
  let current: string | null = null;
  let currentKey: string | null = null;
  let prev: Line | null = null;
  const flush = () => {
    if (current !== null) {
      const block: Block = { text: current, role: 'body' };
      blocks.push(block);
      if (currentKey !== null) keys.set(block, currentKey);
    }
    current = null;
  };
  for (const l of lines) {
    if (l.bullet) {
      flush();
      const block: Block = { text: l.text, role: 'list_item' };
      blocks.push(block);
      keys.set(block, l.key);
      prev = l;
      continue;
    }
    const wrapped = prev !== null && current !== null && prev.block === l.block && !prev.bullet && (/^\p{Ll}/u.test(l.text) || /[,;]$/.test(prev.text) || (!endsSentence(prev.text) && prev.text.length >= 50));
    if (wrapped) {
      current = `${current} ${l.text}`;
      currentKey = null;
    } else {
      flush();
      current = l.text;
      currentKey = l.key;
    }
    prev = l;
  }
  flush();
  return blocks;
}

/** Rule 6: keep the span from the first to the last prose paragraph; short lines inside it become headings or go. */
function trimToStory(blocks: Block[], isDump: boolean, keys: ReadonlyMap<Block, string>): Block[] {
  const isStory = (b: Block) => isProse(b.text) || (b.role === 'list_item' && endsSentence(b.text));
  let first = blocks.findIndex(isStory);
  if (first < 0) return [];
  let last = blocks.length - 1;
  if (isDump) while (last > first && !isStory(blocks[last]!)) last--;
  else {
    // A clean text (no furniture found) keeps its short lines; only navigation and prompts at the edges go.
    first = 0;
    while (first < blocks.length - 1 && isNavLine(blocks[first]!.text)) first++;
  }
  const kept: Block[] = [];
  for (const b of blocks.slice(first, last + 1)) {
    if (FURNITURE.has(keys.get(b) ?? keyOf(b.text)) || isFurniturePrompt(b.text) || isNavLine(b.text)) continue;
    // (isHeadlineLike needs 140 characters or fewer: longer paragraphs skip the word count.)
    if (b.role === 'body' && b.text.length <= 140 && !isProse(b.text) && isHeadlineLike(b.text)) kept.push({ text: b.text, role: 'heading' });
    else kept.push(b);
  }
  return kept;
}

/** Rule 7: a first paragraph of at most 20 words on one line, before a longer one, is the title (BBC, PolNeAR dumps). */
function isLoneTitleLine(first: Block, next: Block, count: number): boolean {
  if (first.role !== 'body' || /[,;:]$/.test(first.text) || !(next.text.length > first.text.length || count >= 3)) return false;
  const words = wordCount(first.text);
  if (words <= 20 && first.text.length <= 160) return true;
  // Longer: a headline with its subhead ("X; Y") or in Title Case, on one line before at least two more paragraphs.
  if (words > 40 || count < 3) return false;
  const tokens = first.text.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  const capitalised = tokens.filter((w) => /^\p{Lu}/u.test(w)).length / Math.max(1, tokens.length);
  return /; \p{Lu}/u.test(first.text) || capitalised >= 0.6;
}

/** A line before the story reading "Headline - Site" or "Site | Headline" names the publisher. */
function publisherFromPageTitle(lines: Line[], title: string | null): string | null {
  if (!title) return null;
  const key = keyOf(title);
  for (const l of lines.slice(0, 20)) {
    if (!TITLE_SEPARATOR.test(l.text)) continue; // one part only
    const parts = l.text.split(TITLE_SEPARATOR).map((p) => p.trim());
    if (parts.length < 2 || parts.length > 3) continue;
    const i = parts.findIndex((p) => keyOf(p) === key);
    if (i < 0) continue;
    const site = parts.find((_, j) => j !== i);
    if (site && wordCount(site) <= 6) return cleanSiteName(site);
  }
  return null;
}

/** "Home | News | Sport": a line of three or more short items between separators. */
function isNavLine(text: string): boolean {
  if (!NAV_SEPARATOR_CHAR.test(text)) return false;
  const items = text.split(/\s+[|•·»›]\s+/);
  return items.length >= 3 && items.every((x) => wordCount(x) <= 4);
}

const NAV_SEPARATOR_CHAR = /[|•·»›]/;

function isFurniturePrompt(text: string): boolean {
  return text.length < 80 && /^(?:read more|click here|sign up|subscribe|follow us|share this|advertisement|related\s*:|see also\s*:|watch\s*:)/i.test(text);
}

/** Words separated by spaces; in Chinese, Japanese and Thai, where words are not spaced, every two characters count as one. */
export function wordCount(s: string): number {
  let n = 0;
  let unspaced = 0;
  let inToken = false;
  let alnum = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 160 || c === 12) {
      if (inToken && alnum) n++;
      inToken = false;
      alnum = false;
      continue;
    }
    inToken = true;
    if (!alnum && ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && (c < 0x2000 || c > 0x2bff) && (c < 0x3000 || c > 0x303f)))) alnum = true;
    if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0x0e00 && c <= 0x0e7f)) unspaced++;
  }
  if (inToken && alnum) n++;
  return n + Math.floor(unspaced / 2);
}

export function endsSentence(s: string): boolean {
  return /[.!?…:;"”’'»)\]]$/.test(s);
}

/** Prose: a sentence-length line (12+ words), or 6+ words ending in sentence punctuation. */
export function isProse(s: string): boolean {
  return isProseOfWords(s, wordCount(s));
}

/** `isProse` for a text whose word count is known. */
export function isProseOfWords(s: string, words: number): boolean {
  return words >= 12 || (words >= 6 && /[.!?…"”’»]$/.test(s));
}

function isProseLine(l: Line): boolean {
  return isProseOfWords(l.text, l.words);
}

/** A headline or label: short, no sentence end. */
export function isHeadlineLike(s: string): boolean {
  return s.length <= 140 && !/[.!?…:;,]$/.test(s) && !/^[“"‘']/.test(s) && wordCount(s) <= 16;
}
