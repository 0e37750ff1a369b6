/**
 * A line's comparison key: lower case, every run of characters other than letters and digits as one space, trimmed.
 * Keys are taken of every line and paragraph of every page, so Latin text takes a scanner that copies the runs
 * between punctuation whole (a regex replace builds one piece per word); other scripts, where lower-casing may change
 * a text's length or depend on context, take the definition itself.
 */
export function textKey(s: string): string {
  const n = s.length;
  let i = 0;
  // Leading non-word characters go.
  for (; i < n; i++) {
    const w = wordClass(s.charCodeAt(i));
    if (w === WORD) break;
    if (w === OTHER) return keyByPattern(s);
  }
  let out = '';
  let from = i;
  while (i < n) {
    const w = wordClass(s.charCodeAt(i));
    if (w === WORD) {
      i++;
      continue;
    }
    if (w === OTHER) return keyByPattern(s);
    // A run of non-word characters starts at i; a single space stays as it is, anything else becomes one.
    let j = i + 1;
    for (; j < n; j++) {
      const w2 = wordClass(s.charCodeAt(j));
      if (w2 === WORD) break;
      if (w2 === OTHER) return keyByPattern(s);
    }
    if (j >= n) return (out + s.slice(from, i)).toLowerCase(); // trailing non-word characters go
    if (j === i + 1 && s.charCodeAt(i) === 32) {
      i = j;
      continue;
    }
    out += `${s.slice(from, i)} `;
    from = j;
    i = j;
  }
  // Latin-1 letters lower-case one to one within Latin-1, so lower-casing after the scan equals lower-casing before it.
  return (out + s.slice(from)).toLowerCase();
}

const WORD = 1;
const SEPARATOR = 0;
const OTHER = -1;

/** Letter or digit (WORD), neither (SEPARATOR), for Latin-1 and General Punctuation; OTHER outside them. */
function wordClass(c: number): number {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? WORD : SEPARATOR;
  if (c < 0x100) {
    // Latin-1: letters from U+00C0 but × and ÷; below it ª µ º and the digits ² ³ ¹ ¼ ½ ¾.
    if (c >= 0xc0) return c !== 0xd7 && c !== 0xf7 ? WORD : SEPARATOR;
    return c === 0xaa || c === 0xb2 || c === 0xb3 || c === 0xb5 || c === 0xb9 || c === 0xba || c === 0xbc || c === 0xbd || c === 0xbe ? WORD : SEPARATOR;
  }
  // General Punctuation (dashes, curly quotes, bullets, special spaces) holds no letter or digit.
  if (c >= 0x2000 && c <= 0x206f) return SEPARATOR;
  return OTHER;
}

/** The definition itself. */
export function keyByPattern(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
