import type { Caption, ParagraphRole } from '../../schema/article.js';
import { collapseSpace, type Block } from '../blocks.js';
import { attr, isElement, isText, textLengthOf, textOf, type DomElement, type DomNode } from './dom.js';
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
    if (block) flush();
    roles.push(roleOf(node));
    stack.push({ node, exit: true });
    const kids = node.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i]!, exit: false });
  }
  flush();
  return { blocks, captions };
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
