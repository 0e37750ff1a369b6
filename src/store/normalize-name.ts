import { foldedLetters, honorifics, nameSuffixes } from './honorifics.js';

/**
 * The key speakers are matched on across articles: "Dr. José  O'Neill-Smith" and "Jose ONeill Smith" give
 * "jose oneill smith". Case, accents, punctuation, spacing and leading honorifics do not tell people apart;
 * word order and suffixes (Jr, III) do, so they stay.
 */
export function normalizeName(name: string): string {
  const folded = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßøłđðþæœıħ]/g, (ch) => foldedLetters[ch] ?? ch)
    .replace(/['’‘`´ʼ]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  const words = folded.split(' ').filter((w) => w.length > 0);
  let first = 0;
  while (first < words.length - 1) {
    const two = `${words[first]} ${words[first + 1]}`;
    if (first < words.length - 2 && honorifics.has(two)) first += 2;
    else if (honorifics.has(words[first]!)) first += 1;
    else break;
  }
  const kept = words.slice(first);
  const last = kept.length - 1;
  if (last > 0 && nameSuffixes[kept[last]!]) kept[last] = nameSuffixes[kept[last]!]!;
  return kept.join(' ');
}

/** The key a speaker is stored under: the normalised name, else the name as written, else the speaker's id (a name of punctuation only). */
export function personKey(name: string, id: string): string {
  return normalizeName(name) || name.trim() || id;
}

/**
 * Which of two spellings of one person to show: mixed case over ALL CAPS, without honorifics over with,
 * accented over plain ("José" keeps what "Jose" lost), then the longer, then the alphabetically first.
 * A total order, so the shown name does not depend on the order articles were stored in.
 */
export function preferDisplayName(a: string, b: string): string {
  const score = (n: string): number[] => [n !== n.toUpperCase() ? 1 : 0, normalizeName(n).length === plainKey(n).length ? 1 : 0, /[^\x00-\x7f]/.test(n) ? 1 : 0, n.length];
  const sa = score(a);
  const sb = score(b);
  for (let i = 0; i < sa.length; i++) if (sa[i] !== sb[i]) return sa[i]! > sb[i]! ? a : b;
  return a <= b ? a : b;
}

/** The name folded like normalizeName but with honorifics kept, to tell whether any were dropped. */
function plainKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’‘`´ʼ]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
