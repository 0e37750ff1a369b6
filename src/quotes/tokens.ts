/**
 * A light word tokenizer with offsets, for reading attribution phrases.
 * Cheap enough to run on every sentence that holds a cue; no tagging.
 */

export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Lower-cased text with a trailing period removed ("Sen." -> "sen"). */
  readonly norm: string;
  /** True for a word, false for punctuation. */
  readonly word: boolean;
}

// Words keep inner apostrophes, hyphens and periods (initials, "U.S."); everything else is one punctuation token.
const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|['’.\-](?=[\p{L}\p{N}]))*\.?|\.\.\.|…|[^\s\p{L}\p{N}]/gu;

/** Tokens of text.slice(from, to), offsets into text. */
export function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  const chunk = text.slice(from, to);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(chunk); m; m = TOKEN.exec(chunk)) {
    let raw = m[0];
    // A trailing period belongs to the word only for abbreviations and initials; a sentence's final period stands alone.
    // (Checked only for tokens that end in one: this runs on every word of every sentence with a cue.)
    if (raw.length > 1 && raw.charCodeAt(raw.length - 1) === PERIOD && !isAbbreviation(raw) && !isStateMidSentence(raw, chunk, m.index + raw.length)) {
      raw = raw.slice(0, -1);
      TOKEN.lastIndex = m.index + raw.length;
    }
    const at = from + m.index;
    // "he’s said", "who’d argued": a pronoun's contracted auxiliary is a word of its own, so the pronoun can be a source.
    const apos = raw.length > 2 && raw.length < 9 ? Math.max(raw.lastIndexOf("'"), raw.lastIndexOf('’')) : -1;
    if (apos > 0 && CONTRACTED_PRONOUN.test(raw)) {
      out.push({ start: at, end: at + apos, text: raw.slice(0, apos), norm: normalize(raw.slice(0, apos)), word: true });
      out.push({ start: at + apos, end: at + raw.length, text: raw.slice(apos), norm: normalize(raw.slice(apos)), word: true });
      continue;
    }
    out.push({ start: at, end: at + raw.length, text: raw, norm: normalize(raw), word: isWordStart(raw.charCodeAt(0), raw) });
  }
  return out;
}

const CONTRACTED_PRONOUN = /^(?:he|she|it|who|that|there|what|they|we|i|you)['’](?:s|ve|d|ll|re|m)$/i;

const PERIOD = 46;

/** "Ala." before a comma: a state abbreviation in a dateline or apposition keeps its period. */
function isStateMidSentence(raw: string, chunk: string, after: number): boolean {
  return STATE_ABBREV.test(raw) && /^\s*,/.test(chunk.slice(after, after + 3));
}

/** Lower case, no trailing period, typographic apostrophes as straight ones. */
function normalize(raw: string): string {
  const lower = raw.toLowerCase();
  const bare = lower.charCodeAt(lower.length - 1) === PERIOD ? lower.slice(0, -1) : lower;
  return bare.includes('’') ? bare.replace(/’/g, "'") : bare;
}

/** A token is a word when its first code unit is a letter or digit (ASCII answered without the Unicode regex). */
function isWordStart(code: number, raw: string): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return /[\p{L}\p{N}]/u.test(raw[0]!);
}

const ABBREV = /^(?:[A-Z]\.|(?:[A-Za-z]\.){2,}|Mr\.|Mrs\.|Ms\.|Dr\.|Sen\.|Rep\.|Gov\.|Gen\.|Lt\.|Col\.|Capt\.|Sgt\.|Maj\.|Rev\.|Prof\.|St\.|Jr\.|Sr\.|Inc\.|Corp\.|Co\.|Ltd\.|Adm\.|Hon\.|Pres\.)$/;
// US state abbreviations in AP style ("Huntsville, Ala.,"), kept with their period only when a comma or more words follow.
const STATE_ABBREV = /^(?:[RDI]-(?:[A-Z]\.)*)?(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo)\.$/;
function isAbbreviation(raw: string): boolean {
  return ABBREV.test(raw);
}

/** True when a word starts with a capital letter. */
export function isCapitalized(t: Token): boolean {
  if (!t.word) return false;
  const code = t.text.charCodeAt(0);
  // ASCII answered by code: this runs on most tokens the attribution rules look at.
  return code < 128 ? code >= 65 && code <= 90 : /^\p{Lu}/u.test(t.text);
}
