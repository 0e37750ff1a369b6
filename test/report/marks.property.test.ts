import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectMarks, writeMarked, type Mark, type MarkWriter } from '../../src/report/marks.js';
import { goodResult } from '../fixtures/make-result.js';
import { escapeHtml } from '../../src/report/render-html.js';

const writer: MarkWriter = { open: (m) => `<${m.kind}>`, close: (m) => `</${m.kind}>`, text: (s) => s.replace(/[<>]/g, '_') };
const kinds = ['quote', 'speaker', 'claim'] as const;

const textAndMarks = fc.string({ minLength: 1, maxLength: 60 }).chain((text) =>
  fc.tuple(
    fc.constant(text),
    fc.array(
      fc.tuple(fc.nat(text.length), fc.nat(text.length), fc.constantFrom(...kinds)).map(([a, b, kind], i): Mark => ({ kind, start: Math.min(a, b), end: Math.max(a, b), ref: `r${i}` })),
      { maxLength: 8 },
    ),
  ),
);

describe('writeMarked (property)', () => {
  it('keeps every character, in order, and always nests its tags', () => {
    fc.assert(
      fc.property(textAndMarks, ([text, marks]) => {
        const out = writeMarked(text, 0, text.length, marks, writer);
        expect(out.replace(/<\/?(quote|speaker|claim)>/g, '')).toBe(text.replace(/[<>]/g, '_'));
        const stack: string[] = [];
        for (const m of out.matchAll(/<(\/?)(quote|speaker|claim)>/g)) {
          if (m[1]) expect(stack.pop()).toBe(m[2]);
          else stack.push(m[2]!);
        }
        expect(stack).toEqual([]);
      }),
    );
  });

  it('covers exactly the characters of each mark', () => {
    fc.assert(
      fc.property(textAndMarks, ([text, marks]) => {
        const out = writeMarked(text, 0, text.length, marks, writer);
        // Walk the output and record, for each text position, which kinds are open.
        const open: string[] = [];
        const covered: Array<Set<string>> = [];
        for (const part of out.split(/(<\/?(?:quote|speaker|claim)>)/)) {
          const tag = /^<(\/?)(quote|speaker|claim)>$/.exec(part);
          if (tag) {
            if (tag[1]) open.splice(open.lastIndexOf(tag[2]!), 1);
            else open.push(tag[2]!);
          } else for (let i = 0; i < part.length; i++) covered.push(new Set(open));
        }
        for (let i = 0; i < text.length; i++) {
          const want = new Set(marks.filter((m) => m.start <= i && i < m.end).map((m) => m.kind));
          expect([...covered[i]!].sort()).toEqual([...want].sort());
        }
      }),
    );
  });
});

describe('escapeHtml (property)', () => {
  it('leaves no character that could open a tag, an entity or an attribute', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const out = escapeHtml(s);
        expect(out).not.toMatch(/[<>"']/);
        expect(out.replace(/&(amp|lt|gt|quot|#39);/g, '')).not.toContain('&');
      }),
    );
  });
});

describe('collectMarks', () => {
  it('highlights a source span shared by two quotes once', () => {
    const r = goodResult();
    const quote = r.quotes[0]!;
    const speaker = r.speakers.find((s) => s.id === quote.speakerId)!;
    // The speaker's mentions do not list the source, and a second statement shares it (", adding that …").
    const alone = { ...r, speakers: r.speakers.map((s) => (s === speaker ? { ...s, mentions: [] } : s)), quotes: [quote, { ...quote, id: 'q_2' }] };
    const sourceMarks = collectMarks(alone).filter((m) => m.kind === 'speaker' && m.start === quote.source!.start && m.end === quote.source!.end);
    expect(sourceMarks).toHaveLength(1);
  });
});
