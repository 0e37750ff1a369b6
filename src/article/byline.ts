/** "By X and Y" lines: what they look like and how to split them into names. */
const BYLINE_LINE = /^(?:by|from|written by|words by|reporting by|von|par|por|di|door)\s*:?\s+(.+)$/i;
/** What may follow the names on a byline line and is not a name: role, outlet, date, place. */
const TRAILER = /\s*(?:[|•·,–—-]\s*)?(?:\b(?:for|in|at)\b.*|(?:updated|published|posted)\b.*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d.*|\d.*)$/i;
/** Words that are never a name on a byline: days, months, prompts. */
const NOT_NAME = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|follow|share|email|staff|admin|editor|updated|published|posted|authoring|author|last|read|min|comments?)$/i;
/** A role or outlet after the names and a separator ("Jane Doe | Staff Writer", "Jane Doe, Senior Correspondent"). */
const ROLE_TRAILER = /\s*(?:[|•·,–—]|\s-\s)\s*[^|]*?\b(?:staff|writer|reporter|correspondent|editor|contributor|columnist|journalist|producer|analyst|photographer|critic|intern|fellow|news|wire|agency|bureau)s?\b.*$/i;
/** Co-authors in brackets after the names: "(with X and Y)" in the languages of the bylines read here. */
const CO_AUTHORS = /\s*\((?:with|avec|con|mit|com|met|med)\s+([^()]+)\)/i;
/** A second credit after the writers' names ("Written by X Edited by Y", "By X. Photos by Y"): editors, photographers and translators are not authors. */
const OTHER_CREDIT = /[\s.,;|]+(?:edited|illustrat(?:ed|ions?)|photo(?:graph)?s|photographed|pictures|additional reporting|fact[- ]checked|(?:medically )?reviewed|produced|translated|designed|graphics|video)\s+by\b.*$/i;
const SPLIT = /\s*(?:,|&|\band\b|\bund\b|\bet\b|\by\b|\be\b)\s*/i;

/**
 * The text of a byline box ("By Jane Doe\nMarch 7, 2018", "Par Jean Dupont") -> names; [] when what is left
 * after the date and role is not a list of names (a place, an e-mail address, a share prompt).
 */
export function namesFromBylineBox(text: string): string[] {
  if (text.length > 150 || /@|https?:|www\./.test(text)) return [];
  // "Jane Doe (with John Roe and Ann Poe)", "Martin Dupont (avec Léa Roy)": the names in brackets are co-authors.
  const co = CO_AUTHORS.exec(text);
  if (co) {
    const main = namesFromBylineBox(text.slice(0, co.index) + text.slice(co.index + co[0].length));
    const more = splitNames(co[1]!.trim());
    return main.length > 0 && more.length > 0 ? [...main, ...more] : main;
  }
  const s = stripRole(text.replace(/^\s*(?:by|from|written by|von|par|por|di|door)\s*:?\s+/i, '').replace(OTHER_CREDIT, '')).replace(TRAILER, '').trim();
  const names = splitNames(s);
  return names.every((n) => !NOT_NAME.test(n) && !n.split(/\s+/).some((w) => NOT_NAME.test(w))) ? names : [];
}

/** Co-authors named in brackets on a byline ("… (with John Roe and Ann Poe)"), or [] when there are none. */
export function coAuthorsOf(text: string): string[] {
  const co = CO_AUTHORS.exec(text);
  return co ? splitNames(co[1]!.trim()) : [];
}

/** A short line that is a byline ("By Jane Doe and John Roe"): the names, or null when the line is not one. */
export function parseBylineLine(line: string): string[] | null {
  if (line.length > 120) return null;
  const m = BYLINE_LINE.exec(line.trim());
  if (!m) return null;
  const names = splitNames(stripRole(m[1]!.replace(OTHER_CREDIT, '')).replace(TRAILER, ''));
  return names.length > 0 ? names : null;
}

/** "Jane Doe | Staff Writer" -> "Jane Doe": drops a role or outlet after a separator; "Staff" alone stays for the caller to reject. */
export function stripRole(s: string): string {
  const cut = s.replace(ROLE_TRAILER, '').trim();
  return cut === '' ? s.trim() : cut;
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

/**
 * One to five words, each starting with a capital (particles like "de", "van", "bin" allowed), and a nickname in
 * brackets or quotes between them ("Richard (R.J.) Eskow", 'Robert "Bob" Smith').
 */
export function looksLikeName(s: string): boolean {
  const words = s.split(/\s+/);
  if (words.length === 0 || words.length > 5) return false;
  const nickname = (w: string, i: number) => i > 0 && i < words.length - 1 && /^(?:\(\p{Lu}[^()]*\)|["“]\p{Lu}[^"“”]*["”])$/u.test(w);
  return words.every((w, i) => /^\p{Lu}/u.test(w) || /^(de|da|del|der|van|von|bin|al|la|le|di|du|dos|das|y|e)$/i.test(w) || nickname(w, i)) && /^\p{Lu}/u.test(words[0]!);
}
