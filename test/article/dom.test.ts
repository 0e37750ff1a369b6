import { describe, expect, it } from 'vitest';
import { isElement, parseHtml, textOf, TreeEdits, walkElements, type DomElement } from '../../src/article/html/dom.js';

describe('TreeEdits', () => {
  it('removes nodes for one pass and puts the tree back for the next', () => {
    const root = parseHtml('<div><p>One</p><aside>Two</aside><p>Three</p></div>');
    const edits = new TreeEdits();
    const aside = [...walkElements(root)].find((e) => e.name === 'aside')!;
    edits.remove(aside);
    expect(textOf(root)).toBe('OneThree');
    edits.restore();
    expect(textOf(root)).toBe('OneTwoThree');
    expect((aside.parent as DomElement).name).toBe('div');
  });

  it('walks 10,000-deep markup without recursion', () => {
    const root = parseHtml(`${'<div>'.repeat(10_000)}deep${'</div>'.repeat(10_000)}`);
    expect([...walkElements(root)].filter(isElement)).toHaveLength(10_000);
    expect(textOf(root)).toBe('deep');
  });
});
