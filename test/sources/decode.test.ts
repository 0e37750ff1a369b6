import { describe, expect, it } from 'vitest';
import { decodeDocument, InputError, sniffMediaType } from '../../src/sources/index.js';

const enc = (s: string) => new TextEncoder().encode(s);

describe('decodeDocument', () => {
  it('strips a UTF-8 byte order mark', () => {
    const doc = decodeDocument(new Uint8Array([0xef, 0xbb, 0xbf, ...enc('Hello')]), { location: 'a.txt' });
    expect(doc.body).toBe('Hello');
  });
  it('rejects empty input with a clear message', () => {
    expect(() => decodeDocument(new Uint8Array(), { location: 'empty.txt' })).toThrow(new InputError('empty.txt is empty.', 'empty-input'));
  });
  it('rejects binary input', () => {
    expect(() => decodeDocument(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]), { location: 'x.png' })).toThrow(/binary/);
  });
  it('sniffs HTML from the text', () => {
    expect(sniffMediaType('  <!DOCTYPE html><html><body><p>x</p></body></html>')).toBe('text/html');
    expect(sniffMediaType('Plain story text with a <b> in it.')).toBe('text/plain');
  });
});
