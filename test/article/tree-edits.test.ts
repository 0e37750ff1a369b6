import { describe, expect, it } from 'vitest';
import { createBreak, isElement, parseHtml, TreeEdits, type DomElement } from '../../src/article/html/dom.js';

const names = (el: DomElement) => el.children.filter(isElement).map((c) => c.attribs.id);

function listOf(n: number): DomElement {
  const root = parseHtml(`<div id="list">${Array.from({ length: n }, (_, i) => `<p id="p${i}">item ${i}</p>`).join('')}</div>`);
  const find = (el: DomElement): DomElement | null => (el.attribs?.id === 'list' ? el : el.children.filter(isElement).map(find).find(Boolean) ?? null);
  return find(root as unknown as DomElement)!;
}

describe('TreeEdits', () => {
  it('removes and replaces children, with or without a position hint, and restores the original list', () => {
    const list = listOf(6);
    const original = list.children;
    const kids = [...list.children] as DomElement[];
    const edits = new TreeEdits();
    edits.remove(kids[1]!, 1);
    edits.remove(kids[3]!, 99); // a wrong hint: found by search
    edits.replace(kids[4]!, createBreak(list));
    edits.remove(kids[5]!);
    expect(names(list)).toEqual(['p0', 'p2', undefined]);
    expect(list.children.map((c) => (isElement(c) ? c.name : 'text'))).toEqual(['p', 'p', 'hr']);
    expect(original.length).toBe(6); // the original list is never changed in place
    edits.restore();
    expect(list.children).toBe(original);
    expect(names(list)).toEqual(['p0', 'p1', 'p2', 'p3', 'p4', 'p5']);
  });

  it('keeps one copy per edited list, however many children go', () => {
    const list = listOf(20_000);
    const kids = [...list.children];
    const edits = new TreeEdits();
    kids.forEach((k, i) => i % 2 === 0 && edits.remove(k, i / 2));
    expect(list.children.length).toBe(10_000);
    expect((edits as unknown as { saved: unknown[] }).saved.length).toBe(1);
    edits.restore();
    expect(list.children.length).toBe(20_000);
  });
});
