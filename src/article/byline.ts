/** "By X and Y" lines: what they look like and how to split them into names. */
const BYLINE_LINE = /^(?:by|from|written by|words by|reporting by|von|par|por|di|door)\s*:?\s+(.+)$/i;
/** What may follow the names on a byline line and is not a name: role, outlet, date, place. */
const TRAILER = /\s*(?:[|•·,–—-]\s*)?(?:\b(?:for|in|at)\b.*|(?:updated|published|posted)\b.*|\d.*)$/i;
const SPLIT = /\s*(?:,|&|\band\b|\bund\b|\bet\b|\by\b|\be\b)\s*/i;

/** A short line that is a byline ("By Jane Doe and John Roe"): the names, or null when the line is not one. */
export function parseBylineLine(line: string): string[] | null {
  if (line.length > 120) return null;
  const m = BYLINE_LINE.exec(line.trim());
  if (!m) return null;
  const names = splitNames(m[1]!.replace(TRAILER, ''));
  return names.length > 0 ? names : null;
}

/** "Jane Doe, John Roe and Ann Poe" -> names; each must look like a name (1 to 5 capitalised words). */
export function splitNames(raw: string): string[] {
  const names: string[] = [];
  for (const part of raw.split(SPLIT)) {
    const name = part.replace(/^by\s+/i, '').replace(/[.;:]+$/, '').trim();
    if (name === '') continue;
    if (!looksLikeName(name)) return [];
    names.push(name);
  }
  return names;
}

/** One to five words, each starting with a capital (particles like "de", "van", "bin" allowed). */
export function looksLikeName(s: string): boolean {
  const words = s.split(/\s+/);
  if (words.length === 0 || words.length > 5) return false;
  return words.every((w) => /^\p{Lu}/u.test(w) || /^(de|da|del|der|van|von|bin|al|la|le|di|du|dos|das|y|e)$/i.test(w)) && /^\p{Lu}/u.test(words[0]!);
}
