import type { Caption, ParagraphRole } from '../../schema/article.js';
import { collapseSpace, type Block } from '../blocks.js';
import { attr, isElement, isText, textLengthOf, textOf, type DomElement, type DomNode, type DomParent } from './dom.js';
import { BLOCK_TAGS, CAPTION_BOX, CREDIT_BOX, NOT_A_CAPTION_TOKEN, STANDFIRST_BOX } from './patterns.js';

/** Blocks of the story in document order, and the captions met on the way. */
export interface Emitted {
  blocks: Block[];
  captions: Caption[];
}

type Frame = { node: DomNode; exit: boolean };

/**
 * Content nodes -> paragraphs with roles, walking without recursion. Block elements end a paragraph;
 * headings, list items, block quotes and standfirst boxes give their role; figcaptions and caption
 * boxes become captions (credit split off) instead of text. A <br> ends a paragraph after a sentence end.
 */
export function emitBlocks(nodes: readonly DomNode[]): Emitted {
  const blocks: Block[] = [];
  const captions: Caption[] = [];
  const roles: (ParagraphRole | null)[] = [];
  let buffer: string[] = [];
  let seenBody = false;
  // A <br> seen with no words after it yet: a second one ("<br><br>") ends the paragraph, as old pages mark paragraphs.
  let afterBr = false;
  const flush = () => {
    afterBr = false;
    if (buffer.length === 0) return;
    const text = collapseSpace(buffer.join(''));
    buffer = [];
    if (text === '') return;
    let role: ParagraphRole = 'body';
    for (let i = roles.length - 1; i >= 0; i--) {
      const r = roles[i];
      if (r) {
        role = r;
        break;
      }
    }
    if (role === 'standfirst' && seenBody) role = 'body';
    if (role === 'body') seenBody = true;
    blocks.push({ text, role });
  };
  // Captions read from unmarked picture frames (see frameCaption), with where their text would stand among the blocks.
  const framed: { caption: Caption | null; el: DomElement; at: number }[] = [];
  const stack: Frame[] = [];
  for (let i = nodes.length - 1; i >= 0; i--) stack.push({ node: nodes[i]!, exit: false });
  while (stack.length > 0) {
    const { node, exit } = stack.pop()!;
    if (isText(node)) {
      buffer.push(node.data);
      if (afterBr && /\S/.test(node.data)) afterBr = false;
      continue;
    }
    if (!isElement(node)) continue;
    const block = BLOCK_TAGS.has(node.name);
    if (exit) {
      if (block) flush();
      roles.pop();
      continue;
    }
    if (node.name === 'br') {
      if (afterBr || /[.!?…:"”»)。！？」』]$/.test(lastText(buffer))) flush();
      else {
        buffer.push(' ');
        afterBr = true;
      }
      continue;
    }
    if (isCaptionBox(node)) {
      flush();
      addCaption(node, captions);
      continue;
    }
    const frameText = block ? frameCaption(node) : null;
    if (frameText) {
      flush();
      const before = captions.length;
      addCaption(frameText, captions);
      framed.push({ caption: captions.length > before ? captions[captions.length - 1]! : null, el: frameText, at: blocks.length });
      continue;
    }
    if (block) flush();
    roles.push(roleOf(node));
    stack.push({ node, exit: true });
    const kids = node.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i]!, exit: false });
  }
  flush();
  if (framed.length === 0) return { blocks, captions };
  let framedLength = 0;
  for (const f of framed) framedLength += textLengthOf(f.el);
  if (isPhotoStory(framedLength, blocks)) return { blocks: restoreFramed(blocks, framed), captions: captions.filter((c) => !framed.some((f) => f.caption === c)) };
  return { blocks, captions };
}

/** A frame's caption holds at most this much text; a paragraph of the story set under a picture is longer. */
const FRAME_CAPTION_MAX = 300;
/** Pictures narrower or lower than this (in their attributes) are icons and emoji, not photos. */
const ICON_MAX = 50;
/** Boxes that may hold the picture of a frame (a link to the full-size photo, a <picture>, a lazy-loading wrapper). */
const MEDIA_WRAPPERS: ReadonlySet<string> = new Set(['a', 'div', 'span', 'picture', 'noscript']);
const FRAME_TEXT_TAGS: ReadonlySet<string> = new Set(['span', 'div', 'p', 'small', 'em', 'i']);

/**
 * The caption of a picture frame that no class or <figure> marks: a box holding a picture and, after it, one short box of
 * text and nothing else ('<div><img><span>Crews clear the road on Monday. Jane Doe/Reuters</span></div>'). Sites whose class
 * names are hashed or plain print captions so; the frame's shape says what its text is. Null when the box is anything else.
 */
