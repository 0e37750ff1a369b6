import { describe, expect, it } from 'vitest';
import { createBreak, isElement, parseHtml, TreeEdits, type DomElement } from '../../src/article/html/dom.js';
import { extractArticle } from '../../src/article/index.js';
import { defaultOptions } from '../../src/pipeline/options.js';

describe('TreeEdits', () => {
  it('gives a node new children and puts the original list back', () => {
    const root = parseHtml('<div><p id="a">one</p><p id="b">two</p><p id="c">three</p></div>');
    const div = root.children.find(isElement) as DomElement;
    const original = div.children;
    const edits = new TreeEdits();
    edits.setChildren(div, [original[0]!, createBreak(div)]);
    edits.setChildren(div, [original[2]!]);
    expect(div.children.filter(isElement).map((c) => c.attribs.id)).toEqual(['c']);
    edits.restore();
    expect(div.children).toBe(original);
  });
});

describe('cleaning a story box of many sibling boxes', () => {
  it('drops the widgets among the story and keeps every paragraph', () => {
    const story = Array.from({ length: 5 }, (_, i) => `<p>Paragraph ${i} of the story says the council met on Tuesday and agreed the plan.</p>`).join('');
    const widgets = Array.from({ length: 3000 }, (_, i) => `<div class="share-widget"><a href="/s/${i}">Share</a></div>`).join('');
    const html = `<html><body><article>${story}${widgets}</article></body></html>`;
    const doc = { id: null, location: 'x.html', url: null, mediaType: 'text/html' as const, body: html, encoding: 'utf-8', fetchedAt: null, hints: { title: null, published: null, language: null } };
    const article = extractArticle(doc, { docId: 'x', text: html, options: defaultOptions, report: () => {} });
    expect(article.paragraphs.filter((p) => p.role === 'body').length).toBe(5);
    expect(article.text).not.toContain('Share');
  });
});
