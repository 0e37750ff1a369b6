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