function frameCaption(el: DomElement): DomElement | null {
  if (el.name !== 'div' && el.name !== 'figure') return null;
  let media = false;
  let text: DomElement | null = null;
  for (const c of el.children) {
    if (isText(c)) {
      if (/\S/.test(c.data)) return null;
      continue;
    }
    if (!isElement(c) || c.type !== 'tag') continue;
    if (!media) {
      if (!isPicture(c)) return null;
      media = true;
      continue;
    }
    if (text || !FRAME_TEXT_TAGS.has(c.name)) return null;
    text = c;
  }
  if (!text) return null;
  const len = textLengthOf(text);
  return len > 0 && len <= FRAME_CAPTION_MAX && !holdsPicture(text, true) ? text : null;
}

/** Nodes a picture's wrapper holds at most (a link, a <picture> with its sources, a lazy-loading frame). */
const PICTURE_WRAPPER_NODES = 24;

/** A photo, or a small wrapper that holds one and no text: the picture half of a frame. */
function isPicture(el: DomElement): boolean {
  if (el.name === 'img') return !isIcon(el);
  if (el.name === 'video' || el.name === 'picture') return true;
  if (!MEDIA_WRAPPERS.has(el.name)) return false;
  // A bounded walk: the first child of a story's box is often a large box, which is no picture's wrapper.
  let found = false;
  const stack: DomNode[] = [...el.children];
  for (let seen = 0; stack.length > 0; seen++) {
    if (seen >= PICTURE_WRAPPER_NODES) return false;
    const n = stack.pop()!;
    if (isText(n)) {
      if (/\S/.test(n.data)) return false;
      continue;
    }
    if (!isElement(n)) continue;
    if ((n.name === 'img' && !isIcon(n)) || n.name === 'picture' || n.name === 'video') found = true;
    for (const c of n.children) stack.push(c);
  }
  return found;
}

/** A text node with letters or digits beside `el` among its parent's children. */
function isAmongWords(el: DomElement): boolean {
  const parent = el.parent;
  if (!parent) return false;
  for (const c of (parent as DomParent).children) if (c !== el && isText(c) && /[\p{L}\p{N}]/u.test(c.data)) return true;
  return false;
}

function isIcon(img: DomElement): boolean {
  const w = Number.parseInt(attr(img, 'width'), 10);
  const h = Number.parseInt(attr(img, 'height'), 10);
  return (w > 0 && w < ICON_MAX) || (h > 0 && h < ICON_MAX);
}

/**
 * A photo, <picture> or video under `root`. With `inLine`, an image set among words ("Shiny wings. <img> Jane Doe/Getty
 * Images": a camera icon between a caption and its credit) is part of the line, not a picture.
 */
function holdsPicture(root: DomElement, inLine = false): boolean {
  const stack: DomNode[] = [...root.children];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (!isElement(n)) continue;
    if ((n.name === 'img' && !isIcon(n) && !(inLine && isAmongWords(n))) || n.name === 'picture' || n.name === 'video') return true;
    for (const c of n.children) stack.push(c);
  }
  return false;
}

/**
 * The framed texts carry as many words as the rest of the story or more: a photo story, whose text is written under its
 * pictures (a slideshow printed as one page, a shopping guide), not a story with captions.
 */
function isPhotoStory(framedLen: number, blocks: readonly Block[]): boolean {
  let bodyLen = 0;
  for (const b of blocks) if (b.role === 'body') bodyLen += b.text.length;
  return framedLen >= bodyLen;
}

/** The blocks with the framed texts put back where they stood, as paragraphs of the story. */
function restoreFramed(blocks: readonly Block[], framed: readonly { el: DomElement; at: number }[]): Block[] {
  const out: Block[] = [];
  let k = 0;
  for (let i = 0; i <= blocks.length; i++) {
    while (k < framed.length && framed[k]!.at === i) out.push({ text: textOf(framed[k++]!.el), role: 'body' });
    if (i < blocks.length) out.push(blocks[i]!);
  }
  return out;
}

/** Boxes of more text than this are not a lead picture's frame, so no caption is looked for in them. */
const LEAD_MEDIA_MAX = 1000;
const MEDIA_TAGS: ReadonlySet<string> = new Set(['img', 'picture', 'figure', 'video']);

/**
 * The captions of the lead picture: figures and caption boxes in the elements left out of the story's containers
 * but set among or before them under the same parent (where pages put the picture above the story), each box
 * searched only when small.
 */
