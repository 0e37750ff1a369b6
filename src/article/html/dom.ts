import { load } from 'cheerio/slim';

/**
 * The parts of a domhandler node the extractor reads. cheerio/slim parses with htmlparser2, which is
 * fast, tolerant of broken markup and builds its tree without recursion (10,000-deep markup is fine);
 * typing the nodes structurally keeps the extractor free of cheerio's wrapper in hot loops.
 */
export interface DomNode {
  type: string;
  parent: DomParent | null;
}
export interface DomText extends DomNode {
  type: 'text';
  data: string;
}
export interface DomParent extends DomNode {
  children: DomNode[];
}
export interface DomElement extends DomParent {
  type: 'tag' | 'script' | 'style';
  name: string;
  attribs: Record<string, string>;
}

/** HTML string -> document root (htmlparser2 through cheerio/slim). */
export function parseHtml(html: string): DomParent {
  return load(html)._root as unknown as DomParent;
}

export function isElement(n: DomNode): n is DomElement {
  return n.type === 'tag' || n.type === 'script' || n.type === 'style';
}

export function isText(n: DomNode): n is DomText {
  return n.type === 'text';
}

export function attr(el: DomElement, name: string): string {
  return el.attribs[name] ?? '';
}

/** Every element under root in document order, without recursion (an array: a generator's resumes cost more than the walk). */
export function walkElements(root: DomParent): DomElement[] {
  const out: DomElement[] = [];
  const stack: DomNode[] = [...root.children].reverse();
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (!isElement(n)) continue;
    out.push(n);
    const kids = n.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return out;
}

/** The element's text with white space collapsed, built without recursion. */
export function textOf(root: DomNode): string {
  if (isText(root)) return root.data.replace(/\s+/g, ' ').trim();
  if (!('children' in root)) return '';
  const parts: string[] = [];
  const stack: DomNode[] = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (isText(n)) parts.push(n.data);
    else if (isElement(n) && n.name === 'br') parts.push(' '); // "Written by X<br>Edited by Y": a line break parts words
    else if ('children' in n && n.type !== 'script' && n.type !== 'style') {
      const kids = (n as DomParent).children;
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    }
  }
  return parts.join('').replace(/[\s\u00a0]+/g, ' ').trim();
}

/** `textOf(root).length`, counted without building the text (many callers only weigh a box by it). */
export function textLengthOf(root: DomNode): number {
  let n = 0;
  // A run of white space counts one, and only between two other characters (collapsed and trimmed as `textOf` does).
  let started = false;
  let pending = false;
  const scan = (t: string) => {
    for (let i = 0; i < t.length; i++) {
      if (isSpaceCode(t.charCodeAt(i))) {
        if (started) pending = true;
        continue;
      }
      if (pending) n++;
      pending = false;
      started = true;
      n++;
    }
  };
  if (isText(root)) {
    scan(root.data);
    return n;
  }
  if (!('children' in root)) return 0;
  const stack: DomNode[] = [root];
  while (stack.length > 0) {
    const nd = stack.pop()!;
    if (isText(nd)) scan(nd.data);
    else if (isElement(nd) && nd.name === 'br') {
      if (started) pending = true;
    } else if ('children' in nd && nd.type !== 'script' && nd.type !== 'style') {
      const kids = (nd as DomParent).children;
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    }
  }
  return n;
}

/** What `\s` (and `String.prototype.trim`) count as white space. */
function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Raw text of a script or style element (its text children, unparsed). */
export function rawText(el: DomElement): string {
  return el.children.map((c) => (isText(c) ? c.data : '')).join('');
}

export function hasAncestor(el: DomNode, names: ReadonlySet<string>, maxDepth = 20): boolean {
  let p = el.parent;
  for (let d = 0; p && d < maxDepth; d++, p = p.parent) if (isElement(p) && names.has(p.name)) return true;
  return false;
}

/**
 * Records original child lists before a pass edits them, so the tree can be put back for the next,
 * looser pass instead of parsing the page again.
 */
export class TreeEdits {
  private readonly saved: [DomParent, DomNode[]][] = [];

  /** Gives `node` a new child list, remembering the old one. Passes build a node's new list whole and set it once. */
  setChildren(node: DomParent, children: DomNode[]): void {
    this.saved.push([node, node.children]);
    node.children = children;
  }

  /** Puts every edited child list back, newest first. */
  restore(): void {
    for (let i = this.saved.length - 1; i >= 0; i--) {
      const [node, children] = this.saved[i]!;
      node.children = children;
    }
    this.saved.length = 0;
  }
}

/**
 * An empty <hr> standing where a block-level element was taken out from among bare text: the text on either side stays two
 * paragraphs instead of running together ("...since 2015.Council member..."). Made per use; it lives until the tree is restored.
 */
export function createBreak(parent: DomParent): DomElement {
  return { type: 'tag', name: 'hr', attribs: {}, children: [], parent };
}

/** The element's children include text other than white space (text set straight in a box, between its blocks). */
export function hasBareText(children: readonly DomNode[]): boolean {
  for (const c of children) if (isText(c) && c.data.trim() !== '') return true;
  return false;
}
