/**
 * Decodes HTML character references ("&#233;", "&#xE9;", "&amp;", "&quot;", "&nbsp;" and the other XML ones) in text that
 * was taken out of a page without its markup: metadata values, and plain-text dumps saved from a browser or a scraper.
 * Why only these: they are what such text carries ("communiqu&#233;", "AT&amp;T"); a full HTML entity table belongs to
 * the HTML parser, which decodes the body itself.
 */
export function decodeCharacterReferences(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (_, e: string) => {
    const k = e.toLowerCase();
    if (k === 'amp') return '&';
    if (k === 'lt') return '<';
    if (k === 'gt') return '>';
    if (k === 'quot') return '"';
    if (k === 'apos') return "'";
    if (k === 'nbsp') return ' ';
    const code = k.startsWith('#x') ? parseInt(k.slice(2), 16) : parseInt(k.slice(1), 10);
    return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : '';
  });
}