export function leadCaptions(nodes: readonly DomNode[]): Caption[] {
  const captions: Caption[] = [];
  const last = nodes[nodes.length - 1];
  const parent = nodes[0]?.parent;
  if (!last || !parent) return captions;
  const chosen = new Set(nodes);
  // The last node, or the box around it when the content spans two levels (see gatherOuterSiblings), ends the search.
  let end: DomNode = last;
  while (end.parent && end.parent !== parent) end = end.parent;
  for (const sib of parent.children) {
    if (sib === end) break;
    if (chosen.has(sib) || !isElement(sib) || textLengthOf(sib) > LEAD_MEDIA_MAX) continue;
    // A picture's frame holds a picture; a caption-classed box without one is a teaser or a widget.
    const boxes: DomElement[] = [];
    let picture = false;
    const stack: DomNode[] = [sib];
    while (stack.length > 0) {
      const n = stack.pop()!;
      if (!isElement(n)) continue;
      if (MEDIA_TAGS.has(n.name)) picture = true;
      if (isCaptionBox(n)) {
        boxes.push(n);
        continue;
      }
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
    }
    if (picture) for (const box of boxes) addCaption(box, captions);
  }
  // A file name is not a caption ("IMG_2041.jpg").
  return captions.filter((c) => !/^\S+\.(?:jpe?g|png|gif|webp|avif)$/i.test(c.text));
}

/** The buffer's text up to its last non-space character, read from the end (only the last pieces are looked at). */
function lastText(buffer: readonly string[]): string {
  for (let i = buffer.length - 1; i >= 0; i--) {
    const t = buffer[i]!.trimEnd();
    if (t !== '') return t;
  }
  return '';
}

function roleOf(el: DomElement): ParagraphRole | null {
  switch (el.name) {
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
      return 'heading';
    case 'li':
    case 'dd':
    case 'dt':
      return 'list_item';
    case 'blockquote':
      return 'blockquote';
    case 'td':
    case 'th':
    case 'pre':
      return null;
  }
  const cls = attr(el, 'class');
  if (cls && STANDFIRST_BOX.test(cls) && textLengthOf(el) < 600) return 'standfirst';
  return null;
}

function isCaptionBox(el: DomElement): boolean {
  if (el.name === 'figcaption') return true;
  if (el.name === 'figure' || el.name === 'img' || el.name === 'pre' || el.name === 'code' || el.name === 'table') return false;
  // "no-caption", "has_caption", "with-caption": a state of the box around the picture (and the story's text beside it), not a caption.
  const ci = `${attr(el, 'class')} ${attr(el, 'id')} ${attr(el, 'itemprop')}`.replace(NOT_A_CAPTION_TOKEN, ' ');
  if (ci.length <= 2 || !CAPTION_BOX.test(ci)) return false;
  return textLengthOf(el) < 500;
}

/** A caption box -> {text, credit}; credit from a credit-classed child or a trailing "Photo: X" / "(X/Agency)". */
function addCaption(el: DomElement, captions: Caption[]): void {
  const creditParts: string[] = [];
  const textParts: string[] = [];
  const stack: DomNode[] = [el];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (isText(n)) textParts.push(n.data);
    else if (isElement(n)) {
      if (n !== el && CREDIT_BOX.test(`${attr(n, 'class')} ${attr(n, 'itemprop')}`)) {
        creditParts.push(textOf(n));
        continue;
      }
      if (BLOCK_TAGS.has(n.name)) textParts.push(' ');
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
    }
  }
  let text = collapseSpace(textParts.join(''));
  let credit: string | null = collapseSpace(creditParts.join(' ')) || null;
  const ownClass = `${attr(el, 'class')} ${attr(el, 'id')}`;
  if (text !== '' && credit === null && /credit|copyright|photographer|(?:^|\s)(?:photo-?|image-?)?source(?:\s|$)/i.test(ownClass) && !/caption/i.test(ownClass)) {
    // A credit-only box: attach it to the caption before it.
    const last = captions[captions.length - 1];
    if (last && last.credit === null) {
      last.credit = text;
      return;
    }
    credit = text;
    text = '';
  }
  if (credit === null) {
    const m = /^(.*?[.!?”"])?\s*\(?(?:photo|picture|image|credit|foto|photograph)s?\s*(?:by|:)\s*([^()]{2,80}?)\)?$/i.exec(text);
    if (m && m[1]) {
      text = m[1].trim();
      credit = m[2]!.trim();
    }
  }
  credit = credit?.replace(/^(?:photo|picture|image|credit)s?\s*(?:by|:)\s*/i, '').trim() || null;
  if (text !== '' || credit) captions.push({ text, credit });
}
