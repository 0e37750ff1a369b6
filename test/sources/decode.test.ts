import { describe, expect, it } from 'vitest';
import { decodeDocument, decodeText, InputError, sniffMediaType } from '../../src/sources/index.js';
import { normalizeCharset, sniffMetaCharset } from '../../src/sources/decode.js';

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
    expect(sniffMediaType('<script>var x = 1;</script>\n<noscript><meta http-equiv="refresh" content="0"></noscript>')).toBe('text/html');
  });
});

describe('decodeText: encodings', () => {
  const iconvEncode = async (s: string, enc: string) => new Uint8Array((await import('iconv-lite')).default.encode(s, enc));

  it('reads UTF-16 with either byte order mark', async () => {
    const le = await iconvEncode('Café prices rose', 'utf-16le');
    const be = await iconvEncode('Café prices rose', 'utf-16be');
    expect(decodeText(new Uint8Array([0xff, 0xfe, ...le]))).toEqual({ text: 'Café prices rose', encoding: 'utf-16le' });
    expect(decodeText(new Uint8Array([0xfe, 0xff, ...be]))).toEqual({ text: 'Café prices rose', encoding: 'utf-16be' });
    expect(decodeDocument(new Uint8Array([0xff, 0xfe, ...le]), { location: 'a.txt' }).body).toBe('Café prices rose');
  });

  it('follows <meta charset> for a legacy page', async () => {
    const bytes = await iconvEncode('<html><head><meta charset="windows-1252"></head><body><p>“Déjà vu,” she said.</p></body></html>', 'windows-1252');
    const out = decodeText(bytes);
    expect(out.encoding).toBe('windows-1252');
    expect(out.text).toContain('“Déjà vu,” she said.');
  });

  it('follows an http-equiv content-type and maps ISO-8859-1 to windows-1252, as browsers do', async () => {
    const bytes = await iconvEncode('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>Crème brûlée – €5</p>', 'windows-1252');
    expect(decodeText(bytes)).toEqual({ text: '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>Crème brûlée – €5</p>', encoding: 'windows-1252' });
  });

  it('reads ISO-8859-x pages', async () => {
    const bytes = await iconvEncode('<meta charset="iso-8859-2"><p>Łódź i Kraków</p>', 'iso-8859-2');
    expect(decodeText(bytes)).toMatchObject({ text: '<meta charset="iso-8859-2"><p>Łódź i Kraków</p>', encoding: 'iso-8859-2' });
  });

  it('uses a declared charset from the HTTP header (Shift_JIS, GBK)', async () => {
    const sjis = await iconvEncode('<p>東京の株価が上昇した。</p>', 'shift_jis');
    expect(decodeText(sjis, 'Shift_JIS')).toEqual({ text: '<p>東京の株価が上昇した。</p>', encoding: 'shift_jis' });
    const gbk = await iconvEncode('<p>上海股市周二上涨。</p>', 'gbk');
    expect(decodeText(gbk, 'gb2312')).toEqual({ text: '<p>上海股市周二上涨。</p>', encoding: 'gbk' });
    const doc = decodeDocument(gbk, { location: 'x.html', declaredCharset: 'GB2312' });
    expect(doc.encoding).toBe('gbk');
    expect(doc.body).toContain('上海股市');
  });

  it('keeps valid UTF-8 even when a stale meta tag names a legacy charset', () => {
    const bytes = enc('<meta charset="gb2312"><p>新闻</p>');
    expect(decodeText(bytes)).toEqual({ text: '<meta charset="gb2312"><p>新闻</p>', encoding: 'utf-8' });
  });

  it('falls back to windows-1252 when undeclared bytes are not UTF-8, and records it', () => {
    const bytes = new Uint8Array([...enc('Prices '), 0x93, ...enc('rose'), 0x94, ...enc(' sharply')]);
    expect(decodeText(bytes)).toEqual({ text: 'Prices “rose” sharply', encoding: 'windows-1252' });
  });

  it('keeps UTF-8 with a stray bad byte when the page declares UTF-8', () => {
    const bytes = new Uint8Array([...enc('<meta charset="utf-8"><p>Café, naïve, résumé, déjà '), 0xff, ...enc('</p>')]);
    const out = decodeText(bytes);
    expect(out.encoding).toBe('utf-8');
    expect(out.text).toContain('Café, naïve, résumé');
  });

  it('normalises charset labels', () => {
    expect(normalizeCharset('UTF8')).toBe('utf-8');
    expect(normalizeCharset('latin1')).toBe('windows-1252');
    expect(normalizeCharset('x-sjis')).toBe('shift_jis');
    expect(normalizeCharset('ISO_8859-15')).toBe('iso-8859-15');
    expect(normalizeCharset('no-such-charset')).toBeNull();
  });

  it('finds the meta charset in the first bytes only', () => {
    expect(sniffMetaCharset(enc('<head><meta charset=\'koi8-r\'></head>'))).toBe('koi8-r');
    expect(sniffMetaCharset(enc(`${' '.repeat(5000)}<meta charset="koi8-r">`))).toBeNull();
  });
});
