import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createStatsCache, findMainContent, type PruneFlags } from '../../src/article/html/main-content.js';
import { isElement, parseHtml, textLengthOf, textOf, TreeEdits, walkElements, type DomElement } from '../../src/article/html/dom.js';

describe('TreeEdits', () => {
  it('drops nodes for one pass and puts the tree back for the next', () => {
    const root = parseHtml('<div><p>One</p><aside>Two</aside><p>Three</p></div>');
    const edits = new TreeEdits();
    const aside = [...walkElements(root)].find((e) => e.name === 'aside')!;
    const div = aside.parent as DomElement;
    edits.setChildren(div, div.children.filter((c) => c !== aside));
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

describe('textLengthOf', () => {
  it('counts collapsed, trimmed text as textOf builds it', () => {
    const root = parseHtml('<div>\n  <p>The mayor\u00a0 said <b>no</b>.</p><br>  <span>Rates rose<br>again</span>\u3000<script>var x = 1;</script>\ufeff</div>');
    expect(textLengthOf(root)).toBe(textOf(root).length);
    const div = walkElements(root).find((e) => e.name === 'div')!;
    expect(textLengthOf(div)).toBe(textOf(div).length);
    expect(textLengthOf(div.children[0]!)).toBe(0); // a text node of white space only
  });

  it('matches textOf on any mix of words, white space and line breaks', () => {
    const piece = fc.constantFrom('Council', 'voted', '42', ' ', '  ', '\n', '\t', '\u00a0', '\u2009', '\u3000', '\ufeff', '<br>', '<b>', '</b>', '<p>', '</p>', 'é', '—', '<script>x y</script>');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const root = parseHtml(`<div>${parts.join('')}</div>`);
        for (const el of [root, ...walkElements(root)]) if (textLengthOf(el) !== textOf(el).length) return false;
        return true;
      }),
    );
  });
});

describe('findMainContent counts carried across passes', () => {
  const strict: PruneFlags = { stripUnlikely: true, weightClasses: true, cleanConditionally: true };
  const loose: PruneFlags = { stripUnlikely: false, weightClasses: true, cleanConditionally: true };
  const para = (s: string) => `<p>${s} The council said the new rates, agreed on Tuesday, would take effect in the spring, after a vote.</p>`;
  const page = `<html><body><div class="sidebar-wrap"><div class="story">${para('First.')}${para('Second.')}${para('Third.')}</div></div><div class="related"><ul><li><a href="/a">Other story one</a></li><li><a href="/b">Other story two</a></li></ul></div></body></html>`;

  it('a looser pass after a strict one finds what a looser pass alone finds', () => {
    const texts = (flagsList: PruneFlags[], shared: boolean) => {
      const root = parseHtml(page);
      const edits = new TreeEdits();
      const cache = createStatsCache();
      let out = '';
      for (const [i, flags] of flagsList.entries()) {
        if (i > 0) edits.restore();
        const content = findMainContent(root, flags, edits, shared ? cache : createStatsCache());
        out = content.nodes.map((n) => textOf(n)).join('|');
      }
      return out;
    };
    const alone = texts([loose], false);
    expect(alone).toContain('Second.');
    expect(texts([strict, loose], true)).toBe(alone);
    expect(texts([strict, loose, loose], true)).toBe(alone);
  });

  it('a stricter pass after a looser one counts without the boxes it prunes', () => {
    // The subscribe box is small beside the story plus its comment thread, but not beside the story alone.
    const thread = Array.from({ length: 4 }, (_, i) => `<p>Reader ${i} wrote that the fee, in their view, was far too high for families on low incomes.</p>`).join('');
    const story = `<html><body><div class="story">${para('First.')}${para('Second.')}<div class="subscribe-box">Send this story to a friend who follows the council budget and local transport news every week, and sign up for the morning letter that sums up what the council decided and what it will cost.</div><div class="comment-thread">${thread}</div></div></body></html>`;
    const run = (flagsList: PruneFlags[]) => {
      const root = parseHtml(story);
      const edits = new TreeEdits();
      const cache = createStatsCache();
      let out = '';
      for (const [i, flags] of flagsList.entries()) {
        if (i > 0) edits.restore();
        out = findMainContent(root, flags, edits, cache).nodes.map((n) => textOf(n)).join('|');
      }
      return out;
    };
    const alone = run([strict]);
    expect(alone).toContain('Send this story');
    expect(alone).not.toContain('Reader 3');
    expect(run([loose, strict])).toBe(alone);
  });
});
